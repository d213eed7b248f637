export {
  applyChanges,
  assertConfined,
  interruptedChange,
  restoreBackup,
  restoreBackups,
  sameBytes,
  type ApplyOptions,
  type ApplyResult,
  type AppliedFile,
  type InterruptedChange,
  undoInterruptedChange,
} from './apply-changes.js';
export { listBackups, readBackup, type BackupContent, type BackupEntry } from './backups.js';
export { SafeWriteError, fsFailure, type SafeWriteExitCode } from './errors.js';
export type { LockOptions, LockOwner } from './lock.js';
export { backupsDir, lockPath, stateDir } from './paths.js';
export { intentPath } from './intent.js';
export { withLock } from './with-lock.js';
export { resolveWriteTarget } from './resolve-target.js';
