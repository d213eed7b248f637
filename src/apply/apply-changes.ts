import type { Stats } from 'node:fs';
import { dirname, isAbsolute } from 'node:path';
import type { Ctx } from '../context.js';
import type { Source } from '../diagnostics/types.js';
import { encodeText } from '../jsonfile/decode.js';
import type { FileChange } from '../plan/types.js';
import {
  fsyncDirectory,
  removeDeadTemps,
  removeFileDurably,
  writeFileAtomically,
  type Ownership,
} from './atomic-write.js';
import { createBackup, discardBackups, readBackup, type BackupEntry } from './backups.js';
import { messageOf } from '../diagnostics/say.js';
import { said } from '../i18n/said.js';
import { errnoCode, failure, fsFailure, SafeWriteError } from './errors.js';
import { stillHeld, type LockOptions } from './lock.js';
import { insideRoot, resolveWriteTarget } from './resolve-target.js';
import { clearIntent, digestOf, intentPath as intentPathOf, readIntent, recordIntent, type Intent } from './intent.js';
import { backupIndexPath } from './paths.js';
import { heldLock, withLock } from './with-lock.js';

export interface ApplyOptions {
  /** Read and compare only: nothing is written, no lock or backup is taken. */
  dryRun?: boolean;
  /** Stored with each backup, e.g. "mirror add https://m.example"; default "apply". */
  reason?: string;
  /** Used when the caller does not hold the lock already. */
  lock?: LockOptions;
  /** The files now hold a version dockerd refused (an automatic rollback backs them up): see BackupEntry.rejected. */
  rejected?: boolean;
  /** A rollback: the group whose change it undoes. */
  undoes?: string;
}

export interface AppliedFile {
  path: string;
  /** false: the file already had these bytes and was not touched (not even its mtime). */
  changed: boolean;
  /** The backup id of the old content, when changed (and not a dry run). */
  backup?: string;
}

export interface ApplyResult {
  files: AppliedFile[];
}

/** A file to make hold `next` (null: remove it), if it still holds `expected`. */
interface Operation {
  path: string;
  kind?: FileChange['kind'];
  /** 'any': whatever is there now (a rollback). */
  expected: Uint8Array | null | 'any';
  next: Uint8Array | null;
  newFileMode: number;
  /** A private key: written with mode 0600 (or stricter) even over a file that had more. */
  secret?: boolean;
}

interface Prepared {
  op: Operation;
  /** The real file behind `op.path` (symlinks followed). */
  target: string;
  current: Uint8Array | null;
  stat: Stats | undefined;
}

/**
 * Where the kernel would take a path under --root when that is outside it (a link climbing out
 * with `..`, or an absolute one to a file of the host): we resolve it inside the root instead,
 * so what was read is not what would be written. undefined when it stays inside (or leads nowhere).
 */
function leavesRoot(ctx: Ctx, path: string): string | undefined {
  if (!insideRoot(ctx.root, path)) return undefined;
  try {
    const real = ctx.fs.realpathSync(path);
    return insideRoot(ctx.fs.realpathSync(ctx.root), real) ? undefined : real;
  } catch {
    return undefined;
  }
}

/** The same bytes, or both absent. */
export const sameBytes = (a: Uint8Array | null, b: Uint8Array | null): boolean =>
  a === null || b === null ? a === b : Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);

const sourceOf = (op: Operation): Source | undefined => (op.kind ? { kind: op.kind, path: op.path } : undefined);

function prepare(ctx: Ctx, op: Operation): Prepared {
  const cannotRead = (error: unknown): SafeWriteError => fsFailure(error, 'read', op.path, sourceOf(op));
  let target: string;
  let stat: Stats | undefined;
  try {
    target = resolveWriteTarget(ctx, op.path);
  } catch (error) {
    throw cannotRead(error);
  }
  const outside = leavesRoot(ctx, op.path);
  if (outside !== undefined)
    throw failure(
      'write-failed',
      said('change.state.escapes', { path: op.path, root: ctx.root, outside, inside: target }),
      said('change.state.hint.escapes', { path: op.path, root: ctx.root }),
      op.path,
    );
  try {
    stat = ctx.fs.statSync(target);
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') throw cannotRead(error);
  }
  if (stat && !stat.isFile()) {
    throw failure(
      'write-failed',
      said('service.write.notRegular', { path: op.path }),
      said('service.write.hint.notRegular'),
      op.path,
    );
  }
  try {
    return { op, target, stat, current: stat ? ctx.fs.readFileSync(target) : null };
  } catch (error) {
    throw cannotRead(error);
  }
}

