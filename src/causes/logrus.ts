// The body of one dockerd log line: logrus's text format (time="…" level=… msg="…" k=v), its
// terminal format (INFO[0000] msg   k=v), its JSON format, or an unformatted line. Pure.
import type { LogLevel } from './types.js';

export interface LogBody {
  level?: LogLevel;
  msg: string;
  fields?: Record<string, string>;
}

const LEVELS: Record<string, LogLevel> = {
  trace: 'trace',
  trac: 'trace',
  debug: 'debug',
  debu: 'debug',
  info: 'info',
  warn: 'warning',
  warning: 'warning',
  error: 'error',
  erro: 'error',
  fatal: 'fatal',
  fata: 'fatal',
  panic: 'panic',
  pani: 'panic',
};

const levelOf = (word: string): LogLevel | undefined => LEVELS[word.toLowerCase()];

const SIMPLE_ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  '"': '"',
  "'": "'",
};

/** Go's strconv.Unquote for a "…" literal (logrus quotes values with %q); lenient on bad escapes. */
export function goUnquote(quoted: string): string {
  const body = quoted.startsWith('"') && quoted.endsWith('"') && quoted.length >= 2 ? quoted.slice(1, -1) : quoted;
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3}|.)/g, (all, esc: string) => {
    const simple = SIMPLE_ESCAPES[esc];
    if (simple !== undefined) return simple;
    if (/^[xuU]/.test(esc)) return String.fromCodePoint(parseInt(esc.slice(1), 16));
    if (/^[0-7]{3}$/.test(esc)) return String.fromCodePoint(parseInt(esc, 8));
    return all;
  });
}

/**
 * key=value pairs; a value is bare (up to a space) or a Go-quoted string. Keys are whatever
 * dockerd chose ("graphdriver(s)=overlay2"). `complete` is false when text that is no pair remains.
 */
export function keyValues(text: string): { pairs: Array<[string, string]>; complete: boolean } {
  const pairs: Array<[string, string]> = [];
  const pair = /\s*([^\s="]+)=("(?:[^"\\]|\\.)*"|[^\s"]*)(?=\s|$)/y;
  let at = 0;
  while (at < text.length) {
    pair.lastIndex = at;
    const m = pair.exec(text);
    if (!m) return { pairs, complete: text.slice(at).trim() === '' };
    pairs.push([m[1]!, m[2]!.startsWith('"') ? goUnquote(m[2]!) : m[2]!]);
    at = pair.lastIndex;
  }
  return { pairs, complete: true };
}

function fromPairs(pairs: ReadonlyArray<[string, string]>): LogBody | undefined {
  let level: LogLevel | undefined;
  let msg: string | undefined;
  const fields: Record<string, string> = {};
  for (const [key, value] of pairs) {
    if (key === 'level') level = levelOf(value);
    else if (key === 'msg') msg = value;
    else if (key !== 'time') fields[key] = value;
  }
  if (level === undefined && msg === undefined) return undefined;
  return { level, msg: msg ?? '', ...(Object.keys(fields).length > 0 ? { fields } : {}) };
}

/** INFO[2024-01-01T00:00:00Z] message padded to 44 columns   key=value */
function terminalFormat(text: string): LogBody | undefined {
  const m = /^([A-Z]{4,7})\[[^\]]*\] ?(.*)$/.exec(text);
  const level = m ? levelOf(m[1]!) : undefined;
  if (!m || level === undefined) return undefined;
  const rest = m[2]!;
  // The fields are the longest tail of key=value words; the message is what comes before.
  const words = rest.split(/\s+(?=[^\s="]+=)/);
  for (let i = 1; i < words.length; i++) {
    const tail = keyValues(words.slice(i).join(' '));
    if (tail.complete)
      return { level, msg: words.slice(0, i).join(' ').trim(), fields: Object.fromEntries(tail.pairs) };
  }
  return { level, msg: rest.trim() };
}

function jsonFormat(text: string): LogBody | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const record = value as Record<string, unknown>;
    if (typeof record.msg !== 'string') return undefined;
    const fields: Record<string, string> = {};
    for (const [k, v] of Object.entries(record)) {
      if (k !== 'msg' && k !== 'level' && k !== 'time') fields[k] = typeof v === 'string' ? v : JSON.stringify(v);
    }
    return { level: typeof record.level === 'string' ? levelOf(record.level) : undefined, msg: record.msg, fields };
  } catch {
    return undefined;
  }
}

/** The level, message and fields of a dockerd line; an unformatted line is all message. */
export function parseBody(text: string): LogBody {
  if (/^(time|level)=/.test(text)) {
    const body = fromPairs(keyValues(text).pairs);
    if (body) return body;
  }
  if (text.startsWith('{')) {
    const body = jsonFormat(text);
    if (body) return body;
  }
  return terminalFormat(text) ?? { msg: text };
}
