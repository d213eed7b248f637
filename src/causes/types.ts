import type { DiagnosticId } from '../diagnostics/types.js';
import type { Said } from '../i18n/said.js';

/** Who wrote a log line: dockerd itself, systemd about the unit, containerd, or anything else. */
export type LogSource = 'dockerd' | 'systemd' | 'containerd' | 'other';

/** logrus levels, normalised ("warn" → "warning", "ERRO" → "error"). */
export type LogLevel = 'trace' | 'debug' | 'info' | 'warning' | 'error' | 'fatal' | 'panic';

/** One line of a journal, /var/log/docker.log or pasted text. Credentials are already masked. */
export interface LogEntry {
  source: LogSource;
  /** The process id from "dockerd[499]:" when the line has one. */
  pid?: number;
  /** Set for logrus lines; undefined for the unformatted lines dockerd prints when it exits. */
  level?: LogLevel;
  /** The message: logrus's msg="…" unquoted, or the text after the journal prefix. */
  msg: string;
  /** logrus fields other than time, level and msg (error="…", module=grpc, config-file=…). */
  fields?: Readonly<Record<string, string>>;
  /** The whole line as given (masked). */
  raw: string;
  /** 1-based */
  lineNo: number;
}

/** Why dockerd failed, in words, with what to do about it. */
export interface Cause {
  id: DiagnosticId;
  /** What went wrong, plain English, naming the file and key when the line does. */
  message: string;
  /** What to do: a concrete command or edit. */
  hint: string;
  /** `message` and `hint` as catalogue sentences, for the reader's language. */
  says: Said;
  hintSays: Said;
  /** The daemon.json key involved. */
  setting?: string;
  /** The configuration file the line names (or the one we were told about). */
  file?: string;
  /** dockerd's own words: the line classified, credentials masked. */
  dockerd: string;
  /** One of our commands (repair, rollback, set/unset, host add) can fix it. */
  fixable: boolean;
}