function changedMeanwhile(p: Prepared): SafeWriteError {
  const what = p.op.expected === null ? 'created' : p.current === null ? 'removed' : 'changed';
  return failure(
    'file-changed',
    said('service.write.changedMeanwhile', { path: p.op.path, what }),
    said('service.write.hint.readAgain'),
    p.op.path,
  );
}

function writeOne(ctx: Ctx, p: Prepared): void {
  const { fs } = ctx;
  if (p.op.next === null) {
    removeFileDurably(fs, p.target);
    return;
  }
  if (!p.stat) {
    // A new directory (e.g. docker.service.d) must survive a power cut too.
    const created = fs.mkdirSync(dirname(p.target), { recursive: true, mode: 0o755 });
    if (created) fsyncDirectory(fs, dirname(created));
  }
  removeDeadTemps(fs, p.target);
  // A private key is left readable by its owner only (0600, or the owner's stricter bits), whatever
  // the file it replaces allowed; nor does it inherit that file's ACLs.
  const ownership = p.stat
    ? p.op.secret
      ? { mode: p.stat.mode & 0o600 || 0o600, uid: p.stat.uid, gid: p.stat.gid }
      : { mode: p.stat.mode & 0o7777, uid: p.stat.uid, gid: p.stat.gid, keepAttributes: attributesOf(ctx, p.target) }
    : { mode: p.op.newFileMode };
  writeFileAtomically(fs, p.target, p.op.next, ownership);
}

/** The file's extended attributes and ACLs, for the file that replaces it. */
const attributesOf =
  (ctx: Ctx, target: string) =>
  (to: string): void =>
    ctx.copyFileAttributes?.(target, to);

/** Make a file hold `bytes` again, or not exist (null; a file the change was to create may not be there yet). */
function putBack(ctx: Ctx, target: string, bytes: Uint8Array | null, ownership: Ownership): void {
  if (bytes !== null)
    writeFileAtomically(ctx.fs, target, bytes, {
      ...ownership,
      keepAttributes: ctx.fs.existsSync(target) ? attributesOf(ctx, target) : undefined,
    });
  else if (ctx.fs.existsSync(target)) removeFileDurably(ctx.fs, target);
}

/** Put back what this call already wrote; the failure then says what happened to each file. */
function rollBack(
  ctx: Ctx,
  written: readonly Prepared[],
  backups: ReadonlyMap<Prepared, BackupEntry>,
  cause: SafeWriteError,
): SafeWriteError {
  const restored: string[] = [];
  const unrestored: string[] = [];
  for (const p of [...written].reverse()) {
    try {
      putBack(ctx, p.target, p.current, { mode: (p.stat?.mode ?? 0o644) & 0o7777, uid: p.stat?.uid, gid: p.stat?.gid });
      restored.push(p.op.path);
    } catch {
      unrestored.push(p.op.path);
    }
  }
  if (written.length === 0) return cause;
  const says = said('service.write.putBack', {
    message: cause.diagnostic.says ?? cause.diagnostic.message,
    restored,
    unrestored: unrestored.map((path) => ({
      path,
      id: String([...backups].find(([p]) => p.op.path === path)?.[1].id),
    })),
  });
  return new SafeWriteError({ ...cause.diagnostic, ...messageOf(says) }, cause.exitCode, restored, unrestored);
}

