// Issue 12, points 1 and 10: read commands on a daemon.json that does not parse say so, show what
// repair would recover (marked), exit 1 and point at repair; a write reports what it introduces
// or fixes, not the warnings it left as they were.
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';
import { tempRoot, type TempRoot } from '../../helpers/temp-root.js';

let root: TempRoot;
afterEach(() => root?.cleanup());
const cli = (...args: string[]) => runCli(['--root', root.dir, ...args]);
const DAEMON_JSON = '/etc/docker/daemon.json';
const MIRRORS = ['https://mirror.example.com', 'https://registry.docker-cn.com'];

type Listing = { ok: boolean; values: string[]; recovered?: boolean; diagnostics?: { id: string; line?: number }[] };

describe('read commands on the demo root (daemon.json has a dangling comma)', () => {
  it('mirror list shows the two mirrors as recovered, names line 5 column 1, points at repair and exits 1', async () => {
    root = tempRoot('broken-debian');
    const run = await cli('mirror', 'list');
    expect(run.exitCode).toBe(1);
    expect(run.stdout.split('\n').filter(Boolean)).toEqual(
      MIRRORS.map((m) => `${m}  (recovered by repair, not in effect)`),
    );
    expect(run.stderr).toContain(`${root.path(DAEMON_JSON)}:5:1`);
    expect(run.stderr).toContain('[json-syntax]');
    expect(run.stderr).toMatch(/not what is in effect; run `dockerd-config repair`/);
    expect(run.stderr).not.toMatch(/no registry mirrors/i);
  });

  it('mirror list --json: ok false, the recovered values, the reason', async () => {
    root = tempRoot('broken-debian');
    const run = await cli('mirror', 'list', '--json');
    expect(run.exitCode).toBe(1);
    const doc = run.json<Listing>();
    expect(doc).toMatchObject({ ok: false, values: MIRRORS, recovered: true });
    expect(doc.diagnostics?.map((d) => [d.id, d.line])).toEqual([['json-syntax', 5]]);
  });

  it('host list and insecure list say the same', async () => {
    root = tempRoot('broken-debian');
    const hosts = await cli('host', 'list');
    expect(hosts.exitCode).toBe(1);
    expect(hosts.stdout).toContain('tcp://0.0.0.0:2375  (recovered by repair, not in effect)');
    expect(hosts.stderr).toContain('[json-syntax]');
    // DOCKER_OPTS's --insecure-registry is a flag: not recovered, but dockerd does not start either way.
    const insecure = await cli('insecure', 'list');
    expect(insecure.exitCode).toBe(1);
    expect(insecure.stdout.trim()).toBe('registry.corp.example:5000');
    expect(insecure.stderr).toContain('[json-syntax]');
  });

  it('get registry-mirrors gives the recovered value, marked, and exits 1', async () => {
    root = tempRoot('broken-debian');
    const run = await cli('get', 'registry-mirrors', '--json');
    expect(run.exitCode).toBe(1);
    expect(run.json()).toMatchObject({ ok: false, value: MIRRORS, recovered: true });
    const text = await cli('get', 'registry-mirrors');
    expect(text.stdout).toContain('(recovered by repair, not in effect)');
    expect(text.stderr).not.toContain('is not set');
  });

  it('show --json is not ok, and marks every setting of the file as recovered (the flags stay in effect)', async () => {
    root = tempRoot('broken-debian');
    const run = await cli('show', '--json');
    expect(run.exitCode).toBe(1);
    const doc = run.json<{ ok: boolean; settings: { key: string; from: string; recovered?: boolean }[] }>();
    expect(doc.ok).toBe(false);
    const fileKeys = doc.settings.filter((s) => s.from === 'file');
    expect(fileKeys.map((s) => s.key).sort()).toEqual(['hosts', 'log-driver', 'registry-mirrors']);
    expect(fileKeys.every((s) => s.recovered === true)).toBe(true);
    expect(doc.settings.filter((s) => s.from === 'flag').every((s) => s.recovered === undefined)).toBe(true);
  });

  it('in Chinese, the explanation is Chinese', async () => {
    root = tempRoot('broken-debian');
    const run = await cli('--lang', 'zh', 'mirror', 'list');
    expect(run.stdout).toContain('（由 repair 恢复，未生效）');
    expect(run.stderr).toContain('daemon.json 无法解析');
  });

  it('a file repair cannot recover without guessing: nothing shown as recovered, and it says so', async () => {
    root = tempRoot('broken-debian', { [DAEMON_JSON]: '{"registry-mirrors": ["https://a.example' });
    const run = await cli('mirror', 'list', '--json');
    expect(run.exitCode).toBe(1);
    const doc = run.json<Listing>();
    expect(doc).toMatchObject({ ok: false, values: [], recovered: false });
    expect(doc.diagnostics?.map((d) => d.id)).toContain('repair-ambiguous');
  });

  it('a file that parses reads as before: ok, exit 0, no mark', async () => {
    root = tempRoot('broken-debian', { [DAEMON_JSON]: JSON.stringify({ 'registry-mirrors': MIRRORS }) });
    const run = await cli('mirror', 'list');
    expect(run.exitCode).toBe(0);
    expect(run.stdout.split('\n').filter(Boolean)).toEqual(MIRRORS);
    expect(run.stderr).toBe('');
  });
});

