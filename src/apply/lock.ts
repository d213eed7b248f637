import { randomHex } from '../edges/random.js';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Ctx, Fs } from '../context.js';
import { said } from '../i18n/said.js';
import { writeAll } from './atomic-write.js';
import { errnoCode, failure, fsFailure, SafeWriteError } from './errors.js';
import { ensurePrivateDir, removeIfEmpty } from './private-dir.js';
import { openStateFile, readStateFile } from './state-trust.js';
import { currentProcess, liveness, pidRunning, type ProcessIdentity } from './process-identity.js';

/** What the lock file says: who holds it, and a nonce so that nobody mistakes it for theirs. */
export interface LockOwner extends ProcessIdentity {
  nonce: string;
  /** ISO 8601. */
  since: string;
}

export interface HeldLock {
  path: string;
  owner: LockOwner;
  /** Directories taking the lock created (deepest first): removed on release if nothing else went in. */
  created?: readonly string[];
}

export interface LockOptions {
  /** How long to wait for another run to finish; default 60 s (a run may be waiting for dockerd to restart). */
  timeoutMs?: number;
  /** Called once if the lock is busy, with its holder (undefined if unreadable): say why we wait. */
  onWait?: (holder: LockOwner | undefined) => void;
}

const DEFAULT_TIMEOUT_MS = 60_000;
/** An unreadable lock file nobody has touched for this long is debris (e.g. zeroed by a crash). */
const UNREADABLE_STALE_MS = 10_000;

interface Holder {
  text: string;
  owner: LockOwner | undefined;
  mtimeMs: number;
}

function parseOwner(text: string): LockOwner | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    if (typeof value.pid !== 'number' || typeof value.nonce !== 'string') return undefined;
    return {
      pid: value.pid,
      start: String(value.start ?? ''),
      boot: String(value.boot ?? ''),
      nonce: value.nonce,
      since: String(value.since ?? ''),
    };
  } catch {
    return undefined;
  }
}

/** A lock file's text, never through a symlink (nor from a FIFO or a device). */
const readLockText = (fs: Fs, path: string): string | undefined =>
  readStateFile(fs, path, 'read the lock')?.toString('utf8');

function readHolder(fs: Fs, path: string): Holder | undefined {
  try {
    const text = readLockText(fs, path);
    if (text === undefined) return undefined;
    return { text, owner: parseOwner(text), mtimeMs: fs.lstatSync(path).mtimeMs };
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return undefined;
    if (error instanceof SafeWriteError) throw error;
    throw fsFailure(error, 'read the lock', path);
  }
}

function isStale(fs: Fs, holder: Holder): boolean {
  if (holder.owner) return liveness(fs, holder.owner) === 'gone';
  return Date.now() - holder.mtimeMs > UNREADABLE_STALE_MS;
}

/** Unlink `path` only if it still holds `text` (it is ours, or still the dead holder's). */
function removeIfSame(fs: Fs, path: string, text: string): void {
  try {
    if (readLockText(fs, path) === text) fs.unlinkSync(path);
  } catch {
    // Gone already, or not ours to remove.
  }
}

/**
 * Remove a dead holder's lock. Two waiters may both find it dead; if one removed it and took
 * the lock before the other unlinked, the second would remove a live lock. So breaking takes
 * a second, short-lived lock (`.break`) and re-reads the holder under it.
 */
function breakStaleLock(fs: Fs, path: string, stale: Holder, draft: string, draftText: string): boolean {
  const breaker = `${path}.break`;
  try {
    fs.linkSync(draft, breaker);
  } catch (error) {
    if (errnoCode(error) !== 'EEXIST') throw fsFailure(error, 'break the stale lock', path);
    // Someone else is breaking it: wait for them, unless they died doing so.
    const other = readHolder(fs, breaker);
    if (other && !isStale(fs, other)) return false;
    if (other) removeIfSame(fs, breaker, other.text);
    return true;
  }
  try {
    const now = readHolder(fs, path);
    if (now && now.text === stale.text) fs.unlinkSync(path);
    return true;
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') throw fsFailure(error, 'break the stale lock', path);
  } finally {
    removeIfSame(fs, breaker, draftText);
  }
  return true;
}

