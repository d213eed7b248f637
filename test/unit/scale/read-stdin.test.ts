// Issue 14, point 10: `apply -` and `explain -` read stdin to its end, from a pipe that delivers
// slowly, in pieces, or is non-blocking (EAGAIN), through the context's fs.
import { describe, expect, it } from 'vitest';
import type { Ctx } from '../../../src/context.js';
import { readStdin } from '../../../src/cli/read-stdin.js';

type Step = string | Buffer | 'EAGAIN' | Error;

/** An fs whose readSync(0) plays these steps, then end of file. */
function pipe(steps: Step[]): { fs: Ctx['fs']; reads: () => number } {
  let reads = 0;
  const readSync = (fd: number, buffer: Buffer): number => {
    expect(fd).toBe(0);
    reads++;
    const step = steps.shift();
    if (step === undefined) return 0;
    if (step === 'EAGAIN')
      throw Object.assign(new Error('EAGAIN: resource temporarily unavailable, read'), { code: 'EAGAIN' });
    if (step instanceof Error) throw step;
    return (typeof step === 'string' ? Buffer.from(step) : step).copy(buffer);
  };
  return { fs: { readSync } as unknown as Ctx['fs'], reads: () => reads };
}

describe('readStdin', () => {
  it('waits through EAGAIN (a non-blocking pipe with nothing yet) and reads to EOF', () => {
    const waits: number[] = [];
    const p = pipe(['EAGAIN', '{"de', 'EAGAIN', 'EAGAIN', 'bug": true}', '\n']);
    expect(readStdin({ fs: p.fs }, (ms) => waits.push(ms)).toString('utf8')).toBe('{"debug": true}\n');
    expect(waits).toHaveLength(3);
    expect(p.reads()).toBe(7);
  });
  it('keeps a multi-byte character split between reads', () => {
    const bytes = Buffer.from('"日本"');
    expect(readStdin({ fs: pipe([bytes.subarray(0, 2), bytes.subarray(2)]).fs }, () => {}).toString('utf8')).toBe(
      '"日本"',
    );
  });
  it('an empty pipe is empty text', () => {
    expect(readStdin({ fs: pipe([]).fs }, () => {}).toString('utf8')).toBe('');
  });
  it("another error is the caller's to say", () => {
    const error = Object.assign(new Error('EIO'), { code: 'EIO' });
    expect(() => readStdin({ fs: pipe([error]).fs }, () => {})).toThrow('EIO');
  });
  it('more than one buffer of input', () => {
    const big = 'x'.repeat(200 * 1024);
    const pieces = big.match(/.{1,65536}/gs) ?? [];
    expect(readStdin({ fs: pipe([...pieces]).fs }, () => {}).toString('utf8')).toBe(big);
  });
});
