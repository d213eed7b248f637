import { randomHex } from '../edges/random.js';
import { basename, dirname, join } from 'node:path';
import type { Fs } from '../context.js';
import { errnoCode } from './errors.js';
import { pidRunning } from './process-identity.js';

/** Mode and owner the new file gets: the old file's, or the plan's for a new one (owner: us). */
export interface Ownership {
  mode: number;
  uid?: number;
  gid?: number;
  /** Copies the replaced file's extended attributes and ACLs onto the new one (absent: a new file). */
  keepAttributes?: (to: string) => void;
}

const TEMP_SUFFIX = '.dockerd-config.tmp';

/** Hidden, and not *.conf or *.json: systemd and dockerd never read it by accident. */
const tempName = (target: string): string => `.${basename(target)}.${process.pid}.${randomHex(4)}${TEMP_SUFFIX}`;

export function writeAll(fs: Fs, fd: number, bytes: Uint8Array): void {
  for (let offset = 0; offset < bytes.length; ) offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
}

/** Make a rename or unlink in `dir` survive a power cut. */
export function fsyncDirectory(fs: Fs, dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } catch (error) {
    // Some file systems cannot sync a directory; the rename itself is still atomic there.
    if (errnoCode(error) !== 'EINVAL') throw error;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Replace `path` so that, whatever happens (a kill, a full disk, a power cut), it holds either
 * the old bytes or the new ones: write a temp file in the same directory, give it the
 * ownership, fsync it, rename it over, fsync the directory. On failure the temp file is removed
 * and `path` is untouched.
 */
export function writeFileAtomically(fs: Fs, path: string, bytes: Uint8Array, ownership: Ownership): void {
  const dir = dirname(path);
  const temp = join(dir, tempName(path));
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx', 0o600);
    writeAll(fs, fd, bytes);
    if (ownership.uid !== undefined && ownership.gid !== undefined) {
      const now = fs.fstatSync(fd);
      if (now.uid !== ownership.uid || now.gid !== ownership.gid) fs.fchownSync(fd, ownership.uid, ownership.gid);
    }
    // After chown, which clears set-id bits.
    fs.fchmodSync(fd, ownership.mode);
    // After chmod: an ACL's mask is part of the mode.
    ownership.keepAttributes?.(temp);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, path);
  } catch (error) {
    try {
      if (fd !== undefined) fs.closeSync(fd);
      fs.unlinkSync(temp);
    } catch {
      // Never created, or already renamed.
    }
    throw error;
  }
  fsyncDirectory(fs, dir);
}

export function removeFileDurably(fs: Fs, path: string): void {
  try {
    fs.unlinkSync(path);
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') throw error;
  }
  fsyncDirectory(fs, dirname(path));
}

/** Temp files of runs that were killed mid-write: harmless, but they should not pile up. */
export function removeDeadTemps(fs: Fs, target: string): void {
  const dir = dirname(target);
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(TEMP_SUFFIX)) continue;
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    if (!Number.isInteger(pid) || pid === process.pid || pidRunning(fs, pid)) continue;
    try {
      fs.unlinkSync(join(dir, name));
    } catch {
      // Best effort.
    }
  }
}
