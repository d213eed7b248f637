// Log text → the line that explains a failed start, its cause, and whether systemd gave up; and
// apart from that, the errors of docker's client commands (pull, push, login) the text holds.
import { said } from '../i18n/said.js';
import { classifyClientError, classifyEntry, sentences, type ClassifyContext } from './classify.js';
import { splitDockerdError } from './dockerd-error.js';
import { findFirstError, startLimitEntry } from './first-error.js';
import { entryText, parseLog } from './log-lines.js';
import type { Cause, LogEntry } from './types.js';

export interface ClientError {
  entry: LogEntry;
  cause: Cause;
}

export interface LogExplanation {
  /** dockerd's line that says why it did not start. */
  firstError?: LogEntry;
  /** Whose words the cause's `dockerd` quotes: systemd's, when the text has no line of dockerd's. */
  quoting?: 'dockerd' | 'systemd' | 'init-script';
  /** What it means; the start limit when no dockerd line is there (a refused restart). */
  cause?: Cause;
  /** systemd refuses to start docker until `systemctl reset-failed`. */
  startLimitHit: boolean;
  /** A start after that failure succeeded (the log goes on past it). */
  laterStarted: boolean;
  /** Errors of docker's client commands, the first of each kind: about a pull, never about dockerd's start. */
  clientErrors: ClientError[];
  /** Some of the text is a log of dockerd, systemd or containerd, or a docker error we know. */
  recognised: boolean;
}

const signedByDockerd = (e: LogEntry): boolean =>
  e.source === 'dockerd' && (e.pid !== undefined || e.level !== undefined);

/**
 * Is a line no rule knows dockerd's own? Only when something says so: its journal pid, a logrus
 * level, one of dockerd's prefixes, or dockerd's lines around it. Else it is anybody's words ("ok",
 * a script's output, `docker pull`'s progress), and calling it a failed start would be untrue.
 */
function dockerdSaidIt(entry: LogEntry, entries: readonly LogEntry[]): boolean {
  if (entry.pid !== undefined || entry.level !== undefined) return true;
  const error = splitDockerdError(entryText(entry));
  // "Status: …" is dockerd's only with cobra's ", Code: N"; `docker pull` ends with "Status: Downloaded …".
  const prefixed = (error.phase !== 'other' && error.phase !== 'flags') || error.flag !== undefined;
  if (prefixed || /, Code: \d+$/.test(error.text) || error.detail.startsWith('panic: ')) return true;
  return entries.some(signedByDockerd);
}

// systemd (or systemctl, or an init script) saying that docker did not start.
const SYSTEMD_FAILED =
  /\(code=exited, status=[1-9]\d*\/\w+\)|(Main|Control) process exited, code=exited, status=[1-9]|Failed with result '(exit-code|signal|core-dump|timeout)'|^Job for \S+ failed because|^Failed to start |^\s*Active: failed\b/;
const SYSVINIT_NOT_RUNNING = /^Docker is not running/;
const STARTED = /^Started (docker|Docker)|^(Daemon has completed initialization|API listen on )|^\s*Active: active\b/;
const STATUS_LINE = /^[●×○↻*] \S*docker\S*\.(service|socket)\b|^\s*Active: |^Docker is (not )?running/;

/** About docker's unit: its name, or nothing of another unit's (systemctl status of docker shows no name on its Main PID line). */
function aboutDocker(msg: string): boolean {
  const unit = /(\S+)\.(service|socket)\b/.exec(msg)?.[1];
  if (unit !== undefined) return /docker/.test(unit);
  return /docker/i.test(msg) || /^\s*(Main PID|Process|Active):/.test(msg);
}

const failedStart = (e: LogEntry): boolean =>
  (SYSTEMD_FAILED.test(e.msg) || SYSVINIT_NOT_RUNNING.test(e.msg)) && aboutDocker(e.msg);

