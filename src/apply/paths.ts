import { join } from 'node:path';
import { underRoot, type Ctx } from '../context.js';

/** Our state (lock, backups) lives under --root like everything else, so test roots stay separate. */
export const stateDir = (ctx: Pick<Ctx, 'root'>): string => underRoot(ctx, '/var/lib/dockerd-config');
export const lockPath = (ctx: Pick<Ctx, 'root'>): string => join(stateDir(ctx), 'lock');
export const backupsDir = (ctx: Pick<Ctx, 'root'>): string => join(stateDir(ctx), 'backups');
/** One JSON line per backup, appended: a crash can only cut the last line, which is skipped. */
export const backupIndexPath = (ctx: Pick<Ctx, 'root'>): string => join(backupsDir(ctx), 'index.jsonl');
