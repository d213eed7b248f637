import { execFileSync } from 'node:child_process';
import * as nodeFs from 'node:fs';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { english } from '../../../src/i18n/said.js';
import { MAX_READ_BYTES, readBytes } from '../../../src/sources/fs-read.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hostile-read-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const ctx = { fs: nodeFs };
const refusal = (path: string) => {
  const read = readBytes(ctx, path);
  if (read.ok) throw new Error('read');
  return { ...read, text: read.says ? english(read.says) : undefined };
};

describe('readBytes: only regular files, at most 16 MiB', () => {
  it('reads a regular file, and one through a symlink', () => {
    writeFileSync(join(dir, 'f'), '{"debug":true}');
    symlinkSync(join(dir, 'f'), join(dir, 'l'));
    for (const p of ['f', 'l']) {
      const read = readBytes(ctx, join(dir, p));
      expect(read.ok && Buffer.from(read.bytes).toString()).toBe('{"debug":true}');
    }
  });

  it('a missing file is missing, not an error', () => {
    expect(readBytes(ctx, join(dir, 'nope'))).toMatchObject({ ok: false, missing: true, code: 'ENOENT' });
  });

  it('a FIFO without a writer is refused at once (no blocking open)', () => {
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    const r = refusal(join(dir, 'fifo'));
    expect(r).toMatchObject({ missing: false, code: 'ENOTREG' });
    expect(r.text).toMatch(/is a FIFO \(named pipe\): only a regular file/);
  });

  it('a symlink to /dev/zero is refused without reading', () => {
    symlinkSync('/dev/zero', join(dir, 'zero'));
    expect(refusal(join(dir, 'zero')).text).toMatch(/is a character device/);
  });

  it('a directory is named as one (not a raw EISDIR)', () => {
    mkdirSync(join(dir, 'd'));
    const r = refusal(join(dir, 'd'));
    expect(r).toMatchObject({ code: 'EISDIR', missing: false });
    expect(r.text).toMatch(/is a directory/);
  });

  it('a file over the limit is refused, and the limit is said', () => {
    writeFileSync(join(dir, 'big'), '');
    truncateSync(join(dir, 'big'), MAX_READ_BYTES + 1);
    const r = refusal(join(dir, 'big'));
    expect(r.code).toBe('EFBIG');
    expect(r.text).toMatch(/larger than 16 MiB/);
    truncateSync(join(dir, 'big'), MAX_READ_BYTES);
    expect(readBytes(ctx, join(dir, 'big')).ok).toBe(true);
  });

  it('a file that grows past the limit while read is refused (fstat said it was small)', () => {
    writeFileSync(join(dir, 'f'), '{}');
    let calls = 0;
    const fs = {
      ...nodeFs,
      readSync: ((fd: number, buffer: Uint8Array) => {
        calls++;
        return calls > 400 ? 0 : buffer.length; // endless data, as a growing file gives
      }) as typeof nodeFs.readSync,
    } as typeof nodeFs;
    const read = readBytes({ fs }, join(dir, 'f'));
    expect(read).toMatchObject({ ok: false, code: 'EFBIG' });
  });
});
