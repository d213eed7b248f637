// What became of a SIGHUP reload, from dockerd's log. Pure.
//   20.10–27: msg="Got signal to reload configuration, reloading from: F" … msg="Reloaded configuration: {…}"
//             errors: msg="unable to configure … file F: …", msg="file configuration validation failed…",
//                     msg="Error reconfiguring the daemon: …"
//   28+:      msg="Got signal to reload configuration" config-file=F … msg="Reloaded configuration" config="{…}"
//             errors: msg="Error reloading configuration" error="…", msg="Error reconfiguring the daemon" error="…"
//             and "Reloaded configuration" is logged even after an apply error.
import { classifyEntry, type ClassifyContext } from './classify.js';
import { entryText, parseLog } from './log-lines.js';
import type { Cause, LogEntry } from './types.js';

export type ReloadOutcome =
  | 'success'
  | 'file-error' // the file was not accepted: nothing changed
  | 'apply-error' // the file was read, applying it failed (before 25.0 maybe half applied)
  | 'pending' // the signal was seen, no result yet
  | 'not-found'; // no reload in this log

export interface ReloadResult {
  outcome: ReloadOutcome;
  /** The error line (or the success line). */
  entry?: LogEntry;
  /** For an error: what it means. */
  cause?: Cause;
}

const SIGNAL = /^Got signal to reload configuration/;
const FILE_ERROR =
  /^(unable to configure the Docker daemon with file |file configuration validation failed|Error reloading configuration)/;
const APPLY_ERROR = /^(Error reconfiguring the daemon|Error validating authorization plugin)/;
const SUCCESS = /^Reloaded configuration/;

export function reloadOutcome(text: string, context: ClassifyContext = {}): ReloadResult {
  const entries = parseLog(text).filter((e) => e.source === 'dockerd');
  let start = entries.length - 1;
  while (start >= 0 && !SIGNAL.test(entries[start]!.msg)) start--;
  if (start < 0) return { outcome: 'not-found' };
  const after = entries.slice(start + 1);
  const isError = (e: LogEntry): boolean => e.level === 'error' || e.level === 'fatal';
  const failed = (pattern: RegExp): LogEntry | undefined =>
    after.find((e) => (isError(e) || e.level === undefined) && pattern.test(entryText(e)));
  const fileError = failed(FILE_ERROR);
  if (fileError)
    return { outcome: 'file-error', entry: fileError, cause: classifyEntry({ ...fileError, level: 'error' }, context) };
  const applyError = failed(APPLY_ERROR) ?? after.find((e) => e.level === 'fatal');
  if (applyError)
    return {
      outcome: 'apply-error',
      entry: applyError,
      cause: classifyEntry({ ...applyError, level: 'error' }, context),
    };
  const success = after.find((e) => SUCCESS.test(e.msg));
  if (success) return { outcome: 'success', entry: success };
  return { outcome: 'pending' };
}
