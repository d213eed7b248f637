import type { Diagnostic, Source } from '../../diagnostics/types.js';
import { maskCredentials } from '../../diagnostics/redact.js';
import { messageOf } from '../../diagnostics/say.js';
import { said, type Said } from '../../i18n/said.js';
import { splitExecLine, type ExecWord } from './exec-words.js';
import { resolveSpecifiers, type SpecifierContext } from './specifiers.js';

/** One command of ExecStart=, parsed as systemd loads it (before environment expansion). */
export interface ExecCommand {
  /** The special prefixes of the first word, as written: "-", "@", ":", "+", "!", "!!" … */
  prefixes: string;
  /** The words as written; words[0] still carries the prefixes. */
  words: ExecWord[];
  /** Each word with specifiers resolved (words[0] without its prefixes). */
  resolved: string[];
  /** The program to run. */
  path: string;
  /** Index in `words` of the first argument: 1, or 2 with "@" (the second word is argv[0]). */
  firstArg: number;
  /** ":" prefix: systemd does not expand $VARIABLES on this line. */
  noEnvExpansion: boolean;
  /** The assignment that set it. */
  source: Source;
  /** The value as written (continuations joined). */
  text: string;
}

function readPrefixes(word: string): string {
  let prefixes = '';
  for (const c of word) {
    if (c === '!' && prefixes.endsWith('!') && !prefixes.includes('!!')) prefixes += c;
    else if ('-@:+!'.includes(c) && !prefixes.includes(c)) prefixes += c;
    else break;
  }
  return prefixes;
}

/** `what` is told where the line is (path:line): each sentence places it itself. */
function problem(source: Source, severity: 'error' | 'warning', what: (where: string) => Said): Diagnostic {
  return {
    id: 'unit-syntax',
    severity,
    ...messageOf(what(`${source.path ?? ''}:${source.line ?? ''}`)),
    file: source.path,
    line: source.line,
    source,
    fixable: false,
  };
}

/** Parses an ExecStart= value; a line systemd would reject gives no command and an error. */
export function parseExecCommand(
  text: string,
  source: Source,
  specifiers: SpecifierContext,
): { command?: ExecCommand; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const split = splitExecLine(text);
  if (split.unbalanced)
    return {
      diagnostics: [
        problem(source, 'error', (where) => said('files.unit.execUnbalanced', { where, line: maskCredentials(text) })),
      ],
    };
  if (split.unknownEscapes.length > 0)
    diagnostics.push(
      problem(source, 'warning', (where) =>
        said('files.unit.unknownEscapes', { where, escapes: split.unknownEscapes.join(' ') }),
      ),
    );
  const first = split.words[0];
  if (!first) return { diagnostics };
  const prefixes = readPrefixes(first.value);
  const resolved: string[] = [];
  for (const [i, word] of split.words.entries()) {
    const result = resolveSpecifiers(i === 0 ? word.value.slice(prefixes.length) : word.value, specifiers);
    if (!result.ok)
      return {
        diagnostics: [
          ...diagnostics,
          problem(source, 'error', (where) => said('files.unit.unknownSpecifier', { where, specifier: result.letter })),
        ],
      };
    resolved.push(result.value);
  }
  const path = resolved[0] ?? '';
  if (path === '')
    return {
      diagnostics: [
        ...diagnostics,
        problem(source, 'error', (where) => said('files.unit.emptyProgram', { where, line: maskCredentials(text) })),
      ],
    };
  const firstArg = prefixes.includes('@') ? 2 : 1;
  return {
    command: {
      prefixes,
      words: split.words,
      resolved,
      path,
      firstArg,
      noEnvExpansion: prefixes.includes(':'),
      source,
      text,
    },
    diagnostics,
  };
}

/** ExecStart= text for a command, from its words as written (used to write a drop-in). */
export function renderExecCommand(words: readonly ExecWord[]): string {
  return words.map((w) => w.raw).join(' ');
}
