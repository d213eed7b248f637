import { underRoot, type Ctx } from '../context.js';
import { exists } from './fs-read.js';

export interface RootlessHint {
  home: string;
  /** $XDG_CONFIG_HOME, default ~/.config. */
  configHome: string;
}

/**
 * Rootless docker: we run as a non-root user who has the rootless unit
 * (~/.config/systemd/user/docker.service, written by dockerd-rootless-setuptool.sh).
 */
export function detectRootless(ctx: Pick<Ctx, 'root' | 'fs' | 'env'>, uid: number): RootlessHint | undefined {
  const home = ctx.env.HOME;
  if (uid === 0 || !home) return undefined;
  const configHome = ctx.env.XDG_CONFIG_HOME || `${home}/.config`;
  return exists(ctx, underRoot(ctx, `${configHome}/systemd/user/docker.service`)) ||
    exists(ctx, underRoot(ctx, `${home}/.config/systemd/user/docker.service`))
    ? { home, configHome }
    : undefined;
}

/** Our own uid (root unless told otherwise): only the edge asks the process. */
export const currentUid = (): number => process.getuid?.() ?? 0;
