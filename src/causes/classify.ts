// One dockerd error line → what went wrong and what to do. Pure.
import { maskCredentials } from '../diagnostics/redact.js';
import { splitDockerdError, type DockerdError } from './dockerd-error.js';
import { entryText, parseLine } from './log-lines.js';
import { RULES, type RuleResult } from './rules/index.js';
import { FLAG_PLACES } from './rules/rule.js';
import type { Cause, LogEntry } from './types.js';

export interface ClassifyContext {
  /** The daemon.json in use, named in messages when the line itself names none. */
  file?: string;
}

/** logrus levels that never explain a failure on their own. */
const NOT_AN_ERROR = new Set(['trace', 'debug', 'info', 'warning']);

/** "…: bad value.." → "…: bad value." — dockerd's own text may end a sentence already. */
const tidy = (s: string): string => maskCredentials(s.replace(/([.!?])\.$/, '$1').replace(/:\s*\.$/, '.'));

function cause(id: Cause['id'], result: RuleResult, error: DockerdError, context: ClassifyContext): Cause {
  const fromFlag = error.flag !== undefined;
  const hint =
    fromFlag && !result.hint.includes(FLAG_PLACES)
      ? `${result.hint} The value comes from the ${error.flag} flag: change it in ${FLAG_PLACES}.`
      : result.hint;
  const file = error.file ?? (result.fixable && !fromFlag ? context.file : undefined);
  return {
    id,
    message: tidy(result.message),
    hint: tidy(hint),
    ...(result.setting !== undefined ? { setting: result.setting } : {}),
    ...(file !== undefined ? { file } : {}),
    dockerd: maskCredentials(error.text),
    fixable: result.fixable && !fromFlag,
  };
}

/** No rule knew the line: still say what dockerd said, and where to look. */
function unrecognised(error: DockerdError, file: string): RuleResult {
  if (error.flag !== undefined) {
    return {
      message: `The dockerd flag ${error.flag} has an invalid value: ${error.detail}.`,
      hint: `Fix it in ${FLAG_PLACES}.`,
      fixable: false,
    };
  }
  if (error.phase === 'config' || error.phase === 'validation') {
    return {
      message: `dockerd refused ${file}: ${error.detail}.`,
      hint: 'Fix the setting the message names, or undo the last change (`dockerd-config rollback`); `dockerd-config validate` checks the file offline.',
      fixable: true,
    };
  }
  if (error.detail.startsWith('panic: ')) {
    return {
      message: `dockerd crashed: ${error.detail}.`,
      hint: 'Read the lines after it (the stack trace) and report it upstream with `dockerd --version`.',
      fixable: false,
    };
  }
  return {
    message: `dockerd failed to start: ${error.text}.`,
    hint: 'Read the lines around it (`journalctl -u docker`, or /var/log/docker.log); if it began with a configuration change, `dockerd-config rollback` undoes it.',
    fixable: false,
  };
}

/** "--registry-mirror" names "registry-mirrors", "--add-runtime" "runtimes", "--label" "labels". */
function flagSets(flag: string, setting: string): boolean {
  const stem = (name: string): string =>
    name.replace(/^-+/, '').replace(/^add-/, '').replace(/ies$/, 'y').replace(/s$/, '');
  return stem(flag) === stem(setting);
}

/** Classify an entry already parsed (see classify for a line of text). */
export function classifyEntry(entry: LogEntry, context: ClassifyContext = {}): Cause | undefined {
  if (entry.level !== undefined && NOT_AN_ERROR.has(entry.level)) return undefined;
  const error = splitDockerdError(entryText(entry));
  if (error.text === '') return undefined;
  const file = error.file ?? context.file ?? 'daemon.json';
  const where = error.flag !== undefined ? `the ${error.flag} flag` : file;
  const daemonLine = entry.source === 'dockerd' || entry.source === 'containerd';
  for (const rule of RULES) {
    // systemd's lines only ever say that it gave up (the start limit); the rest is dockerd's.
    if (daemonLine === (rule.id === 'start-limit-hit')) continue;
    if (rule.phase !== undefined && rule.phase !== error.phase) continue;
    const match = rule.pattern.exec(error.detail);
    if (!match) continue;
    const result = rule.build({ error, match, file, where });
    // A rule's words fit a flag's value only when that flag is the setting's flag (not --ip's IP as "DNS server").
    if (error.flag !== undefined && result.setting !== undefined && !flagSets(error.flag, result.setting)) break;
    return cause(rule.id, result, error, context);
  }
  if (!daemonLine) return undefined;
  return cause(
    error.flag !== undefined ? 'invalid-flag' : 'daemon-start-failed',
    unrecognised(error, file),
    error,
    context,
  );
}

/**
 * dockerd's error line (a journal or log line, or just the message) → its cause; undefined for
 * a line that is no error (info, warning, systemd's generic lines, blank).
 */
export function classify(line: string, context: ClassifyContext = {}): Cause | undefined {
  const entry = parseLine(line, 1);
  return entry === undefined ? undefined : classifyEntry(entry, context);
}
