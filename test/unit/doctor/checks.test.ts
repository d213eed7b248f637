// doctor's checks on facts gathered from fake roots (real files in a temp dir) with a scripted
// Docker API: each check is a pure function of those facts, so each case names its findings.
import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadState } from '../../../src/change/state.js';
import type { GlobalOptions } from '../../../src/cli/options.js';
import type { Ctx } from '../../../src/context.js';
import { CHECKS } from '../../../src/doctor/checks/index.js';
import { gatherFacts, type Facts } from '../../../src/doctor/facts.js';
import { runChecks } from '../../../src/doctor/run.js';
import type { Check, CheckResult } from '../../../src/doctor/types.js';
import type { DockerApi } from '../../../src/edges/docker-api.js';
import { english, sayIn } from '../../../src/i18n/said.js';
import { fixtureRoot, makeRoot, rootCtx, type Entry } from '../targets/fixture-root.js';
import { TEST_OPTIONS } from '../../helpers/global-options.js';

const OPTIONS: GlobalOptions = TEST_OPTIONS;
const UNIT = fixtureRoot('debian-docker-io');

/** A daemon that answers on every socket with this /info; or none at all. */
const answering =
  (info: object): DockerApi =>
  async (_target, path) =>
    path === '/_ping' ? { ok: true, status: 200, body: 'OK' } : { ok: true, status: 200, body: JSON.stringify(info) };
const silent: DockerApi = async () => ({ ok: false, error: 'no such socket', code: 'ENOENT' });

const QUICK = { offline: true, timeoutMs: 1000, strict: false };

/** The facts of a fake root, with the context they were gathered in (to gather again, e.g. for one group). */
async function facts(
  files: Record<string, Entry>,
  api: DockerApi = silent,
  extra: Partial<Ctx> = {},
): Promise<Facts & { ctx: Ctx }> {
  const root = makeRoot(files);
  const ctx: Ctx = { ...rootCtx(root), api, ...extra };
  const state = await loadState(ctx, { ...OPTIONS, root });
  return { ...(await gatherFacts(ctx, state, { ...QUICK, offline: extra.http === undefined })), ctx };
}

const run = (f: Facts): CheckResult[] => runChecks(CHECKS, f);
const ids = (results: readonly CheckResult[]): string[] =>
  results.flatMap((r) => r.findings.map((x) => `${r.check.id}:${x.id}`));
const byCheck = (results: readonly CheckResult[], id: string): CheckResult => results.find((r) => r.check.id === id)!;

const INFO_EMPTY = {
  ServerVersion: '28.5.2',
  Debug: false,
  LiveRestoreEnabled: false,
  Labels: [],
  RegistryConfig: { Mirrors: null, InsecureRegistryCIDRs: ['::1/128', '127.0.0.0/8'] },
};

