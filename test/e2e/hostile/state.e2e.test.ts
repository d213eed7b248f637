// issue 14, points 8 and 11: state that is trusted blindly; a refused input leaves no state directory.
import { execa } from 'execa';
import {
  appendFileSync,
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cliPath, runCli } from '../../helpers/run-cli.js';
import { tempRoot, type TempRoot } from '../../helpers/temp-root.js';

const ORIGINAL = '{\n  "debug": true\n}\n';
const STATE = '/var/lib/dockerd-config';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function setUp(): { root: TempRoot; common: string[]; victim: string } {
  const root = tempRoot(undefined, { 'etc/docker/daemon.json': ORIGINAL });
  cleanups.push(() => root.cleanup());
  // A file of the host, outside --root, that no run on the root may touch.
  const outside = mkdtempSync(join(tmpdir(), 'dockerd-config-victim-'));
  cleanups.push(() => rmSync(outside, { recursive: true, force: true }));
  const victim = join(outside, 'victim');
  writeFileSync(victim, 'precious\n');
  return {
    root,
    victim,
    common: ['--root', root.dir, '--no-restart', '--engine-version', '28.5', '--daemon-args', ''],
  };
}

const output = (run: { stdout: string; stderr: string }): string => run.stdout + run.stderr;

describe('a state directory someone else can write is refused, and nothing is written', () => {
  it('owned by another user and writable by anyone: says which directory, owner, mode and what to do', async () => {
    const { root, common } = setUp();
    const state = root.path(STATE);
    mkdirSync(state, { recursive: true });
    chmodSync(state, 0o777);
    chownSync(state, 65534, 65534);
    const run = await runCli(['mirror', 'add', 'https://m.example.com', ...common]);
    expect(run.exitCode).toBe(1);
    expect(output(run)).toContain(`refusing to use ${state}: it is owned by uid 65534, not by root`);
    expect(output(run)).toContain('(owner uid 65534, gid 65534, mode 0777)');
    expect(output(run)).toContain(`chown root:root ${state} && chmod go-w ${state}`);
    expect(root.read('/etc/docker/daemon.json')).toBe(ORIGINAL);
  });

  it('a parent above it (var/lib) that anyone may write', async () => {
    const { root, common } = setUp();
    mkdirSync(root.path('/var/lib'), { recursive: true });
    chmodSync(root.path('/var/lib'), 0o777);
    const run = await runCli(['set', 'debug', 'false', ...common]);
    expect(run.exitCode).toBe(1);
    expect(output(run)).toContain(`refusing to use ${root.path('/var/lib')}: anyone may write it (mode 0777)`);
    expect(root.read('/etc/docker/daemon.json')).toBe(ORIGINAL);
    const list = await runCli(['backups', '--root', root.dir]);
    expect(list.exitCode).toBe(1);
  });
});

describe('state files are opened without following symlinks', () => {
  it('a symlinked index.jsonl: root appends nothing to its target', async () => {
    const { root, common, victim } = setUp();
    mkdirSync(root.path(`${STATE}/backups`), { recursive: true, mode: 0o700 });
    symlinkSync(victim, root.path(`${STATE}/backups/index.jsonl`));
    const run = await runCli(['mirror', 'add', 'https://m.example.com', ...common]);
    expect(run.exitCode).toBe(1);
    expect(output(run)).toContain(
      `refusing to use ${root.path(`${STATE}/backups/index.jsonl`)}: it is a symbolic link`,
    );
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    expect(root.read('/etc/docker/daemon.json')).toBe(ORIGINAL);
  });

  it('a symlinked lock.<pid>.tmp: its target is not truncated', async () => {
    const { root, common, victim } = setUp();
    const state = root.path(STATE);
    mkdirSync(state, { recursive: true, mode: 0o700 });
    // exec keeps the shell's pid: the link is planted under the very name the run will use.
    const planted = await execa(
      'sh',
      [
        '-c',
        'victim=$1 state=$2; shift 2; ln -s "$victim" "$state/lock.$$.tmp" && exec "$@"',
        'sh',
        victim,
        state,
        process.execPath,
        cliPath,
        'mirror',
        'add',
        'https://m.example.com',
        ...common,
      ],
      { reject: false, env: { NO_COLOR: '1', LANG: 'C.UTF-8' } },
    );
    expect(planted.exitCode).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    expect(root.read('/etc/docker/daemon.json')).toContain('https://m.example.com');
  });
});

