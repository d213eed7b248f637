import type { Diagnostic, DiagnosticId, Source } from '../diagnostics/types.js';

/** 77 is EX_NOPERM: "run it as root" is the answer. */
export type SafeWriteExitCode = 1 | 77;

/**
 * Why the safe write path stopped. The files are as they were before the call (restored when
 * some had been written), except those named in `unrestored`, which the message spells out.
 */
export class SafeWriteError extends Error {
  override readonly name = 'SafeWriteError';

  constructor(
    readonly diagnostic: Diagnostic,
    readonly exitCode: SafeWriteExitCode,
    /** Files written by this call and then put back from their backups. */
    readonly restored: readonly string[] = [],
    /** Files written by this call that could NOT be put back (named in the message with their backup id). */
    readonly unrestored: readonly string[] = [],
  ) {
    super(diagnostic.message);
  }
}

interface Explanation {
  id: DiagnosticId;
  text: string;
  exitCode: SafeWriteExitCode;
  hint(path: string): string;
}

const dirOf = (path: string): string => path.slice(0, Math.max(1, path.lastIndexOf('/')));

const EXPLANATIONS: Record<string, Explanation> = {
  EACCES: {
    id: 'permission-denied',
    text: 'permission denied',
    exitCode: 77,
    hint: () => 'run with sudo (or as root)',
  },
  EPERM: {
    id: 'permission-denied',
    text: 'operation not permitted',
    exitCode: 77,
    hint: () => 'run with sudo (or as root)',
  },
  EROFS: {
    id: 'write-failed',
    text: 'read-only file system',
    exitCode: 1,
    hint: (p) =>
      `the file system holding ${dirOf(p)} is mounted read-only: remount it read-write, or point the daemon at a writable --config-file`,
  },
  ENOSPC: {
    id: 'write-failed',
    text: 'no space left on device',
    exitCode: 1,
    hint: (p) => `free some space on the file system holding ${dirOf(p)} (df -h ${dirOf(p)}) and run the command again`,
  },
  EDQUOT: {
    id: 'write-failed',
    text: 'disk quota exceeded',
    exitCode: 1,
    hint: (p) => `free some space in the quota for ${dirOf(p)} and run the command again`,
  },
  ENOENT: {
    id: 'write-failed',
    text: 'no such file or directory',
    exitCode: 1,
    hint: (p) => `check that ${dirOf(p)} exists`,
  },
  ENOTDIR: {
    id: 'write-failed',
    text: 'a part of the path is not a directory',
    exitCode: 1,
    hint: (p) => `check the path ${p}`,
  },
  EISDIR: {
    id: 'write-failed',
    text: 'it is a directory',
    exitCode: 1,
    hint: (p) => `${p} must be a file; move the directory away`,
  },
  ELOOP: {
    id: 'write-failed',
    text: 'too many levels of symbolic links',
    exitCode: 1,
    hint: (p) => `fix the symbolic link loop at ${p}`,
  },
  EIO: {
    id: 'write-failed',
    text: 'input/output error',
    exitCode: 1,
    hint: (p) => `the disk holding ${dirOf(p)} reports errors; check dmesg`,
  },
};

export const errnoCode = (error: unknown): string | undefined =>
  error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string'
    ? (error as NodeJS.ErrnoException).code
    : undefined;

/**
 * A failed file-system call, as a diagnostic a person can act on.
 * `action` completes "cannot …", e.g. "write", "back up", "create the lock".
 */
export function fsFailure(error: unknown, action: string, path: string, source?: Source): SafeWriteError {
  if (error instanceof SafeWriteError) return error;
  const code = errnoCode(error);
  const known = code ? EXPLANATIONS[code] : undefined;
  const text = known?.text ?? (error instanceof Error ? error.message : String(error));
  return new SafeWriteError(
    {
      id: known?.id ?? 'write-failed',
      severity: 'error',
      message: `cannot ${action} ${path}: ${text}`,
      file: path,
      ...(source ? { source } : {}),
      hint: known?.hint(path) ?? 'the file was left as it was; run the command again, or with --verbose for details',
      fixable: false,
    },
    known?.exitCode ?? 1,
  );
}

/** A failure that is not an errno: a plan gone stale, a missing backup, a lock held too long. */
export function failure(id: DiagnosticId, message: string, hint: string, file?: string): SafeWriteError {
  return new SafeWriteError({ id, severity: 'error', message, ...(file ? { file } : {}), hint, fixable: false }, 1);
}