/** Drafts (`lock.PID.tmp`) left by runs killed between writing and linking them. */
function removeDeadDrafts(fs: Fs, path: string): void {
  const prefix = `${basename(path)}.`;
  let names: string[];
  try {
    names = fs.readdirSync(dirname(path));
  } catch {
    return;
  }
  for (const name of names) {
    const pid =
      name.startsWith(prefix) && name.endsWith('.tmp') ? Number(name.slice(prefix.length, -'.tmp'.length)) : NaN;
    if (Number.isInteger(pid) && pid !== process.pid && !pidRunning(fs, pid)) {
      try {
        fs.unlinkSync(join(dirname(path), name));
      } catch {
        // Someone else cleaned it up.
      }
    }
  }
}

function lockTimeout(path: string, holder: Holder, timeoutMs: number): SafeWriteError {
  const seconds = Math.round(timeoutMs / 1000);
  const who = holder.owner;
  return who
    ? failure(
        'lock-timeout',
        said('service.lock.held', { pid: who.pid, since: who.since, path, seconds }),
        said('service.lock.hint.held', { pid: who.pid, path }),
        path,
      )
    : failure(
        'lock-timeout',
        said('service.lock.unreadable', { path, seconds }),
        said('service.lock.hint.unreadable', { path }),
        path,
      );
}

/**
 * Take the lock file: written in full to a draft, then hard-linked into place, so it never
 * exists half-written and link(2) fails if anyone else holds it. A holder that is gone (its
 * pid has exited, was reused by another process, or belongs to a previous boot) is cleared.
 */
export async function acquireLock(ctx: Ctx, path: string, options: LockOptions = {}): Promise<HeldLock> {
  const { fs } = ctx;
  const owner: LockOwner = { ...currentProcess(fs), nonce: randomHex(8), since: ctx.now().toISOString() };
  const draft = `${path}.${owner.pid}.tmp`;
  const draftText = `${JSON.stringify(owner)}\n`;
  const created: string[] = [];
  for (let attempt = 0; ; attempt++) {
    created.push(...ensurePrivateDir(ctx, dirname(path)));
    if (attempt === 0) removeDeadDrafts(fs, path);
    try {
      writeDraft(fs, draft, draftText);
      break;
    } catch (error) {
      // Another run that created the directory took it away again, empty, just now.
      if (errnoCode(error) === 'ENOENT' && attempt < 5) continue;
      if (error instanceof SafeWriteError) throw error;
      throw fsFailure(error, 'create the lock', path);
    }
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = performance.now() + timeoutMs;
  let told = false;
  try {
    for (;;) {
      try {
        fs.linkSync(draft, path);
        return { path, owner, ...(created.length > 0 ? { created } : {}) };
      } catch (error) {
        if (errnoCode(error) !== 'EEXIST') throw fsFailure(error, 'create the lock', path);
      }
      const holder = readHolder(fs, path);
      // Released meanwhile, or a dead holder's lock cleared: try again at once.
      if (!holder || (isStale(fs, holder) && breakStaleLock(fs, path, holder, draft, draftText))) continue;
      if (performance.now() >= deadline) throw lockTimeout(path, holder, timeoutMs);
      if (!told) {
        told = true;
        options.onWait?.(holder.owner);
      }
      await sleep(10 + Math.random() * 40);
    }
  } finally {
    try {
      fs.unlinkSync(draft);
    } catch {
      // Already gone.
    }
  }
}

export function releaseLock(fs: Fs, lock: HeldLock): void {
  const holder = readHolder(fs, lock.path);
  if (holder?.owner?.nonce === lock.owner.nonce) removeIfSame(fs, lock.path, holder.text);
  if (lock.created) removeIfEmpty({ fs }, lock.created);
}

/**
 * Our draft, created afresh (O_EXCL, O_NOFOLLOW): a symlink planted under its name is never
 * followed, so taking the lock cannot truncate another file. One left by an earlier process
 * with our pid is removed first.
 */
function writeDraft(fs: Fs, draft: string, text: string): void {
  const flags = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL;
  let fd: number;
  try {
    fd = openStateFile(fs, draft, flags, 0o644);
  } catch (error) {
    if (errnoCode(error) !== 'EEXIST') throw error;
    fs.unlinkSync(draft);
    fd = openStateFile(fs, draft, flags, 0o644);
  }
  try {
    writeAll(fs, fd, Buffer.from(text));
  } finally {
    fs.closeSync(fd);
  }
}

/** Is the lock file still ours? (Someone may have deleted it by hand.) */
export function stillHeld(fs: Fs, lock: HeldLock): boolean {
  try {
    return parseOwner(readLockText(fs, lock.path) ?? '')?.nonce === lock.owner.nonce;
  } catch {
    return false;
  }
}
