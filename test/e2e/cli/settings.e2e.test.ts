import { chmodSync, existsSync, statSync } from 'node:fs';
import { execa } from 'execa';
import { afterEach, describe, expect, it } from 'vitest';
import { cliPath, runCli } from '../../helpers/run-cli.js';
import { tempRoot, type TempRoot } from '../../helpers/temp-root.js';

const DAEMON_JSON = '/etc/docker/daemon.json';
const ENV_FILE = '/etc/default/docker';
const DROP_IN = '/etc/systemd/system/docker.service.d/dockerd-config-hosts.conf';
let root: TempRoot;
afterEach(() => root?.cleanup());

const cli = (...args: string[]) => runCli(['--root', root.dir, ...args]);
type Doc = {
  ok: boolean;
  changed: boolean;
  diagnostics: { id: string; severity: string; message: string; line?: number; column?: number; hint?: string }[];
};

describe('host add on a unit that passes -H fd://', () => {
  it('moves the listeners to daemon.json, keeps the local socket, writes the drop-in, and the result validates', async () => {
    root = tempRoot('debian-docker-io');
    const run = await cli('host', 'add', 'tcp://127.0.0.1:2375', '--json');
    // Under --root the daemon that reads these files is not ours to restart: nothing is run, and it says so.
    expect(run.json<Doc>()).toMatchObject({
      ok: true,
      changed: true,
      service: { manager: 'none', action: 'none', daemonReload: false },
      verified: false,
    });
    expect(run.json<Doc>().diagnostics.find((d) => d.id === 'restart-needed')?.hint).toMatch(/--restart-cmd/);
    expect(JSON.parse(root.read(DAEMON_JSON))).toEqual({
      hosts: ['unix:///var/run/docker.sock', 'tcp://127.0.0.1:2375'],
    });
    const dropIn = root.read(DROP_IN);
    expect(dropIn).toMatch(/^ExecStart=$/m);
    expect(dropIn).toMatch(
      /^ExecStart=\/usr\/sbin\/dockerd --containerd=\/run\/containerd\/containerd.sock \$DOCKER_OPTS$/m,
    );
    expect(dropIn).not.toContain('fd://');
    const check = await cli('validate', '--engine-version', '20.10');
    expect(check.exitCode).toBe(0);
  });

  it('refuses a non-loopback TCP address without TLS unless --allow-insecure-tcp', async () => {
    root = tempRoot('debian-docker-io');
    const refused = await cli('host', 'add', 'tcp://0.0.0.0:2375', '--json');
    expect(refused.exitCode).toBe(1);
    expect(refused.json<Doc>().diagnostics.map((d) => d.id)).toContain('tcp-without-tls');
    expect(existsSync(root.path(DAEMON_JSON))).toBe(false);
    expect(existsSync(root.path(DROP_IN))).toBe(false);
    const allowed = await cli('host', 'add', 'tcp://0.0.0.0:2375', '--allow-insecure-tcp');
    expect(allowed.exitCode).toBe(0);
  });

  it('reports hosts in daemon.json against -H fd:// in the unit as a conflict, naming both places', async () => {
    root = tempRoot('debian-docker-io', { [DAEMON_JSON]: '{\n  "hosts": ["unix:///var/run/docker.sock"]\n}\n' });
    const run = await cli('validate', '--engine-version', '26.1', '--json');
    expect(run.exitCode).toBe(1);
    const conflict = run.json<Doc>().diagnostics.find((d) => d.id === 'flag-file-conflict');
    expect(conflict).toMatchObject({ severity: 'error', line: 2 });
    expect(JSON.stringify(conflict)).toContain('docker.service');
  });
});

describe('a setting already in DOCKER_OPTS is edited there', () => {
  it('insecure add goes to DOCKER_OPTS on sysvinit, quoting and other lines kept', async () => {
    root = tempRoot('sysvinit');
    const before = root.read(ENV_FILE);
    const run = await cli('insecure', 'add', 'http://registry.corp.example:5000');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/http:\/\//); // the warning about the stripped scheme
    const after = root.read(ENV_FILE);
    expect(after).toBe(
      before.replace(
        '--insecure-registry 10.0.0.5:5000"',
        '--insecure-registry 10.0.0.5:5000 --insecure-registry=registry.corp.example:5000"',
      ),
    );
    expect(existsSync(root.path(DAEMON_JSON))).toBe(false);
  });

  it('--target env-file on docker-ce (whose unit reads no env file) is refused', async () => {
    root = tempRoot('docker-ce');
    const before = root.read(ENV_FILE);
    const run = await cli('insecure', 'add', 'registry.local:5000', '--target', 'env-file', '--json');
    expect(run.exitCode).toBe(1);
    expect(run.json<Doc>().diagnostics.map((d) => d.id)).toContain('env-file-ignored');
    expect(root.read(ENV_FILE)).toBe(before);
  });
});