describe('a backup goes back only to the file it was taken of, under --root', () => {
  async function withForgedEntry(path: string) {
    const s = setUp();
    const add = await runCli(['mirror', 'add', 'https://m.example.com', ...s.common]);
    expect(add.exitCode).toBe(0);
    const id = '20991231T235959Z-victim';
    const backups = s.root.path(`${STATE}/backups`);
    writeFileSync(join(backups, id), 'chosen bytes\n', { mode: 0o600 });
    appendFileSync(
      join(backups, 'index.jsonl'),
      `${JSON.stringify({ id, path, time: '2099-12-31T23:59:59.000Z', reason: 'forged', kind: 'daemon-json', group: id, existed: true, size: 13 })}\n`,
    );
    return { ...s, id };
  }

  it('a forged entry naming a file outside --root: `rollback -y` refuses, clearly, and writes nothing', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'dockerd-config-victim-'));
    cleanups.push(() => rmSync(outside, { recursive: true, force: true }));
    const target = join(outside, 'victim');
    writeFileSync(target, 'precious\n');
    const { root, common, id } = await withForgedEntry(target);
    const before = root.read('/etc/docker/daemon.json');
    const run = await runCli(['rollback', '-y', ...common]);
    expect(run.exitCode).not.toBe(0);
    expect(output(run)).toContain(`backup ${id} names "${target}", which is not a file under --root ${root.dir}`);
    expect(output(run)).toContain('is forged or damaged and is not restored');
    expect(readFileSync(target, 'utf8')).toBe('precious\n');
    expect(root.read('/etc/docker/daemon.json')).toBe(before);
  });

  it('a forged entry naming another file under --root (etc/passwd): refused as not managed', async () => {
    const { root, common, id } = await withForgedEntry('');
    void id;
    root.write('/etc/passwd', 'root:x:0:0::/root:/bin/sh\n');
    const forged = '20991231T235959Z.2-passwd';
    const backups = root.path(`${STATE}/backups`);
    writeFileSync(join(backups, forged), 'chosen bytes\n', { mode: 0o600 });
    appendFileSync(
      join(backups, 'index.jsonl'),
      `${JSON.stringify({ id: forged, path: root.path('/etc/passwd'), time: '2099-12-31T23:59:59.000Z', reason: 'x', kind: 'daemon-json', existed: true, size: 13 })}\n`,
    );
    const run = await runCli(['rollback', '-y', '--to', forged, ...common]);
    expect(run.exitCode).not.toBe(0);
    expect(output(run)).toContain(`backup ${forged} is of ${root.path('/etc/passwd')}, which this run does not manage`);
    expect(root.read('/etc/passwd')).toBe('root:x:0:0::/root:/bin/sh\n');
  });

  it('an honest rollback still works', async () => {
    const { root, common } = setUp();
    expect((await runCli(['mirror', 'add', 'https://m.example.com', ...common])).exitCode).toBe(0);
    const run = await runCli(['rollback', '-y', ...common]);
    expect(run.exitCode).toBe(0);
    expect(root.read('/etc/docker/daemon.json')).toBe(ORIGINAL);
  });
});

describe('symlinks under --root never lead out of it', () => {
  it('a relative link climbing out of the root: refused, the host file untouched', async () => {
    const { root, common, victim } = setUp();
    writeFileSync(victim, ORIGINAL);
    rmSync(root.path('/etc/docker/daemon.json'));
    symlinkSync(`../../../../../../../../../..${victim}`, root.path('/etc/docker/daemon.json'));
    const run = await runCli(['mirror', 'add', 'https://m.example.com', ...common]);
    expect(run.exitCode).toBe(1);
    expect(output(run)).toContain(`is a symbolic link that leads out of --root ${root.dir}, to ${victim}`);
    expect(readFileSync(victim, 'utf8')).toBe(ORIGINAL);
    expect(existsSync(root.path(victim))).toBe(false);
  });
});

describe('a refused input changes nothing on disk, not even an empty state directory (issue 14, 11)', () => {
  it('set with a wrong value', async () => {
    const { root, common } = setUp();
    const run = await runCli(['set', 'mtu', 'notanumber', ...common]);
    expect(run.exitCode).toBe(1);
    expect(existsSync(root.path('/var'))).toBe(false);
  });

  it('a change that is made keeps its state directory', async () => {
    const { root, common } = setUp();
    expect((await runCli(['set', 'debug', 'false', ...common])).exitCode).toBe(0);
    expect(existsSync(root.path(`${STATE}/backups/index.jsonl`))).toBe(true);
  });
});
