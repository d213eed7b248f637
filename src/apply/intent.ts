// The record of a change to two or more files (daemon.json and the hosts drop-in), written before
// its first rename and removed after its last: a run killed between the renames leaves it behind,
// and the next writer undoes the half-made change from its backups before anything else.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Ctx } from '../context.js';
import { fsyncDirectory, writeAll } from './atomic-write.js';
import { errnoCode, fsFailure } from './errors.js';
import { stateDir } from './paths.js';
import { openStateFile, readStateFile } from './state-trust.js';

export interface Intent {
  /** The backup group of the change. */
  group: string;
  /** When it started (ISO). */
  at: string;
  /** Each file, the backup of what it held before, and the SHA-256 of what it is to hold (null: removed). */
  files: Array<{ path: string; backup: string; next: string | null }>;
}

export const intentPath = (ctx: Pick<Ctx, 'root'>): string => join(stateDir(ctx), 'intent.json');

function isIntent(value: unknown): value is Intent {
  const v = value as Intent;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.group === 'string' &&
    typeof v.at === 'string' &&
    Array.isArray(v.files) &&
    v.files.every(
      (f) =>
        typeof f?.path === 'string' && typeof f?.backup === 'string' && (f.next === null || typeof f.next === 'string'),
    )
  );
}

/** Written whole under a temporary name, then renamed: a reader sees all of it or none. */
export function recordIntent(ctx: Ctx, intent: Intent): void {
  const { fs } = ctx;
  const path = intentPath(ctx);
  const draft = `${path}.${process.pid}.tmp`;
  try {
    try {
      fs.unlinkSync(draft);
    } catch {
      // Not there: the usual case.
    }
    const { O_WRONLY, O_CREAT, O_EXCL } = fs.constants;
    const fd = openStateFile(fs, draft, O_WRONLY | O_CREAT | O_EXCL, 0o600);
    try {
      writeAll(fs, fd, Buffer.from(`${JSON.stringify(intent)}\n`));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(draft, path);
    fsyncDirectory(fs, stateDir(ctx));
  } catch (error) {
    throw fsFailure(error, 'write', path);
  }
}

/** The change is complete (or undone): nothing to finish. */
export function clearIntent(ctx: Ctx): void {
  try {
    ctx.fs.unlinkSync(intentPath(ctx));
    fsyncDirectory(ctx.fs, stateDir(ctx));
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') throw fsFailure(error, 'remove', intentPath(ctx));
  }
}

/** The change an earlier run left half made, if any (a record that does not parse is reported as such). */
export function readIntent(ctx: Ctx): Intent | 'unreadable' | undefined {
  let bytes: Buffer | undefined;
  try {
    bytes = readStateFile(ctx.fs, intentPath(ctx), 'read');
  } catch (error) {
    if (errnoCode(error) === 'ENOENT' || errnoCode(error) === 'ENOTDIR') return undefined;
    throw error;
  }
  if (bytes === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8'));
    return isIntent(value) ? value : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

/** How the record names a file's new content. */
export const digestOf = (bytes: Uint8Array | null): string | null =>
  bytes === null ? null : createHash('sha256').update(bytes).digest('hex');
