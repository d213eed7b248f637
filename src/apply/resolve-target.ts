import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Ctx } from '../context.js';

const MAX_HOPS = 40;

/** Is `path` --root or under it (never for the host's own `/`, where everything is). */
export const insideRoot = (root: string, path: string): boolean => {
  if (root === '/') return false;
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
};

const loop = (path: string): Error =>
  Object.assign(new Error(`too many levels of symbolic links: ${path}`), { code: 'ELOOP' });

/**
 * `path` under --root with every symlink on the way resolved as inside a chroot: an absolute
 * target starts again at the root and `..` stops there, so no link (relative or absolute, of a
 * directory or of the file) leads out of the tree. Parts that do not exist yet are kept as named.
 */
export function resolveInRoot(ctx: Pick<Ctx, 'fs' | 'root'>, path: string): string {
  const root = ctx.root;
  let todo = relative(root, path).split(sep).filter(Boolean);
  const done: string[] = [];
  let hops = 0;
  while (todo.length > 0) {
    const part = todo.shift()!;
    if (part === '.') continue;
    if (part === '..') {
      done.pop();
      continue;
    }
    const here = join(root, ...done, part);
    let isLink: boolean;
    try {
      isLink = ctx.fs.lstatSync(here).isSymbolicLink();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      isLink = false;
    }
    if (!isLink) {
      done.push(part);
      continue;
    }
    if (++hops > MAX_HOPS) throw loop(path);
    const target = ctx.fs.readlinkSync(here, 'utf8');
    if (isAbsolute(target)) done.length = 0;
    todo = [...target.split('/').filter(Boolean), ...todo];
  }
  return join(root, ...done);
}

/**
 * The file to replace when writing `path`. A symlink (or a chain) is followed to the file it
 * names, so the link itself stays a link (e.g. /etc/docker/daemon.json → /srv/conf/daemon.json).
 * Under --root, links resolve as the daemon would see them there (see resolveInRoot): a test
 * root must never lead us to the host's own /etc.
 */
export function resolveWriteTarget(ctx: Pick<Ctx, 'fs' | 'root'>, path: string): string {
  if (insideRoot(ctx.root, path)) return resolveInRoot(ctx, path);
  let current = path;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    let isLink: boolean;
    try {
      isLink = ctx.fs.lstatSync(current).isSymbolicLink();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return current;
      throw error;
    }
    if (!isLink) return current;
    const target = ctx.fs.readlinkSync(current, 'utf8');
    current = isAbsolute(target) ? target : resolve(dirname(current), target);
  }
  throw loop(path);
}
