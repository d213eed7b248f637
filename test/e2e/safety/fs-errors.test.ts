import { chmodSync, chownSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listBackups } from '../../../src/apply/index.js';
import { createContext } from '../../../src/context.js';
import { runCli } from '../../helpers/run-cli.js';
import { buildDrivers, makeRoot, runDriver, sh, unmount } from './harness.js';

const ORIGINAL = '{\n  "registry-mirrors": ["https://mirror.example.com"]\n}\n';
/** Bigger than what the tiny file systems below have left. */
const LARGE = `${JSON.stringify({ labels: Array.from({ length: 2000 }, (_, i) => `k${i}=${'v'.repeat(20)}`) }, null, 2)}\n`;

let drivers: Awaited<ReturnType<typeof buildDrivers>>;
beforeAll(async () => {
  drivers = await buildDrivers();
});
afterAll(() => drivers.remove());

const mounts: string[] = [];
const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const dir of mounts.splice(0).reverse()) unmount(dir);
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A root whose daemon.json holds ORIGINAL, plus the new content in a file the driver reads. */
function setUp() {
  const { root, remove } = makeRoot({
    'etc/docker/daemon.json': ORIGINAL,
    'plan/after.json': LARGE,
    'plan/before.json': ORIGINAL,
  });
  cleanups.push(remove);
  const dir = join(root, 'etc/docker');
  const path = join(dir, 'daemon.json');
  const args = [root, path, join(root, 'plan/before.json'), join(root, 'plan/after.json')];
  return { root, dir, path, args };
}

/** Our state directory, owned by nobody, under the usual 0755 /var/lib. */
function nobodysStateDir(root: string): string {
  const state = join(root, 'var/lib/dockerd-config');
  mkdirSync(join(root, 'var/lib'), { recursive: true, mode: 0o755 });
  mkdirSync(state, { mode: 0o700 });
  chownSync(state, 65534, 65534);
  return state;
}

/** A tmpfs of 64 KiB over `dir` (keeping its files), filled up but for `free` bytes. */
function tinyFileSystem(dir: string, keep: Record<string, string>, free: number): void {
  sh('mount', '-t', 'tmpfs', '-o', 'size=64k,mode=0755', 'tmpfs', dir);
  mounts.push(dir);
  for (const [name, content] of Object.entries(keep)) writeFileSync(join(dir, name), content);
  // tmpfs counts whole 4 KiB pages: fill all but `free` bytes' worth.
  const used = Object.values(keep).reduce((n, c) => n + Math.ceil(Buffer.byteLength(c) / 4096) * 4096, 0);
  writeFileSync(join(dir, '.filler'), Buffer.alloc(64 * 1024 - used - free));
}

