// Issue 14, point 4: no command prints a password, in any language or format, while the files
// keep them. Every secret below contains SECRET, so one search finds any leak.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliPath, runCli as runBuilt, type CliRun } from '../../helpers/run-cli.js';
import { openTerminal } from '../../helpers/tmux.js';
import { tempRoot, type TempRoot } from '../../helpers/temp-root.js';

const SECRET = 'S3cr3t';
const DAEMON_JSON = '/etc/docker/daemon.json';
const ENV_FILE = '/etc/default/docker';

/** A password in each place of daemon.json that takes a URL. */
const SECRET_JSON = `{
  "proxies": {
    "http-proxy": "http://bob:${SECRET}A@proxy:3128",
    "https-proxy": "alice:${SECRET}B@proxy:3129",
    "no-proxy": "localhost,http://carol:${SECRET}C@internal"
  },
  "registry-mirrors": ["https://dave:${SECRET}D@mirror.example.com"],
  "insecure-registries": ["https://erin:${SECRET}E@reg.example.com:5000"],
  "hosts": ["unix:///var/run/docker.sock", "tcp://frank:${SECRET}F@127.0.0.1:2375"]
}
`;
/** The same file with a syntax error (a trailing comma), for repair. */
const BROKEN_JSON = SECRET_JSON.replace('"hosts"', '"debug": true,,\n  "hosts"');
/** DOCKER_OPTS words with passwords (its own root: the same settings in both places conflict). */
const SECRET_OPTS = `DOCKER_OPTS="--registry-mirror=https://gina:${SECRET}G@m2.example.com --https-proxy http://hank:${SECRET}H@p:3128"\n`;
const JOURNAL = [
  'Dec 02 01:00:00 host dockerd[123]: time="2026-12-02T01:00:00Z" level=info msg="Starting up"',
  `Dec 02 01:00:00 host dockerd[123]: unable to configure the Docker daemon with file /etc/docker/daemon.json: merged configuration validation from file and command line flags failed: invalid mirror: username/password not allowed in URI "https://dave:${SECRET}N@mirror.example.com"`,
  'Dec 02 01:00:01 host systemd[1]: docker.service: Main process exited, code=exited, status=1/FAILURE',
  `Error response from daemon: Get "https://ann:${SECRET}O@registry.example.com/v2/": proxyconnect tcp: dial tcp: lookup bob:${SECRET}P@p: no such host`,
].join('\n');

/** Where the journal is written (an absolute path: explain reads it as given, not under --root). */
const JOURNAL_AT = join(mkdtempSync(join(tmpdir(), 'dockerd-config-journal-')), 'journal.txt');
writeFileSync(JOURNAL_AT, JOURNAL);

const ENGINE = ['--engine-version', '28.5'];
const NO_ARGS = ['--daemon-args', ''];
const DRY = ['--dry-run', '--diff', '--no-restart'];
const ARGS_WITH_SECRET = ['--daemon-args', `--registry-mirror=https://lee:${SECRET}M@m4.example.com`];

type Root = 'json' | 'opts' | 'broken';
interface Case {
  name: string;
  root: Root;
  args: string[];
  /** The masked form must be printed (text runs): the command did show the value, masked. */
  masks?: boolean;
  input?: string;
}

