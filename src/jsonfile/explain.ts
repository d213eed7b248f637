// Plain-language descriptions of JSON syntax errors, with the likely cause when it is a common one.
import type { JsonSyntaxError, SyntaxContext } from './parse.js';

const EXPECTED: Partial<Record<SyntaxContext, string>> = {
  'looking for beginning of value': 'expected a value (a string, number, object, array, true, false or null)',
  'looking for beginning of object key string': 'expected a key in double quotes',
  'after object key': "expected ':' after the key",
  'after object key:value pair': "expected ',' or '}' after the value",
  'after array element': "expected ',' or ']' after the element",
  'in string literal': 'control characters must be escaped inside strings (\\n, \\t, \\u0000)',
  'in string escape code': 'invalid escape; JSON allows \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX',
  'in \\u hexadecimal character escape': 'expected four hex digits after \\u',
  'in numeric literal': 'expected a digit',
  'after decimal point in numeric literal': "expected a digit after '.'",
  'in exponent of numeric literal': 'expected a digit in the exponent',
  'after top-level value': 'expected the end of the file after the closing brace',
  'exceeded max depth': 'nesting deeper than 10000 levels',
};

/** A likely cause, from the offending character and what came before it. */
function likelyCause(text: string, offset: number, context: SyntaxContext): string | undefined {
  const c = text[offset];
  const before = text.slice(0, offset).trimEnd().at(-1);
  if (context === 'after top-level value') {
    return c === '}' || c === ']' ? `a stray '${c}' after the end of the JSON` : 'extra text after the end of the JSON';
  }
  if (c === '/' || c === '#') return 'comments are not allowed in JSON';
  if ((c === '}' || c === ']') && before === ',') return 'a trailing comma before it';
  if (c === "'") return 'single quotes; JSON needs double quotes';
  if (c === '\u201c' || c === '\u201d' || c === '\u2018' || c === '\u2019')
    return 'typographic quotes; use plain double quotes (")';
  if (c === '\ufeff' || c === '\ufffd') return 'a byte-order mark or bytes that are not UTF-8';
  if (context === 'looking for beginning of object key string' && c !== undefined && /[A-Za-z_$]/.test(c)) {
    return 'an unquoted key; keys need double quotes';
  }
  if (context === 'looking for beginning of value' && (c === 'N' || c === 'I' || c === '+' || c === '.')) {
    return 'NaN, Infinity, + and a leading . are not JSON numbers';
  }
  if (context === 'after object key:value pair' && c === '"') return "a missing ',' between two members";
  if (context === 'after array element' && c === '"') return "a missing ',' between two elements";
  return undefined;
}

/** "unexpected '}' (a trailing comma before it): expected a key in double quotes" */
export function describeSyntaxError(text: string, error: JsonSyntaxError): string {
  if (error.kind === 'eof') return "the file ends in the middle of the JSON (a missing '}', ']' or '\"'?)";
  const cp = text.codePointAt(error.offset) ?? 0;
  const shown =
    cp < 0x20 || cp === 0x7f ? `U+${cp.toString(16).toUpperCase().padStart(4, '0')}` : `'${String.fromCodePoint(cp)}'`;
  const cause = likelyCause(text, error.offset, error.context);
  const expected = EXPECTED[error.context] ?? error.context;
  return `unexpected ${shown}${cause ? ` (${cause})` : ''}: ${expected}`;
}
