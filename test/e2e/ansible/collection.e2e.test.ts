// The Ansible collection (ansible/ansible_collections/dockerd_config/daemon) run by the real
// ansible-core (Debian 12's 2.14, scripts/provision.sh) against --root trees: documentation, example
// playbooks, the settings and doctor modules, validate: hooks and the install role. The built CLI
// (bin/dockerd-config.js) does the work; no daemon is restarted (restart: never, or --restart-cmd true).
// A missing ansible fails this file; nothing here skips.
import { execa } from 'execa';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliPath } from '../../helpers/run-cli.js';
import { repoRoot, tempRoot, type TempRoot } from '../../helpers/temp-root.js';

const COLLECTIONS = join(repoRoot, 'ansible');
const EXAMPLES = join(COLLECTIONS, 'examples');
const DAEMON_JSON = '/etc/docker/daemon.json';

let work: string;
let wrapper: string;
const roots: TempRoot[] = [];

/** A fresh copy of a fixture root, removed after the file. */
function root(scenario = 'debian-docker-io', files: Record<string, string> = {}): TempRoot {
  const r = tempRoot(scenario, files);
  roots.push(r);
  return r;
}

/** Ansible with only this repository's collection, no user config, its temp files under `work`. */
const ansibleEnv = (): Record<string, string> => ({
  ANSIBLE_COLLECTIONS_PATH: COLLECTIONS,
  ANSIBLE_CONFIG: join(work, 'ansible.cfg'),
  ANSIBLE_HOME: join(work, 'home'),
  ANSIBLE_LOCAL_TEMP: join(work, 'tmp'),
  ANSIBLE_REMOTE_TEMP: join(work, 'tmp'),
  ANSIBLE_PYTHON_INTERPRETER: '/usr/bin/python3',
  ANSIBLE_LOCALHOST_WARNING: 'False',
  ANSIBLE_INVENTORY_UNPARSED_WARNING: 'False',
  ANSIBLE_DEPRECATION_WARNINGS: 'False',
  ANSIBLE_NOCOLOR: '1',
  ANSIBLE_FORCE_COLOR: '0',
  NO_COLOR: '1',
  LANG: 'C.UTF-8',
  LC_ALL: 'C.UTF-8',
});

async function run(command: string, args: readonly string[], cwd = work) {
  const r = await execa(command, args, { reject: false, cwd, env: ansibleEnv(), extendEnv: true });
  return { exitCode: r.exitCode ?? -1, stdout: String(r.stdout), stderr: String(r.stderr) };
}

type Result = Record<string, unknown> & { changed: boolean; msg?: string; failed?: boolean };

/** One module on localhost (-c local); the result as the tree callback writes it. */
async function adhoc(module: string, args: Record<string, unknown>, flags: string[] = []) {
  const tree = mkdtempSync(join(work, 'tree-'));
  const r = await run('ansible', [
    'localhost',
    '-c',
    'local',
    '-t',
    tree,
    '-m',
    module,
    '-a',
    JSON.stringify(args),
    ...flags,
  ]);
  const file = join(tree, 'localhost');
  if (!existsSync(file)) throw new Error(`ansible wrote no result (exit ${r.exitCode}):\n${r.stdout}\n${r.stderr}`);
  return { ...r, result: JSON.parse(readFileSync(file, 'utf8')) as Result };
}

const settings = (r: TempRoot, args: Record<string, unknown>, flags: string[] = []) =>
  adhoc('dockerd_config.daemon.settings', { binary: wrapper, root: r.dir, restart: 'never', ...args }, flags);

/** The settings module's task (restart: never, the test root). */
const settingsTask = (r: TempRoot, args: Record<string, unknown>, keywords: Record<string, unknown> = {}) => ({
  'dockerd_config.daemon.settings': { binary: wrapper, root: r.dir, restart: 'never', ...args },
  ...keywords,
});

