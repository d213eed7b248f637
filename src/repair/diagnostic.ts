import type { Diagnostic } from '../diagnostics/types.js';
import type { RepairFailure } from './types.js';

/** The diagnostic for a file `repair` will not touch: where to look, and what to do instead. */
export function repairFailureDiagnostic(path: string, failure: RepairFailure): Diagnostic {
  return {
    id: 'repair-ambiguous',
    severity: 'error',
    message: `cannot repair ${path} safely: ${failure.reason}`,
    file: path,
    line: failure.line,
    column: failure.column,
    source: { kind: 'daemon-json', path, line: failure.line },
    hint: `edit ${path} by hand at line ${failure.line}, column ${failure.column}, or restore a backup (dockerd-config backups, dockerd-config rollback)`,
    fixable: false,
  };
}
