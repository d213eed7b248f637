import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Ctx } from '../context.js';

const MAX_HOPS = 40;

const inside = (root: string, path: string): boolean => root !== '/' && !relative(root, path).startsWith('..');

/**
 * The file to replace when writing `path`. A symlink (or a chain) is followed to the file it
 * names, so the link itself stays a link (e.g. /etc/docker/daemon.json → /srv/conf/daemon.json).
 * Under --root, an absolute link target is taken inside the root, as the daemon would see it
 * there: a test root must never lead us to the host's own /etc.
 */
export function resolveWriteTarget(ctx: Pick<Ctx, 'fs' | 'root'>, path: string): string {
  const rooted = inside(ctx.root, path);
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
    current = isAbsolute(target) ? (rooted ? join(ctx.root, target) : target) : resolve(dirname(current), target);
  }
  throw Object.assign(new Error(`too many levels of symbolic links: ${path}`), { code: 'ELOOP' });
}