const cases: Case[] = [
  { name: 'show', root: 'json', args: ['show', ...NO_ARGS], masks: true },
  { name: 'show --sources', root: 'opts', args: ['show', '--sources'], masks: true },
  { name: 'show, --daemon-args', root: 'json', args: ['show', ...ARGS_WITH_SECRET], masks: true },
  { name: 'get http-proxy', root: 'json', args: ['get', 'http-proxy', ...NO_ARGS], masks: true },
  { name: 'get https-proxy', root: 'json', args: ['get', 'https-proxy', ...NO_ARGS], masks: true },
  { name: 'get no-proxy', root: 'json', args: ['get', 'no-proxy', ...NO_ARGS], masks: true },
  { name: 'get registry-mirrors', root: 'json', args: ['get', 'registry-mirrors', ...NO_ARGS], masks: true },
  { name: 'get hosts', root: 'json', args: ['get', 'hosts', ...NO_ARGS], masks: true },
  { name: 'get (DOCKER_OPTS)', root: 'opts', args: ['get', 'registry-mirrors'], masks: true },
  { name: 'insecure list', root: 'json', args: ['insecure', 'list', ...NO_ARGS], masks: true },
  { name: 'mirror list', root: 'json', args: ['mirror', 'list', ...NO_ARGS], masks: true },
  { name: 'host list', root: 'json', args: ['host', 'list', ...NO_ARGS], masks: true },
  { name: 'mirror list (DOCKER_OPTS)', root: 'opts', args: ['mirror', 'list'], masks: true },
  { name: 'validate -v', root: 'json', args: ['validate', '-v', ...NO_ARGS], masks: true },
  { name: 'validate -v, DOCKER_OPTS', root: 'opts', args: ['validate', '-v'], masks: true },
  { name: 'validate -v, --daemon-args', root: 'json', args: ['validate', '-v', ...ARGS_WITH_SECRET], masks: true },
  { name: 'doctor -v', root: 'json', args: ['doctor', '-v', ...NO_ARGS], masks: true },
  { name: 'doctor -v, DOCKER_OPTS', root: 'opts', args: ['doctor', '-v'], masks: true },
  { name: 'set --diff', root: 'json', args: ['set', 'debug', 'true', ...NO_ARGS, ...DRY], masks: true },
  {
    name: 'set proxies --diff',
    root: 'json',
    args: ['set', 'proxies', `{"http-proxy":"http://bob:${SECRET}I@p:3128"}`, ...NO_ARGS, ...DRY],
    masks: true,
  },
  { name: 'unset proxies --diff', root: 'json', args: ['unset', 'proxies', ...NO_ARGS, ...DRY], masks: true },
  {
    name: 'mirror add --diff',
    root: 'json',
    args: ['mirror', 'add', `https://ivy:${SECRET}J@m3.example.com`, ...NO_ARGS, ...DRY],
    masks: true,
  },
  {
    name: 'insecure add --diff',
    root: 'json',
    args: ['insecure', 'add', 'r2.example.com', ...NO_ARGS, ...DRY],
    masks: true,
  },
  { name: 'host add --diff', root: 'json', args: ['host', 'add', 'tcp://127.0.0.1:2377', ...NO_ARGS, ...DRY] },
  {
    name: 'apply --diff',
    root: 'json',
    args: ['apply', '-', ...NO_ARGS, ...DRY],
    input: `{"proxies":{"http-proxy":"http://bob:${SECRET}K@p:3128","https-proxy":"http://bob:${SECRET}L@p:3128"}}`,
    masks: true,
  },
  { name: 'repair --dry-run', root: 'broken', args: ['repair', ...NO_ARGS, ...DRY], masks: true },
  { name: 'validate (broken)', root: 'broken', args: ['validate', ...NO_ARGS] },
  { name: 'show (broken)', root: 'broken', args: ['show', ...NO_ARGS], masks: true },
  {
    name: 'set --target env-file --diff',
    root: 'opts',
    args: ['set', 'debug', 'true', '--target', 'env-file', ...DRY],
    masks: true,
  },
  { name: 'unset --target env-file --diff', root: 'opts', args: ['unset', 'https-proxy', ...DRY], masks: true },
  // Refusals quote what was given.
  { name: 'set, a refused value', root: 'json', args: ['set', 'mtu', `http://u:${SECRET}T@x`, ...NO_ARGS, ...DRY] },
  {
    name: 'set, invalid JSON',
    root: 'json',
    args: ['set', 'proxies', `{bad,"http://u:${SECRET}U@p"`, ...NO_ARGS, ...DRY],
  },
  {
    name: 'host add, a refused listener',
    root: 'json',
    args: ['host', 'add', `tcp://u:${SECRET}V@0.0.0.0:2375`, ...NO_ARGS, ...DRY],
  },
  { name: 'explain -v <journal>', root: 'json', args: ['explain', '-v', JOURNAL_AT], masks: true },
  { name: 'explain <journal>', root: 'json', args: ['explain', JOURNAL_AT], masks: true },
];

