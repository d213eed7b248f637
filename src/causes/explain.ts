// Log text → the line that explains a failed start, its cause, and whether systemd gave up.
import { classifyEntry, type ClassifyContext } from './classify.js';
import { findFirstError, startLimitEntry } from './first-error.js';
import { parseLog } from './log-lines.js';
import type { Cause, LogEntry } from './types.js';

export interface LogExplanation {
  /** dockerd's line that says why it did not start. */
  firstError?: LogEntry;
  /** What it means; the start limit when no dockerd line is there (a refused restart). */
  cause?: Cause;
  /** systemd refuses to start docker until `systemctl reset-failed`. */
  startLimitHit: boolean;
  /** A start after that failure succeeded (the log goes on past it). */
  laterStarted: boolean;
}

export function explainLog(text: string, context: ClassifyContext = {}): LogExplanation {
  const entries = parseLog(text);
  const found = findFirstError(entries);
  const limit = startLimitEntry(entries);
  const cause = found ? classifyEntry(found.entry, context) : limit ? classifyEntry(limit, context) : undefined;
  return {
    ...(found ? { firstError: found.entry } : {}),
    ...(cause ? { cause } : {}),
    startLimitHit: limit !== undefined,
    laterStarted: found?.laterStarted ?? false,
  };
}
