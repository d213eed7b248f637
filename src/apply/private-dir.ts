import { dirname } from 'node:path';
import type { Ctx } from '../context.js';
import { errnoCode, fsFailure } from './errors.js';
import { assertTrustedDirs } from './state-trust.js';

/**
 * Make sure our state directory exists, is trusted (see state-trust.ts) and only root can look
 * in: backups may hold proxy credentials. Parents get the usual 0755. Returns the directories
 * this call created, deepest first, so that a run that wrote nothing can take them away again.
 */
export function ensurePrivateDir(
  ctx: Pick<Ctx, 'fs' | 'root'>,
  dir: string,
  ownDirs: readonly string[] = [dir],
): string[] {
  const { fs } = ctx;
  assertTrustedDirs(ctx, ownDirs);
  try {
    if (fs.statSync(dir).isDirectory()) return [];
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') throw fsFailure(error, 'open the directory', dir);
  }
  const created: string[] = [];
  // A run that created these directories may take them away, empty, between our two mkdirs: again.
  for (let attempt = 0; ; attempt++) {
    try {
      const first = fs.mkdirSync(dirname(dir), { recursive: true, mode: 0o755 });
      fs.mkdirSync(dir, { mode: 0o700 });
      created.push(dir);
      for (let d = dirname(dir); first !== undefined; d = dirname(d)) {
        created.push(d);
        if (d === first || d === dirname(d)) break;
      }
      break;
    } catch (error) {
      if (errnoCode(error) === 'EEXIST') break;
      if (errnoCode(error) === 'ENOENT' && attempt < 5) continue;
      throw fsFailure(error, 'create the directory', dir);
    }
  }
  // Made by someone else meanwhile, or by us: check what is there now.
  assertTrustedDirs(ctx, ownDirs);
  return created;
}

/** Take away directories a run created but left empty (a refused input changes nothing on disk). */
export function removeIfEmpty(ctx: Pick<Ctx, 'fs'>, dirs: readonly string[]): void {
  for (const dir of dirs) {
    try {
      ctx.fs.rmdirSync(dir);
    } catch {
      // Not empty (another run, or our backups): it stays, and so do its parents.
      return;
    }
  }
}
