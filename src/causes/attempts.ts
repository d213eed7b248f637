// A log → dockerd's start attempts: one per dockerd process (by pid in a journal; by the markers
// dockerd and systemd print, in a plain log), with what systemd said about each. Pure.
import { parseLog } from './log-lines.js';
import type { LogEntry } from './types.js';

export interface Attempt {
  entries: LogEntry[];
  pid?: number;
  /** systemd restarted it automatically after the previous attempt failed (Restart=on-failure). */
  chained: boolean;
  /** systemd reported that this process exited with an error. */
  exitFailed: boolean;
  /** dockerd said it is ready (or systemd that the unit started). */
  started: boolean;
  /** An old daemon shutting down (SIGTERM), not a start. */
  stopping: boolean;
  /** dockerd printed its exit line: whatever follows (but more exit lines) is another process. */
  exited: boolean;
}

/** The unformatted lines dockerd prints as it gives up, or logrus's fatal/panic. */
export const isExitLine = (e: LogEntry): boolean =>
  e.source === 'dockerd' &&
  (e.level === undefined ? !PLAIN_NOISE.test(e.msg) : e.level === 'fatal' || e.level === 'panic');

/** Unformatted lines that are not the error: pflag's notices, cobra's usage text. */
const PLAIN_NOISE =
  /^(Flag --\S+ has been deprecated|See '\S+ --help'|A self-sufficient runtime for containers|Options:$|\s+-|Run '\S+ COMMAND --help')/;

const READY = /^(Daemon has completed initialization|API listen on )/;
const STOPPING = /^(Processing signal '|Daemon shutdown complete)/;

const SYSTEMD = {
  restartScheduled: /Scheduled restart job|scheduling restart|hold-off time over/,
  starting: /^Starting (docker|Docker)/,
  started: /^Started (docker|Docker)/,
  exitFailed:
    /Main process exited, code=(exited, status=[1-9]|killed|dumped)|Failed with result '(exit-code|signal|core-dump|timeout)'/,
  chainBroken: /Start request repeated too quickly|^Stopping (docker|Docker)/,
};

function newAttempt(entry: LogEntry, chained: boolean): Attempt {
  return {
    entries: [],
    ...(entry.pid !== undefined ? { pid: entry.pid } : {}),
    chained,
    exitFailed: false,
    started: false,
    stopping: false,
    exited: false,
  };
}

export function splitAttempts(entries: readonly LogEntry[]): Attempt[] {
  const attempts: Attempt[] = [];
  let current: Attempt | undefined;
  let restartScheduled = false;
  let boundary = false;
  for (const entry of entries) {
    if (entry.source === 'systemd') {
      if (SYSTEMD.restartScheduled.test(entry.msg)) restartScheduled = true;
      if (SYSTEMD.chainBroken.test(entry.msg)) restartScheduled = false;
      if (SYSTEMD.starting.test(entry.msg)) boundary = true;
      if (SYSTEMD.started.test(entry.msg) && current) current.started = true;
      if (SYSTEMD.exitFailed.test(entry.msg) && current) current.exitFailed = true;
      continue;
    }
    if (entry.source !== 'dockerd') continue;
    const byPid = entry.pid !== undefined ? attempts.find((a) => a.pid === entry.pid) : undefined;
    const plainBoundary =
      entry.pid === undefined &&
      current !== undefined &&
      current.entries.length > 0 &&
      (boundary || /^Starting up$/.test(entry.msg) || (current.exited && !isExitLine(entry)));
    let attempt = byPid;
    if (!attempt && (current === undefined || entry.pid !== undefined || plainBoundary)) {
      attempt = newAttempt(entry, restartScheduled);
      attempts.push(attempt);
      restartScheduled = false;
    }
    attempt ??= current!;
    boundary = false;
    attempt.entries.push(entry);
    if (READY.test(entry.msg)) attempt.started = true;
    if (STOPPING.test(entry.msg)) {
      attempt.stopping = true;
      // After "Daemon shutdown complete" a plain log's next lines belong to the next process.
      if (/^Daemon shutdown complete/.test(entry.msg) && entry.pid === undefined) attempt.exited = true;
    }
    if (isExitLine(entry)) attempt.exited = true;
    current = attempt;
  }
  return attempts;
}

/**
 * Did a dockerd start in this log (read since before we acted)? An old daemon's shutdown lines do
 * not count, nor containerd's lines that trail them: when the service manager fails before dockerd
 * runs, they are all the log has. A new process says "Starting up", gives up with its exit line,
 * or (in a journal) writes under a pid of its own.
 */
export function dockerdStarted(text: string): boolean {
  const startLine = (e: LogEntry): boolean => /^Starting up$/.test(e.msg) || isExitLine(e);
  return splitAttempts(parseLog(text)).some((a) => {
    if (!a.stopping) return a.started || a.pid !== undefined || a.entries.some(startLine);
    // In a plain log a new process's exit line can follow the old one's last words.
    const end = a.entries.map((e) => /^Daemon shutdown complete/.test(e.msg)).lastIndexOf(true);
    return a.pid === undefined && end >= 0 && a.entries.slice(end + 1).some(startLine);
  });
}
