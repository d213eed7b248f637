export { repairDaemonJson } from './repair-daemon-json.js';
export { repairFailureDiagnostic } from './diagnostic.js';
export type { RepairResult, RepairSuccess, RepairFailure } from './types.js';
