// One dockerd error line → what went wrong and what to do. Pure.
import { maskCredentials } from '../diagnostics/redact.js';
import { english, isSaid, said, type Said } from '../i18n/said.js';
import { splitDockerdError, type DockerdError } from './dockerd-error.js';
import { entryText, parseLine } from './log-lines.js';
import { clientRules } from './rules/client.js';
import { RULES, type RuleResult } from './rules/index.js';
import { FLAG_PLACES } from './rules/rule.js';
import type { Cause, LogEntry } from './types.js';

export interface ClassifyContext {
  /** The daemon.json in use, named in messages when the line itself names none. */
  file?: string;
}

/** logrus levels that never explain a failure on their own. */
const NOT_AN_ERROR = new Set(['trace', 'debug', 'info', 'warning']);

/** Every string in a sentence's parameters masked: dockerd's words may quote a URL with its password. */
function masked(s: Said): Said {
  if (s.params === undefined) return s;
  const params = Object.fromEntries(
    Object.entries(s.params).map(([k, v]) => [
      k,
      typeof v === 'string' ? maskCredentials(v) : isSaid(v) ? masked(v) : v,
    ]),
  );
  return { key: s.key, params };
}

/** A cause's sentences: the English strings (--json) and the catalogue's, for the reader's language. */
export function sentences(message: Said, hint: Said): Pick<Cause, 'message' | 'hint' | 'says' | 'hintSays'> {
  const says = masked(message);
  const hintSays = masked(hint);
  return { message: english(says), hint: english(hintSays), says, hintSays };
}

/** The rule's hint says where the flag lives already (else we add it). */
const namesFlagPlaces = (hint: Said): boolean => english(hint).includes(english(FLAG_PLACES));

function cause(id: Cause['id'], result: RuleResult, error: DockerdError, context: ClassifyContext): Cause {
  const flag = error.flag;
  const hint =
    flag !== undefined && !namesFlagPlaces(result.hint)
      ? said('causes.flag.valueFrom', { hint: result.hint, flag, places: FLAG_PLACES })
      : result.hint;
  const file = error.file ?? (result.fixable && flag === undefined ? context.file : undefined);
  return {
    id,
    ...sentences(result.message, hint),
    ...(result.setting !== undefined ? { setting: result.setting } : {}),
    ...(file !== undefined ? { file } : {}),
    dockerd: maskCredentials(error.text),
    fixable: result.fixable && flag === undefined,
  };
}

/** No rule knew the line: still say what dockerd said, and where to look. */
function unrecognised(error: DockerdError, file: string): RuleResult {
  if (error.flag !== undefined) {
    return {
      message: said('causes.unknown.flagValue', { flag: error.flag, dockerd: error.detail }),
      hint: said('causes.unknown.flagHint', { places: FLAG_PLACES }),
      fixable: false,
    };
  }
  if (error.phase === 'config' || error.phase === 'validation') {
    return {
      message: said('causes.unknown.fileRefused', { file, dockerd: error.detail }),
      hint: said('causes.unknown.fileHint'),
      fixable: true,
    };
  }
  if (error.detail.startsWith('panic: ')) {
    return {
      message: said('causes.unknown.panic', { dockerd: error.detail }),
      hint: said('causes.unknown.panicHint'),
      fixable: false,
    };
  }
  return {
    message: said('causes.unknown.startFailed', { dockerd: error.text }),
    hint: said('causes.unknown.startFailedHint'),
    fixable: false,
  };
}

/** "--registry-mirror" names "registry-mirrors", "--add-runtime" "runtimes", "--label" "labels". */
function flagSets(flag: string, setting: string): boolean {
  const stem = (name: string): string =>
    name.replace(/^-+/, '').replace(/^add-/, '').replace(/ies$/, 'y').replace(/s$/, '');
  return stem(flag) === stem(setting);
}

/**
 * A docker client command's error (pull, push, login: "Error response from daemon: …", or dockerd's
 * "Attempting next endpoint for pull after error: …") → what it means; undefined for anything else.
 */
export function classifyClientError(entry: Pick<LogEntry, 'msg' | 'fields'>): Cause | undefined {
  const text = entryText(entry);
  for (const rule of clientRules) {
    const match = rule.pattern.exec(text);
    if (!match) continue;
    const result = rule.build(match, text.slice(0, match.index));
    return {
      id: rule.id,
      ...sentences(result.message, result.hint),
      ...(result.setting !== undefined ? { setting: result.setting } : {}),
      dockerd: maskCredentials(text.trim()),
      fixable: result.fixable,
    };
  }
  return undefined;
}

/** Classify an entry already parsed (see classify for a line of text). */
export function classifyEntry(entry: LogEntry, context: ClassifyContext = {}): Cause | undefined {
  if (entry.level !== undefined && NOT_AN_ERROR.has(entry.level)) return undefined;
  const error = splitDockerdError(entryText(entry));
  if (error.text === '') return undefined;
  const file = error.file ?? context.file ?? 'daemon.json';
  const where = error.flag !== undefined ? said('causes.theFlag', { flag: error.flag }) : file;
  const daemonLine = entry.source === 'dockerd' || entry.source === 'containerd';
  for (const rule of RULES) {
    // systemd's lines only ever say that it gave up (the start limit); the rest is dockerd's.
    if (daemonLine === (rule.id === 'start-limit-hit')) continue;
    if (rule.phase !== undefined && rule.phase !== error.phase) continue;
    // A flag's value is no JSON: Go's CSV reader says "EOF" for an empty --default-address-pool too.
    if (error.flag !== undefined && rule.id.startsWith('json-')) continue;
    const match = rule.pattern.exec(error.detail);
    if (!match) continue;
    const result = rule.build({ error, match, file, where });
    // A rule's words fit a flag's value only when that flag is the setting's flag (not --ip's IP as "DNS server").
    if (error.flag !== undefined && result.setting !== undefined && !flagSets(error.flag, result.setting)) break;
    return cause(rule.id, result, error, context);
  }
  if (!daemonLine) return undefined;
  // A pull's, push's or login's error, not wrapped in a start-up prefix: dockerd was running.
  if (error.phase === 'other' && classifyClientError(entry)) return undefined;
  return cause(
    error.flag !== undefined ? 'invalid-flag' : 'daemon-start-failed',
    unrecognised(error, file),
    error,
    context,
  );
}

/**
 * dockerd's error line (a journal or log line, or just the message) → its cause; undefined for
 * a line that is no error (info, warning, systemd's generic lines, blank, a client command's error).
 */
export function classify(line: string, context: ClassifyContext = {}): Cause | undefined {
  const entry = parseLine(line, 1);
  return entry === undefined ? undefined : classifyEntry(entry, context);
}
