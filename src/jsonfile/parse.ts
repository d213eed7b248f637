// A strict RFC 8259 parser that fails where, and how, Go's encoding/json fails: the same
// accepted grammar, the same "invalid character 'x' <context>" wording, offsets kept for every
// node. Iterative (an explicit stack), so deep nesting cannot overflow the JS stack.
import { firstUtf8Byte, goQuoteByte, goQuoteRune } from './go-quote.js';
import type { JsonArray, JsonMember, JsonNode, JsonObject } from './types.js';

/** Where Go's scanner was when it met the bad character (its error context). */
export type SyntaxContext =
  | 'looking for beginning of value'
  | 'looking for beginning of object key string'
  | 'after object key'
  | 'after object key:value pair'
  | 'after array element'
  | 'in string literal'
  | 'in string escape code'
  | 'in \\u hexadecimal character escape'
  | 'in numeric literal'
  | 'after decimal point in numeric literal'
  | 'in exponent of numeric literal'
  | 'after top-level value'
  | 'exceeded max depth'
  | `in literal ${'true' | 'false' | 'null'} (expecting '${string}')`;

export type JsonSyntaxError =
  | { kind: 'character'; offset: number; context: SyntaxContext }
  /** The text ended inside a value. */
  | { kind: 'eof'; offset: number };

export interface ParseResult {
  value?: JsonNode;
  error?: JsonSyntaxError;
  /** Offset just past the first complete value (and its trailing white space). */
  end: number;
}

// Go's encoding/json refuses nesting deeper than this.
const MAX_DEPTH = 10000;

const isWs = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isHex = (c: string | undefined): boolean => c !== undefined && /^[0-9a-fA-F]$/.test(c);

class Failure {
  constructor(readonly error: JsonSyntaxError) {}
}

const fail = (offset: number, context: SyntaxContext): never => {
  throw new Failure({ kind: 'character', offset, context });
};
const eof = (offset: number): never => {
  throw new Failure({ kind: 'eof', offset });
};

/** Unpaired surrogates become U+FFFD, as Go decodes "\ud800". */
const wellFormed = (s: string): string =>
  s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

type Frame = { kind: 'object'; node: JsonObject; key?: Omit<JsonMember, 'value'> } | { kind: 'array'; node: JsonArray };

/**
 * Parse the first JSON value of `text[from, to)`. Whatever follows it is left to the caller
 * (20.10 ignores it, 23.0+ rejects it): see `end`.
 */