describe('the original is untouched, and the error says what to do', () => {
  it('ENOSPC on the configuration file system', () => {
    const { dir, path, args } = setUp();
    tinyFileSystem(dir, { 'daemon.json': ORIGINAL }, 8192);
    const run = runDriver(drivers.path('write-once'), args);
    expect(run.status).toBe(1);
    expect(run.report).toMatchObject({
      ok: false,
      id: 'write-failed',
      message: `cannot write ${path}: no space left on device`,
      hint: `free some space on the file system holding ${dir} (df -h ${dir}) and run the command again`,
    });
    expect(readFileSync(path, 'utf8')).toBe(ORIGINAL);
    expect(readdirSync(dir).sort()).toEqual(['.filler', 'daemon.json']);
  });

  it('ENOSPC on the backups file system: nothing is written', () => {
    const { root, path, args } = setUp();
    const backups = join(root, 'var/lib/dockerd-config/backups');
    mkdirSync(backups, { recursive: true, mode: 0o700 });
    tinyFileSystem(backups, {}, 0);
    const run = runDriver(drivers.path('write-once'), args);
    expect(run.status).toBe(1);
    expect(run.report).toMatchObject({
      ok: false,
      id: 'write-failed',
      message: expect.stringMatching(/^cannot write the backup .*-daemon\.json: no space left on device$/),
    });
    expect(readFileSync(path, 'utf8')).toBe(ORIGINAL);
  });

  it('read-only file system', () => {
    const { dir, path, args } = setUp();
    sh('mount', '--bind', dir, dir);
    mounts.push(dir);
    sh('mount', '-o', 'remount,ro,bind', dir);
    const run = runDriver(drivers.path('write-once'), args);
    expect(run.status).toBe(1);
    expect(run.report).toMatchObject({
      ok: false,
      id: 'write-failed',
      message: `cannot write ${path}: read-only file system`,
      hint: expect.stringMatching(/mounted read-only: remount it read-write/),
    });
    expect(readFileSync(path, 'utf8')).toBe(ORIGINAL);
  });

  it('EACCES as nobody: the state directory cannot be created (exit 77)', () => {
    const { root, path, args } = setUp();
    const run = runDriver(drivers.path('write-once'), args, { asNobody: true });
    expect(run.status).toBe(77);
    expect(run.report).toMatchObject({
      ok: false,
      id: 'permission-denied',
      message: `cannot create the directory ${join(root, 'var/lib/dockerd-config')}: permission denied`,
      hint: 'run with sudo (or as root)',
    });
    expect(readFileSync(path, 'utf8')).toBe(ORIGINAL);
  });

  it('EACCES as nobody: /etc/docker is not writable (exit 77)', () => {
    const { root, dir, path, args } = setUp();
    nobodysStateDir(root); // lock and backups work; the target does not
    const run = runDriver(drivers.path('write-once'), args, { asNobody: true });
    expect(run.status).toBe(77);
    expect(run.report).toMatchObject({
      ok: false,
      id: 'permission-denied',
      message: `cannot write ${path}: permission denied`,
      hint: 'run with sudo (or as root)',
    });
    expect(readFileSync(path, 'utf8')).toBe(ORIGINAL);
    expect(readdirSync(dir)).toEqual(['daemon.json']);
  });

  it('EACCES as nobody: daemon.json is not even readable (exit 77)', () => {
    const { root, path, args } = setUp();
    nobodysStateDir(root);
    chmodSync(path, 0o600);
    const run = runDriver(drivers.path('write-once'), args, { asNobody: true });
    expect(run.status).toBe(77);
    expect(run.report).toMatchObject({
      ok: false,
      id: 'permission-denied',
      message: `cannot read ${path}: permission denied`,
    });
    expect(readFileSync(path, 'utf8')).toBe(ORIGINAL);
  });
});

// issue 14, 9: a write that failed must not leave a backup that `rollback` would then "undo".
describe('a failed write records no backup', () => {
  it('ENOSPC on the configuration file system: no backup is listed', () => {
    const { root, dir, path, args } = setUp();
    tinyFileSystem(dir, { 'daemon.json': ORIGINAL }, 8192);
    const run = runDriver(drivers.path('write-once'), args);
    expect(run.status).toBe(1);
    expect(readFileSync(path, 'utf8')).toBe(ORIGINAL);
    expect(listBackups(createContext({ root }))).toEqual([]);
  });

  it('read-only /etc/docker: the CLI fails, `backups` lists nothing, `rollback` has nothing to undo', async () => {
    const { root, dir, path } = setUp();
    sh('mount', '--bind', dir, dir);
    mounts.push(dir);
    sh('mount', '-o', 'remount,ro,bind', dir);
    const common = ['--root', root, '--no-restart', '--engine-version', '28.5', '--daemon-args', ''];
    const add = await runCli(['mirror', 'add', 'https://other.example.com', ...common]);
    expect(add.exitCode).toBe(1);
    expect(add.stderr + add.stdout).toMatch(/read-only file system/);
    const backups = await runCli(['backups', '--json', '--root', root]);
    expect(backups.json<{ backups: unknown[] }>().backups).toEqual([]);
    const rollback = await runCli(['rollback', '-y', ...common]);
    expect(rollback.exitCode).not.toBe(0);
    expect(rollback.stderr + rollback.stdout).toMatch(/there are no backups to roll back to/);
    expect(readFileSync(path, 'utf8')).toBe(ORIGINAL);
  });
});
