import type { Diagnostic, Severity } from '../diagnostics/types.js';
import type { Cause } from './types.js';

/** A cause as a diagnostic for --json and the renderer. */
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
