import { hint, messageOf } from '../diagnostics/say.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { said, type Said } from '../i18n/said.js';
import { readShellEnvFile, type ShellAssignment } from './env/shell-env-file.js';
import { splitShellFields, splitSystemdValue } from './env/split-words.js';
import { parseSystemdEnvFile, systemdEnvVars, type SystemdEnvEntry } from './env/systemd-env-file.js';
import type { TracedWord } from './env/traced.js';
import { maskCredentials } from '../diagnostics/redact.js';
import { detectEol, positionAt } from './text-position.js';

/**
 * /etc/default/docker: two programs read it. sysvinit's /etc/init.d/docker sources it with
 * /bin/sh and passes an unquoted $DOCKER_OPTS to dockerd; Debian's docker.service reads it with
 * systemd's EnvironmentFile= parser and splits $DOCKER_OPTS its own way. We read it both ways,
 * say when they disagree, and edit only the value of the assignment that counts.
 */

export const DOCKER_OPTS = 'DOCKER_OPTS';

/** A word of the variable's value, with where it starts in the file (line/column 0 when it came from elsewhere). */
export interface EnvWord {
  value: string;
  offset: number;
  line: number;
  column: number;
}

export type EnvQuoting = 'double' | 'single' | 'none' | 'mixed';

export interface ShellReading {
  assignment: ShellAssignment;
  line: number;
  column: number;
  quoting: EnvQuoting;
  /** $DOCKER_OPTS split as the init script's unquoted expansion splits it; undefined when not knowable offline. */
  words: EnvWord[] | undefined;
}

export interface SystemdReading {
  entry: SystemdEnvEntry;
  line: number;
  column: number;
  /** $DOCKER_OPTS split as systemd splits a standalone `$VAR` on ExecStart=. */
  words: EnvWord[];
}

export interface EnvFileReading {
  path: string;
  name: string;
  /** What `/bin/sh` ends with: the last assignment that sticks. An edit changes this one. */
  sh?: ShellReading;
  /** What systemd's EnvironmentFile= ends with. */
  systemd?: SystemdReading;
  /** env-file-syntax: the two readers disagree, or sh cannot source the file. */
  diagnostics: Diagnostic[];
}

export interface ReadEnvFileOptions {
  /** The variable: DOCKER_OPTS (Debian), OPTIONS (Red Hat's /etc/sysconfig/docker). */
  name?: string;
  /** Variables set before the file is sourced (the init script sets DOCKER_OPTS= first). */
  shDefaults?: Readonly<Record<string, string>>;
}

function toEnvWords(text: string, words: readonly TracedWord[]): EnvWord[] {
  return words.map((w) =>
    w.offset >= 0
      ? { value: w.value, offset: w.offset, ...positionAt(text, w.offset) }
      : { value: w.value, offset: -1, line: 0, column: 0 },
  );
}

