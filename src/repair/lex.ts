import { createScanner } from 'jsonc-parser';
import { maskCredentials } from '../diagnostics/redact.js';
import { said, type Said } from '../i18n/said.js';
import type { Edit } from './edits.js';
import { removalOf } from './removal.js';
import type { TextMap } from './text-position.js';

// jsonc-parser's SyntaxKind and ScanError are ambient const enums, which isolatedModules cannot read.
const Kind = {
  OpenBrace: 1,
  CloseBrace: 2,
  OpenBracket: 3,
  CloseBracket: 4,
  Comma: 5,
  Colon: 6,
  Null: 7,
  True: 8,
  False: 9,
  String: 10,
  Number: 11,
  LineComment: 12,
  BlockComment: 13,
  LineBreak: 14,
  Whitespace: 15,
  Unknown: 16,
  EOF: 17,
} as const;

const ScanError = {
  None: 0,
  UnexpectedEndOfComment: 1,
  UnexpectedEndOfString: 2,
  UnexpectedEndOfNumber: 3,
  InvalidUnicode: 4,
  InvalidEscapeCharacter: 5,
  InvalidCharacter: 6,
} as const;

export type TokenKind = '{' | '}' | '[' | ']' | ',' | ':' | 'string' | 'number' | 'literal' | 'nul' | 'unknown';

/** A significant token: comments and whitespace are not tokens (their removal is already an edit). */
export interface Token {
  kind: TokenKind;
  offset: number;
  /** Offset just after the token. */
  end: number;
  /** Decoded string content, or the literal/number text. */
  value: string;
  /** A line break (or a comment holding one) separates it from the previous token. */
  lineBreakBefore: boolean;
  /** For an 'unknown' token: why it is not JSON, in the user's terms. */
  problem?: Said;
}

/** A change made while reading, reported to the user. */
export interface Note {
  offset: number;
  says: Said;
}

export type LexResult =
  | { ok: true; tokens: Token[]; edits: Edit[]; notes: Note[] }
  | { ok: false; reason: Said; offset: number };

/** Go's JSON whitespace is space, tab, CR and LF only; these come from web pages and CJK input methods. */
const FOREIGN_SPACE = /^[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff\v\f]+/;
const ZERO_WIDTH = /^[\u200b\ufeff]+$/;

const PUNCTUATION: Record<string, string> = {
  '，': ',',
  '：': ':',
  '“': '"',
  '”': '"',
  '‘': '"',
  '’': '"',
  '｛': '{',
  '｝': '}',
  '［': '[',
  '］': ']',
};

const SIMPLE: Partial<Record<number, TokenKind>> = {
  [Kind.OpenBrace]: '{',
  [Kind.CloseBrace]: '}',
  [Kind.OpenBracket]: '[',
  [Kind.CloseBracket]: ']',
  [Kind.Comma]: ',',
  [Kind.Colon]: ':',
};

const codePoint = (ch: string): string => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Why a word the JSON grammar does not know cannot be repaired, in the user's terms; `at`: where in the word. */
function explainUnknown(word: string, nextIsColon: boolean): { problem: Said; at: number } {
  const wide = [...word].findIndex((ch) => ch in PUNCTUATION);
  if (wide >= 0) {
    const ch = [...word][wide] ?? '';
    return {
      problem: said('files.repair.fullWidth', { char: ch, codePoint: codePoint(ch), ascii: PUNCTUATION[ch] ?? '' }),
      at: [...word].slice(0, wide).join('').length,
    };
  }
  return { problem: explainWord(word, nextIsColon), at: 0 };
}

function explainWord(word: string, nextIsColon: boolean): Said {
  if (word.startsWith("'")) return said('files.repair.singleQuoted');
  if (/^[+-]?(NaN|Infinity)$/.test(word)) return said('files.repair.notNumber', { word });
  if (/^(True|False|TRUE|FALSE|None|NULL|Null|yes|no|on|off)$/.test(word))
    return said('files.repair.notValue', { word });
  if (nextIsColon && /^[A-Za-z_$][\w$.-]*$/.test(word)) return said('files.repair.unquotedKey', { key: word });
  if (word.startsWith('\0')) return said('files.repair.nulInside');
  return said('files.repair.notJson', {
    text: maskCredentials(word.length > 40 ? `${word.slice(0, 40)}…` : word),
  });
}

const STRING_ERRORS: Partial<Record<number, Said>> = {
  [ScanError.UnexpectedEndOfString]: said('files.repair.openString'),
  [ScanError.InvalidUnicode]: said('files.repair.badUnicodeEscape'),
  [ScanError.InvalidEscapeCharacter]: said('files.repair.badEscape'),
  [ScanError.InvalidCharacter]: said('files.repair.controlInString'),
};

/**
 * Read the text into significant tokens, turning what the JSON grammar merely tolerates
 * badly into edits on the way: a leading BOM, comments (//, /* *\/, #) and foreign spaces.
 */
