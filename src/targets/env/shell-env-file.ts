import { said, type Said } from '../../i18n/said.js';
import { lexShell, type Segment, type ShellWord } from './shell-lexer.js';
import { emptyTraced, pushChar, pushTraced, tracedAt, type Traced } from './traced.js';

/** One `NAME=value` as `/bin/sh` runs it when it sources the file. */
export interface ShellAssignment {
  name: string;
  /** Written as `export NAME=…` (or readonly/local). */
  exported: boolean;
  /** False for `NAME=x command`: the variable is set for that command only, not for the script. */
  persistent: boolean;
  /** Inside if/case/a loop: whether it runs depends on the script. */
  conditional: boolean;
  nameOffset: number;
  /** The raw value's range in the file (what an edit replaces). */
  valueStart: number;
  valueEnd: number;
  segments: Segment[];
  /** The value after expansion; undefined when it depends on something only known at run time. */
  value: Traced | undefined;
  /** What could not be evaluated: "command substitution" (in words, said in the reader's language), "${X:-y}" … */
  dynamic: (string | Said)[];
  /** $NAME references to variables that nothing set (they expand to ""). */
  unsetRefs: string[];
}

export interface ShellEnvFile {
  assignments: ShellAssignment[];
  /** Offset of a quote the file never closes (sh fails to source it). */
  unterminatedQuote?: number;
}

const OPENERS = new Set(['if', 'while', 'until', '{', '(']);
const SKIPPED_COMMANDS = new Set(['for', 'case']);
const CLOSERS = new Set(['fi', 'done', 'esac', '}', ')']);
const NEUTRAL = new Set(['then', 'else', 'elif', 'do', '!']);
const DECLARATIONS = new Set(['export', 'readonly', 'local']);

/** The unquoted literal text of a word, when it is nothing else (a reserved word or command name). */
function plainWord(word: ShellWord): string | undefined {
  const [only, ...rest] = word.segments;
  return only?.kind === 'text' && !only.quoted && rest.length === 0 ? only.text : undefined;
}

/** Splits `NAME=value` into its name and the value's segments, if the word is an assignment. */
function asAssignment(
  word: ShellWord,
): { name: string; nameOffset: number; valueStart: number; segments: Segment[] } | undefined {
  const [first, ...rest] = word.segments;
  if (first?.kind !== 'text' || first.quoted) return undefined;
  const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(first.text);
  if (!m?.[1]) return undefined;
  const head = m[0].length;
  const nameOffset = first.at[0] ?? word.start;
  const valueStart = (first.at[head - 1] ?? word.start) + 1;
  const remainder = first.text.slice(head);
  const segments: Segment[] =
    remainder === '' ? rest : [{ kind: 'text', text: remainder, at: first.at.slice(head), quoted: false }, ...rest];
  return { name: m[1], nameOffset, valueStart, segments };
}

type Vars = Map<string, Traced | 'unknown'>;

function evaluate(segments: readonly Segment[], vars: Vars): Pick<ShellAssignment, 'value' | 'dynamic' | 'unsetRefs'> {
  const value = emptyTraced();
  const dynamic: (string | Said)[] = [];
  const unsetRefs: string[] = [];
  segments.forEach((segment, i) => {
    if (segment.kind === 'text') {
      if (i === 0 && !segment.quoted && segment.text.startsWith('~')) dynamic.push(said('files.shell.homeDirectory'));
      segment.text.split('').forEach((c, j) => pushChar(value, c, segment.at[j] ?? -1));
    } else if (segment.kind === 'param') {
      const known = vars.get(segment.name);
      if (known === 'unknown') dynamic.push(`$${segment.name}`);
      else if (known === undefined) unsetRefs.push(segment.name);
      else pushTraced(value, known);
    } else dynamic.push(segment.what);
  });
  return { value: dynamic.length > 0 ? undefined : value, dynamic, unsetRefs };
}

/**
 * Reads the assignments of a shell file as `. FILE` would run them. `defaults` are the variables
 * set before the file is sourced (the init script's own DOCKER_OPTS= and friends).
 */
export function readShellEnvFile(text: string, defaults: Readonly<Record<string, string>> = {}): ShellEnvFile {
  const vars: Vars = new Map(Object.entries(defaults).map(([k, v]) => [k, tracedAt(v, -1)]));
  const assignments: ShellAssignment[] = [];
  let depth = 0;
  const commands = lexShell(text);
  for (const command of commands) {
    let words = command.words;
    // Reserved words at the start of a command open or close a compound command.
    for (
      let first = words[0] && plainWord(words[0]);
      first !== undefined && (OPENERS.has(first) || CLOSERS.has(first) || NEUTRAL.has(first));
      first = words[0] && plainWord(words[0])
    ) {
      if (OPENERS.has(first)) depth++;
      if (CLOSERS.has(first)) depth = Math.max(0, depth - 1);
      words = words.slice(1);
    }
    const head = words[0] && plainWord(words[0]);
    if (head !== undefined && SKIPPED_COMMANDS.has(head)) {
      depth++;
      continue;
    }
    const leading: ShellWord[] = [];
    while (words[0] && asAssignment(words[0])) {
      leading.push(words[0]);
      words = words.slice(1);
    }
    const commandName = words[0] && plainWord(words[0]);
    const declaration = commandName !== undefined && DECLARATIONS.has(commandName);
    // Assignments before a regular command only reach that command; before `export` (a special
    // builtin) or alone on the line they stick.
    const sticks = words.length === 0 || declaration || commandName === ':';
    const record = (word: ShellWord, exported: boolean, persistent: boolean): void => {
      const parts = asAssignment(word);
      if (!parts) return;
      const evaluated = evaluate(parts.segments, vars);
      assignments.push({
        name: parts.name,
        exported,
        persistent,
        conditional: depth > 0,
        nameOffset: parts.nameOffset,
        valueStart: parts.valueStart,
        valueEnd: word.end,
        segments: parts.segments,
        ...evaluated,
      });
      if (persistent) vars.set(parts.name, evaluated.value ?? 'unknown');
    };
    for (const word of leading) record(word, false, sticks);
    if (declaration) for (const word of words.slice(1)) record(word, commandName === 'export', true);
  }
  const unterminated = commands.find((c) => c.unterminated !== undefined)?.unterminated;
  return unterminated === undefined ? { assignments } : { assignments, unterminatedQuote: unterminated };
}
