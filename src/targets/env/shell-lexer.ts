/**
 * Just enough of the POSIX shell grammar to read an /etc/default file the way `. FILE` does:
 * commands separated by newlines and operators, words with '…', "…", backslashes and `$`
 * expansions. Expansions we cannot evaluate offline (command substitution, ${X:-…}, $1 …) are
 * kept as "dynamic" so that callers can say so instead of guessing.
 */

import { said, type Said } from '../../i18n/said.js';

export type Segment =
  /** Literal characters; `quoted` when they were inside quotes or escaped. */
  | { kind: 'text'; text: string; at: number[]; quoted: boolean }
  /** $NAME or ${NAME}. */
  | { kind: 'param'; name: string; at: number; quoted: boolean }
  /** $(…), `…`, $((…)), ${X:-…}, $1, $@ …: only known when the script runs. `what` is quoted in messages. */
  | { kind: 'dynamic'; what: string | Said; at: number; end: number };

export interface ShellWord {
  segments: Segment[];
  start: number;
  end: number;
}

export interface ShellCommand {
  words: ShellWord[];
  /** A quote that the file never closes: sh stops with a syntax error. */
  unterminated?: number;
}

const BLANK = ' \t';
/** Characters that end an unquoted word. */
const METACHARS = ' \t\n;&|<>()';

class Lexer {
  pos = 0;
  unterminated: number | undefined;
  constructor(readonly text: string) {}

  peek(offset = 0): string {
    return this.text[this.pos + offset] ?? '';
  }

  /** Skips blanks and backslash-newline continuations between words. */
  skipBlanks(): void {
    for (;;) {
      if (BLANK.includes(this.peek()) && this.peek() !== '') this.pos++;
      else if (this.peek() === '\\' && this.peek(1) === '\n') this.pos += 2;
      else return;
    }
  }

  readWord(): ShellWord {
    const start = this.pos;
    const segments: Segment[] = [];
    const literal = (char: string, at: number, quoted: boolean): void => {
      const last = segments[segments.length - 1];
      if (last?.kind === 'text' && last.quoted === quoted) {
        last.text += char;
        last.at.push(at);
      } else segments.push({ kind: 'text', text: char, at: [at], quoted });
    };
    while (this.pos < this.text.length) {
      const c = this.peek();
      if (METACHARS.includes(c)) break;
      if (c === '\\') {
        if (this.peek(1) === '\n') this.pos += 2;
        else if (this.pos + 1 >= this.text.length) literal(c, this.pos++, false);
        else {
          literal(this.peek(1), this.pos + 1, true);
          this.pos += 2;
        }
      } else if (c === "'") {
        const close = this.text.indexOf("'", this.pos + 1);
        const end = close === -1 ? this.text.length : close;
        if (close === -1) this.unterminated ??= this.pos;
        for (let i = this.pos + 1; i < end; i++) literal(this.text[i] as string, i, true);
        // An empty '' still makes the word quoted (DOCKER_OPTS='' is an assignment of "").
        if (end === this.pos + 1) segments.push({ kind: 'text', text: '', at: [], quoted: true });
        this.pos = end + 1;
      } else if (c === '"') {
        this.readDoubleQuoted(segments, literal);
      } else if (c === '$') {
        this.readDollar(segments, literal, false);
      } else if (c === '`') {
        this.readBackquoted(segments);
      } else literal(c, this.pos++, false);
    }
    return { segments, start, end: this.pos };
  }

  private readDoubleQuoted(segments: Segment[], literal: (c: string, at: number, quoted: boolean) => void): void {
    const open = this.pos++;
    let empty = true;
    while (this.pos < this.text.length && this.peek() !== '"') {
      empty = false;
      const c = this.peek();
      if (c === '\\') {
        const next = this.peek(1);
        if (next === '\n') this.pos += 2;
        else if ('$`"\\'.includes(next) && next !== '') {
          literal(next, this.pos + 1, true);
          this.pos += 2;
        } else literal(c, this.pos++, true);
      } else if (c === '$') this.readDollar(segments, literal, true);
      else if (c === '`') this.readBackquoted(segments);
      else literal(c, this.pos++, true);
    }
    if (this.pos >= this.text.length) this.unterminated ??= open;
    if (empty) segments.push({ kind: 'text', text: '', at: [], quoted: true });
    this.pos++;
  }

