// Why dockerd did not (re)start, from its journal or log: the line, its cause, the fix.
export { classify, classifyClientError, classifyEntry, type ClassifyContext } from './classify.js';
export { splitDockerdError, type DockerdError, type Phase } from './dockerd-error.js';
export { explainLog, type ClientError, type LogExplanation } from './explain.js';
export { findFirstError, firstDaemonError, startLimitEntry, startLimitHit, type FirstError } from './first-error.js';
export { entryText, parseLine, parseLog } from './log-lines.js';
export { reloadOutcome, type ReloadOutcome, type ReloadResult } from './reload.js';
export { causeDiagnostic } from './to-diagnostic.js';
export type { Cause, LogEntry, LogLevel, LogSource } from './types.js';