describe('doctor checks', () => {
  it('the famous dangling comma: a json-syntax error with its line, fixable by repair', async () => {
    const results = run(
      await facts({ 'etc/docker/daemon.json': '{\n  "registry-mirrors": ["https://m.example.com"],\n}\n' }),
    );
    const finding = byCheck(results, 'config.validation').findings[0]!;
    expect(finding).toMatchObject({
      id: 'json-syntax',
      severity: 'error',
      line: 3,
      fixable: true,
      fix: { kind: 'repair' },
    });
    expect(byCheck(results, 'config.validation').status).toBe('error');
  });

  it('a clean file and a daemon that uses it: nothing to report in config and service', async () => {
    const results = run(await facts({ 'etc/docker/daemon.json': '{"debug": false}\n' }, answering(INFO_EMPTY)));
    expect(ids(results.filter((r) => r.check.group === 'config' || r.check.group === 'service'))).toEqual([]);
    expect(byCheck(results, 'network.sockets').status).toBe('ok');
  });

  it('a mirror written but not reloaded: config-not-applied, fixed by a reload', async () => {
    const results = run(
      await facts(
        { 'etc/docker/daemon.json': '{"registry-mirrors": ["https://m.example.com"]}\n' },
        answering(INFO_EMPTY),
      ),
    );
    expect(byCheck(results, 'service.applied').findings).toEqual([
      expect.objectContaining({
        id: 'config-not-applied',
        severity: 'warning',
        message: expect.stringContaining('registry-mirrors'),
      }),
    ]);
  });

  it("DOCKER_OPTS that docker-ce's unit never reads: env-file-ignored", async () => {
    const results = run(
      await facts({
        'usr/lib/systemd/system/docker.service': readFileSync(
          join(fixtureRoot('docker-ce'), 'usr/lib/systemd/system/docker.service'),
          'utf8',
        ),
        'etc/default/docker': 'DOCKER_OPTS="--debug"\n',
      }),
    );
    expect(byCheck(results, 'config.env-file').findings[0]).toMatchObject({
      id: 'env-file-ignored',
      severity: 'warning',
      message: expect.stringContaining('--debug'),
    });
  });

  it("one JSON error, said once: the file's finding carries the log's line; the service group points up to it", async () => {
    const log = [
      'time="2026-11-28T01:00:00.000000000Z" level=info msg="Starting up"',
      "unable to configure the Docker daemon with file /etc/docker/daemon.json: invalid character '}' looking for beginning of object key string",
    ].join('\n');
    const f = await facts({ 'etc/docker/daemon.json': '{"debug": true,}\n', 'var/log/docker.log': `${log}\n` });
    const results = run(f);
    const logPath = `${f.state.plan.daemonJson.path.replace(/\/etc\/docker\/daemon\.json$/, '')}/var/log/docker.log`;
    const fromFile = byCheck(results, 'config.validation').findings[0]!;
    expect(fromFile).toMatchObject({ id: 'json-syntax', line: 1, fix: { kind: 'repair' } });
    expect(english(fromFile.evidence!)).toBe(`dockerd's log says the same: ${logPath}:2`);
    // Not the same error again: dockerd is down because of the one above.
    const down = byCheck(results, 'service.state').findings;
    expect(down).toEqual([
      expect.objectContaining({
        id: 'config-refused',
        severity: 'error',
        message: 'dockerd is not running: its last start failed on json-syntax, shown above under Configuration files',
      }),
    ]);
    expect(ids(results).filter((x) => x.endsWith(':json-syntax'))).toEqual(['config.validation:json-syntax']);
    // Without the config group, the service group says the error itself, with the log's line.
    const alone = runChecks(CHECKS, await gatherFacts(f.ctx, f.state, { ...QUICK, only: 'service' }), 'service');
    expect(byCheck(alone, 'service.state').findings[0]).toMatchObject({
      id: 'json-syntax',
      message: expect.stringMatching(/^dockerd is not running: /),
      file: logPath,
      line: 2,
    });
  });

  it('security: TCP without TLS on 0.0.0.0, a /8 insecure range, a group-writable daemon.json, a readable key', async () => {
    const f = await facts({
      'etc/docker/daemon.json':
        '{"hosts": ["unix:///var/run/docker.sock", "tcp://0.0.0.0:2375"], "insecure-registries": ["10.0.0.0/8", "registry.local:5000"]}\n',
    });
    chmodSync(f.state.plan.daemonJson.path, 0o664);
    const again = await gatherFacts(
      { ...rootCtx(f.state.plan.daemonJson.path.replace(/\/etc\/docker\/daemon\.json$/, '')), api: silent },
      f.state,
      { offline: true, timeoutMs: 1000, strict: false },
    );
    const security = run(again).filter((r) => r.check.group === 'security');
    expect(ids(security)).toEqual(
      expect.arrayContaining([
        'security.listeners:tcp-without-tls',
        'security.listeners:listen-all-interfaces',
        'security.insecure-registries:insecure-registry-wide',
        'security.files:file-permissions',
      ]),
    );
    expect(ids(security).filter((x) => x.endsWith('insecure-registry-wide'))).toHaveLength(1);
    const mode = byCheck(run(again), 'security.files').findings.find((x) => x.id === 'file-permissions')!;
    expect(mode).toMatchObject({ fixable: true, fix: { kind: 'chmod', mode: 0o644 } });
  });

  it("a proxy password in the unit's environment is reported masked", async () => {
    const unit = readFileSync(join(UNIT, 'lib/systemd/system/docker.service'), 'utf8');
    const results = run(
      await facts({
        'lib/systemd/system/docker.service': unit,
        'etc/systemd/system/docker.service.d/proxy.conf':
          '[Service]\nEnvironment="HTTPS_PROXY=http://alice:s3cret@proxy.example:3128"\n',
      }),
    );
    const found = byCheck(results, 'security.credentials').findings[0]!;
    expect(found).toMatchObject({ id: 'credentials-in-url' });
    expect(found.message).toContain('alice:xxxxx@proxy.example');
    expect(JSON.stringify(results)).not.toContain('s3cret');
  });

  it('proxy: the same proxy as dockerd shows it (userinfo masked) is applied; another one is not', async () => {
    const unit = readFileSync(join(UNIT, 'lib/systemd/system/docker.service'), 'utf8');
    const files = {
      'lib/systemd/system/docker.service': unit,
      'etc/systemd/system/docker.service.d/proxy.conf':
        '[Service]\nEnvironment="HTTPS_PROXY=http://alice:s3cret@proxy.example:3128"\n',
    };
    const applied = run(
      await facts(files, answering({ ...INFO_EMPTY, HttpsProxy: 'http://xxxxx:xxxxx@proxy.example:3128' })),
    );
    expect(byCheck(applied, 'network.proxy')).toMatchObject({ status: 'ok', findings: [] });
    const stale = run(await facts(files, answering({ ...INFO_EMPTY, HttpsProxy: '' })));
    expect(byCheck(stale, 'network.proxy').findings[0]).toMatchObject({
      id: 'proxy-not-applied',
      message: expect.stringContaining('uses none'),
      fixable: false,
    });
    // Under --root nothing here restarts that daemon: the remedy is a hint, not a fix.
    expect(byCheck(stale, 'network.proxy').findings[0]?.fix).toBeUndefined();
  });

  it('a dangling comma does not hide the dead mirror behind it: probes read the file as repair would', async () => {
    const asked: string[] = [];
    const http: Ctx['http'] = async (request) => {
      asked.push(request.url);
      return { ok: false, code: 'ECONNREFUSED', error: 'connection refused' };
    };
    const results = run(
      await facts({ 'etc/docker/daemon.json': '{"registry-mirrors": ["http://127.0.0.1:7009"],}\n' }, silent, { http }),
    );
    expect(asked).toEqual(['http://127.0.0.1:7009/v2/']);
    expect(byCheck(results, 'network.mirrors').findings.map((f) => f.id)).toEqual([
      'mirror-unreachable',
      'mirror-unreachable',
    ]);
    expect(byCheck(results, 'network.mirrors').findings[0]?.message).toContain('connection refused');
  });

  it('the docker snap: which daemon.json it reads, and a /etc/docker/daemon.json it never reads', async () => {
    const snap = fixtureRoot('snap');
    const read = (path: string) => readFileSync(join(snap, path), 'utf8');
    const files = {
      'etc/systemd/system/snap.docker.dockerd.service': read('etc/systemd/system/snap.docker.dockerd.service'),
      'snap/bin/docker': read('snap/bin/docker'),
      'var/snap/docker/current/config/daemon.json': read('var/snap/docker/current/config/daemon.json'),
    };
    const alone = byCheck(run(await facts(files)), 'config.flavour').findings;
    expect(alone).toEqual([
      expect.objectContaining({
        id: 'docker-flavour',
        severity: 'info',
        message: expect.stringContaining('the docker snap: dockerd reads /var/snap/docker/current/config/daemon.json'),
      }),
    ]);
    const withStray = byCheck(
      run(await facts({ ...files, 'etc/docker/daemon.json': '{"debug": true}\n' })),
      'config.flavour',
    ).findings;
    expect(withStray[1]).toMatchObject({
      id: 'docker-flavour',
      severity: 'warning',
      message: expect.stringContaining('/etc/docker/daemon.json exists, but the docker snap does not read it'),
    });
  });

  it('--offline: the network probes are skipped, with the reason', async () => {
    const results = run(await facts({ 'etc/docker/daemon.json': '{"registry-mirrors": ["https://m.example.com"]}\n' }));
    // A reason is a catalogue sentence (the English one for --json), not text to look up.
    expect(byCheck(results, 'network.mirrors')).toMatchObject({
      status: 'skipped',
      note: '--offline',
      noteSays: { key: 'doctor.skip.offline' },
    });
  });
});