export function lex(map: TextMap): LexResult {
  const { text } = map;
  const scanner = createScanner(text, false);
  const tokens: Token[] = [];
  const edits: Edit[] = [];
  const notes: Note[] = [];
  let lineBreakBefore = false;

  // Lexing goes forward, so an edit can only collide with the one before it (two comments on a line).
  const pushEdit = (edit: Edit): void => {
    const last = edits[edits.length - 1];
    const lastEnd = last ? last.offset + last.length : 0;
    if (edit.offset < lastEnd) edits.push({ ...edit, offset: lastEnd, length: edit.offset + edit.length - lastEnd });
    else edits.push(edit);
  };
  const removeComment = (start: number, end: number, what: string): void => {
    pushEdit(removalOf(map, start, end));
    notes.push({ offset: start, says: said('files.repair.action.comment', { kind: what }) });
    if (/[\r\n]/.test(text.slice(start, end)) || what !== '/* */') lineBreakBefore = true;
  };

  // A # or // comment after a value on the same line that holds JSON ("warn"#,"hosts": [...], a
  // quoted string, a bracket) is more likely a stray key press than a note: removing it would drop
  // what can be seen. A comment on a line of its own is a line commented out on purpose.
  const hidesMembers = (start: number, end: number): boolean => {
    const last = tokens[tokens.length - 1];
    // An unquoted "https://…" lexes as a word, a colon and a comment: the parser's complaint is better.
    if (/[A-Za-z]:$/.test(text.slice(Math.max(0, start - 2), start))) return false;
    return last !== undefined && !lineBreakBefore && /"[^"]*"|[[\]{}]/.test(text.slice(start, end));
  };

  if (text.startsWith('\ufeff')) {
    edits.push({ offset: 0, length: 1, text: '' });
    notes.push({ offset: 0, says: said('files.repair.action.bom') });
    scanner.setPosition(1);
  }

  for (;;) {
    const kind = scanner.scan();
    if (kind === Kind.EOF) break;
    const offset = scanner.getTokenOffset();
    const end = offset + scanner.getTokenLength();
    const value = scanner.getTokenValue();
    const error = scanner.getTokenError();
    switch (kind) {
      case Kind.Whitespace:
        continue;
      case Kind.LineBreak:
        lineBreakBefore = true;
        continue;
      case Kind.LineComment:
        if (hidesMembers(offset, end)) return { ok: false, reason: said('files.repair.commentHidesMembers'), offset };
        removeComment(offset, end, '//');
        continue;
      case Kind.BlockComment:
        if (error !== ScanError.None) return { ok: false, reason: said('files.repair.openComment'), offset };
        removeComment(offset, end, '/* */');
        continue;
      case Kind.String: {
        const problem = STRING_ERRORS[error];
        if (problem) return { ok: false, reason: problem, offset };
        break;
      }
      case Kind.Number:
        if (error !== ScanError.None)
          return { ok: false, reason: said('files.repair.badNumber', { number: text.slice(offset, end) }), offset };
        break;
      case Kind.Unknown: {
        if (value.startsWith('#')) {
          const lineEnd = map.lineEnd(offset);
          if (hidesMembers(offset, lineEnd))
            return { ok: false, reason: said('files.repair.commentHidesMembers'), offset };
          removeComment(offset, lineEnd, '#');
          scanner.setPosition(lineEnd);
          continue;
        }
        const foreign = FOREIGN_SPACE.exec(value)?.[0];
        if (foreign) {
          const zeroWidth = ZERO_WIDTH.test(foreign);
          pushEdit({ offset, length: foreign.length, text: zeroWidth ? '' : ' '.repeat(foreign.length) });
          notes.push({
            offset,
            says: said(zeroWidth ? 'files.repair.action.invisible' : 'files.repair.action.foreignSpace', {
              codePoint: codePoint(foreign[0] ?? ''),
            }),
          });
          scanner.setPosition(offset + foreign.length);
          continue;
        }
        if (/^\0+$/.test(value)) {
          tokens.push({ kind: 'nul', offset, end, value, lineBreakBefore });
          lineBreakBefore = false;
          continue;
        }
        // Judged by the parser, which knows whether it sits inside the configuration or after it.
        const { problem, at } = explainUnknown(value, /^[ \t]*:/.test(text.slice(end)));
        tokens.push({ kind: 'unknown', offset: offset + at, end, value, lineBreakBefore, problem });
        lineBreakBefore = false;
        continue;
      }
    }
    const simple = SIMPLE[kind];
    const tokenKind: TokenKind =
      simple ?? (kind === Kind.String ? 'string' : kind === Kind.Number ? 'number' : 'literal');
    tokens.push({
      kind: tokenKind,
      offset,
      end,
      value: tokenKind === 'string' ? value : text.slice(offset, end),
      lineBreakBefore,
    });
    lineBreakBefore = false;
  }
  return { ok: true, tokens, edits, notes };
}
