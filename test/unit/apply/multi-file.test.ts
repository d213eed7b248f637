import * as nodeFs from 'node:fs';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyChanges, listBackups, restoreBackups } from '../../../src/apply/index.js';
import type { FileChange } from '../../../src/plan/types.js';
import { errno, fsWith, tempRoot, text } from './temp-root.js';
import { caught } from '../../helpers/caught.js';

/** daemon.json and /etc/default/docker exist; a drop-in is new. */
function setUp(overrides = {}) {
  const ctx = tempRoot(overrides);
  const json = join(ctx.root, 'etc/docker/daemon.json');
  const env = join(ctx.root, 'etc/default/docker');
  const dropIn = join(ctx.root, 'etc/systemd/system/docker.service.d/hosts.conf');
  mkdirSync(join(ctx.root, 'etc/docker'), { recursive: true });
  mkdirSync(join(ctx.root, 'etc/default'), { recursive: true });
  writeFileSync(json, '{"hosts": ["fd://"]}\n');
  writeFileSync(env, 'DOCKER_OPTS="-H fd://"\n');
  const changes: FileChange[] = [
    { path: dropIn, kind: 'drop-in', before: null, after: '[Service]\nExecStart=\nExecStart=/usr/sbin/dockerd\n' },
    {
      path: json,
      kind: 'daemon-json',
      before: text('{"hosts": ["fd://"]}\n'),
      after: '{"hosts": ["unix:///run/docker.sock"]}\n',
    },
    { path: env, kind: 'env-file', before: text('DOCKER_OPTS="-H fd://"\n'), after: 'DOCKER_OPTS=""\n' },
  ];
  return { ctx, json, env, dropIn, changes };
}

/** renameSync fails for temp files of targets named `name` (the write), from the `after`-th call on. */
const failingRename = (name: string, code: string) =>
  fsWith({
    renameSync: ((from: nodeFs.PathLike, to: nodeFs.PathLike) => {
      if (basename(String(to)) === name) throw errno(code, 'rename');
      nodeFs.renameSync(from, to);
    }) as typeof nodeFs.renameSync,
  });

