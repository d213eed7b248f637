import type { Diagnostic, Severity } from '../diagnostics/types.js';
import type { Cause } from './types.js';

/**
 * A cause as a diagnostic with English strings only, for a caller that puts the message into a
 * sentence of its own (its `says` would contradict that message); `saidDiagnostic` carries both.
 */
export function causeDiagnostic(cause: Cause, severity: Severity = 'error'): Diagnostic {
  return {
    id: cause.id,
    severity,
    message: cause.message,
    hint: cause.hint,
    ...(cause.file !== undefined ? { file: cause.file } : {}),
    ...(cause.setting !== undefined ? { key: cause.setting } : {}),
    dockerd: cause.dockerd,
    fixable: cause.fixable,
  };
}

/** A cause as a diagnostic the renderer says in the reader's language (--json keeps the English). */
export const saidDiagnostic = (cause: Cause, severity: Severity = 'error'): Diagnostic => ({
  ...causeDiagnostic(cause, severity),
  says: cause.says,
  hintSays: cause.hintSays,
});
