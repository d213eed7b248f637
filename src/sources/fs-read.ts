import type { Ctx } from '../context.js';

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; missing: boolean; code: string };

/** Reads a file through ctx.fs; a missing file is not an error, anything else is reported. */
export function readBytes(ctx: Pick<Ctx, 'fs'>, path: string): ReadResult {
  try {
    return { ok: true, bytes: ctx.fs.readFileSync(path) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    return { ok: false, missing: code === 'ENOENT' || code === 'ENOTDIR', code };
  }
}

export function readText(ctx: Pick<Ctx, 'fs'>, path: string): string | null {
  const result = readBytes(ctx, path);
  return result.ok ? Buffer.from(result.bytes).toString('utf8') : null;
}

export function exists(ctx: Pick<Ctx, 'fs'>, path: string): boolean {
  return ctx.fs.existsSync(path);
}
