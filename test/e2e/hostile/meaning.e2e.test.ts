// Issue 14, point 6 (silent changes of meaning) and point 11 (the hosts drop-in is removed; no
// "addresss"): real runs of the built binary on a temp --root, files compared byte for byte.
import { existsSync, readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';
import { tempRoot, type TempRoot } from '../../helpers/temp-root.js';

const DAEMON_JSON = '/etc/docker/daemon.json';
const ENV_FILE = '/etc/default/docker';
const DROP_IN = '/etc/systemd/system/docker.service.d/dockerd-config-hosts.conf';
const COMMON = ['--no-restart', '--engine-version', '28.5'];

let root: TempRoot | undefined;
afterEach(() => root?.cleanup());
const cli = (args: string[], options: { input?: string; daemonArgs?: boolean } = {}) =>
  runCli(
    [
      ...args,
      '--root',
      (root as TempRoot).dir,
      ...COMMON,
      ...(options.daemonArgs === false ? [] : ['--daemon-args', '']),
    ],
    { input: options.input },
  );
/** Nothing written, not even a backup or the state directory's first file. */
const untouched = (before: Record<string, string>): void => {
  for (const [path, text] of Object.entries(before)) expect((root as TempRoot).read(path)).toBe(text);
};

describe('numbers are written exactly as given, or refused', () => {
  it('set mtu 1e400: refused (dockerd refuses 1e400), the file unchanged; never "null"', async () => {
    root = tempRoot(undefined, { [DAEMON_JSON]: '{}\n' });
    const run = await cli(['set', 'mtu', '1e400']);
    expect(run.exitCode).toBe(1);
    expect(run.stdout + run.stderr).toContain('"mtu" must be a whole number, not the number 1e400');
    untouched({ [DAEMON_JSON]: '{}\n' });
  });

  it('set shutdown-timeout 9007199254740993 writes …993, and again is no change', async () => {
    root = tempRoot(undefined, { [DAEMON_JSON]: '{}\n' });
    expect((await cli(['set', 'shutdown-timeout', '9007199254740993'])).exitCode).toBe(0);
    expect(root.read(DAEMON_JSON)).toBe('{\n  "shutdown-timeout": 9007199254740993\n}\n');
    const again = await cli(['set', 'shutdown-timeout', '9007199254740993', '--json']);
    expect(again.json()).toMatchObject({ ok: true, changed: false });
  });

  it('apply and values inside objects keep their digits', async () => {
    root = tempRoot(undefined, { [DAEMON_JSON]: '{}\n' });
    const desired = '{"default-ulimits": {"nofile": {"Name": "nofile", "Hard": 9007199254740993, "Soft": 1024}}}';
    expect((await cli(['apply', '-'], { input: desired })).exitCode).toBe(0);
    expect(root.read(DAEMON_JSON)).toContain('"Hard": 9007199254740993,');
    const set = await cli(['set', 'default-ulimits', '{"nofile":{"Name":"nofile","Hard":9007199254740995,"Soft":1}}']);
    expect(set.exitCode).toBe(0);
    expect(root.read(DAEMON_JSON)).toContain('"Hard": 9007199254740995,');
    const refused = await cli(['apply', '-'], { input: '{"max-concurrent-downloads": 1e400}' });
    expect(refused.exitCode).toBe(1);
    expect(root.read(DAEMON_JSON)).not.toMatch(/null|1e400/);
  });

  it('DOCKER_OPTS gets the digits too', async () => {
    root = tempRoot('sysvinit');
    expect(
      (await cli(['set', 'shutdown-timeout', '9007199254740993', '--target', 'env-file'], { daemonArgs: false }))
        .exitCode,
    ).toBe(0);
    expect(root.read(ENV_FILE)).toContain('--shutdown-timeout=9007199254740993"');
  });
});

describe('DOCKER_OPTS: no control characters, and a trailing comment stays a comment', () => {
  it('a NUL (JSON "\\u0000") is refused by name; nothing written', async () => {
    root = tempRoot('sysvinit');
    const before = root.read(ENV_FILE);
    const run = await cli(['set', 'labels', '["a\\u0000b"]', '--target', 'env-file'], { daemonArgs: false });
    expect(run.exitCode).toBe(1);
    expect(run.stdout + run.stderr).toContain('control character U+0000');
    expect(run.stdout + run.stderr).not.toContain('\u0000');
    untouched({ [ENV_FILE]: before });
    expect(existsSync(root.path('/var/lib/dockerd-config'))).toBe(false);
  });

  it('sysvinit (sh): the comment is kept on the line and out of the value', async () => {
    root = tempRoot('sysvinit', { [ENV_FILE]: 'DOCKER_OPTS="--debug" # keep debug on\n' });
    const run = await cli(['set', 'mtu', '1400', '--target', 'env-file'], { daemonArgs: false });
    expect(run.exitCode).toBe(0);
    expect(root.read(ENV_FILE)).toBe('DOCKER_OPTS="--debug --mtu=1400" # keep debug on\n');
  });

  it('systemd reads the comment as value: refused with the fix, nothing written', async () => {
    root = tempRoot('debian-docker-io', { [ENV_FILE]: 'DOCKER_OPTS="--debug" # keep debug on\n' });
    const run = await cli(['set', 'mtu', '1400', '--target', 'env-file'], { daemonArgs: false });
    expect(run.exitCode).toBe(1);
    expect(run.stdout + run.stderr).toContain("systemd's EnvironmentFile= reads it as part of the value");
    expect(run.stdout + run.stderr).toContain('Move the comment to a line of its own');
    untouched({ [ENV_FILE]: 'DOCKER_OPTS="--debug" # keep debug on\n' });
  });
});

describe('the hosts drop-in', () => {
  it('a --config-file path with a line break never reaches it', async () => {
    root = tempRoot('docker-ce');
    const path = root.path('/etc/docker/dae\nmon.json');
    const run = await cli(['host', 'add', 'tcp://127.0.0.1:2375', '--config-file', path], { daemonArgs: false });
    expect(run.exitCode).toBe(1);
    expect(run.stdout + run.stderr).toContain('control character U+000A');
    expect(existsSync(root.path(DROP_IN))).toBe(false);
    expect(existsSync(path)).toBe(false);
  });

  it('is removed with the last "hosts", through the change transaction (backed up, said)', async () => {
    root = tempRoot('docker-ce');
    expect((await cli(['host', 'add', 'tcp://127.0.0.1:2375'], { daemonArgs: false })).exitCode).toBe(0);
    expect(root.read(DROP_IN)).toContain('removes it when "hosts" is removed');
    const run = await cli(['host', 'remove', 'tcp://127.0.0.1:2375', 'unix:///var/run/docker.sock', '--json'], {
      daemonArgs: false,
    });
    expect(run.exitCode).toBe(0);
    const out = run.json<{
      files: { path: string; changed: boolean; backup?: string }[];
      diagnostics: { id: string; message: string }[];
    }>();
    expect(out.files.find((f) => f.path.endsWith('dockerd-config-hosts.conf'))).toMatchObject({ changed: true });
    expect(out.diagnostics.map((d) => d.id)).toContain('hosts-drop-in-removed');
    expect(out.diagnostics.map((d) => d.message).join('\n')).toContain('"hosts" is no longer set in daemon.json');
    expect(existsSync(root.path(DROP_IN))).toBe(false);
    expect(root.read(DAEMON_JSON)).not.toContain('hosts');
    // rollback puts both back (the restored daemon.json is judged with the restored drop-in).
    const back = await cli(['rollback', '-y'], { daemonArgs: false });
    expect(back.stdout + back.stderr).not.toContain('backup-not-valid');
    expect(back.exitCode).toBe(0);
    expect(root.read(DROP_IN)).toContain('# Written by dockerd-config.');
    expect(root.read(DAEMON_JSON)).toContain('"hosts"');
    expect(
      (await cli(['host', 'remove', 'tcp://127.0.0.1:2375', 'unix:///var/run/docker.sock'], { daemonArgs: false }))
        .exitCode,
    ).toBe(0);
    expect(existsSync(root.path(DROP_IN))).toBe(false);
    // Adding an address again writes it again.
    expect((await cli(['host', 'add', 'tcp://127.0.0.1:2375'], { daemonArgs: false })).exitCode).toBe(0);
    expect(readdirSync(root.path('/etc/systemd/system/docker.service.d'))).toEqual(['dockerd-config-hosts.conf']);
  });
});

describe('a key that appears twice', () => {
  it('set edits the copy dockerd uses and says what became of the other', async () => {
    const twice = '{\n  "mtu": 1400,\n  "debug": true,\n  "mtu": 1500\n}\n';
    root = tempRoot(undefined, { [DAEMON_JSON]: twice });
    const run = await cli(['set', 'mtu', '1300']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(
      'dockerd uses the last copy (line 4), so this change edited that one and removed the earlier copy (line 2)',
    );
    expect(root.read(DAEMON_JSON)).toBe('{\n  "debug": true,\n  "mtu": 1300\n}\n');
    const zh = await cli(['--lang', 'zh', 'unset', 'debug', '--dry-run']);
    expect(zh.exitCode).toBe(0);
  });

  it('in Chinese too', async () => {
    root = tempRoot(undefined, { [DAEMON_JSON]: '{"mtu": 1400, "mtu": 1500}\n' });
    const run = await cli(['--lang', 'zh', 'unset', 'mtu']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('已全部删除');
  });
});

describe('"addresss" appears nowhere', () => {
  it('in the host commands’ messages', async () => {
    root = tempRoot('docker-ce');
    const runs = await Promise.all([
      cli(['host', 'add', 'bogus'], { daemonArgs: false }),
      cli(['host', 'remove', 'unix:///nowhere'], { daemonArgs: false }),
      cli(['host', '--help']),
      cli(['host', 'add', 'tcp://0.0.0.0:2375'], { daemonArgs: false }),
    ]);
    for (const run of runs) expect(run.stdout + run.stderr).not.toMatch(/addresss/i);
  });
});

/** The read-only commands take no --no-restart. */
const read = (args: string[]) =>
  runCli([...args, '--root', (root as TempRoot).dir, '--engine-version', '28.5', '--daemon-args', '']);

describe('get, show and --json print the number in the file, not its nearest double', () => {
  it('9007199254740993 stays …993 in get, get --json, show and show --json', async () => {
    root = tempRoot(undefined, {
      [DAEMON_JSON]:
        '{"shutdown-timeout": 9007199254740993, "default-ulimits": {"nofile": {"Name": "nofile", "Hard": 9007199254740993, "Soft": 1}}}\n',
    });
    const get = await read(['get', 'shutdown-timeout']);
    expect(get.stdout.trim()).toBe('9007199254740993');
    expect((await read(['get', 'shutdown-timeout', '--json'])).stdout).toContain('"value": 9007199254740993');
    expect((await read(['get', 'default-ulimits'])).stdout).toContain('"Hard": 9007199254740993,');
    const show = await read(['show']);
    expect(show.stdout).toMatch(/shutdown-timeout\s+9007199254740993\s/);
    expect(show.stdout).not.toContain('9007199254740992');
    const json = await read(['show', '--json']);
    expect(json.stdout).toContain('"Hard": 9007199254740993');
    expect(json.stdout).not.toContain('9007199254740992');
  });
});
