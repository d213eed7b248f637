import type { Ctx } from '../context.js';
import { said, type Said } from '../i18n/said.js';

/** Far above any real daemon.json, env file or certificate; a file this large is not one of them. */
export const MAX_READ_BYTES = 16 * 1024 * 1024;
export const MAX_READ_MIB = MAX_READ_BYTES / (1024 * 1024);

/** What a path is when it is not a regular file: a FIFO would block a read, a device never end. */
export type NotAFile = 'directory' | 'fifo' | 'socket' | 'character-device' | 'block-device' | 'other';

export type ReadResult =
  | { ok: true; bytes: Uint8Array }
  | {
      ok: false;
      missing: boolean;
      code: string;
      /** Refused by us before reading (not a regular file, too large): the sentence that says why, and what to do. */
      says?: Said;
      hintSays?: Said;
    };

type Stat = { isFile(): boolean; isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean } & {
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  size: number;
};

const kindOf = (st: Stat): NotAFile =>
  st.isDirectory()
    ? 'directory'
    : st.isFIFO()
      ? 'fifo'
      : st.isSocket()
        ? 'socket'
        : st.isCharacterDevice()
          ? 'character-device'
          : st.isBlockDevice()
            ? 'block-device'
            : 'other';

/** The sentence for a path we will not read: what it is, and that only a regular file is. */
export const notAFileSays = (path: string, kind: NotAFile): Said => said('files.read.notAFile', { path, kind });
export const tooLargeSays = (path: string): Said => said('files.read.tooLarge', { path, mib: MAX_READ_MIB });

class Refused {
  constructor(
    readonly code: string,
    readonly says: Said,
    readonly hintSays: Said = said('files.read.hint.notAFile'),
  ) {}
}

/**
 * Reads a file through ctx.fs; a missing file is not an error, anything else is reported. Only a
 * regular file (or a symlink to one) of at most MAX_READ_BYTES is read: the open does not wait
 * (O_NONBLOCK: a FIFO without a writer), the type is checked on the open descriptor (no swap
 * between check and read), and reading stops past the limit (a file that grows meanwhile).
 */
/** Opens without waiting (O_NONBLOCK: a FIFO without a writer) and hands over the descriptor with its type, checked on it (no swap between check and read). */
function withOpened<T>(fs: Ctx['fs'], path: string, use: (fd: number, st: Stat) => T): T {
  const { O_RDONLY, O_NONBLOCK, O_NOCTTY } = fs.constants;
  const fd = fs.openSync(path, O_RDONLY | O_NONBLOCK | O_NOCTTY);
  try {
    return use(fd, fs.fstatSync(fd));
  } finally {
    fs.closeSync(fd);
  }
}

export function readBytes(ctx: Pick<Ctx, 'fs'>, path: string): ReadResult {
  const { fs } = ctx;
  try {
    return withOpened(fs, path, (fd, st): ReadResult => {
      if (!st.isFile()) {
        const kind = kindOf(st);
        throw new Refused(kind === 'directory' ? 'EISDIR' : 'ENOTREG', notAFileSays(path, kind));
      }
      if (st.size > MAX_READ_BYTES) throw new Refused('EFBIG', tooLargeSays(path), said('files.read.hint.tooLarge'));
      const chunks: Uint8Array[] = [];
      let total = 0;
      for (;;) {
        const chunk = Buffer.allocUnsafe(Math.min(MAX_READ_BYTES + 1 - total, Math.max(st.size - total, 0) + 65536));
        const n = fs.readSync(fd, chunk, 0, chunk.length, null);
        if (n === 0) break;
        total += n;
        if (total > MAX_READ_BYTES) throw new Refused('EFBIG', tooLargeSays(path), said('files.read.hint.tooLarge'));
        chunks.push(chunk.subarray(0, n));
      }
      return { ok: true, bytes: chunks.length === 1 ? (chunks[0] as Uint8Array) : Buffer.concat(chunks, total) };
    });
  } catch (e) {
    if (e instanceof Refused) return { ok: false, missing: false, code: e.code, says: e.says, hintSays: e.hintSays };
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    return { ok: false, missing: code === 'ENOENT' || code === 'ENOTDIR', code };
  }
}

/**
 * The last `limit` bytes of a regular file (a log that may be any size), opened as readBytes
 * opens: never waiting on a FIFO, never reading a device. undefined when it cannot be read.
 */
export function readTail(ctx: Pick<Ctx, 'fs'>, path: string, limit: number): Uint8Array | undefined {
  const { fs } = ctx;
  try {
    return withOpened(fs, path, (fd, st) => {
      if (!st.isFile()) return undefined;
      const start = Math.max(0, st.size - limit);
      const tail = Buffer.alloc(st.size - start);
      let total = 0;
      for (let n = -1; n !== 0 && total < tail.length; total += n)
        n = fs.readSync(fd, tail, total, tail.length - total, start + total);
      return tail.subarray(0, total);
    });
  } catch {
    return undefined;
  }
}

export function readText(ctx: Pick<Ctx, 'fs'>, path: string): string | null {
  const result = readBytes(ctx, path);
  return result.ok ? Buffer.from(result.bytes).toString('utf8') : null;
}

export function exists(ctx: Pick<Ctx, 'fs'>, path: string): boolean {
  return ctx.fs.existsSync(path);
}