describe('read commands: what the review found', () => {
  it('--json keeps a setting whose keys are named like our own fields (says, hintSays)', async () => {
    const runtimes = { says: { path: '/usr/bin/runc' }, hintSays: { path: '/usr/bin/crun' } };
    root = tempRoot(undefined, { [DAEMON_JSON]: JSON.stringify({ runtimes }) });
    const run = await cli('get', 'runtimes', '--json');
    expect(run.json()).toMatchObject({ ok: true, value: runtimes });
  });

  it('invalid UTF-8 (fatal for 27.5): not offered as recovered, since repair does not mend it', async () => {
    root = tempRoot();
    root.write(
      DAEMON_JSON,
      Buffer.concat([Buffer.from('{"debug": true, "labels": ["a'), Buffer.from([0xff]), Buffer.from('"]}')]),
    );
    const run = await cli('--engine-version', '27.5', 'show');
    expect(run.exitCode).toBe(1);
    expect(run.stdout).not.toContain('recovered by repair');
    expect(run.stderr).toContain('`dockerd-config repair` does not mend this kind of damage');
  });

  it('mirror test on a file repair refuses: the reason in --json, and no "none configured"', async () => {
    root = tempRoot(undefined, { [DAEMON_JSON]: '{"debug": true "registry-mirrors": ["https://a.example"]}' });
    const json = await cli('mirror', 'test', '--json');
    expect(json.exitCode).toBe(1);
    expect(json.json<Listing>().diagnostics?.map((d) => d.id)).toEqual(['json-syntax', 'repair-ambiguous']);
    const text = await cli('mirror', 'test');
    expect(text.stdout + text.stderr).not.toMatch(/No mirrors configured/);
  });
});

describe('a write reports what the change brings or mends', () => {
  const HOSTS = { hosts: ['unix:///var/run/docker.sock', 'tcp://127.0.0.1:2375'] };

  it('mirror add does not repeat the TLS warning the file already had', async () => {
    root = tempRoot(undefined, { [DAEMON_JSON]: JSON.stringify(HOSTS) });
    expect((await cli('validate')).stdout).toContain('[tcp-without-tls]');
    const run = await cli('mirror', 'add', 'https://m.example', '--no-restart');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).not.toContain('tcp-without-tls');
    const json = await cli('mirror', 'add', 'https://n.example', '--no-restart', '--json');
    expect(json.json<{ diagnostics: { id: string }[] }>().diagnostics.map((d) => d.id)).not.toContain(
      'tcp-without-tls',
    );
  });

  it('a warning the change introduces is shown', async () => {
    root = tempRoot(undefined, { [DAEMON_JSON]: '{}' });
    const run = await cli('insecure', 'add', 'docker.io', '--no-restart');
    expect(run.stdout).toContain('marking "docker.io" insecure has no effect');
  });

  it('a finding whose position shifts is neither new nor fixed', async () => {
    const pools = [
      { base: '172.17.0.0/16', size: 24 },
      { base: '10.0.0.0/8', size: 28 },
    ];
    root = tempRoot(undefined, { [DAEMON_JSON]: JSON.stringify({ 'default-address-pools': pools }) });
    expect((await cli('--engine-version', '27.5', 'validate')).stdout).toContain('address pool 2 splits 10.0.0.0/8');
    const run = await cli(
      '--engine-version',
      '27.5',
      'set',
      'default-address-pools',
      JSON.stringify([pools[1]]),
      '--dry-run',
      '--no-restart',
    );
    expect(run.stdout).not.toContain('splits');
    expect(run.stdout).not.toContain('fixes:');
  });

  it('a warning the change mends is named as fixed, in text and --json', async () => {
    root = tempRoot(undefined, { [DAEMON_JSON]: JSON.stringify({ 'insecure-registries': ['docker.io'] }) });
    const run = await cli('insecure', 'remove', 'docker.io', '--dry-run');
    expect(run.stdout).toMatch(/✓ fixes: marking "docker.io" insecure has no effect.*\[invalid-value\]/);
    const json = await cli('insecure', 'remove', 'docker.io', '--dry-run', '--json');
    expect(json.json<{ fixed?: { id: string }[] }>().fixed?.map((d) => d.id)).toEqual(['invalid-value']);
  });
});
