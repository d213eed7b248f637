import { basename, join } from 'node:path';
import type { Ctx } from '../context.js';
import type { FileChange } from '../plan/types.js';
import { maskCredentials } from '../diagnostics/redact.js';
import { fsyncDirectory, writeAll } from './atomic-write.js';
import { said } from '../i18n/said.js';
import { errnoCode, failure, fsFailure, SafeWriteError } from './errors.js';
import { ensurePrivateDir } from './private-dir.js';
import { assertTrustedDirs, openStateFile, readStateFile } from './state-trust.js';
import { backupIndexPath, backupsDir, stateDir } from './paths.js';

/** One backup: the bytes a file had before we changed it, and where they belong. */
export interface BackupEntry {
  /** e.g. 20261128T010203Z-daemon.json (a second backup in the same second: 20261128T010203Z.2-daemon.json). */
  id: string;
  /** The file as it is managed (a symlink is named by its own path, not its target's). */
  path: string;
  /** When the backup was taken, ISO 8601 UTC. */
  time: string;
  /** Why: the command that changed the file. */
  reason: string;
  kind?: FileChange['kind'];
  /** Backups taken by one change share a group (the id of its first backup): a rollback restores them together. */
  group?: string;
  /** false: the file did not exist before; restoring this backup removes it. */
  existed: boolean;
  /** It holds a version dockerd refused (taken by an automatic rollback): never the state to go back to. */
  rejected?: boolean;
  /** Taken by a rollback that restored this group: undoing the rollback re-applies that group's change. */
  undoes?: string;
  size: number;
  mode?: number;
  uid?: number;
  gid?: number;
}

export interface BackupContent {
  entry: BackupEntry;
  /** null when the file did not exist. */
  bytes: Uint8Array | null;
}

const ID_PATTERN = /^\d{8}T\d{6}Z(\.\d+)?-[A-Za-z0-9._-]+$/;

const stamp = (date: Date): string =>
  date
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/[-:]/g, '');
const safeName = (path: string): string => basename(path).replace(/[^A-Za-z0-9._-]/g, '_') || 'file';

function isEntry(value: unknown): value is BackupEntry {
  const e = value as Partial<BackupEntry> | null;
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.id === 'string' &&
    ID_PATTERN.test(e.id) &&
    typeof e.path === 'string' &&
    typeof e.time === 'string' &&
    typeof e.existed === 'boolean'
  );
}

/** A line that takes back an entry: its change was never made (the write failed and nothing was left changed). */
interface VoidLine {
  void: string;
}

/**
 * Append lines, on a line of their own even if a crash cut the previous one short. Never
 * through a symlink: root appending to a file someone else chose would be theirs to exploit.
 */