/** The service manager says docker did not start, and the text has no line of dockerd's saying why. */
function withoutReason(
  entries: readonly LogEntry[],
): { cause: Cause; laterStarted: boolean; quoting: 'systemd' | 'init-script' } | undefined {
  let last = entries.length - 1;
  while (last >= 0 && !failedStart(entries[last]!)) last--;
  if (last < 0) return undefined;
  // The failure's own lines: those after the last start before it.
  let since = last;
  while (since > 0 && !STARTED.test(entries[since - 1]!.msg)) since--;
  const entry = entries.slice(since).find(failedStart)!;
  const sysvinit = SYSVINIT_NOT_RUNNING.test(entry.msg);
  const cause: Cause = {
    id: 'daemon-start-failed',
    ...sentences(
      said(sysvinit ? 'causes.sysvinit.notRunning' : 'causes.systemd.failed'),
      said(sysvinit ? 'causes.sysvinit.notRunningHint' : 'causes.systemd.failedHint'),
    ),
    dockerd: entry.raw.trim(),
    fixable: false,
  };
  return {
    cause,
    laterStarted: entries.slice(last + 1).some((e) => STARTED.test(e.msg)),
    quoting: sysvinit ? 'init-script' : 'systemd',
  };
}

/** The first error of each kind of docker's client commands in the text. */
function clientErrorsIn(entries: readonly LogEntry[]): ClientError[] {
  const found = new Map<string, ClientError>();
  for (const entry of entries) {
    if (entry.source === 'systemd') continue;
    const cause = classifyClientError(entry);
    if (cause && !found.has(cause.id)) found.set(cause.id, { entry, cause });
  }
  return [...found.values()];
}

export function explainLog(text: string, context: ClassifyContext = {}): LogExplanation {
  const entries = parseLog(text);
  const found = findFirstError(entries);
  const limit = startLimitEntry(entries);
  let cause = found ? classifyEntry(found.entry, context) : undefined;
  if (cause?.id === 'daemon-start-failed' && !dockerdSaidIt(found!.entry, entries)) cause = undefined;
  // A line we do not know, written by nobody we can name (no dockerd[pid], no level), is weaker
  // evidence than systemd saying it gave up: e.g. a script's own output pasted with the journal.
  if (
    cause?.id === 'daemon-start-failed' &&
    limit &&
    found!.entry.pid === undefined &&
    found!.entry.level === undefined
  )
    cause = undefined;
  let evidence = cause ? found?.entry : undefined;
  // Debian's init script's own error is in dockerd's log, but they are the script's words.
  let quoting: LogExplanation['quoting'] = cause?.id === 'service-manager-failed' ? 'init-script' : 'dockerd';
  let laterStarted = found?.laterStarted ?? false;
  if (!cause && limit) {
    // The start limit's line is systemd's, even when pasted without its "systemd[1]:" prefix. The
    // text has no line of dockerd's before it: it may not have failed at all (quick restarts), and
    // if it did, the hint says where its line is.
    const limitCause = classifyEntry({ ...limit, source: 'systemd' }, context);
    if (limitCause) {
      cause = {
        ...limitCause,
        ...sentences(said('causes.systemd.startLimitOnly'), said('causes.systemd.startLimitWhereHint')),
      };
      // In place of a line that was not dockerd's, the limit's line is the evidence (as before).
      if (found) evidence = limit;
      quoting = 'systemd';
    }
  }
  if (!cause) {
    const failed = withoutReason(entries);
    if (failed) ({ cause, laterStarted, quoting } = failed);
  }
  const clientErrors = clientErrorsIn(entries);
  const recognised =
    cause !== undefined ||
    clientErrors.length > 0 ||
    entries.some(
      (e) => signedByDockerd(e) || e.source === 'systemd' || e.source === 'containerd' || STATUS_LINE.test(e.msg),
    );
  return {
    ...(evidence ? { firstError: evidence } : {}),
    ...(cause ? { cause, quoting } : {}),
    startLimitHit: limit !== undefined,
    laterStarted,
    clientErrors,
    recognised,
  };
}