const LANGS: { name: string; args: string[] }[] = [
  { name: 'en', args: ['--lang', 'en'] },
  { name: 'zh', args: ['--lang', 'zh'] },
  { name: '--json', args: ['--json'] },
  { name: 'zh --json', args: ['--lang', 'zh', '--json'] },
];

const roots = {} as Record<Root, TempRoot>;
beforeAll(() => {
  roots.json = tempRoot('debian-docker-io', { [DAEMON_JSON]: SECRET_JSON });
  roots.broken = tempRoot('debian-docker-io', { [DAEMON_JSON]: BROKEN_JSON });
  roots.opts = tempRoot('debian-docker-io');
  writeFileSync(roots.opts.path(ENV_FILE), `${roots.opts.read(ENV_FILE)}${SECRET_OPTS}`);
});
afterAll(() => {
  for (const r of Object.values(roots)) r.cleanup();
  rmSync(dirname(JOURNAL_AT), { recursive: true, force: true });
});

const original: Record<Root, () => { path: string; text: string }> = {
  json: () => ({ path: DAEMON_JSON, text: SECRET_JSON }),
  broken: () => ({ path: DAEMON_JSON, text: BROKEN_JSON }),
  opts: () => ({ path: ENV_FILE, text: SECRET_OPTS }),
};

/**
 * The checkout is shared: another build may be replacing dist/ at this moment, and node then
 * cannot load a chunk. Such a run says nothing about us; run it again (a real missing module stays).
 */
async function runCli(args: readonly string[], options: { input?: string } = {}): Promise<CliRun> {
  for (let attempt = 0; ; attempt++) {
    const run = await runBuilt(args, options);
    if (attempt >= 20 || !/node:internal\/modules|ERR_MODULE_NOT_FOUND|Cannot find module/.test(run.stderr)) return run;
    await new Promise((done) => setTimeout(done, 500));
  }
}

function expectNoSecret(run: CliRun, what: string): void {
  expect(run.stdout, `${what}: stdout`).not.toContain(SECRET);
  expect(run.stderr, `${what}: stderr`).not.toContain(SECRET);
  // A crash would print nothing secret and prove nothing.
  expect(run.exitCode, `${what}: exit code\n${run.stderr}`).toBeLessThan(64);
}