/** The whole write, synchronous: no other code of ours runs between the checks and the renames. */
function execute(ctx: Ctx, ops: readonly Operation[], options: ApplyOptions): ApplyResult {
  const prepared = ops.map((op) => prepare(ctx, op));
  const targets = new Set<string>();
  for (const p of prepared) {
    if (targets.has(p.target))
      throw failure(
        'write-failed',
        said('service.write.twice', { path: p.op.path }),
        said('service.write.hint.bug'),
        p.op.path,
      );
    targets.add(p.target);
    if (p.op.expected !== 'any' && !sameBytes(p.current, p.op.expected)) throw changedMeanwhile(p);
  }
  const todo = prepared.filter((p) => !sameBytes(p.current, p.op.next));
  if (options.dryRun) return { files: prepared.map((p) => ({ path: p.op.path, changed: todo.includes(p) })) };

  const lock = heldLock(ctx);
  if (lock && !stillHeld(ctx.fs, lock)) {
    throw failure(
      'write-failed',
      said('service.write.lockRemoved', { path: lock.path }),
      said('service.write.hint.nothingWritten'),
      lock.path,
    );
  }
  const backups = new Map<Prepared, BackupEntry>();
  let group: string | undefined;
  // A backup stands for a change made: when none is, the index takes back what it recorded.
  const discard = (keep: readonly string[] = []): void =>
    discardBackups(
      ctx,
      [...backups].filter(([p]) => !keep.includes(p.op.path)).map(([, e]) => e.id),
    );
  try {
    for (const p of todo) {
      const stat = p.stat ? { mode: p.stat.mode, uid: p.stat.uid, gid: p.stat.gid } : undefined;
      const entry = createBackup(ctx, {
        path: p.op.path,
        kind: p.op.kind,
        reason: options.reason ?? 'apply',
        bytes: p.current,
        stat,
        ...(group ? { group } : {}),
        ...(options.rejected ? { rejected: true } : {}),
        ...(options.undoes ? { undoes: options.undoes } : {}),
      });
      group ??= entry.id;
      backups.set(p, entry);
    }
  } catch (error) {
    discard();
    throw error;
  }
  // Two files change together: a run killed between their renames leaves this record, and the
  // next writer undoes the half-made change (undoInterruptedChange) before it reads anything.
  const together = todo.length >= 2 && group !== undefined;
  if (together) {
    try {
      recordIntent(ctx, {
        group: group!,
        at: ctx.now().toISOString(),
        files: todo.map((p) => ({ path: p.op.path, backup: backups.get(p)!.id, next: digestOf(p.op.next) })),
      });
    } catch (error) {
      discard();
      throw error;
    }
  }
  const written: Prepared[] = [];
  for (const p of todo) {
    try {
      writeOne(ctx, p);
      written.push(p);
    } catch (error) {
      const failed = rollBack(
        ctx,
        written,
        backups,
        fsFailure(error, p.op.next === null ? 'remove' : 'write', p.op.path, sourceOf(p.op)),
      );
      // What could not be put back did change: its backup is the way back, and the record stays.
      discard(failed.unrestored);
      if (together && failed.unrestored.length === 0) clearIntent(ctx);
      throw failed;
    }
  }
  if (together) clearIntent(ctx);
  return {
    files: prepared.map((p) => ({
      path: p.op.path,
      changed: backups.has(p),
      ...(backups.has(p) ? { backup: backups.get(p)?.id } : {}),
    })),
  };
}

const run = (ctx: Ctx, ops: () => Operation[], options: ApplyOptions): Promise<ApplyResult> =>
  options.dryRun
    ? Promise.resolve().then(() => execute(ctx, ops(), options))
    : withLock(ctx, () => execute(ctx, ops(), options), options.lock);

/**
 * The only way configuration files are written. For each change, in order: check the file
 * still holds the bytes the plan was made from, skip it if nothing changes, back it up, and
 * replace it atomically (mode, owner and symlinks kept). If a later file fails, the earlier
 * ones are put back. Takes the lock unless the caller (withLock) already holds it.
 * Throws SafeWriteError: `file-changed`, `permission-denied` (exit 77), `write-failed`, `lock-timeout`.
 */
export function applyChanges(
  ctx: Ctx,
  changes: readonly FileChange[],
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const ops = (): Operation[] =>
    changes.map((c) => ({
      path: c.path,
      kind: c.kind,
      expected: c.before,
      next: c.remove ? null : encodeText(c.after, c.encoding),
      newFileMode: c.newFileMode ?? 0o644,
      secret: c.secret === true,
    }));
  return run(ctx, ops, options);
}

/**
 * Make files hold what backups kept, byte for byte (or remove a file that did not exist then),
 * through the same path and in one write: the current contents are backed up first, so a
 * rollback can itself be undone.
 */