function appendIndexLines(ctx: Ctx, lines: readonly (BackupEntry | VoidLine)[]): void {
  const { fs } = ctx;
  const path = backupIndexPath(ctx);
  try {
    const { O_RDWR, O_APPEND, O_CREAT } = fs.constants;
    const fd = openStateFile(fs, path, O_RDWR | O_APPEND | O_CREAT, 0o600);
    try {
      const size = fs.fstatSync(fd).size;
      const last = Buffer.alloc(1);
      const cut = size > 0 && fs.readSync(fd, last, 0, 1, size - 1) === 1 && last[0] !== 0x0a;
      writeAll(fs, fd, Buffer.from(`${cut ? '\n' : ''}${lines.map((l) => `${JSON.stringify(l)}\n`).join('')}`));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    if (error instanceof SafeWriteError) throw error;
    throw fsFailure(error, 'write the backup index', path);
  }
}

/**
 * Take back backups whose change never happened (the write failed, or was put back), so that
 * `rollback` does not "undo" it. Best effort: the caller is already reporting a failure.
 */
export function discardBackups(ctx: Ctx, ids: readonly string[]): void {
  if (ids.length === 0) return;
  try {
    appendIndexLines(
      ctx,
      ids.map((id) => ({ void: id })),
    );
  } catch {
    // Disk full for the index too: the entries stay, and restore bytes the file still holds.
    return;
  }
  // Unlisted now: their bytes (maybe credentials) need not stay.
  for (const id of ids) {
    try {
      ctx.fs.unlinkSync(join(backupsDir(ctx), id));
    } catch {
      // Gone already.
    }
  }
}

export interface BackupRequest {
  path: string;
  kind?: FileChange['kind'];
  reason: string;
  /** The bytes to keep; null when the file does not exist yet. */
  bytes: Uint8Array | null;
  stat?: { mode: number; uid: number; gid: number };
  /** The group of an earlier backup of the same change; the first backup starts its own. */
  group?: string;
  rejected?: boolean;
  undoes?: string;
}

/**
 * Keep a copy (mode 0600, in a 0700 directory) before a file changes. The data is on disk and
 * synced before the index names it, so a listed backup is always complete.
 */
export function createBackup(ctx: Ctx, request: BackupRequest): BackupEntry {
  const { fs } = ctx;
  const dir = backupsDir(ctx);
  ensurePrivateDir(ctx, stateDir(ctx), [stateDir(ctx), dir]);
  ensurePrivateDir(ctx, dir, [stateDir(ctx), dir]);
  const time = ctx.now();
  const bytes = request.bytes ?? new Uint8Array();
  let id = '';
  for (let n = 1; !id; n++) {
    const candidate = `${stamp(time)}${n === 1 ? '' : `.${n}`}-${safeName(request.path)}`;
    const file = join(dir, candidate);
    let fd: number;
    try {
      const { O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW } = fs.constants;
      fd = fs.openSync(file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o600);
    } catch (error) {
      if (errnoCode(error) === 'EEXIST') continue;
      throw fsFailure(error, 'write the backup', file);
    }
    try {
      fs.fchmodSync(fd, 0o600);
      writeAll(fs, fd, bytes);
      fs.fsyncSync(fd);
    } catch (error) {
      fs.closeSync(fd);
      try {
        fs.unlinkSync(file);
      } catch {
        // Leave it: unlisted data is harmless.
      }
      throw fsFailure(error, 'write the backup', file);
    }
    fs.closeSync(fd);
    id = candidate;
  }
  try {
    fsyncDirectory(fs, dir);
  } catch (error) {
    throw fsFailure(error, 'write the backup', dir);
  }
  const entry: BackupEntry = {
    id,
    path: request.path,
    time: time.toISOString(),
    // Printed by `backups`: a mirror URL in the command may carry a password.
    reason: maskCredentials(request.reason),
    ...(request.kind ? { kind: request.kind } : {}),
    group: request.group ?? id,
    existed: request.bytes !== null,
    ...(request.rejected ? { rejected: true } : {}),
    ...(request.undoes ? { undoes: request.undoes } : {}),
    size: bytes.length,
    ...(request.stat ? { mode: request.stat.mode & 0o7777, uid: request.stat.uid, gid: request.stat.gid } : {}),
  };
  appendIndexLines(ctx, [entry]);
  return entry;
}

/** Every backup, oldest first (newest last, as taken). A line cut short by a crash is skipped. */
export function listBackups(ctx: Ctx): BackupEntry[] {
  const path = backupIndexPath(ctx);
  assertTrustedDirs(ctx, [stateDir(ctx), backupsDir(ctx)]);
  const text = readStateFile(ctx.fs, path, 'read the backup index')?.toString('utf8');
  if (text === undefined) return [];
  const entries: BackupEntry[] = [];
  const voided = new Set<string>();
  for (const line of text.split('\n')) {
    try {
      const value: unknown = JSON.parse(line);
      if (isEntry(value)) entries.push(value);
      else if (typeof (value as Partial<VoidLine> | null)?.void === 'string') voided.add((value as VoidLine).void);
    } catch {
      // A partial line.
    }
  }
  return voided.size === 0 ? entries : entries.filter((e) => !voided.has(e.id));
}

/** A backup's entry and bytes; undefined for an id the index does not list. */
export function readBackup(ctx: Ctx, id: string): BackupContent | undefined {
  const entry = ID_PATTERN.test(id) ? listBackups(ctx).find((e) => e.id === id) : undefined;
  if (!entry) return undefined;
  if (!entry.existed) return { entry, bytes: null };
  const file = join(backupsDir(ctx), entry.id);
  let bytes: Buffer | undefined;
  try {
    // Never through a symlink: a backup "of" /etc/shadow would put its bytes into daemon.json.
    bytes = readStateFile(ctx.fs, file, 'read the backup');
  } catch (error) {
    if (error instanceof SafeWriteError) throw error;
    throw fsFailure(error, 'read the backup', file);
  }
  if (bytes) return { entry, bytes };
  throw failure(
    'backup-not-found',
    said('service.backup.dataMissing', { id, file }),
    said('service.backup.hint.another'),
    file,
  );
}