describe('set, unset, apply', () => {
  it('set takes JSON values and strings; a wrong type or an unknown key is refused with a hint', async () => {
    root = tempRoot('debian-docker-io', { [DAEMON_JSON]: '{\n  "debug": false\n}\n' });
    expect((await cli('set', 'live-restore', 'true')).exitCode).toBe(0);
    expect((await cli('set', 'log-level', 'warn')).exitCode).toBe(0);
    expect(JSON.parse(root.read(DAEMON_JSON))).toEqual({ debug: false, 'live-restore': true, 'log-level': 'warn' });

    const wrongType = await cli('set', 'max-concurrent-downloads', '"three"', '--json');
    expect(wrongType.exitCode).toBe(1);
    expect(wrongType.json<Doc>().diagnostics[0]).toMatchObject({ id: 'invalid-type' });

    const typo = await cli('set', 'registry-mirror', '["https://m.example"]', '--engine-version', '28.5', '--json');
    expect(typo.exitCode).toBe(1);
    expect(JSON.stringify(typo.json())).toContain('registry-mirrors');

    const unknown = await cli('set', 'Debug', 'true', '--json');
    expect(unknown.exitCode).toBe(1);
    expect(unknown.json<Doc>().diagnostics.find((d) => d.id === 'unknown-key')?.hint).toContain('debug');
    expect(JSON.parse(root.read(DAEMON_JSON))).toEqual({ debug: false, 'live-restore': true, 'log-level': 'warn' });

    expect((await cli('unset', 'debug')).exitCode).toBe(0);
    expect(JSON.parse(root.read(DAEMON_JSON))).toEqual({ 'live-restore': true, 'log-level': 'warn' });
  });

  it('apply unions arrays, --exact replaces them, and bad input is named by line and column', async () => {
    root = tempRoot('debian-docker-io', { [DAEMON_JSON]: '{\n  "registry-mirrors": ["https://a.example"]\n}\n' });
    const union = await runCli(['--root', root.dir, 'apply', '-'], {
      input: '{"registry-mirrors": ["https://b.example"], "live-restore": true}',
    });
    expect(union.exitCode).toBe(0);
    expect(JSON.parse(root.read(DAEMON_JSON))).toEqual({
      'registry-mirrors': ['https://a.example', 'https://b.example'],
      'live-restore': true,
    });
    const exact = await runCli(['--root', root.dir, 'apply', '-', '--exact'], {
      input: '{"registry-mirrors": ["https://c.example"]}',
    });
    expect(exact.exitCode).toBe(0);
    expect(JSON.parse(root.read(DAEMON_JSON))).toEqual({
      'registry-mirrors': ['https://c.example'],
      'live-restore': true,
    });

    const before = root.read(DAEMON_JSON);
    const bad = await runCli(['--root', root.dir, 'apply', '-', '--json'], { input: '{\n  "debug": true,\n}' });
    expect(bad.exitCode).toBe(1);
    expect(bad.json<Doc>().diagnostics[0]).toMatchObject({ id: 'json-syntax', line: 3, column: 1 });
    expect(root.read(DAEMON_JSON)).toBe(before);
  });
});

describe('validate, show and get', () => {
  it('the demo root: a dangling comma that dockerd 20.10 refuses, found by line and column', async () => {
    root = tempRoot('broken-debian');
    const run = await cli('validate', '--json');
    expect(run.exitCode).toBe(1);
    const doc = run.json<Doc & { engineVersion: string }>();
    expect(doc.engineVersion).toBe('20.10.24');
    expect(doc.diagnostics[0]).toMatchObject({ id: 'json-syntax', severity: 'error', line: 5 });
  });

  it('show names where each setting comes from; get prints one value', async () => {
    root = tempRoot('sysvinit', { [DAEMON_JSON]: '{\n  "debug": true\n}\n' });
    const show = await cli('show', '--json');
    const settings = show.json<{
      settings: { key: string; value: unknown; source: { kind: string; line?: number } }[];
    }>().settings;
    expect(settings.find((s) => s.key === 'debug')).toMatchObject({
      value: true,
      source: { kind: 'daemon-json', line: 2 },
    });
    expect(settings.find((s) => s.key === 'insecure-registries')).toMatchObject({
      value: ['10.0.0.5:5000'],
      source: { kind: 'env-file' },
    });
    const get = await cli('get', 'insecure-registries');
    expect(get.exitCode).toBe(0);
    expect(JSON.parse(get.stdout)).toEqual(['10.0.0.5:5000']);
    expect((await cli('get', 'storage-driver')).exitCode).toBe(1);
  });

  it('usage errors exit 64; a missing explicit file is reported', async () => {
    root = tempRoot('debian-docker-io');
    expect((await cli('mirror', 'frobnicate')).exitCode).toBe(64);
    expect((await cli('validate', '--engine-version', 'banana')).exitCode).toBe(64);
    const missing = await cli('validate', root.path('/nope.json'), '--json');
    expect(missing.exitCode).toBe(1);
    expect(missing.json<Doc>().diagnostics[0]?.id).toBe('config-file-missing');
  });

  it('a user who may not write the file gets exit 77 and a hint about sudo; the file stays as it was', async () => {
    root = tempRoot('debian-docker-io', { [DAEMON_JSON]: '{}\n' });
    chmodSync(root.dir, 0o755); // nobody may read the root, but not write anything in it
    const asNobody = await execa(
      'setpriv',
      [
        '--reuid=65534',
        '--regid=65534',
        '--clear-groups',
        process.execPath,
        cliPath,
        '--root',
        root.dir,
        'mirror',
        'add',
        'https://n.example',
        '--json',
      ],
      { reject: false },
    );
    expect(asNobody.exitCode).toBe(77);
    expect(String(asNobody.stdout)).toContain('sudo');
    expect(root.read(DAEMON_JSON)).toBe('{}\n');
    expect(statSync(root.path(DAEMON_JSON)).uid).toBe(0);
  });
});
