import type { Ctx } from '../context.js';

/** Blocks the thread for `ms` (no busy loop): stdin is all a command reading it waits for. */
const pause = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

/**
 * All of standard input, to end of file. readFileSync(0) gives up with EAGAIN on a non-blocking
 * pipe that has nothing yet (`slow | dockerd-config apply -`); here such a read waits a moment and
 * tries again, and a pipe that delivers in pieces is read until it is closed.
 */
export function readStdin(ctx: Pick<Ctx, 'fs'>, wait: (ms: number) => void = pause): Buffer {
  const chunks: Buffer[] = [];
  const buffer = Buffer.alloc(64 * 1024);
  for (;;) {
    let n: number;
    try {
      n = ctx.fs.readSync(0, buffer, 0, buffer.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN' || code === 'EWOULDBLOCK') {
        wait(10);
        continue;
      }
      // Windows' closed pipe; elsewhere a real error, said by the caller.
      if (code === 'EOF') break;
      throw error;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buffer.subarray(0, n)));
  }
  return Buffer.concat(chunks);
}
