import type { Diagnostic, Severity } from '../diagnostics/types.js';
import type { Cause } from './types.js';

/**
 * A cause as a diagnostic with English strings only, for a caller that puts the message into a
 * sentence of its own (its `says` would contradict that message); `causeDiagnostic` carries both.
 */
export function causeDiagnostic(cause: Cause, severity: Severity = 'error'): Diagnostic {
  return {
    id: cause.id,
    severity,
    message: cause.message,
    hint: cause.hint,
    says: cause.says,
    hintSays: cause.hintSays,
    ...(cause.file !== undefined ? { file: cause.file } : {}),
    ...(cause.setting !== undefined ? { key: cause.setting } : {}),
    dockerd: cause.dockerd,
    fixable: cause.fixable,
  };
}
