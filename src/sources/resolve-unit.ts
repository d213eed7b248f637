import { underRoot, type Ctx } from '../context.js';
import {
  assembleUnit,
  readUnitView,
  type EnvironmentFileInfo,
  type ResolvedUnit,
  type UnitFiles,
} from '../targets/systemd-unit.js';
import { SYSTEM_UNIT_DIRS, userUnitDirs } from '../targets/systemd/unit-paths.js';
import { readText } from './fs-read.js';
import { locateUnit, resolveUnderRoot } from './locate-unit.js';

/**
 * Finds and reads the docker service's unit, drop-ins and env files (regular files only, size-limited:
 * fs-read.ts); src/targets/systemd-unit.ts makes sense of the text.
 */

export interface ResolveUnitOptions {
  /** Default "docker.service". */
  name?: string;
  /** "user" for rootless docker (systemctl --user); needs `home`. */
  scope?: 'system' | 'user';
  home?: string;
}

/** Finds and reads the unit (default docker.service); undefined when no unit file exists under --root. */
export function resolveUnit(ctx: Pick<Ctx, 'root' | 'fs'>, options: ResolveUnitOptions = {}): ResolvedUnit | undefined {
  const name = options.name ?? 'docker.service';
  const scope = options.scope ?? 'system';
  const dirs = scope === 'user' ? userUnitDirs(options.home ?? '/root') : SYSTEM_UNIT_DIRS;
  const located = locateUnit(ctx, name, dirs);
  if (!located.unit) return undefined;
  const found: UnitFiles = {
    name,
    scope,
    home: options.home,
    unit: { ...located.unit, text: located.masked ? null : readText(ctx, located.unit.hostPath) },
    masked: located.masked,
    dropIns: located.dropIns.map((dropIn) => ({ ...dropIn, text: readText(ctx, dropIn.hostPath) })),
  };
  const read = readUnitView(found);
  const environmentFiles = read.view.environmentFiles.map((ref): EnvironmentFileInfo => {
    const resolved = resolveUnderRoot(ctx, ref.path);
    const hostPath = resolved?.hostPath ?? underRoot(ctx, ref.path);
    const text = resolved ? readText(ctx, hostPath) : null;
    return { ...ref, hostPath, text };
  });
  return assembleUnit(found, read, environmentFiles);
}
