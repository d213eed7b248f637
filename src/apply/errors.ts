import { hintOf, message, messageOf } from '../diagnostics/say.js';
import type { Diagnostic, DiagnosticId, Source } from '../diagnostics/types.js';
import type { FsAction, KnownErrno } from '../i18n/messages/said/service.js';
import { said, type Said } from '../i18n/said.js';

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
  exitCode: SafeWriteExitCode;
  hint(path: string): Said;
}

const dirOf = (path: string): string => path.slice(0, Math.max(1, path.lastIndexOf('/')));

const denied: Explanation = {
  id: 'permission-denied',
  exitCode: 77,
  hint: () => said('service.write.hint.root'),
};

const EXPLANATIONS: Record<KnownErrno, Explanation> = {
  EACCES: denied,
  EPERM: denied,
  EROFS: { id: 'write-failed', exitCode: 1, hint: (p) => said('service.write.hint.readOnly', { dir: dirOf(p) }) },
  ENOSPC: { id: 'write-failed', exitCode: 1, hint: (p) => said('service.write.hint.noSpace', { dir: dirOf(p) }) },
  EDQUOT: { id: 'write-failed', exitCode: 1, hint: (p) => said('service.write.hint.quota', { dir: dirOf(p) }) },
  ENOENT: { id: 'write-failed', exitCode: 1, hint: (p) => said('service.write.hint.dirExists', { dir: dirOf(p) }) },
  ENOTDIR: { id: 'write-failed', exitCode: 1, hint: (path) => said('service.write.hint.checkPath', { path }) },
  EISDIR: { id: 'write-failed', exitCode: 1, hint: (path) => said('service.write.hint.isDirectory', { path }) },
  ELOOP: { id: 'write-failed', exitCode: 1, hint: (path) => said('service.write.hint.symlinkLoop', { path }) },
  EIO: { id: 'write-failed', exitCode: 1, hint: (p) => said('service.write.hint.diskErrors', { dir: dirOf(p) }) },
};

const isKnown = (code: string | undefined): code is KnownErrno =>
  code !== undefined && Object.hasOwn(EXPLANATIONS, code);

export const errnoCode = (error: unknown): string | undefined =>
  error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string'
    ? (error as NodeJS.ErrnoException).code
    : undefined;

/**
 * A failed file-system call, as a diagnostic a person can act on.
 * `action` completes "cannot …", e.g. "write", "write the backup", "create the lock".
 */
export function fsFailure(error: unknown, action: FsAction, path: string, source?: Source): SafeWriteError {
  if (error instanceof SafeWriteError) return error;
  const code = errnoCode(error);
  const known = isKnown(code) ? EXPLANATIONS[code] : undefined;
  // An errno we do not explain: the system's own words.
  const why = isKnown(code)
    ? said('service.write.errno', { code })
    : error instanceof Error
      ? error.message
      : String(error);
  return new SafeWriteError(
    {
      id: known?.id ?? 'write-failed',
      severity: 'error',
      ...message('service.write.cannot', { action, path, why }),
      file: path,
      ...(source ? { source } : {}),
      ...hintOf(known?.hint(path) ?? said('service.write.hint.unknown')),
      fixable: false,
    },
    known?.exitCode ?? 1,
  );
}

/** A failure that is not an errno: a plan gone stale, a missing backup, a lock held too long. */
export function failure(id: DiagnosticId, says: Said, hintSays: Said, file?: string): SafeWriteError {
  return new SafeWriteError(
    { id, severity: 'error', ...messageOf(says), ...(file ? { file } : {}), ...hintOf(hintSays), fixable: false },
    1,
  );
}