export function parseFirstValue(text: string, from = 0, to = text.length): ParseResult {
  let i = from;
  const skipWs = (): void => {
    while (i < to && isWs(text[i])) i++;
  };

  const scanString = (): { value: string; start: number; end: number } => {
    const start = i;
    let j = i + 1;
    for (;;) {
      if (j >= to) eof(j);
      const c = text[j] as string;
      if (c === '"') break;
      if (c === '\\') {
        j++;
        if (j >= to) eof(j);
        const e = text[j] as string;
        if ('"\\/bfnrt'.includes(e)) j++;
        else if (e === 'u') {
          j++;
          for (let k = 0; k < 4; k++, j++) {
            if (j >= to) eof(j);
            if (!isHex(text[j])) fail(j, 'in \\u hexadecimal character escape');
          }
        } else fail(j, 'in string escape code');
      } else if (c.charCodeAt(0) < 0x20) fail(j, 'in string literal');
      else j++;
    }
    i = j + 1;
    return { value: wellFormed(JSON.parse(text.slice(start, i)) as string), start, end: i };
  };

  const scanNumber = (): JsonNode => {
    const start = i;
    if (text[i] === '-') {
      i++;
      if (i >= to) eof(i);
      if (!isDigit(text[i])) fail(i, 'in numeric literal');
    }
    if (text[i] === '0') i++;
    else while (i < to && isDigit(text[i])) i++;
    if (i < to && text[i] === '.') {
      i++;
      if (i >= to) eof(i);
      if (!isDigit(text[i])) fail(i, 'after decimal point in numeric literal');
      while (i < to && isDigit(text[i])) i++;
    }
    if (i < to && (text[i] === 'e' || text[i] === 'E')) {
      i++;
      if (i < to && (text[i] === '+' || text[i] === '-')) i++;
      if (i >= to) eof(i);
      if (!isDigit(text[i])) fail(i, 'in exponent of numeric literal');
      while (i < to && isDigit(text[i])) i++;
    }
    return { kind: 'number', raw: text.slice(start, i), start, end: i };
  };

  const scanLiteral = (word: 'true' | 'false' | 'null'): JsonNode => {
    const start = i;
    for (let k = 1; k < word.length; k++) {
      const at = i + k;
      if (at >= to) eof(at);
      if (text[at] !== word[k]) fail(at, `in literal ${word} (expecting '${word[k]}')`);
    }
    i += word.length;
    const end = i;
    if (word === 'null') return { kind: 'null', start, end };
    return { kind: 'boolean', value: word === 'true', start, end };
  };

  const stack: Frame[] = [];
  let root: JsonNode | undefined;
  const attach = (node: JsonNode): void => {
    const top = stack.at(-1);
    if (!top) root = node;
    else if (top.kind === 'array') top.node.items.push(node);
    else if (top.key) top.node.members.push({ ...top.key, value: node });
  };
  const open = (frame: Frame): void => {
    if (stack.length >= MAX_DEPTH) fail(i, 'exceeded max depth');
    stack.push(frame);
    i++;
  };
  const close = (): void => {
    const frame = stack.pop() as Frame;
    i++;
    frame.node.end = i;
    attach(frame.node);
  };

  type State = 'value' | 'value-or-end' | 'key' | 'key-or-end' | 'after-value';
  let state: State = 'value';
  try {
    for (;;) {
      skipWs();
      if (state === 'after-value') {
        const top = stack.at(-1);
        if (!top) break;
        if (i >= to) eof(i);
        const c = text[i];
        if (c === ',') {
          i++;
          state = top.kind === 'object' ? 'key' : 'value';
        } else if ((c === '}' && top.kind === 'object') || (c === ']' && top.kind === 'array')) close();
        else fail(i, top.kind === 'object' ? 'after object key:value pair' : 'after array element');
        continue;
      }
      if (i >= to) eof(i);
      const c = text[i] as string;
      if (state === 'key' || state === 'key-or-end') {
        if (c === '}' && state === 'key-or-end') {
          close();
          state = 'after-value';
          continue;
        }
        if (c !== '"') fail(i, 'looking for beginning of object key string');
        const key = scanString();
        const top = stack.at(-1);
        if (top?.kind === 'object') top.key = { key: key.value, keyStart: key.start, keyEnd: key.end };
        skipWs();
        if (i >= to) eof(i);
        if (text[i] !== ':') fail(i, 'after object key');
        i++;
        state = 'value';
        continue;
      }
      if (state === 'value-or-end' && c === ']') {
        close();
        state = 'after-value';
        continue;
      }
      if (c === '{') {
        open({ kind: 'object', node: { kind: 'object', members: [], start: i, end: i } });
        state = 'key-or-end';
        continue;
      }
      if (c === '[') {
        open({ kind: 'array', node: { kind: 'array', items: [], start: i, end: i } });
        state = 'value-or-end';
        continue;
      }
      if (c === '"') {
        const s = scanString();
        attach({ kind: 'string', value: s.value, start: s.start, end: s.end });
      } else if (c === '-' || isDigit(c)) attach(scanNumber());
      else if (c === 't') attach(scanLiteral('true'));
      else if (c === 'f') attach(scanLiteral('false'));
      else if (c === 'n') attach(scanLiteral('null'));
      else fail(i, 'looking for beginning of value');
      state = 'after-value';
    }
  } catch (e) {
    if (e instanceof Failure) return { error: e.error, end: i };
    throw e;
  }
  return { value: root, end: i };
}

/**
 * Go's wording of a syntax error (without "invalid JSON: " or any prefix). `legacy` selects the
 * 20.10 decoder's EOF text; `invalidBytes` gives the original byte behind a U+FFFD.
 */
export function goSyntaxMessage(
  text: string,
  error: JsonSyntaxError,
  options: { legacy: boolean; invalidBytes?: ReadonlyMap<number, number>; go127?: boolean },
): string {
  if (error.kind === 'eof') return options.legacy ? 'unexpected EOF' : 'unexpected end of JSON input';
  const cp = text.codePointAt(error.offset) ?? 0;
  if (options.go127) return go127SyntaxMessage(cp, error.context);
  const byte = options.invalidBytes?.get(error.offset) ?? firstUtf8Byte(cp);
  return `invalid character ${goQuoteByte(byte)} ${error.context}`;
}

/** Go 1.27's encoding/json: whole characters, shorter contexts, its own escape message. */
function go127SyntaxMessage(cp: number, context: SyntaxContext): string {
  if (context === 'in string escape code') return `invalid escape sequence \`\\${String.fromCodePoint(cp)}\` in string`;
  const shorter: Partial<Record<SyntaxContext, string>> = {
    'in string literal': 'in string',
    'after decimal point in numeric literal': 'in numeric literal',
    'in exponent of numeric literal': 'in numeric literal',
  };
  return `invalid character ${goQuoteRune(cp)} ${shorter[context] ?? context}`;
}