describe('doctor tells the truth (issue 12)', () => {
  const OPEN = '{"hosts": ["unix:///var/run/docker.sock", "tcp://0.0.0.0:2375"]}\n';

  it("a non-loopback TCP listener without TLS client verification is an error; validate keeps dockerd's warning", async () => {
    const f = await facts({ 'etc/docker/daemon.json': OPEN });
    expect(f.validation.find((d) => d.id === 'tcp-without-tls')).toMatchObject({ severity: 'warning' });
    const found = byCheck(run(f), 'security.listeners').findings.find((x) => x.id === 'tcp-without-tls');
    expect(found).toMatchObject({ severity: 'error', line: 1, fixable: false });
    expect(found?.message).toMatch(/^tcp:\/\/0\.0\.0\.0:2375 has no TLS/);
    // On loopback it stays a warning: only local users and processes reach it.
    const local = await facts({
      'etc/docker/daemon.json': '{"hosts": ["unix:///var/run/docker.sock", "tcp://127.0.0.1:2375"]}\n',
    });
    expect(byCheck(run(local), 'security.listeners').findings).toEqual([
      expect.objectContaining({ id: 'tcp-without-tls', severity: 'warning' }),
    ]);
  });

  it("behind a dangling comma and against the unit's -H: the open port is judged on the file as repaired, and says so", async () => {
    const unit = readFileSync(join(UNIT, 'lib/systemd/system/docker.service'), 'utf8');
    const f = await facts({
      'lib/systemd/system/docker.service': unit,
      'etc/docker/daemon.json': '{\n  "hosts": ["unix:///var/run/docker.sock", "tcp://0.0.0.0:2375"],\n}\n',
    });
    const security = byCheck(run(f), 'security.listeners').findings;
    expect(security.map((x) => [x.id, x.severity, x.recovered])).toEqual([
      ['tcp-without-tls', 'error', true],
      ['listen-all-interfaces', 'warning', true],
    ]);
    // The repaired text's lines are not the file's: the file alone is named.
    expect(security[0]).toMatchObject({ file: f.state.plan.daemonJson.path });
    expect(security[0]?.line).toBeUndefined();
    // What the config group judges is the file as it is: only the comma.
    expect(byCheck(run(f), 'config.validation').findings.map((x) => x.id)).toEqual(['json-syntax']);
  });

  it('insecure-registries: 0.0.0.0/0 is wide (said once, under security), 127.0.0.1:5000 needs no entry', async () => {
    const f = await facts({
      'etc/docker/daemon.json': '{"insecure-registries": ["0.0.0.0/0", "127.0.0.1:5000", "registry.local:5000"]}\n',
    });
    expect(f.validation.map((d) => `${d.id}/${d.severity}`)).toEqual([
      'insecure-registry-wide/warning',
      'insecure-registry-unneeded/warning',
    ]);
    const results = run(f);
    expect(ids(results).filter((x) => x.includes('insecure-registry'))).toEqual([
      'config.validation:insecure-registry-unneeded',
      'security.insecure-registries:insecure-registry-wide',
    ]);
    const unneeded = byCheck(results, 'config.validation').findings[0]!;
    expect(unneeded.message).toBe(
      'insecure registry "127.0.0.1:5000" is not needed: dockerd always treats 127.0.0.0/8 as insecure',
    );
    expect(sayIn('zh', unneeded.says!)).toBe(
      '不需要非安全仓库 "127.0.0.1:5000"：dockerd 始终把 127.0.0.0/8 当作非安全仓库',
    );
  });

  it('--only security asks neither the service manager, the daemon nor the network', async () => {
    const asked: string[] = [];
    const f = await facts({ 'etc/docker/daemon.json': '{"registry-mirrors": ["https://m.example.com"]}\n' });
    const ctx: Ctx = {
      ...f.ctx,
      http: async (request) => {
        asked.push(request.url);
        return { ok: false, code: 'ECONNREFUSED', error: 'connection refused' };
      },
      api: async (_target, path) => {
        asked.push(path);
        return { ok: false, error: 'no such socket', code: 'ENOENT' };
      },
      exec: async (file, args) => {
        asked.push([file, ...args].join(' '));
        return { exitCode: 1, stdout: '', stderr: '' };
      },
    };
    const only = await gatherFacts(ctx, f.state, { offline: false, timeoutMs: 1000, strict: false, only: 'security' });
    expect(asked).toEqual([]);
    expect(only.probes).toBeUndefined();
    expect(runChecks(CHECKS, only, 'security').every((r) => r.status !== 'crashed')).toBe(true);
    // With the network group the mirror is probed.
    await gatherFacts(ctx, f.state, { offline: false, timeoutMs: 1000, strict: false, only: 'network' });
    expect(asked).toContain('https://m.example.com/v2/');
  });

  it("every sentence doctor's own checks say comes from the catalogue (a hint without one is a command)", async () => {
    const unit = readFileSync(join(UNIT, 'lib/systemd/system/docker.service'), 'utf8');
    const roots: Record<string, Entry>[] = [
      {
        'lib/systemd/system/docker.service': unit,
        'etc/systemd/system/docker.service.d/proxy.conf':
          '[Service]\nEnvironment="HTTPS_PROXY=http://alice:s3cret@proxy.example:3128"\n',
        'etc/docker/daemon.json': '{"hosts": ["tcp://0.0.0.0:2375"], "insecure-registries": ["10.0.0.0/8"]}\n',
        'var/log/docker.log': 'time="2026-11-28T01:00:00Z" level=info msg="Starting up"\n',
      },
      {
        'usr/lib/systemd/system/docker.service': readFileSync(
          join(fixtureRoot('docker-ce'), 'usr/lib/systemd/system/docker.service'),
          'utf8',
        ),
        'etc/default/docker': 'DOCKER_OPTS="--debug"\n',
        'etc/docker/daemon.json': '{"registry-mirrors": ["https://m.example.com"]}\n',
      },
    ];
    const results = [
      ...run(await facts(roots[0]!, answering({ ...INFO_EMPTY, HttpsProxy: '' }))),
      ...run(await facts(roots[1]!)),
    ];
    const checkIds = new Set(results.map((r) => r.check.id));
    expect(checkIds.size).toBe(CHECKS.length);
    const ours = results.filter((r) => r.check.id !== 'config.validation');
    const findings = ours.flatMap((r) => r.findings.filter((x) => x.id !== 'tcp-without-tls'));
    expect(findings.length).toBeGreaterThan(5);
    expect(findings.filter((x) => !x.says).map((x) => x.message)).toEqual([]);
    const COMMAND = /^(`|chmod |chown |systemctl |journalctl )/;
    expect(findings.filter((x) => x.hint && !x.hintSays && !COMMAND.test(x.hint)).map((x) => x.hint)).toEqual([]);
    expect(ours.filter((r) => r.status === 'skipped' && !r.noteSays).map((r) => r.check.id)).toEqual([]);
  });
});

describe('runChecks', () => {
  it('a check that throws is reported as crashed; the others still run', async () => {
    const f = await facts({ 'etc/docker/daemon.json': '{}\n' });
    const broken: Check = {
      id: 'test.broken',
      title: 'broken',
      group: 'config',
      run: () => {
        throw new Error('boom');
      },
    };
    const results = runChecks([broken, ...CHECKS], f);
    expect(results[0]).toMatchObject({
      status: 'crashed',
      findings: [{ id: 'check-crashed', message: expect.stringContaining('boom') }],
    });
    expect(results).toHaveLength(CHECKS.length + 1);
  });

  it('--only runs one group', async () => {
    const f = await facts({ 'etc/docker/daemon.json': '{}\n' });
    const results = runChecks(CHECKS, f, 'security');
    expect(results.length).toBeGreaterThan(0);
    expect(new Set(results.map((r) => r.check.group))).toEqual(new Set(['security']));
  });
});
