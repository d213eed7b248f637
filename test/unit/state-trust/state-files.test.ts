import { existsSync, lstatSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applyChanges,
  backupsDir,
  listBackups,
  lockPath,
  readBackup,
  SafeWriteError,
  stateDir,
  withLock,
} from '../../../src/apply/index.js';
import { backupIndexPath } from '../../../src/apply/paths.js';
import { tempRoot } from '../apply/temp-root.js';

function setUp() {
  const ctx = tempRoot();
  const path = join(ctx.root, 'etc/docker/daemon.json');
  mkdirSync(join(ctx.root, 'etc/docker'), { recursive: true });
  writeFileSync(path, '{}\n');
  // A file root must never write to through our state (outside the state directory).
  const victim = join(ctx.root, 'victim');
  writeFileSync(victim, 'precious\n');
  mkdirSync(backupsDir(ctx), { recursive: true, mode: 0o700 });
  const edit = () => applyChanges(ctx, [{ path, kind: 'daemon-json', before: readFileSync(path), after: '{"a":1}\n' }]);
  return { ctx, path, victim, edit };
}

describe('state files are never opened through a symlink', () => {
  it('a symlinked index.jsonl: nothing is appended to its target, and the edit is refused', async () => {
    const { ctx, path, victim, edit } = setUp();
    symlinkSync(victim, backupIndexPath(ctx));
    const error = await edit().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SafeWriteError);
    expect((error as SafeWriteError).diagnostic.message).toBe(
      `refusing to use ${backupIndexPath(ctx)}: it is a symbolic link; whoever can change it could make this command overwrite any file (owner uid 0, gid 0, mode 0777)`,
    );
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    expect(readFileSync(path, 'utf8')).toBe('{}\n');
    expect(() => listBackups(ctx)).toThrow(/it is a symbolic link/);
  });

  it('a backup data file replaced by a symlink is not read (its target never reaches daemon.json)', async () => {
    const { ctx, victim, edit } = setUp();
    const { files } = await edit();
    const id = files[0]!.backup!;
    const data = join(backupsDir(ctx), id);
    rmSync(data);
    symlinkSync(victim, data);
    expect(() => readBackup(ctx, id)).toThrow(/it is a symbolic link/);
  });

  it('a symlinked lock.<pid>.tmp is replaced, never followed: its target is not truncated', async () => {
    const { ctx, victim } = setUp();
    const draft = `${lockPath(ctx)}.${process.pid}.tmp`;
    symlinkSync(victim, draft);
    const held = await withLock(ctx, () => JSON.parse(readFileSync(lockPath(ctx), 'utf8')) as { pid: number });
    expect(held.pid).toBe(process.pid);
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    expect(existsSync(draft)).toBe(false);
  });

  it('a lock file that is a symlink is not read through (nor is a FIFO waited on)', async () => {
    const { ctx, victim } = setUp();
    symlinkSync(victim, lockPath(ctx));
    const error = await withLock(ctx, () => undefined, { timeoutMs: 200 }).catch((e: unknown) => e);
    expect((error as SafeWriteError).diagnostic.message).toContain(
      `refusing to use ${lockPath(ctx)}: it is a symbolic link`,
    );
    expect(lstatSync(lockPath(ctx)).isSymbolicLink()).toBe(true);
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
  });

  it('an index entry written by us still reads back (O_NOFOLLOW changes nothing for real files)', async () => {
    const { ctx, edit } = setUp();
    await edit();
    expect(listBackups(ctx).map((b) => b.path)).toEqual([join(ctx.root, 'etc/docker/daemon.json')]);
    expect(stateDir(ctx)).toBe(join(ctx.root, 'var/lib/dockerd-config'));
  });
});