describe('applyChanges: several files', () => {
  it('writes them all, in order, each with its backup', async () => {
    const { ctx, json, env, dropIn, changes } = setUp();
    const result = await applyChanges(ctx, changes);
    expect(result.files.map((f) => [f.path, f.changed])).toEqual([
      [dropIn, true],
      [json, true],
      [env, true],
    ]);
    expect(readFileSync(dropIn, 'utf8')).toMatch(/^\[Service\]/);
    expect(listBackups(ctx).map((b) => b.path)).toEqual([dropIn, json, env]); // in the order taken
    const first = result.files[0]?.backup;
    expect(listBackups(ctx).map((b) => b.group)).toEqual([first, first, first]);
  });

  it('are restored together, byte for byte, a file that did not exist removed, in one new group', async () => {
    const { ctx, json, env, dropIn, changes } = setUp();
    const { files } = await applyChanges(ctx, changes);
    const restored = await restoreBackups(
      ctx,
      files.map((f) => f.backup ?? ''),
    );
    expect(existsSync(dropIn)).toBe(false);
    expect(readFileSync(json, 'utf8')).toBe('{"hosts": ["fd://"]}\n');
    expect(readFileSync(env, 'utf8')).toBe('DOCKER_OPTS="-H fd://"\n');
    expect(restored.entries.map((e) => e.path)).toEqual([dropIn, json, env]);
    const undo = listBackups(ctx).slice(3);
    expect(undo.map((b) => b.path)).toEqual([dropIn, json, env]);
    expect(new Set(undo.map((b) => b.group)).size).toBe(1);
    expect(undo[0]?.group).not.toBe(files[0]?.backup);
  });

  it('puts back the files already written when a later one fails', async () => {
    const { ctx, json, env, dropIn, changes } = setUp({ fs: failingRename('docker', 'ENOSPC') });
    const error = await caught(applyChanges(ctx, changes));
    expect(readFileSync(json, 'utf8')).toBe('{"hosts": ["fd://"]}\n');
    expect(readFileSync(env, 'utf8')).toBe('DOCKER_OPTS="-H fd://"\n');
    expect(existsSync(dropIn)).toBe(false); // it was new: removed again
    expect(error.restored).toEqual([json, dropIn]);
    expect(error.unrestored).toEqual([]);
    expect(error.exitCode).toBe(1);
    expect(error.diagnostic).toMatchObject({
      id: 'write-failed',
      file: env,
      source: { kind: 'env-file', path: env },
      hint: expect.stringMatching(/free some space .*\(df -h /),
    });
    expect(error.diagnostic.message).toBe(
      `cannot write ${env}: no space left on device; put back ${json}, ${dropIn}, already written, from the backup`,
    );
  });

  it('touches nothing when the first write fails', async () => {
    const { ctx, json, env, dropIn, changes } = setUp({ fs: failingRename('hosts.conf', 'EIO') });
    const error = await caught(applyChanges(ctx, changes));
    expect(error.restored).toEqual([]);
    expect(error.diagnostic.message).toBe(`cannot write ${dropIn}: input/output error`);
    expect([existsSync(dropIn), readFileSync(json, 'utf8'), readFileSync(env, 'utf8')]).toEqual([
      false,
      '{"hosts": ["fd://"]}\n',
      'DOCKER_OPTS="-H fd://"\n',
    ]);
  });

  it('names a file it could not put back, with the backup to restore it from', async () => {
    let renames = 0;
    // The first rename of a configuration file (the drop-in) works; every later one fails,
    // including the put-back. (The change's own record, intent.json, is renamed into place too.)
    const fs = fsWith({
      renameSync: ((from: nodeFs.PathLike, to: nodeFs.PathLike) => {
        if (String(to).endsWith('intent.json')) return nodeFs.renameSync(from, to);
        if (++renames > 1) throw errno('EIO', 'rename');
        nodeFs.renameSync(from, to);
      }) as typeof nodeFs.renameSync,
      unlinkSync: ((path: nodeFs.PathLike) => {
        if (basename(String(path)) === 'hosts.conf') throw errno('EIO', 'unlink');
        nodeFs.unlinkSync(path);
      }) as typeof nodeFs.unlinkSync,
    });
    const { ctx, dropIn, json, changes } = setUp({ fs });
    const error = await caught(applyChanges(ctx, changes));
    const backup = listBackups(ctx).find((b) => b.path === dropIn);
    expect(error.unrestored).toEqual([dropIn]);
    expect(error.diagnostic.message).toBe(
      `cannot write ${json}: input/output error; COULD NOT put back ${dropIn}: restore it with dockerd-config rollback --to ${backup?.id}`,
    );
  });

  it('writes nothing when a later file no longer matches its plan', async () => {
    const { ctx, json, dropIn, env, changes } = setUp();
    writeFileSync(env, 'DOCKER_OPTS="--debug"\n'); // edited by someone meanwhile
    const error = await caught(applyChanges(ctx, changes));
    expect(error.diagnostic).toMatchObject({ id: 'file-changed', file: env });
    expect([existsSync(dropIn), readFileSync(json, 'utf8')]).toEqual([false, '{"hosts": ["fd://"]}\n']);
  });

  it('writes nothing when a backup cannot be written', async () => {
    const fs = fsWith({
      openSync: ((path: nodeFs.PathLike, flags: nodeFs.OpenMode, mode?: nodeFs.Mode) => {
        if (String(path).includes('/backups/2026')) throw errno('ENOSPC');
        return nodeFs.openSync(path, flags, mode);
      }) as typeof nodeFs.openSync,
    });
    const { ctx, json, dropIn, changes } = setUp({ fs });
    const error = await caught(applyChanges(ctx, changes));
    expect(error.diagnostic.message).toMatch(
      /^cannot write the backup .*\/var\/lib\/dockerd-config\/backups\/20261128T010203Z-hosts\.conf: no space left on device$/,
    );
    expect([existsSync(dropIn), readFileSync(json, 'utf8')]).toEqual([false, '{"hosts": ["fd://"]}\n']);
  });

  it('refuses a plan that changes one file twice', async () => {
    const { ctx, json } = setUp();
    const twice: FileChange[] = [
      { path: json, kind: 'daemon-json', before: text('{"hosts": ["fd://"]}\n'), after: '{}' },
      { path: json, kind: 'daemon-json', before: text('{"hosts": ["fd://"]}\n'), after: '{"a":1}' },
    ];
    const error = await caught(applyChanges(ctx, twice));
    expect(error.diagnostic.message).toBe(`the plan changes ${json} twice`);
    expect(readFileSync(json, 'utf8')).toBe('{"hosts": ["fd://"]}\n');
  });
});
