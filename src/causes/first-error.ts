// Which line explains why dockerd did not start: dockerd's first error of the last start that
// failed (the first of an automatic restart chain), never systemd's "it failed" lines. Pure.
import { splitAttempts, isExitLine, type Attempt } from './attempts.js';
import { classifyEntry } from './classify.js';
import { parseLog } from './log-lines.js';
import type { LogEntry } from './types.js';

/** level=error lines that happen while a daemon runs, not while it fails to start. */
const RUNTIME_NOISE =
  /^(Handler for |Error getting v2 registry|Not continuing with pull|Attempting next endpoint|stream copy error|Failed to get event|Error while processing event|Error replicating health state|failed to process event)/;

const known = (e: LogEntry): boolean => {
  const cause = classifyEntry(e);
  return cause !== undefined && cause.id !== 'daemon-start-failed';
};

/** The first line we can explain, else the first line. */
const preferKnown = (lines: readonly LogEntry[]): LogEntry | undefined => lines.find(known) ?? lines[0];

function errorOf(attempt: Attempt): LogEntry | undefined {
  const exit = attempt.entries.filter(isExitLine);
  if (exit.length > 0) return preferKnown(exit);
  if (attempt.started && !attempt.exitFailed) return undefined;
  if (attempt.stopping && !attempt.exitFailed) return undefined;
  return preferKnown(attempt.entries.filter((e) => e.level === 'error' && !RUNTIME_NOISE.test(e.msg)));
}

export interface FirstError {
  entry: LogEntry;
  /** A later start in the same log succeeded: the failure is history. */
  laterStarted: boolean;
}

/** The line that explains the last failed start, from parsed entries. */
export function findFirstError(entries: readonly LogEntry[]): FirstError | undefined {
  const attempts = splitAttempts(entries);
  let last = -1;
  for (let i = attempts.length - 1; i >= 0 && last < 0; i--) if (errorOf(attempts[i]!)) last = i;
  if (last < 0) return undefined;
  // Walk back through systemd's automatic restarts: the first of them is the one that matters.
  let first = last;
  while (first > 0 && attempts[first]!.chained && errorOf(attempts[first - 1]!)) first--;
  return {
    entry: errorOf(attempts[first]!)!,
    laterStarted: attempts.slice(last + 1).some((a) => a.started),
  };
}

/** dockerd's line that says why it did not start, or undefined when no start failed. */
export function firstDaemonError(text: string): LogEntry | undefined {
  return findFirstError(parseLog(text))?.entry;
}

const START_LIMIT =
  /Start request repeated too quickly|Failed with result '(service-)?start-limit-hit'|Result[:=] ?start-limit-hit|start of the service was attempted too often/;
const STARTED = /^Started (docker|Docker)|^(Daemon has completed initialization|API listen on )/;

/** systemd's line saying it gave up starting docker (start-limit-hit), unless it started it since. */
export function startLimitEntry(entries: readonly LogEntry[]): LogEntry | undefined {
  let hit: LogEntry | undefined;
  for (const e of entries) {
    // Never dockerd's own words, whoever the line is attributed to (a pasted `systemctl` answer has no prefix).
    if (START_LIMIT.test(e.msg)) hit ??= e;
    else if (STARTED.test(e.msg)) hit = undefined;
  }
  return hit;
}

/** systemd refuses to start docker until `systemctl reset-failed`. */
export const startLimitHit = (text: string): boolean => startLimitEntry(parseLog(text)) !== undefined;
