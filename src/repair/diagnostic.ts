import { hint, message } from '../diagnostics/say.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { RepairFailure } from './types.js';

/** The diagnostic for a file `repair` will not touch: where to look, and what to do instead. */
export function repairFailureDiagnostic(path: string, failure: RepairFailure): Diagnostic {
  return {
    id: 'repair-ambiguous',
    severity: 'error',
    ...message('files.repair.failed', { path, reason: failure.says }),
    file: path,
    line: failure.line,
    column: failure.column,
    source: { kind: 'daemon-json', path, line: failure.line },
    ...hint('files.repair.hint.byHand', { path, line: failure.line, column: failure.column }),
    fixable: false,
  };
}
