// Log text → entries: journalctl (short, short-iso, short-precise, short-full, short-monotonic,
// short-unix, cat), systemctl status, /var/log/docker.log, or whatever a user pasted. Pure.
import { maskCredentials } from '../diagnostics/redact.js';
import { keyValues, parseBody } from './logrus.js';
import type { LogEntry, LogSource } from './types.js';

const STAMP = [
  String.raw`[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d(?:\.\d+)?`, // short, short-precise
  String.raw`\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?`, // short-iso, rsyslog
  String.raw`[A-Z][a-z]{2} \d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+`, // short-full
  String.raw`\[\s*\d+\.\d+\]`, // short-monotonic
  String.raw`\d{9,}\.\d+`, // short-unix
].join('|');

/** "<stamp> <host> <ident>[<pid>]: <message>" */
const JOURNAL = new RegExp(String.raw`^(?:${STAMP}) \S+ ([^\s\[\]:]+)(?:\[(\d+)\])?: ?(.*)$`);

function sourceOfIdent(ident: string): LogSource {
  if (/^(dockerd(-current|-rootless\.sh)?|docker|docker\.dockerd)$/.test(ident)) return 'dockerd';
  if (ident === 'systemd') return 'systemd';
  if (/^(docker-)?containerd$/.test(ident)) return 'containerd';
  return 'other';
}

/** What systemd logs about a unit, as `journalctl -o cat` shows it (no ident to go by). */
const SYSTEMD_MESSAGE =
  /^(\S+\.(service|socket): |(Starting|Started|Stopping|Stopped|Failed to start|Reloading|Reloaded|Listening on|Closed|Condition check resulted in) .*\.$)/;

/** Lines around the log that are not log lines: journal markers, systemctl's output, prompts. */
const NOT_A_LOG_LINE = new RegExp(
  [
    String.raw`^-- .* --$`, // journal markers
    String.raw`^░░`, // journalctl -x catalog
    String.raw`^\s*(Loaded|Active|Docs|Main PID|Process|Tasks|Memory|CPU|CGroup|TriggeredBy|Triggers|Drop-In|Duration|Invocation|IO|Mem peak|Listen|Warning|Notice|Hint):`,
    String.raw`^\s*Status: "`, // systemctl status; dockerd's own "Status: unknown flag" stays
    String.raw`^[●×○↻*] \S+\.(service|socket)\b`, // systemctl status header
    String.raw`^\s+[└├│]`, // cgroup tree, drop-in list
    String.raw`^(Job for \S+ failed|See "systemctl status|To force a start use|followed by "systemctl start)`,
    String.raw`^(Starting|Stopping|Restarting|Reloading) Docker\b.*: `, // sysvinit / OpenRC
    String.raw`^\s?\* (Starting|Stopping|Docker)`, // OpenRC
    String.raw`^Docker is (not )?running`,
    String.raw`^[$#] `, // a pasted shell prompt
    String.raw`^(#{2,}|={2,}|-{3,})`, // headings and rules around pasted text
    String.raw`^\d+$`,
  ].join('|'),
);

function unprefixedSource(text: string, hasLevel: boolean): LogSource {
  if (hasLevel) return 'dockerd';
  // Indented text is a pasted report (docker info, systemctl status), never dockerd's exit line.
  if (NOT_A_LOG_LINE.test(text) || /^\s/.test(text)) return 'other';
  if (SYSTEMD_MESSAGE.test(text)) return 'systemd';
  // The docker client's report of an API error: dockerd was up to answer, this is no exit line.
  if (/^(docker: )?Error response from daemon: /.test(text)) return 'other';
  // Only key=value words (a script's "rc=1"): dockerd's own lines always have a level or prose.
  if (/=/.test(text) && keyValues(text).complete) return 'other';
  return 'dockerd';
}

/** Most lines hold no "user:password@"; skip the masking regex for them (journals are long). */
const mask = (text: string): string => (text.includes('@') ? maskCredentials(text) : text);

/** One line → an entry (undefined for a blank line). */
export function parseLine(line: string, lineNo: number): LogEntry | undefined {
  const raw = mask(line.replace(/\r$/, ''));
  if (raw.trim() === '') return undefined;
  const journal = JOURNAL.exec(raw);
  const text = journal ? journal[3]! : raw;
  const identSource = journal ? sourceOfIdent(journal[1]!) : undefined;
  const body = identSource === 'systemd' || identSource === 'other' ? { msg: text } : parseBody(text);
  const source = identSource ?? unprefixedSource(text, body.level !== undefined);
  const pid = journal?.[2] !== undefined ? Number(journal[2]) : undefined;
  return {
    source,
    ...(pid !== undefined ? { pid } : {}),
    ...(body.level !== undefined ? { level: body.level } : {}),
    msg: mask(body.msg),
    ...(body.fields ? { fields: Object.fromEntries(Object.entries(body.fields).map(([k, v]) => [k, mask(v)])) } : {}),
    raw,
    lineNo,
  };
}

/** Every non-blank line, in order. */
export function parseLog(text: string): LogEntry[] {
  const entries = text.split('\n').flatMap((line, i) => parseLine(line, i + 1) ?? []);
  // A pasted `$ docker pull …` is followed by the docker client's output ("Using default tag:
  // latest", "Status: Downloaded …"), not by dockerd's unformatted exit line: until the next
  // prompt or heading, a line without a level or a journal prefix is the client's.
  let client = false;
  for (const e of entries) {
    if (PROMPT.test(e.raw) || /^(#{2,}|={2,}|-{3,})/.test(e.raw)) client = DOCKER_CLIENT.test(e.raw);
    else if (client && e.source === 'dockerd' && e.level === undefined && e.pid === undefined) e.source = 'other';
  }
  return entries;
}

const PROMPT = /^[$#] /;
/** `$ docker …` or `$ sudo docker …`, the client (not dockerd, nor a command reading its log). */
const DOCKER_CLIENT = /^[$#] (sudo )?docker(\s|$)/;

/**
 * The words to classify: the message, and the error field when there is one — dockerd 28+ logs
 * `msg="Error reloading configuration" error="…"`, so the message alone says too little.
 */
export function entryText(entry: Pick<LogEntry, 'msg' | 'fields'>): string {
  const error = entry.fields?.error;
  return error !== undefined && error !== '<nil>' && error !== '' ? `${entry.msg}: ${error}` : entry.msg;
}