describe('no password is printed (issue 14, point 4)', () => {
  it.each(cases)('$name', async ({ root, args, masks, input }) => {
    const r = roots[root];
    for (const lang of LANGS) {
      const what = `${args.join(' ')} ${lang.name}`;
      const run = await runCli(['--root', r.dir, ...ENGINE, ...lang.args, ...args], input ? { input } : {});
      expectNoSecret(run, what);
      if (lang.args.includes('--json')) expect(() => run.json(), `${what}: one JSON document`).not.toThrow();
      else if (masks) expect(`${run.stdout}${run.stderr}`, `${what}: shows the value, masked`).toContain('xxxxx');
      // The files keep their credentials: only what is printed is masked.
      const { path, text } = original[root]();
      expect(r.read(path), `${what}: the file`).toContain(text);
    }
  });

  it('--json values stay the same JSON, with the password masked', async () => {
    const show = await runCli(['--root', roots.json.dir, ...ENGINE, ...NO_ARGS, 'show', '--json']);
    const settings = show.json<{ settings: { key: string; value: unknown }[] }>().settings;
    expect(settings.find((s) => s.key === 'http-proxy')?.value).toBe('http://bob:xxxxx@proxy:3128');
    expect(settings.find((s) => s.key === 'https-proxy')?.value).toBe('alice:xxxxx@proxy:3129');
    expect(settings.find((s) => s.key === 'hosts')?.value).toEqual([
      'unix:///var/run/docker.sock',
      'tcp://frank:xxxxx@127.0.0.1:2375',
    ]);
    const get = await runCli(['--root', roots.json.dir, ...ENGINE, ...NO_ARGS, 'get', 'no-proxy', '--json']);
    expect(get.json<{ value: unknown }>().value).toBe('localhost,http://carol:xxxxx@internal');
    const mirrors = await runCli([
      '--root',
      roots.json.dir,
      ...ENGINE,
      ...NO_ARGS,
      'get',
      'registry-mirrors',
      '--json',
    ]);
    expect(mirrors.json<{ value: unknown }>().value).toEqual(['https://dave:xxxxx@mirror.example.com']);
  });

  it('a real write keeps the password in the file; its diff, backups and rollback print it masked', async () => {
    const r = tempRoot('debian-docker-io', { [DAEMON_JSON]: SECRET_JSON });
    try {
      const cli = (...args: string[]) => runCli(['--root', r.dir, ...ENGINE, ...NO_ARGS, ...args]);
      const proxy = `http://bob:${SECRET}Q@p:3128`;
      for (const [i, lang] of [['en'], ['zh']].entries()) {
        const set = await cli(
          '--lang',
          lang![0]!,
          'set',
          'proxies',
          `{"http-proxy":"${proxy}${i}"}`,
          '--diff',
          '--no-restart',
        );
        expectNoSecret(set, `set ${lang}`);
        expect(set.stdout).toContain('http://bob:xxxxx@p:3128');
        expect(JSON.parse(r.read(DAEMON_JSON)).proxies).toEqual({ 'http-proxy': `${proxy}${i}` });
      }
      const both = `{"proxies":{"http-proxy":"${proxy}2","https-proxy":"https://ivy:${SECRET}S@p:3129"}}`;
      const apply = await runCli(['--root', r.dir, ...ENGINE, ...NO_ARGS, 'apply', '-', '--json', '--no-restart'], {
        input: both,
      });
      expectNoSecret(apply, 'apply --json');
      expect(JSON.parse(r.read(DAEMON_JSON)).proxies).toEqual(JSON.parse(both).proxies);
      for (const lang of LANGS) {
        for (const args of [['backups'], ['rollback', '--dry-run', '--diff', '--no-restart', '--yes']]) {
          const run = await cli(...lang.args, ...args);
          expectNoSecret(run, `${args.join(' ')} ${lang.name}`);
          // backups lists reasons ("set proxies"); rollback's diff shows the values.
          if (args[0] === 'rollback' && !lang.args.includes('--json')) expect(run.stdout).toContain('xxxxx');
        }
      }
      expect(r.read(DAEMON_JSON)).toContain(`${proxy}2`);
    } finally {
      r.cleanup();
    }
  });

  it.each(['en', 'zh'])('the wizard (%s, in a terminal): its settings, choices, answers and preview', async (lang) => {
    const r = tempRoot('debian-docker-io', { [DAEMON_JSON]: SECRET_JSON });
    const t = await openTerminal(
      [process.execPath, cliPath, '--root', r.dir, ...ENGINE, ...NO_ARGS, '--lang', lang, 'wizard', '--no-restart'],
      { env: { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' }, cols: 200 },
    );
    try {
      await t.waitFor(lang === 'zh' ? '要配置哪些内容？' : 'What do you want to set up?');
      // The last task: remove settings, whose choices are the values themselves.
      await t.keys('Down', 'Down', 'Down', 'Down', 'Down', 'Space', 'Enter');
      await t.waitFor('hosts: unix:///var/run/docker.sock');
      await t.keys('Space', 'Enter');
      const preview = await t.waitFor(lang === 'zh' ? '现在写入吗' : 'Write it now');
      expect(preview).toContain('tcp://frank:xxxxx@127.0.0.1:2375');
      await t.keys('Enter');
      expect(await t.exitCode()).toBe(0);
      const screen = await t.screen();
      expect(screen).toContain('http://bob:xxxxx@proxy:3128');
      expect(screen).not.toContain(SECRET);
      // What the wizard wrote is the real value, not what it showed.
      expect(JSON.parse(r.read(DAEMON_JSON)).hosts).toEqual([`tcp://frank:${SECRET}F@127.0.0.1:2375`]);
      expect(r.read(DAEMON_JSON)).toContain(`http://bob:${SECRET}A@proxy:3128`);
    } finally {
      await t.close();
      r.cleanup();
    }
  });
});
