import type { Ctx } from '../context.js';
import type { LogMark, Step } from './types.js';
import { readText } from '../sources/fs-read.js';

/** The pid in dockerd's pidfile, when it names a live process. */
export function livePid(ctx: Pick<Ctx, 'fs' | 'kill'>, pidfile: string): number | undefined {
  // A pidfile under --root may be anything (a FIFO would hang a plain read).
  const text = readText(ctx, pidfile);
  if (text === null) return undefined;
  const pid = Number.parseInt(text.trim(), 10);
  return Number.isInteger(pid) && pid > 1 && ctx.kill(pid, 0) ? pid : undefined;
}

/** SIGHUP makes dockerd re-read daemon.json: what `systemctl reload docker` does through ExecReload. */
export function hangUp(ctx: Pick<Ctx, 'fs' | 'kill'>, pidfile: string): Step {
  const pid = livePid(ctx, pidfile);
  const command = `kill -HUP $(cat ${pidfile})`;
  if (pid === undefined) return { command, ok: false, exitCode: 1, output: `no running dockerd in ${pidfile}` };
  const sent = ctx.kill(pid, 'SIGHUP');
  return {
    command: `kill -HUP ${pid}`,
    ok: sent,
    exitCode: sent ? 0 : 1,
    output: sent ? '' : `could not signal pid ${pid}`,
  };
}

/** The log file's size now: what is appended after it belongs to our restart. */
export function markFile(ctx: Pick<Ctx, 'fs'>, path: string): LogMark {
  try {
    return { kind: 'file', path, offset: ctx.fs.statSync(path).size };
  } catch {
    return { kind: 'file', path, offset: 0 };
  }
}

/** What the log holds after the mark, read from there (a daemon log grows for years). */
export function readFileSince(ctx: Pick<Ctx, 'fs'>, mark: LogMark): string {
  if (mark.kind !== 'file') return '';
  const { fs } = ctx;
  try {
    const fd = fs.openSync(mark.path, 'r');
    try {
      const size = fs.fstatSync(fd).size;
      // A rotated (shorter) file: everything in it is new.
      const from = size >= mark.offset ? mark.offset : 0;
      const buffer = Buffer.alloc(size - from);
      let got = 0;
      while (got < buffer.length) {
        const n = fs.readSync(fd, buffer, got, buffer.length - got, from + got);
        if (n === 0) break;
        got += n;
      }
      return buffer.subarray(0, got).toString('utf8');
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return '';
  }
}

/** The last `bytes` of the log: how its last start ended. */
export function readFileTail(ctx: Pick<Ctx, 'fs'>, path: string, bytes: number): string {
  const mark = markFile(ctx, path);
  return mark.kind === 'file' ? readFileSince(ctx, { ...mark, offset: Math.max(0, mark.offset - bytes) }) : '';
}
