// The daemon log read from a mark, and its tail: only the bytes asked for, a rotated file whole.
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { markFile, readFileSince, readFileTail } from '../../../src/service/pid-and-log.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const log = (text: string): string => {
  dir = mkdtempSync(join(tmpdir(), 'dockerd-config-log-'));
  const path = join(dir, 'docker.log');
  writeFileSync(path, text);
  return path;
};

describe('the daemon log since a mark', () => {
  it('is what was appended after the mark', () => {
    const path = log('old line\n');
    const mark = markFile({ fs }, path);
    appendFileSync(path, 'new line\n');
    expect(readFileSince({ fs }, mark)).toBe('new line\n');
  });

  it('a rotated (shorter) file is new from its first byte', () => {
    const path = log('a long old line that was rotated away\n');
    const mark = markFile({ fs }, path);
    writeFileSync(path, 'fresh\n');
    expect(readFileSince({ fs }, mark)).toBe('fresh\n');
  });

  it('a missing file reads as nothing', () => {
    const path = log('');
    expect(readFileSince({ fs }, { kind: 'file', path: `${path}.gone`, offset: 0 })).toBe('');
  });

  it('the tail is the last bytes only, or the whole of a shorter file', () => {
    const path = log(`${'x'.repeat(100)}\nlast start failed\n`);
    expect(readFileTail({ fs }, path, 18)).toBe('last start failed\n');
    expect(readFileTail({ fs }, path, 10_000)).toBe(`${'x'.repeat(100)}\nlast start failed\n`);
  });
});
