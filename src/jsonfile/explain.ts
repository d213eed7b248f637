// Plain-language descriptions of JSON syntax errors, with the likely cause when it is a common one.
import { said, type Said } from '../i18n/said.js';
import type { JsonSyntaxError, SyntaxContext } from './parse.js';

const EXPECTED: Partial<Record<SyntaxContext, Said>> = {
  'looking for beginning of value': said('files.json.expected.value'),
  'looking for beginning of object key string': said('files.json.expected.key'),
  'after object key': said('files.json.expected.colon'),
  'after object key:value pair': said('files.json.expected.commaOrBrace'),
  'after array element': said('files.json.expected.commaOrBracket'),
  'in string literal': said('files.json.expected.escapedControl'),
  'in string escape code': said('files.json.expected.escape'),
  'in \\u hexadecimal character escape': said('files.json.expected.hex'),
  'in numeric literal': said('files.json.expected.digit'),
  'after decimal point in numeric literal': said('files.json.expected.digitAfterPoint'),
  'in exponent of numeric literal': said('files.json.expected.exponent'),
  'after top-level value': said('files.json.expected.end'),
  'exceeded max depth': said('files.json.expected.depth'),
};

/** A likely cause, from the offending character and what came before it. */
function likelyCause(text: string, offset: number, context: SyntaxContext): Said | undefined {
  const c = text[offset];
  const before = text.slice(0, offset).trimEnd().at(-1);
  if (context === 'after top-level value') {
    return c === '}' || c === ']'
      ? said('files.json.cause.strayCloser', { char: c })
      : said('files.json.cause.extraText');
  }
  if (c === '/' || c === '#') return said('files.json.cause.comment');
  if ((c === '}' || c === ']') && before === ',') return said('files.json.cause.trailingComma');
  if (c === "'") return said('files.json.cause.singleQuotes');
  if (c === '\u201c' || c === '\u201d' || c === '\u2018' || c === '\u2019')
    return said('files.json.cause.typographicQuotes');
  if (c === '\ufeff' || c === '\ufffd') return said('files.json.cause.notUtf8');
  if (context === 'looking for beginning of object key string' && c !== undefined && /[A-Za-z_$]/.test(c)) {
    return said('files.json.cause.unquotedKey');
  }
  if (context === 'looking for beginning of value' && (c === 'N' || c === 'I' || c === '+' || c === '.')) {
    return said('files.json.cause.notNumbers');
  }
  if (context === 'after object key:value pair' && c === '"') return said('files.json.cause.missingCommaMembers');
  if (context === 'after array element' && c === '"') return said('files.json.cause.missingCommaElements');
  return undefined;
}

/** "unexpected '}' (a trailing comma before it): expected a key in double quotes" */
export function describeSyntaxError(text: string, error: JsonSyntaxError): Said {
  if (error.kind === 'eof') return said('files.json.eof');
  const cp = text.codePointAt(error.offset) ?? 0;
  const char =
    cp < 0x20 || cp === 0x7f ? `U+${cp.toString(16).toUpperCase().padStart(4, '0')}` : `'${String.fromCodePoint(cp)}'`;
  const cause = likelyCause(text, error.offset, error.context);
  const expected = EXPECTED[error.context] ?? said('files.json.expected.go', { dockerd: error.context });
  return cause
    ? said('files.json.unexpectedBecause', { char, cause, expected })
    : said('files.json.unexpected', { char, expected });
}