  private readBackquoted(segments: Segment[]): void {
    const open = this.pos++;
    while (this.pos < this.text.length && this.peek() !== '`') this.pos += this.peek() === '\\' ? 2 : 1;
    if (this.pos >= this.text.length) this.unterminated ??= open;
    this.pos++;
    segments.push({ kind: 'dynamic', what: said('files.shell.commandSubstitution'), at: open, end: this.pos });
  }

  private readDollar(
    segments: Segment[],
    literal: (c: string, at: number, quoted: boolean) => void,
    quoted: boolean,
  ): void {
    const at = this.pos;
    const next = this.peek(1);
    if (next === '(') {
      const arithmetic = this.peek(2) === '(';
      this.pos = this.matchingClose(this.pos + 1, '(', ')');
      segments.push({
        kind: 'dynamic',
        what: said(arithmetic ? 'files.shell.arithmeticExpansion' : 'files.shell.commandSubstitution'),
        at,
        end: this.pos,
      });
    } else if (next === '{') {
      const end = this.matchingClose(this.pos + 1, '{', '}');
      const inner = this.text.slice(this.pos + 2, end - 1);
      this.pos = end;
      if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(inner)) segments.push({ kind: 'param', name: inner, at, quoted });
      else segments.push({ kind: 'dynamic', what: `\${${inner}}`, at, end });
    } else if (/[A-Za-z_]/.test(next)) {
      const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.text.slice(this.pos + 1))?.[0] ?? '';
      this.pos += 1 + name.length;
      segments.push({ kind: 'param', name, at, quoted });
    } else if (next !== '' && '0123456789@*#?$!-'.includes(next)) {
      this.pos += 2;
      segments.push({ kind: 'dynamic', what: `$${next}`, at, end: this.pos });
    } else literal('$', this.pos++, quoted);
  }

  /** The offset just past the bracket matching the one at `open`, skipping quoted text. */
  private matchingClose(open: number, opener: string, closer: string): number {
    let depth = 0;
    for (let i = open; i < this.text.length; i++) {
      const c = this.text[i];
      if (c === '\\') i++;
      else if (c === "'" && opener === '(') i = Math.max(i, this.text.indexOf("'", i + 1));
      else if (c === opener) depth++;
      else if (c === closer && --depth === 0) return i + 1;
    }
    this.unterminated ??= open - 1;
    return this.text.length;
  }
}

/** Splits a shell file into commands (words only; operators and comments are dropped). */
export function lexShell(text: string): ShellCommand[] {
  const lexer = new Lexer(text);
  const commands: ShellCommand[] = [];
  let words: ShellWord[] = [];
  const endCommand = (): void => {
    if (words.length > 0) commands.push({ words });
    words = [];
  };
  while (lexer.pos < text.length) {
    lexer.skipBlanks();
    const c = lexer.peek();
    if (c === '') break;
    if (c === '#') {
      const newline = text.indexOf('\n', lexer.pos);
      lexer.pos = newline === -1 ? text.length : newline;
    } else if ('\n;&|'.includes(c)) {
      endCommand();
      lexer.pos++;
    } else if ('()'.includes(c)) {
      // Subshells and function bodies: the parenthesis stands as a word of its own.
      words.push({
        segments: [{ kind: 'text', text: c, at: [lexer.pos], quoted: false }],
        start: lexer.pos,
        end: lexer.pos + 1,
      });
      lexer.pos++;
    } else if ('<>'.includes(c)) {
      lexer.pos++;
    } else {
      words.push(lexer.readWord());
      if (lexer.unterminated !== undefined) {
        commands.push({ words, unterminated: lexer.unterminated });
        return commands;
      }
    }
  }
  endCommand();
  return commands;
}