function quotingOf(raw: string): EnvQuoting {
  if (raw === '') return 'none';
  if (/^"[^"\\$`]*"$/.test(raw)) return 'double';
  if (/^'[^']*'$/.test(raw)) return 'single';
  return /["'\\]/.test(raw) ? 'mixed' : 'none';
}

/** The raw value's range; a CR before the line's LF belongs to the line ending, not to the value we edit. */
function valueRange(text: string, a: ShellAssignment): { start: number; end: number } {
  const end = text[a.valueEnd - 1] === '\r' && text[a.valueEnd] === '\n' ? a.valueEnd - 1 : a.valueEnd;
  return { start: a.valueStart, end: Math.max(a.valueStart, end) };
}

const sameWords = (a: readonly EnvWord[] | undefined, b: readonly EnvWord[] | undefined): boolean =>
  a !== undefined && b !== undefined && a.length === b.length && a.every((w, i) => w.value === b[i]?.value);

const show = (words: readonly EnvWord[] | undefined): string | Said =>
  words === undefined
    ? said('files.envFile.unknownWords')
    : maskCredentials(`[${words.map((w) => JSON.stringify(w.value)).join(', ')}]`);

/** Reads `name` (DOCKER_OPTS) from an env file both ways; see EnvFileReading. */
export function readEnvFile(text: string, path: string, options: ReadEnvFileOptions = {}): EnvFileReading {
  const name = options.name ?? DOCKER_OPTS;
  const shell = readShellEnvFile(text, options.shDefaults ?? {});
  const entries = parseSystemdEnvFile(text);
  const reading: EnvFileReading = { path, name, diagnostics: [] };

  const assignment = shell.assignments.filter((a) => a.name === name && a.persistent).at(-1);
  if (assignment) {
    const range = valueRange(text, assignment);
    reading.sh = {
      assignment,
      ...positionAt(text, assignment.nameOffset),
      quoting: quotingOf(text.slice(range.start, range.end)),
      // sh stops at an unclosed quote with a syntax error: nothing after it is known.
      words:
        assignment.value && shell.unterminatedQuote === undefined
          ? toEnvWords(text, splitShellFields(assignment.value))
          : undefined,
    };
  }
  const entry = systemdEnvVars(entries).get(name);
  if (entry)
    reading.systemd = {
      entry,
      ...positionAt(text, entry.offset),
      words: toEnvWords(text, splitSystemdValue(entry.value)),
    };

  const problem = disagreement(text, reading, shell.assignments, entries, shell.unterminatedQuote);
  if (problem) reading.diagnostics.push(problem);
  return reading;
}

/** Parts joined one by one, so that each language joins them its own way ("a, b" / "a、b"). */
function joined(
  parts: readonly (string | Said)[],
  key: 'files.list.comma' | 'files.list.semicolon',
): string | Said | undefined {
  return parts.reduce<string | Said | undefined>(
    (first, next) => (first ? said(key, { first, next }) : next),
    undefined,
  );
}

interface Reason {
  text: Said;
  /** Bites even when today's words agree (sysvinit globbing, older systemd versions). */
  latent?: boolean;
}

/** Why the two readers may end up with different words, as short clauses. */
function disagreementReasons(
  text: string,
  reading: EnvFileReading,
  all: readonly ShellAssignment[],
  entries: readonly SystemdEnvEntry[],
): Reason[] {
  const { name, sh, systemd } = reading;
  const reasons: Reason[] = [];
  const a = sh?.assignment;
  const raw = a ? text.slice(a.valueStart, a.valueEnd) : '';
  if (entries.some((e) => !e.valid && new RegExp(`^export\\s+${name}$`).test(e.name))) {
    reasons.push({ text: said('files.envFile.exportIgnored', { name }) });
  }
  if (all.some((x) => x.name === name && !x.persistent))
    reasons.push({ text: said('files.envFile.beforeCommand', { name }) });
  if (all.some((x) => x.name === name && x.conditional)) reasons.push({ text: said('files.envFile.shellLogic') });
  const dynamic = a && joined(a.dynamic, 'files.list.comma');
  if (dynamic) reasons.push({ text: said('files.envFile.commands', { commands: dynamic }) });
  const refs = new Set(a?.segments.flatMap((seg) => (seg.kind === 'param' ? [`$${seg.name}`] : [])));
  if (refs.size > 0) reasons.push({ text: said('files.envFile.expands', { variables: [...refs].join(', ') }) });
  if (raw.includes('\\')) reasons.push({ text: said('files.envFile.backslashes') });
  if (systemd?.entry.value.text.includes('\n')) reasons.push({ text: said('files.envFile.multiline'), latent: true });
  if (a?.value && /["']/.test(a.value.text)) reasons.push({ text: said('files.envFile.quotes', { name }) });
  if (sh?.words?.some((w) => /[*?[]/.test(w.value)))
    reasons.push({ text: said('files.envFile.globs', { name }), latent: true });
  if (text.includes('\r\n')) reasons.push({ text: said('files.envFile.crlf') });
  if (new RegExp(`^[ \\t]*[#;].*\\\\\\r?\\n[ \\t]*(export[ \\t]+)?${name}=`, 'm').test(text)) {
    reasons.push({ text: said('files.envFile.commentContinues'), latent: true });
  }
  if (sh && systemd && sh.line !== systemd.line && reasons.length === 0) {
    reasons.push({ text: said('files.envFile.differentLines', { sh: sh.line, systemd: systemd.line }) });
  }
  return reasons;
}

/** The warning, with the hint every disagreement shares. */
function envSyntaxWarning(reading: EnvFileReading, at: { line: number; column: number }, problem: Said): Diagnostic {
  const { path, name } = reading;
  return {
    id: 'env-file-syntax',
    severity: 'warning',
    ...messageOf(problem),
    file: path,
    ...at,
    source: { kind: 'env-file', path, line: at.line },
    key: name,
    ...hint('files.envFile.hint.oneLine', { name }),
    fixable: false,
  };
}

function disagreement(
  text: string,
  reading: EnvFileReading,
  all: readonly ShellAssignment[],
  entries: readonly SystemdEnvEntry[],
  unterminated: number | undefined,
): Diagnostic | undefined {
  const { name, path, sh, systemd } = reading;
  if (unterminated !== undefined) {
    const at = positionAt(text, unterminated);
    return envSyntaxWarning(reading, at, said('files.envFile.openQuote', { where: `${path}:${at.line}:${at.column}` }));
  }
  // No assignment: the variable keeps its default, empty for both readers.
  const shWords = sh ? sh.words : [];
  const sdWords = systemd?.words ?? [];
  const reasons = disagreementReasons(text, reading, all, entries);
  if (sameWords(shWords, sdWords) && !reasons.some((r) => r.latent)) return undefined;
  const where = sh ?? systemd;
  const at = where ? { line: where.line, column: where.column } : { line: 1, column: 1 };
  // The clauses joined one by one, so that each language joins them its own way.
  const why = joined(
    reasons.map((r) => r.text),
    'files.list.semicolon',
  );
  return envSyntaxWarning(
    reading,
    at,
    said('files.envFile.readDifferently', {
      where: `${path}:${at.line}`,
      name,
      why: why ?? said('files.envFile.splitDifferently'),
      sh: show(shWords),
      systemd: show(sdWords),
    }),
  );
}

export type EnvFileEditResult =
  | { ok: true; text: string; changed: boolean }
  | {
      ok: false;
      reason: 'unrepresentable' | 'control-character' | 'systemd-comment';
      word: string;
      says: Said;
      hint?: Said;
    };

/**
 * The words dockerd gets from the file under this service manager: the init script sources it
 * with sh (a trailing `# comment` is a comment), systemd reads it its own way.
 */
export function wordsDockerdGets(reading: EnvFileReading, manager: string): EnvWord[] | undefined {
  return manager === 'sysvinit' ? reading.sh?.words : (reading.systemd?.words ?? reading.sh?.words);
}

/**
 * A character no value of DOCKER_OPTS can carry: sh drops NUL, systemd refuses an assignment with
 * a control character, and a lone surrogate is not UTF-8. Returns the character, or undefined.
 */
export function uncarriable(word: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u.exec(
    word,
  )?.[0];
}

/** U+0000 as a reader can see it (the character itself is invisible or dropped by terminals). */
export const codePointName = (c: string): string =>
  `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** `# comment` after the value on the assignment's line: sh ignores it, systemd reads it as part of the value. */
function trailingComment(text: string, a: ShellAssignment): string | undefined {
  const eol = text.indexOf('\n', a.valueEnd);
  return /^[ \t]+(#.*?)\r?$/.exec(text.slice(a.valueEnd, eol === -1 ? text.length : eol))?.[1];
}

/** Characters safe in an unquoted value for both readers. */
const PLAIN = /^[A-Za-z0-9_@%+=:,./-]*$/;
/** A word both readers split out of "…" unchanged: no blanks, quotes, backslashes, $ or backticks. */
const REPRESENTABLE = /^[^\s"'\\$`]+$/;

function renderValue(value: string, quoting: EnvQuoting): string {
  if (quoting === 'single') return `'${value}'`;
  if (quoting === 'none' && PLAIN.test(value)) return value;
  return `"${value}"`;
}

/**
 * Sets `name` (DOCKER_OPTS) to exactly these words. Only the value of the assignment sh ends with
 * changes, keeping its quoting (an unquoted value gets double quotes when it needs them); every
 * other byte stays. Without an assignment a line is appended at the end. A word that cannot be
 * written so that sh and systemd both read it back unchanged is refused.
 */
export function setEnvFileWords(
  text: string | null,
  words: readonly string[],
  options: { name?: string; readBySystemd?: boolean } = {},
): EnvFileEditResult {
  const name = options.name ?? DOCKER_OPTS;
  // First, and by name: the control character itself is invisible in the word we show.
  for (const word of words) {
    const c = uncarriable(word);
    if (c === undefined) continue;
    return {
      ok: false,
      reason: 'control-character',
      word,
      says: said('change.meaning.controlChar', {
        word: maskCredentials(JSON.stringify(word)),
        name,
        char: codePointName(c),
      }),
      hint: said('change.meaning.hint.controlChar', { name }),
    };
  }
  const bad = words.find((w) => !REPRESENTABLE.test(w));
  if (bad !== undefined) {
    return {
      ok: false,
      reason: 'unrepresentable',
      word: bad,
      says: said('files.envFile.unrepresentable', { word: maskCredentials(JSON.stringify(bad)), name }),
    };
  }
  const value = words.join(' ');
  const original = text ?? '';
  const sh = readEnvFile(original, '', { name }).sh;
  const comment = sh && trailingComment(original, sh.assignment);
  if (sh && comment !== undefined && options.readBySystemd) {
    // sh stops at the comment; systemd's EnvironmentFile= does not, and would glue it to our last word.
    const at = positionAt(original, sh.assignment.nameOffset);
    return {
      ok: false,
      reason: 'systemd-comment',
      word: comment,
      says: said('change.meaning.systemdComment', { line: at.line, name, comment: maskCredentials(comment) }),
      hint: said('change.meaning.hint.systemdComment', { name }),
    };
  }
  if (sh) {
    const { start: valueStart, end: valueEnd } = valueRange(original, sh.assignment);
    const quoting = sh.quoting === 'mixed' ? 'double' : sh.quoting;
    const current = original.slice(valueStart, valueEnd);
    const wanted = renderValue(value, quoting);
    // Same words already (e.g. only the spacing differs): keep the file as it is.
    if (
      current === wanted ||
      (sh.words !== undefined && sh.words.map((w) => w.value).join(' ') === value && sh.quoting !== 'mixed')
    ) {
      return { ok: true, text: original, changed: false };
    }
    const next = original.slice(0, valueStart) + wanted + original.slice(valueEnd);
    return { ok: true, text: next, changed: true };
  }
  const eol = detectEol(original);
  const separator = original === '' || original.endsWith('\n') ? '' : eol;
  return { ok: true, text: `${original}${separator}${name}=${renderValue(value, 'double')}${eol}`, changed: true };
}
