import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyChanges, listBackups, SafeWriteError, stateDir, withLock } from '../../../src/apply/index.js';
import { backupIndexPath } from '../../../src/apply/paths.js';
import { errno, fsWith, tempRoot } from '../apply/temp-root.js';
import * as nodeFs from 'node:fs';

function twoFiles(overrides: Parameters<typeof fsWith>[0] = {}) {
  const ctx = tempRoot({ fs: fsWith(overrides) });
  mkdirSync(join(ctx.root, 'etc/docker'), { recursive: true });
  mkdirSync(join(ctx.root, 'etc/default'), { recursive: true });
  const json = join(ctx.root, 'etc/docker/daemon.json');
  const env = join(ctx.root, 'etc/default/docker');
  writeFileSync(json, '{}\n');
  writeFileSync(env, 'DOCKER_OPTS=""\n');
  const change = () =>
    applyChanges(ctx, [
      { path: json, kind: 'daemon-json', before: readFileSync(json), after: '{"a":1}\n' },
      { path: env, kind: 'env-file', before: readFileSync(env), after: 'DOCKER_OPTS="-D"\n' },
    ]);
  return { ctx, json, env, change };
}

describe('a failed write leaves no backup for rollback to "undo"', () => {
  it('read-only file system on the first file: no backup is listed', async () => {
    const { ctx, json, change } = twoFiles({
      renameSync: () => {
        throw errno('EROFS', 'rename');
      },
    });
    await expect(change()).rejects.toBeInstanceOf(SafeWriteError);
    expect(readFileSync(json, 'utf8')).toBe('{}\n');
    expect(listBackups(ctx)).toEqual([]);
    // The records stay (for the record) but are taken back by a line of their own; their data goes.
    expect(readFileSync(backupIndexPath(ctx), 'utf8')).toMatch(/"void":/);
    expect(readdirSync(dirname(backupIndexPath(ctx)))).toEqual(['index.jsonl']);
  });

  it('the second file fails (disk full): the first is put back and neither backup is listed', async () => {
    let renames = 0;
    const { ctx, json, env, change } = twoFiles({
      renameSync: (from: nodeFs.PathLike, to: nodeFs.PathLike) => {
        if (String(to).endsWith('etc/default/docker')) throw errno('ENOSPC', 'rename');
        renames++;
        nodeFs.renameSync(from, to);
      },
    });
    await expect(change()).rejects.toBeInstanceOf(SafeWriteError);
    expect(renames).toBeGreaterThan(0);
    expect(readFileSync(json, 'utf8')).toBe('{}\n');
    expect(readFileSync(env, 'utf8')).toBe('DOCKER_OPTS=""\n');
    expect(listBackups(ctx)).toEqual([]);
  });

  it('a file that could not be put back keeps its backup: it did change', async () => {
    let jsonRenames = 0;
    const { ctx, json, change } = twoFiles({
      renameSync: (from: nodeFs.PathLike, to: nodeFs.PathLike) => {
        if (String(to).endsWith('etc/default/docker')) throw errno('ENOSPC', 'rename');
        if (String(to).endsWith('daemon.json') && ++jsonRenames > 1) throw errno('EIO', 'rename');
        nodeFs.renameSync(from, to);
      },
    });
    const error = (await change().catch((e: unknown) => e)) as SafeWriteError;
    expect(error.unrestored).toEqual([json]);
    expect(listBackups(ctx).map((b) => b.path)).toEqual([json]);
  });

  it('a backup that cannot be written: earlier backups of the same change are taken back', async () => {
    let backups = 0;
    const { ctx, change } = twoFiles({
      fsyncSync: (fd: number) => {
        const path = nodeFs.readlinkSync(`/proc/self/fd/${fd}`);
        if (path.includes('/backups/') && !path.endsWith('index.jsonl') && path.includes('-docker') && ++backups)
          throw errno('ENOSPC', 'fsync');
        nodeFs.fsyncSync(fd);
      },
    });
    await expect(change()).rejects.toThrow(/cannot write the backup/);
    expect(backups).toBe(1);
    expect(listBackups(ctx)).toEqual([]);
  });
});

describe('the state directory is created only when something is written', () => {
  it('a run that takes the lock and writes nothing leaves no directory behind', async () => {
    const ctx = tempRoot();
    await withLock(ctx, () => undefined);
    expect(existsSync(stateDir(ctx))).toBe(false);
    expect(readdirSync(ctx.root)).toEqual([]);
  });

  it('a directory that was there before stays, even empty', async () => {
    const ctx = tempRoot();
    mkdirSync(stateDir(ctx), { recursive: true, mode: 0o700 });
    await withLock(ctx, () => undefined);
    expect(readdirSync(stateDir(ctx))).toEqual([]);
  });

  it('a run that wrote a backup keeps it', async () => {
    const { ctx, change } = twoFiles();
    await change();
    expect(listBackups(ctx)).toHaveLength(2);
  });
});