/**
 * Several tasks in one ansible-playbook run (one start-up instead of one per task): each may fail
 * (ignore_errors) and is registered; the results are returned in order, with what the run printed.
 */
async function play(tasks: Record<string, unknown>[]) {
  const dir = mkdtempSync(join(work, 'play-'));
  const registered = tasks.map((task, i) => ({ ...task, register: `r${i}`, ignore_errors: true }));
  const save = {
    'ansible.builtin.copy': {
      content: `{{ [${tasks.map((_, i) => `r${i}`).join(', ')}] | to_json }}`,
      dest: join(dir, 'results.json'),
      mode: '0600',
    },
  };
  const book = join(dir, 'play.yml');
  writeFileSync(book, JSON.stringify([{ hosts: 'localhost', gather_facts: false, tasks: [...registered, save] }]));
  const r = await run('ansible-playbook', ['-i', 'localhost,', '-c', 'local', book]);
  const file = join(dir, 'results.json');
  if (!existsSync(file)) throw new Error(`the play saved no results (exit ${r.exitCode}):\n${r.stdout}\n${r.stderr}`);
  return { ...r, results: JSON.parse(readFileSync(file, 'utf8')) as Result[] };
}

/** A playbook run; PLAY RECAP's counts for one host. */
async function playbook(path: string, extra: string[] = []) {
  const r = await run('ansible-playbook', ['-i', 'localhost,', '-c', 'local', path, ...extra]);
  const recap = /localhost\s+:\s+ok=(\d+)\s+changed=(\d+)\s+unreachable=(\d+)\s+failed=(\d+)/.exec(r.stdout);
  return { ...r, changed: Number(recap?.[2] ?? -1), failed: Number(recap?.[4] ?? -1) };
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'dockerd-config-ansible-'));
  mkdirSync(join(work, 'tmp'));
  writeFileSync(join(work, 'ansible.cfg'), '[defaults]\n');
  // The modules run "binary": here the checkout's built CLI, as a host's dockerd-config would be.
  // A copy of bin/ and dist/, so that a rebuild while this runs cannot pull dist/ from under it.
  if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: run node scripts/build.mjs`);
  const cli = join(work, 'cli');
  for (const dir of ['bin', 'dist']) cpSync(join(repoRoot, dir), join(cli, dir), { recursive: true });
  wrapper = join(work, 'dockerd-config');
  writeFileSync(
    wrapper,
    `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(join(cli, 'bin', 'dockerd-config.js'))} "$@"\n`,
  );
  chmodSync(wrapper, 0o755);
  const version = await run('ansible', ['--version']).catch((error: Error) => ({
    exitCode: -1,
    stdout: error.message,
  }));
  if (version.exitCode !== 0 || !/core 2\.(1[4-9]|[2-9]\d)/.test(version.stdout))
    throw new Error(
      `ansible-core 2.14+ is needed (apt-get install ansible-core; scripts/provision.sh installs it): ${version.stdout}`,
    );
});

afterAll(() => {
  for (const r of roots) r.cleanup();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe.concurrent('documentation and example playbooks', () => {
  it('ansible-doc shows both modules and the role, and each documents exactly its argument spec', async () => {
    const [doc, role, list] = await Promise.all([
      run('ansible-doc', ['--json', 'dockerd_config.daemon.settings', 'dockerd_config.daemon.doctor']),
      run('ansible-doc', ['-t', 'role', 'dockerd_config.daemon.install']),
      run('ansible-doc', ['-l', 'dockerd_config.daemon']),
    ]);
    expect(doc.exitCode, doc.stderr).toBe(0);
    expect(role.exitCode, role.stderr).toBe(0);
    expect(role.stdout).toContain('dockerd_config_install_sha256');
    expect(list.stdout).toMatch(/dockerd_config\.daemon\.settings/);
    expect(list.stdout).toMatch(/dockerd_config\.daemon\.doctor/);
    type Doc = { doc: { options: Record<string, { type: string }> }; examples: string; return: object };
    const docs = JSON.parse(doc.stdout) as Record<string, Doc>;
    // The modules' own argument specs, read by importing them as Ansible would.
    const spec = await execa(
      '/usr/bin/python3',
      [
        '-c',
        'import json; from ansible_collections.dockerd_config.daemon.plugins.modules import settings, doctor\n' +
          'print(json.dumps({m.__name__.rsplit(".", 1)[1]: {k: v["type"] for k, v in m.argument_spec().items()} for m in (settings, doctor)}))',
      ],
      { env: { PYTHONPATH: COLLECTIONS, PYTHONDONTWRITEBYTECODE: '1' } },
    );
    const specs = JSON.parse(String(spec.stdout)) as Record<string, Record<string, string>>;
    for (const name of ['settings', 'doctor']) {
      const documented = docs[`dockerd_config.daemon.${name}`]!;
      expect(documented.examples.length).toBeGreaterThan(0);
      expect(Object.keys(documented.return).length).toBeGreaterThan(0);
      const options = Object.fromEntries(Object.entries(documented.doc.options).map(([k, v]) => [k, v.type]));
      expect(options, name).toEqual(specs[name]);
    }
  });

  it('every example playbook passes --syntax-check', async () => {
    const books = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yml'));
    expect(books).toEqual(expect.arrayContaining(['fleet-mirrors.yml', 'fleet-doctor.yml', 'validate-hook.yml']));
    const r = await run('ansible-playbook', [
      '--syntax-check',
      '-i',
      join(EXAMPLES, 'inventory.example.ini'),
      ...books.map((b) => join(EXAMPLES, b)),
    ]);
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    for (const b of books) expect(r.stdout).toContain(`playbook: ${join(EXAMPLES, b)}`);
  });
});

describe.concurrent('dockerd_config.daemon.settings', () => {
  it('first run changed, second run ok; returns the CLI report with the backup id', async () => {
    const r = root();
    const desired = { mirrors: ['https://mirror.example'], insecure_registries: ['registry.internal:5000'] };
    const run = await play([settingsTask(r, desired), settingsTask(r, desired)]);
    const [first, second] = run.results;
    expect(first, run.stdout).toMatchObject({
      changed: true,
      outcome: 'kept',
      rolled_back: false,
      verified: false,
      files: [{ path: r.path(DAEMON_JSON), changed: true, backup: expect.stringMatching(/daemon\.json$/) }],
      report: { ok: true, kept: { because: 'no-restart' } },
    });
    expect(first!.failed).toBeFalsy();
    expect(first!.cmd).toEqual(expect.arrayContaining(['apply', '-', '--json', '--no-restart']));
    expect(second).toMatchObject({ changed: false, outcome: 'unchanged', files: [] });
    expect(second!.failed).toBeFalsy();
    expect(run.stdout).toMatch(/localhost\s+: ok=3\s+changed=2\s+unreachable=0\s+failed=0/); // the save task is one
    expect(JSON.parse(r.read(DAEMON_JSON))).toEqual({
      'registry-mirrors': ['https://mirror.example'],
      'insecure-registries': ['registry.internal:5000'],
    });
  });

  it('a password in a proxy or mirror URL appears nowhere in the result, the echoed arguments included', async () => {
    const r = root();
    const proxy = { settings: { proxies: { 'http-proxy': 'http://bob:pw123secret@proxy.example:3128' } } };
    const run = await settings(r, proxy, ['-v', '--diff']);
    expect(run.result.changed, run.stdout).toBe(true);
    expect(JSON.stringify(run.result) + run.stdout + run.stderr).not.toContain('pw123secret');
    expect(r.read(DAEMON_JSON)).toContain('bob:pw123secret@proxy.example');
    // Refused (dockerd allows no credentials in a mirror): the failure says so without the token.
    const refused = await settings(r, { mirrors: ['https://tok3nvalue@m.example'] }, ['-v']);
    expect(refused.exitCode, refused.stdout).not.toBe(0);
    expect(JSON.stringify(refused.result) + refused.stdout + refused.stderr).not.toContain('tok3nvalue');
  });

  it('--check --diff: says it would change, shows before/after of every touched file, writes nothing', async () => {
    const before = '{\n  "registry-mirrors": ["https://old.example"],\n  "debug": true\n}\n';
    const r = root('debian-docker-io', { [DAEMON_JSON]: before });
    const desired = { mirrors: ['https://new.example'], settings: { debug: null, 'log-level': 'warn' } };
    const check = await settings(r, desired, ['--check', '--diff']);
    expect(check.exitCode, check.stdout).toBe(0);
    expect(check.result).toMatchObject({ changed: true, outcome: 'dry-run', report: { dryRun: true } });
    expect(check.result.cmd).toEqual(expect.arrayContaining(['--dry-run', '--diff']));
    // The report's files carry the texts (--diff); Ansible prints them as a unified diff.
    type Texts = { path: string; before: string | null; after: string }[];
    const texts = (check.result.report as { files: Texts }).files;
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatchObject({ path: r.path(DAEMON_JSON), before });
    const after = texts[0]!.after;
    expect(JSON.parse(after)).toEqual({
      'registry-mirrors': ['https://old.example', 'https://new.example'],
      'log-level': 'warn',
    });
    expect(check.stdout).toContain(`--- before: ${r.path(DAEMON_JSON)}`);
    expect(check.stdout).toContain(`+++ after: ${r.path(DAEMON_JSON)}`);
    expect(check.stdout).toContain('+  "registry-mirrors": ["https://old.example", "https://new.example"],');
    expect(check.stdout).toContain('-  "debug": true');
    expect(r.read(DAEMON_JSON)).toBe(before);
    expect(existsSync(r.path('/var/lib/dockerd-config'))).toBe(false);
    // The real run writes what check mode showed; then check mode is quiet and shows no diff.
    const run = await play([
      settingsTask(r, desired, { diff: true }),
      settingsTask(r, desired, { check_mode: true, diff: true }),
    ]);
    const [real, again] = run.results;
    expect(real).toMatchObject({ changed: true, outcome: 'kept' });
    expect(again).toMatchObject({ changed: false, outcome: 'unchanged', report: { dryRun: true } });
    expect(run.stdout.split(`+++ after: ${r.path(DAEMON_JSON)}`)).toHaveLength(2); // one diff: the real run's
    expect(r.read(DAEMON_JSON)).toBe(after);
  });

  it('exact replaces the lists; a setting set to null is removed', async () => {
    const r = root('debian-docker-io', {
      [DAEMON_JSON]: '{"registry-mirrors": ["https://a.example", "https://b.example"], "debug": true}\n',
    });
    const run = await settings(r, { mirrors: ['https://c.example'], exact: true, settings: { debug: null } });
    expect(run.result.changed).toBe(true);
    expect(run.result.cmd).toContain('--exact');
    expect(JSON.parse(r.read(DAEMON_JSON))).toEqual({ 'registry-mirrors': ['https://c.example'] });
  });

  it('a value dockerd would refuse fails the task with the CLI diagnostic in msg, and nothing is written', async () => {
    const r = root();
    const refused = root();
    const run = await play([
      settingsTask(r, { mirrors: ['ftp://mirror.example'] }),
      // A non-loopback TCP listener without TLS: refused unless allowed.
      settingsTask(refused, { hosts: ['tcp://0.0.0.0:2375'] }),
      settingsTask(refused, { hosts: ['tcp://0.0.0.0:2375'], allow_insecure_tcp: true }),
    ]);
    const [bad, tcp, allowed] = run.results;
    expect(bad!.failed).toBe(true);
    expect(bad!.msg).toContain('registry mirror "ftp://mirror.example" is refused by dockerd');
    expect(bad!.msg).toContain('[invalid-mirror, ');
    expect(bad!.msg).toContain('Hint: ');
    expect(bad).toMatchObject({
      changed: false,
      outcome: 'refused',
      rolled_back: false,
      diagnostics: [{ id: 'invalid-mirror', severity: 'error', line: expect.any(Number) }],
    });
    expect(existsSync(r.path(DAEMON_JSON))).toBe(false);
    expect(tcp!.failed).toBe(true);
    expect((tcp!.diagnostics as { id: string }[]).map((d) => d.id)).toContain('tcp-without-tls');
    expect(allowed).toMatchObject({ changed: true });
    expect(allowed!.failed).toBeFalsy();
    expect(allowed!.cmd).toContain('--allow-insecure-tcp');
  });

  it('the argument spec rejects an unknown option, a wrong type, a bad choice, nothing to do and a key given twice; a missing binary is named', async () => {
    const r = root();
    const m = { mirrors: ['https://m.example'] };
    const run = await play([
      settingsTask(r, { ...m, mirorrs: ['https://m.example'] }),
      settingsTask(r, { ...m, exact: 'maybe' }),
      settingsTask(r, { ...m, restart: 'sometimes' }),
      settingsTask(r, {}),
      settingsTask(r, { ...m, settings: { 'registry-mirrors': [] } }),
      settingsTask(r, { ...m, binary: 'dockerd-config-not-installed' }),
    ]);
    const [unknown, type, choice, nothing, twice, missing] = run.results;
    for (const failed of run.results) expect(failed.failed, JSON.stringify(failed)).toBe(true);
    expect(unknown!.msg).toMatch(/Unsupported parameters .*: mirorrs/);
    expect(type!.msg).toMatch(/argument 'exact' is of type .* unable to convert to bool/);
    expect(choice!.msg).toMatch(/value of restart must be one of: auto, never, got: sometimes/);
    expect(nothing!.msg).toMatch(/one of the following is required: mirrors, insecure_registries, hosts, settings/);
    expect(twice!.msg).toMatch(/mirrors and settings\['registry-mirrors'\] both set registry-mirrors/);
    expect(missing!.msg).toMatch(/dockerd-config-not-installed/);
    expect(existsSync(r.path(DAEMON_JSON))).toBe(false);
  });

  it('passes the service options through (restart_cmd, timeout, assume_yes, engine_version, daemon_args)', async () => {
    const r = root();
    const run = await settings(r, {
      settings: { debug: true },
      restart: 'auto',
      restart_cmd: 'true',
      timeout: 1,
      assume_yes: true,
      engine_version: '26.1',
      daemon_args: '',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.result).toMatchObject({
      changed: true,
      engine_version: '26.1.0',
      service: { manager: 'custom' },
      report: { kept: { because: 'daemon-stopped' } },
    });
    const cmd = run.result.cmd as string[];
    expect(cmd).toEqual(
      expect.arrayContaining(['--yes', '--engine-version', '26.1', '--daemon-args', '', '--timeout', '1']),
    );
    expect(cmd[cmd.indexOf('--restart-cmd') + 1]).toBe('true');
    expect(cmd[cmd.indexOf('--daemon-args') + 1]).toBe('');
    expect(cmd).not.toContain('--no-restart');
  });
});

describe.concurrent('dockerd_config.daemon.doctor', () => {
  it('returns the checks and is never changed; fail_on decides whether findings fail the task', async () => {
    const good = root();
    const broken = root('broken-debian');
    const warned = root('debian-docker-io', { [DAEMON_JSON]: '{"hosts": ["tcp://127.0.0.1:2375"]}\n' });
    const doctor = (r: TempRoot, args: Record<string, unknown> = {}, keywords: Record<string, unknown> = {}) => ({
      'dockerd_config.daemon.doctor': { binary: wrapper, root: r.dir, offline: true, ...args },
      ...keywords,
    });
    const run = await play([
      doctor(good),
      doctor(good, {}, { check_mode: true }),
      doctor(broken),
      doctor(broken, { fail_on: 'never' }),
      doctor(warned, { daemon_args: '' }),
      doctor(warned, { daemon_args: '', fail_on: 'warning' }),
      doctor(good, { fail_on: 'sometimes' }),
    ]);
    const [healthy, checked, failing, reported, warnings, strict, bad] = run.results;
    for (const r of run.results) expect(r.changed).toBe(false);
    expect(healthy, run.stdout).toMatchObject({ healthy: true, error_count: 0 });
    expect(healthy!.failed).toBeFalsy();
    const checks = healthy!.checks as { id: string; status: string }[];
    expect(checks.map((c) => c.id)).toEqual(expect.arrayContaining(['config.validation', 'service.state']));
    expect(checks.find((c) => c.id === 'config.validation')?.status).toBe('ok');
    expect(checked).toMatchObject({ healthy: true, checks });

    expect(failing).toMatchObject({ failed: true, healthy: false });
    expect(failing!.msg).toMatch(/invalid JSON: .*\[json-syntax, .*daemon\.json:5:1\]/);
    expect(reported!.failed).toBeFalsy();
    expect(reported).toMatchObject({ healthy: false, error_count: expect.any(Number) });
    expect(reported!.error_count).toBeGreaterThan(0);
    expect((reported!.diagnostics as { id: string }[]).map((d) => d.id)).toContain('json-syntax');

    // A warning fails the task only with fail_on: warning.
    expect(warnings!.failed).toBeFalsy();
    expect(warnings!.warning_count, JSON.stringify(warnings!.diagnostics)).toBeGreaterThan(0);
    expect(warnings!.error_count).toBe(0);
    expect(strict!.failed).toBe(true);
    expect(bad!.failed).toBe(true);
    expect(bad!.msg).toMatch(/value of fail_on must be one of: error, warning, never/);
  });

  it('the fleet doctor example prints one line per host, errors first', async () => {
    const good = root();
    const broken = root('broken-debian');
    const inventory = join(work, 'fleet.ini');
    writeFileSync(
      inventory,
      [
        '[docker_hosts]',
        `zz-good ansible_connection=local dockerd_config_root=${good.dir}`,
        `aa-broken ansible_connection=local dockerd_config_root=${broken.dir}`,
        '[docker_hosts:vars]',
        `dockerd_config_binary=${wrapper}`,
        'doctor_offline=true',
        'ansible_become=false',
        '',
      ].join('\n'),
    );
    const r = await run('ansible-playbook', ['-i', inventory, join(EXAMPLES, 'fleet-doctor.yml')]);
    expect(r.exitCode).toBe(2); // the last task fails: a host has errors
    const lines = r.stdout.split('\n').filter((l) => /^\s+"(aa-broken|zz-good): /.test(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/"aa-broken: ERROR \d+ error\(s\), \d+ warning\(s\) \(dockerd 20\.10\.24\): invalid JSON/);
    expect(lines[1]).toMatch(/"zz-good: OK 0 error\(s\), 0 warning\(s\)/);
    expect(r.stdout).toMatch(/hosts with errors or no report: aa-broken/);
    expect(r.stdout).toMatch(/zz-good\s+: ok=1\s+changed=0/);
  });
});

describe.concurrent('validate: hooks and the install role', () => {
  it('copy/template with validate: dockerd-config validate %s writes a good file and refuses a bad one', async () => {
    const r = root();
    const dest = r.path(DAEMON_JSON);
    const copy = (name: string, content: string) => {
      const src = join(work, `${r.dir.split('/').pop()}-${name}`);
      writeFileSync(src, content);
      return {
        'ansible.builtin.copy': { src, dest, mode: '0644', validate: `${wrapper} --root ${r.dir} validate %s` },
      };
    };
    const good = '{\n  "registry-mirrors": ["https://mirror.example"]\n}\n';
    const copies = await play([
      { 'ansible.builtin.file': { path: r.path('/etc/docker'), state: 'directory', mode: '0755' } },
      copy('good.json', good),
      // Broken JSON, and "hosts" while the Debian unit passes -H fd:// (dockerd would not start).
      copy('syntax.json', '{\n  "debug": true,\n}\n'),
      copy('conflict.json', '{"hosts": ["unix:///var/run/docker.sock"]}\n'),
    ]);
    const [, ok, syntax, conflict] = copies.results;
    expect(ok, copies.stdout).toMatchObject({ changed: true });
    expect(ok!.failed).toBeFalsy();
    expect(syntax).toMatchObject({ failed: true, msg: expect.stringMatching(/failed to validate/) });
    expect(JSON.stringify(syntax)).toMatch(/json-syntax/);
    expect(conflict).toMatchObject({ failed: true, msg: expect.stringMatching(/failed to validate/) });
    expect(JSON.stringify(conflict)).toMatch(/flag-file-conflict/);
    expect(r.read(DAEMON_JSON)).toBe(good);
    // The validate command exits non-zero on a bad file by itself too.
    const direct = await run(wrapper, [
      '--root',
      r.dir,
      'validate',
      join(repoRoot, 'fixtures/roots/broken-debian/etc/docker/daemon.json'),
    ]);
    expect(direct.exitCode).toBe(1);
  });

  it('the install role copies the executable, checks its SHA-256 from SHA256SUMS, and is idempotent', async () => {
    const release = mkdtempSync(join(work, 'release-'));
    const exe = '#!/bin/sh\necho "dockerd-config 0.1.0"\n';
    writeFileSync(join(release, 'dockerd-config-linux-x64'), exe, { mode: 0o755 });
    const sum = createHash('sha256').update(exe).digest('hex');
    writeFileSync(join(release, 'SHA256SUMS'), `${'0'.repeat(64)}  other-file\n${sum}  dockerd-config-linux-x64\n`);
    const dest = join(work, 'install', 'bin', 'dockerd-config');
    const book = join(work, 'install.yml');
    writeFileSync(
      book,
      `- hosts: localhost
  gather_facts: false
  roles:
    - role: dockerd_config.daemon.install
  tasks:
    - ansible.builtin.assert: { that: [dockerd_config_binary == dockerd_config_install_path] }