export function restoreBackups(
  ctx: Ctx,
  ids: readonly string[],
  options: ApplyOptions = {},
): Promise<ApplyResult & { entries: BackupEntry[] }> {
  const entries: BackupEntry[] = [];
  const ops = (): Operation[] => {
    entries.length = 0;
    return ids.map((id) => {
      const found = readBackup(ctx, id);
      if (!found)
        throw failure('backup-not-found', said('service.backup.none', { id }), said('service.backup.hint.list'));
      assertConfined(ctx, found.entry);
      entries.push(found.entry);
      return {
        path: found.entry.path,
        kind: found.entry.kind,
        expected: 'any' as const,
        next: found.bytes,
        newFileMode: found.entry.mode ?? 0o644,
      };
    });
  };
  const first = readBackup(ctx, ids[0] ?? '')?.entry;
  const undoes = first ? (first.group ?? first.id) : undefined;
  return run(ctx, ops, {
    ...options,
    reason: options.reason ?? `rollback to ${ids.join(', ')}`,
    ...(undoes ? { undoes } : {}),
  }).then((result) => ({ ...result, entries }));
}

/**
 * A backup goes back only to the file it was taken of: under --root, a file in the tree (an
 * index entry naming anything else was not written by us, and is refused as forged).
 */
export function assertConfined(ctx: Ctx, entry: BackupEntry): void {
  const path = entry.path;
  const plausible = isAbsolute(path) && !path.includes('\0') && (ctx.root === '/' || insideRoot(ctx.root, path));
  if (!plausible)
    throw failure(
      'backup-not-valid',
      said('change.state.forged', { id: entry.id, path, root: ctx.root, index: backupIndexPath(ctx) }),
      said('change.state.hint.forged', { index: backupIndexPath(ctx) }),
      backupIndexPath(ctx),
    );
}

/** One backup: see restoreBackups. */
export function restoreBackup(
  ctx: Ctx,
  id: string,
  options: ApplyOptions = {},
): Promise<ApplyResult & { entry: BackupEntry }> {
  return restoreBackups(ctx, [id], options).then(({ entries, ...result }) => {
    const entry = entries[0];
    if (!entry) throw new Error('unreachable: backup entry not read');
    return { ...result, entry };
  });
}

/** What undoInterruptedChange found and did. */
export interface InterruptedChange {
  intent: Intent;
  restored: string[];
  /** Every file already held its new content: nothing was undone. */
  finished: boolean;
}

/**
 * Undo a change to several files that an earlier run began and did not finish (it was killed
 * between two renames): every file of it gets its backup back, the backups are taken back (the
 * change never happened) and the record goes. The caller holds the lock. undefined: nothing to do.
 * A record that cannot be read or backups that are gone are a failure: nothing is guessed.
 */
export function undoInterruptedChange(ctx: Ctx): InterruptedChange | undefined {
  const intent = readIntent(ctx);
  if (intent === undefined) return undefined;
  const unusable = (): SafeWriteError =>
    failure(
      'write-failed',
      said('change.interrupted.unusable', { path: intentPathOf(ctx) }),
      said('change.interrupted.hint.unusable', { path: intentPathOf(ctx) }),
      intentPathOf(ctx),
    );
  if (intent === 'unreadable') throw unusable();
  const kept = intent.files.map((f) => ({ file: f, found: readBackup(ctx, f.backup) }));
  if (kept.some((k) => !k.found || k.found.entry.path !== k.file.path)) throw unusable();
  // Killed after its last rename: the change is whole, only the record is left to go.
  const holds = (path: string): string | null => {
    const target = resolveWriteTarget(ctx, path);
    return ctx.fs.existsSync(target) ? digestOf(ctx.fs.readFileSync(target)) : null;
  };
  if (intent.files.every((f) => holds(f.path) === f.next)) {
    clearIntent(ctx);
    return { intent, restored: [], finished: true };
  }
  const restored: string[] = [];
  for (const { found } of kept) {
    const { entry, bytes } = found!;
    assertConfined(ctx, entry);
    const target = resolveWriteTarget(ctx, entry.path);
    try {
      putBack(ctx, target, entry.existed ? bytes : null, { mode: entry.mode ?? 0o644, uid: entry.uid, gid: entry.gid });
    } catch (error) {
      throw fsFailure(error, entry.existed ? 'write' : 'remove', entry.path);
    }
    restored.push(entry.path);
  }
  discardBackups(
    ctx,
    kept.map((k) => k.found!.entry.id),
  );
  clearIntent(ctx);
  return { intent, restored, finished: false };
}

/** Is a change of several files left half made (for validate and doctor, which write nothing)? */
export function interruptedChange(ctx: Ctx): Intent | 'unreadable' | undefined {
  try {
    return readIntent(ctx);
  } catch {
    return 'unreadable';
  }
}
