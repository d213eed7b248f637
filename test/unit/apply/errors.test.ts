import * as nodeFs from 'node:fs';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyChanges, SafeWriteError } from '../../../src/apply/index.js';
import { errno, fsWith, tempRoot, text } from './temp-root.js';

const TEMP = /\.dockerd-config\.tmp$/;

/** Where in the write the error strikes: creating the temp file, writing it, syncing it, renaming. */
const stages = {
  open: (code: string) => ({
    openSync: ((path: nodeFs.PathLike, flags: nodeFs.OpenMode, mode?: nodeFs.Mode) => {
      if (TEMP.test(String(path))) throw errno(code, 'open');
      return nodeFs.openSync(path, flags, mode);
    }) as typeof nodeFs.openSync,
  }),
  write: (code: string) => ({
    writeSync: ((fd: number, ...rest: unknown[]) => {
      if (TEMP.test(nodeFs.readlinkSync(`/proc/self/fd/${fd}`))) throw errno(code, 'write');
      return (nodeFs.writeSync as (fd: number, ...r: unknown[]) => number)(fd, ...rest);
    }) as typeof nodeFs.writeSync,
  }),
  fsync: (code: string) => ({
    fsyncSync: ((fd: number) => {
      if (TEMP.test(nodeFs.readlinkSync(`/proc/self/fd/${fd}`))) throw errno(code, 'fsync');
      nodeFs.fsyncSync(fd);
    }) as typeof nodeFs.fsyncSync,
  }),
  rename: (code: string) => ({
    renameSync: ((from: nodeFs.PathLike, to: nodeFs.PathLike) => {
      if (TEMP.test(String(from))) throw errno(code, 'rename');
      nodeFs.renameSync(from, to);
    }) as typeof nodeFs.renameSync,
  }),
};

const table: Array<{
  code: string;
  stage: keyof typeof stages;
  id: string;
  exitCode: number;
  says: string;
  hint: RegExp;
}> = [
  {
    code: 'EACCES',
    stage: 'open',
    id: 'permission-denied',
    exitCode: 77,
    says: 'permission denied',
    hint: /^run with sudo \(or as root\)$/,
  },
  {
    code: 'EPERM',
    stage: 'open',
    id: 'permission-denied',
    exitCode: 77,
    says: 'operation not permitted',
    hint: /sudo/,
  },
  {
    code: 'EROFS',
    stage: 'open',
    id: 'write-failed',
    exitCode: 1,
    says: 'read-only file system',
    hint: /mounted read-only: remount it read-write/,
  },
  {
    code: 'ENOSPC',
    stage: 'write',
    id: 'write-failed',
    exitCode: 1,
    says: 'no space left on device',
    hint: /free some space .*df -h/,
  },
  { code: 'EDQUOT', stage: 'write', id: 'write-failed', exitCode: 1, says: 'disk quota exceeded', hint: /quota/ },
  { code: 'EIO', stage: 'fsync', id: 'write-failed', exitCode: 1, says: 'input/output error', hint: /dmesg/ },
  {
    code: 'EXDEV',
    stage: 'rename',
    id: 'write-failed',
    exitCode: 1,
    says: 'EXDEV: simulated, rename',
    hint: /left as it was/,
  },
];

describe('applyChanges: file-system errors leave the original untouched', () => {
  it.each(table)('$code while the temp file is at $stage', async ({ code, stage, id, exitCode, says, hint }) => {
    const ctx = tempRoot({ fs: fsWith(stages[stage](code)) });
    const dir = join(ctx.root, 'etc/docker');
    const path = join(dir, 'daemon.json');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, '{"debug": false}\n');
    let error: unknown;
    try {
      await applyChanges(ctx, [
        { path, kind: 'daemon-json', before: text('{"debug": false}\n'), after: '{"debug": true}\n' },
      ]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SafeWriteError);
    const { diagnostic, exitCode: exit } = error as SafeWriteError;
    expect(exit).toBe(exitCode);
    expect(diagnostic).toMatchObject({
      id,
      severity: 'error',
      message: `cannot write ${path}: ${says}`,
      file: path,
      source: { kind: 'daemon-json', path },
      fixable: false,
    });
    expect(diagnostic.hint).toMatch(hint);
    expect(readFileSync(path, 'utf8')).toBe('{"debug": false}\n');
    expect(readdirSync(dir)).toEqual(['daemon.json']); // no temp file left behind
  });
});
