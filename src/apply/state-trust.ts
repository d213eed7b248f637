import type { Stats } from 'node:fs';
import { dirname, isAbsolute, relative } from 'node:path';
import type { Ctx, Fs } from '../context.js';
import { said } from '../i18n/said.js';
import { errnoCode, failure, fsFailure, SafeWriteError } from './errors.js';
import type { FsAction } from '../i18n/messages/said/service.js';

/**
 * Our state (lock, backups, index) tells root what to write where: anyone who can write it, or a
 * directory above it, could make root overwrite any file. So it is used only when it is root's
 * (or the invoking user's) and nobody else can write it, and its files are opened without
 * following symlinks.
 */

/** Who may own our state: root, and the user running us (a non-root run on its own --root). */
export function trustedUids(): readonly number[] {
  const euid = process.geteuid?.();
  return euid === undefined || euid === 0 ? [0] : [0, euid];
}

const trustedGids = (): readonly number[] => {
  const egid = process.getegid?.();
  return egid === undefined || egid === 0 ? [0] : [0, egid];
};

export type TrustProblem = 'symlink' | 'not-directory' | 'not-file' | 'owner' | 'group-writable' | 'other-writable';

type Meta = Pick<Stats, 'uid' | 'gid' | 'mode'> & { isDirectory(): boolean; isSymbolicLink(): boolean };

/**
 * Why a directory of ours (`own`: the state directory and backups) or one above it must not be
 * trusted; undefined when it can be. A parent may be a trusted symlink, or world-writable with the
 * sticky bit (others cannot rename what is ours there); our own directories may not.
 */
export function dirTrustProblem(
  stat: Meta,
  own: boolean,
  uids: readonly number[] = trustedUids(),
  gids: readonly number[] = trustedGids(),
): TrustProblem | undefined {
  if (!uids.includes(stat.uid)) return 'owner';
  if (stat.isSymbolicLink()) return own ? 'symlink' : undefined;
  if (!stat.isDirectory()) return 'not-directory';
  const sticky = (stat.mode & 0o1000) !== 0 && !own;
  if (stat.mode & 0o002 && !sticky) return 'other-writable';
  if (stat.mode & 0o020 && !gids.includes(stat.gid) && !sticky) return 'group-writable';
  return undefined;
}

const octal = (mode: number): string => `0${(mode & 0o7777).toString(8).padStart(3, '0')}`;

function untrusted(path: string, problem: TrustProblem, stat: Pick<Stats, 'uid' | 'gid' | 'mode'>): SafeWriteError {
  const fix =
    problem === 'symlink' || problem === 'not-directory' || problem === 'not-file'
      ? `rm ${path}`
      : `chown root:root ${path} && chmod go-w ${path}`;
  return failure(
    'write-failed',
    said('change.state.untrusted', { path, problem, uid: stat.uid, gid: stat.gid, mode: octal(stat.mode) }),
    said('change.state.hint.untrusted', { fix }),
    path,
  );
}

/** The directories from `dir` up to --root (itself included; `/` for the host), deepest first. */
function chain(root: string, dir: string): string[] {
  const dirs: string[] = [];
  const inRoot = root !== '/' && !relative(root, dir).startsWith('..') && !isAbsolute(relative(root, dir));
  for (let d = dir; ; d = dirname(d)) {
    dirs.push(d);
    if ((inRoot && d === root) || d === dirname(d)) break;
  }
  return dirs;
}

/**
 * Refuse a state directory (`ownDirs`: ours, strictly) under a directory someone else can write.
 * Directories not there yet are skipped: we create them ourselves, private.
 */
export function assertTrustedDirs(ctx: Pick<Ctx, 'fs' | 'root'>, ownDirs: readonly string[]): void {
  const own = new Set(ownDirs);
  const seen = new Set<string>();
  for (const start of ownDirs) {
    for (const dir of chain(ctx.root, start)) {
      if (seen.has(dir)) continue;
      seen.add(dir);
      let stat: Stats;
      try {
        stat = ctx.fs.lstatSync(dir);
      } catch (error) {
        if (errnoCode(error) === 'ENOENT') continue;
        throw fsFailure(error, 'open the directory', dir);
      }
      const problem = dirTrustProblem(stat, own.has(dir));
      if (problem) throw untrusted(dir, problem, stat);
      // A trusted link above us: what it names must be trusted too.
      if (stat.isSymbolicLink()) {
        const target = ctx.fs.statSync(dir);
        const behind = dirTrustProblem({ ...target, isSymbolicLink: () => false, isDirectory: () => true }, false);
        if (behind || !target.isDirectory()) throw untrusted(dir, behind ?? 'not-directory', target);
      }
    }
  }
}

const NOFOLLOW = (fs: Fs): number => fs.constants.O_NOFOLLOW;

/** A file of our state, opened without following a symlink, checked to be a regular file of ours. */
export function openStateFile(fs: Fs, path: string, flags: number, mode: number): number {
  let fd: number;
  try {
    fd = fs.openSync(path, flags | NOFOLLOW(fs) | fs.constants.O_NONBLOCK, mode);
  } catch (error) {
    // O_NOFOLLOW on a symlink: ELOOP, which would read as "too many levels".
    if (errnoCode(error) === 'ELOOP') {
      const stat = fs.lstatSync(path);
      throw untrusted(path, 'symlink', stat);
    }
    throw error;
  }
  const stat = fs.fstatSync(fd);
  const problem: TrustProblem | undefined = !stat.isFile()
    ? 'not-file'
    : !trustedUids().includes(stat.uid)
      ? 'owner'
      : stat.mode & 0o022
        ? stat.mode & 0o002
          ? 'other-writable'
          : 'group-writable'
        : undefined;
  if (problem) {
    fs.closeSync(fd);
    throw untrusted(path, problem, stat);
  }
  return fd;
}

/** The whole of a state file, or undefined when it does not exist. */
export function readStateFile(fs: Fs, path: string, action: FsAction): Buffer | undefined {
  let fd: number;
  try {
    fd = openStateFile(fs, path, fs.constants.O_RDONLY, 0);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return undefined;
    if (error instanceof SafeWriteError) throw error;
    throw fsFailure(error, action, path);
  }
  try {
    return fs.readFileSync(fd);
  } catch (error) {
    throw fsFailure(error, action, path);
  } finally {
    fs.closeSync(fd);
  }
}