`,
    );
    const vars = (more: Record<string, string> = {}) => [
      '-e',
      JSON.stringify({ dockerd_config_install_release_dir: release, dockerd_config_install_path: dest, ...more }),
    ];
    const first = await playbook(book, vars());
    expect(first.failed, first.stdout).toBe(0);
    expect(first.changed).toBeGreaterThan(0);
    expect(readFileSync(dest, 'utf8')).toBe(exe);
    const second = await playbook(book, vars());
    expect(second.failed, second.stdout).toBe(0);
    expect(second.changed).toBe(0);
    // Changed on the host since: replaced by a checked copy.
    writeFileSync(dest, '#!/bin/sh\necho tampered\n');
    const repaired = await playbook(book, vars());
    expect(repaired.failed, repaired.stdout).toBe(0);
    expect(repaired.changed).toBeGreaterThan(0);
    expect(readFileSync(dest, 'utf8')).toBe(exe);
    expect(existsSync(`${dest}.new`)).toBe(false);
    const wrong = await playbook(book, vars({ dockerd_config_install_sha256: 'a'.repeat(64) }));
    expect(wrong.failed).toBe(1);
    expect(wrong.stdout).toMatch(/does not match the expected a{64}/);
    expect(readFileSync(dest, 'utf8')).toBe(exe);
  });
});
