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

// systemd (or `service`) saying that dockerd exited, in `systemctl status` or the journal.
const EXITED =
  /\(code=exited, status=(\d+)\/\w+\)|Main process exited, code=exited, status=(\d+)|Failed with result '(exit-code|signal|core-dump|timeout)'|Docker is not running/;

export function explainLog(text: string, context: ClassifyContext = {}): LogExplanation {
  const entries = parseLog(text);
  const found = findFirstError(entries);
  const limit = startLimitEntry(entries);
  // The start-limit line is systemd's, even when pasted without its "systemd[1]:" prefix.
  const limitCause = limit ? classifyEntry({ ...limit, source: 'systemd' }, context) : undefined;
  let cause = found ? classifyEntry(found.entry, context) : limitCause;
  let evidence = found?.entry;
  // A line we do not know, written by nobody we can name (no dockerd[pid], no level), is weaker
  // evidence than systemd saying it gave up: e.g. a script's own output pasted with the journal.
  if (
    cause?.id === 'daemon-start-failed' &&
    limitCause &&
    found &&
    found.entry.pid === undefined &&
    found.entry.level === undefined
  ) {
    cause = limitCause;
    evidence = limit;
  }
  cause ??= exitedWithoutReason(entries);
  return {
    ...(evidence ? { firstError: evidence } : {}),
    ...(cause ? { cause } : {}),
    startLimitHit: limit !== undefined,
    laterStarted: found?.laterStarted ?? false,
  };
}

/** The service manager says dockerd died, but the text has no line of dockerd's saying why. */
function exitedWithoutReason(entries: readonly LogEntry[]): Cause | undefined {
  const exited = entries.find((e) => EXITED.test(e.raw));
  if (!exited) return undefined;
  return {
    id: 'daemon-start-failed',
    message: 'dockerd exited with an error, but this text does not hold the line that says why',
    hint: "give it the daemon's log: journalctl -u docker -n 200 --no-pager | dockerd-config explain (or /var/log/docker.log)",
    dockerd: exited.raw.trim(),
    fixable: false,
  };
}
