import { posix } from 'node:path';
import { underRoot, type Ctx } from '../context.js';
import type { LocatedUnit, RootedFile } from '../targets/systemd/unit-paths.js';

type FsCtx = Pick<Ctx, 'root' | 'fs'>;

/**
 * Follows symlinks the way the target system would, keeping absolute targets inside --root.
 * Returns undefined when nothing is there, and path "/dev/null" for a masked file.
 */
export function resolveUnderRoot(ctx: FsCtx, systemPath: string): RootedFile | undefined {
  let path = systemPath;
  for (let hops = 0; hops < 16; hops++) {
    if (path === '/dev/null') return { path, hostPath: path };
    const hostPath = underRoot(ctx, path);
    let stat;
    try {
      stat = ctx.fs.lstatSync(hostPath);
    } catch {
      return undefined;
    }
    if (!stat.isSymbolicLink()) return { path, hostPath };
    const target = ctx.fs.readlinkSync(hostPath, 'utf8');
    path = posix.isAbsolute(target) ? posix.normalize(target) : posix.join(posix.dirname(path), target);
  }
  return undefined;
}

function isMasked(ctx: FsCtx, file: RootedFile): boolean {
  if (file.path === '/dev/null') return true;
  try {
    return ctx.fs.statSync(file.hostPath).size === 0;
  } catch {
    return true;
  }
}

function listConf(ctx: FsCtx, dir: string): string[] {
  try {
    return ctx.fs.readdirSync(underRoot(ctx, dir)).filter((n) => n.endsWith('.conf'));
  } catch {
    return [];
  }
}

/**
 * Finds a unit as systemd does: the first unit file along the search path; drop-ins from
 * NAME.d/ and the type-wide service.d/ in every directory, a file name in a higher-priority
 * directory hiding the same name below it, then all applied in the lexical order of their names.
 */
export function locateUnit(ctx: FsCtx, name: string, dirs: readonly string[]): LocatedUnit {
  let unit: RootedFile | undefined;
  for (const dir of dirs) {
    unit = resolveUnderRoot(ctx, `${dir}/${name}`);
    if (unit) break;
  }
  const type = name.slice(name.lastIndexOf('.') + 1);
  const byName = new Map<string, RootedFile>();
  for (const dir of dirs) {
    for (const sub of [`${name}.d`, `${type}.d`]) {
      for (const file of listConf(ctx, `${dir}/${sub}`)) {
        if (byName.has(file)) continue;
        const found = resolveUnderRoot(ctx, `${dir}/${sub}/${file}`);
        if (found) byName.set(file, found);
      }
    }
  }
  const dropIns = [...byName.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, file]) => file)
    .filter((file) => !isMasked(ctx, file));
  return { name, unit, masked: unit !== undefined && isMasked(ctx, unit), dropIns };
}
