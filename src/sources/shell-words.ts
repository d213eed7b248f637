import type { Quote } from '../i18n/messages/said/service.js';
import { said, type Said } from '../i18n/said.js';
import { lexShell, type ShellWord } from '../targets/env/shell-lexer.js';

/** A word of a command line the user typed, with its 1-based column. */
export interface TypedWord {
  value: string;
  column: number;
}

export type ShellWordsResult = { ok: true; words: TypedWord[] } | { ok: false; problem: Said; column: number };

/** What the lexer's `unterminated` offset points at: the opening quote, or the `$` of `$(`/`${`. */
const isQuote = (c: string | undefined): c is Quote => c === "'" || c === '"' || c === '`' || c === '$';

/**
 * Splits a command line as /bin/sh would, with the lexer that reads /etc/default/docker: blanks
 * (newlines too) separate words, '…' is literal, "…" and a backslash escape as in sh, `#` starts a
 * comment. Nothing is expanded: `$X` stays as written (the shell that ran us expanded what it
 * would). Used for --daemon-args "ARGS", which is one command: `;`, `&`, `|`, `<`, `>` and
 * parentheses are refused rather than guessed at.
 */
export function splitShellWords(text: string): ShellWordsResult {
  const commands = lexShell(text);
  const unterminated = commands.find((c) => c.unterminated !== undefined)?.unterminated;
  if (unterminated !== undefined) {
    const quote = text[unterminated];
    return {
      ok: false,
      problem: said('service.shell.unclosed', { quote: isQuote(quote) ? quote : "'" }),
      column: unterminated + 1,
    };
  }
  const words = commands.flatMap((c) => c.words);
  const operator = operatorAt(text, words);
  if (operator !== undefined)
    return {
      ok: false,
      problem: said('service.shell.operator', { operator: text[operator] ?? '' }),
      column: operator + 1,
    };
  return { ok: true, words: words.map((w) => ({ value: wordText(text, w), column: w.start + 1 })) };
}

/** The offset of a shell operator outside every word and comment (a lone `(` or `)` is a word of the lexer's). */
function operatorAt(text: string, words: readonly ShellWord[]): number | undefined {
  let from = 0;
  for (const gap of [...words.map((w) => [w.start, w.end] as const), [text.length, text.length] as const]) {
    for (let i = from; i < gap[0]; i++) {
      if (text[i] === '#') i = text.indexOf('\n', i) === -1 ? gap[0] : text.indexOf('\n', i);
      else if (';&|<>'.includes(text[i] as string)) return i;
    }
    if (/^[()]$/.test(text.slice(gap[0], gap[1]))) return gap[0];
    from = gap[1];
  }
  return undefined;
}

/** The word's value: its literal text, and any `$…` left as it was written. */
function wordText(text: string, word: ShellWord): string {
  return word.segments
    .map((s) => {
      if (s.kind === 'text') return s.text;
      if (s.kind === 'dynamic') return text.slice(s.at, s.end);
      return text.startsWith('${', s.at) ? `\${${s.name}}` : `$${s.name}`;
    })
    .join('');
}
