// daemon.json that is not JSON dockerd can read: BOM, syntax, trailing content, empty, bad UTF-8.
import { q, type Rule } from './rule.js';

const REPAIR =
  '`dockerd-config repair` fixes it and shows the change; `dockerd-config validate` names the line and column.';

const WHERE: Record<string, string> = {
  'looking for beginning of object key string': 'where a key in double quotes should be',
  'looking for beginning of value': 'where a value should be',
  'after object key': "after a key (a missing ':'?)",
  'after object key:value pair': "after a value (a missing ',' or '}'?)",
  'after array element': "after a list element (a missing ',' or ']'?)",
  'in string literal': 'inside a string (control characters must be escaped)',
  'in string escape code': 'in a backslash escape',
  'in numeric literal': 'in a number',
};

/** The usual reason for an unexpected character, when there is one. */
function likely(char: string, context: string): string {
  if ((char === '}' || char === ']') && context.startsWith('looking for beginning'))
    return ' — a trailing comma before it?';
  if (char === '/' || char === '#') return ' — comments are not allowed in JSON';
  if (char === "'") return ' — JSON needs double quotes';
  if (char === '\\x00') return ' — is the file UTF-16?';
  if (/^[A-Za-z_]$/.test(char) && context === 'looking for beginning of object key string')
    return ' — an unquoted key?';
  if (/^[A-Za-z+.]$/.test(char) && context === 'looking for beginning of value')
    return ' — an unquoted string, NaN or Infinity?';
  return '';
}

const BOM: Record<string, string> = {
  ï: 'a UTF-8 byte-order mark',
  ÿ: 'a UTF-16 (little-endian) byte-order mark',
  þ: 'a UTF-16 (big-endian) byte-order mark',
};

export const jsonRules: readonly Rule[] = [
  {
    id: 'json-bom',
    pattern: /^invalid character '([ïÿþ])' looking for beginning of value$/,
    build: ({ match, file }) => ({
      message: `${file} starts with ${BOM[match[1]!]}; dockerd before 23.0 cannot read it.`,
      hint: '`dockerd-config repair` removes it; or save the file as UTF-8 without BOM.',
      fixable: true,
    }),
  },
  {
    id: 'json-trailing-content',
    pattern: /^invalid character '(.+?)' after top-level value$/,
    build: ({ match, file }) => {
      const c = match[1]!;
      const what = c === '}' || c === ']' ? `a stray '${c}'` : c === '\\x00' ? 'NUL bytes' : 'more text';
      return {
        message: `${file} has ${what} after its closing '}'; dockerd 23.0+ refuses that (20.10 ignored it).`,
        hint: '`dockerd-config repair` removes it (and merges a second object into the first).',
        fixable: true,
      };
    },
  },
  {
    id: 'json-syntax',
    pattern: /^invalid character '(.+?)' (.+)$/,
    build: ({ match, file }) => {
      const [, c, context] = match as unknown as [string, string, string];
      return {
        message: `${file} is not valid JSON: unexpected '${c}' ${WHERE[context] ?? context}${likely(c, context)}.`,
        hint: REPAIR,
        fixable: true,
      };
    },
  },
  {
    id: 'json-syntax',
    pattern: /^invalid escape sequence `(.*)` in string$/, // Go 1.27
    build: ({ match, file }) => ({
      message: `${file} is not valid JSON: the escape ${match[1]} is not allowed in a string (JSON knows \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX).`,
      hint: REPAIR,
      fixable: true,
    }),
  },
  {
    id: 'json-syntax',
    pattern: /^(unexpected EOF|unexpected end of JSON input)$/,
    build: ({ file }) => ({
      message: `${file} ends in the middle of the JSON (a missing '}', ']' or '"'?).`,
      hint: REPAIR,
      fixable: true,
    }),
  },
  {
    // Go's decoder says just "EOF" when there is no JSON at all.
    id: 'json-empty',
    pattern: /^EOF$/,
    build: ({ file }) => ({
      message: `${file} is empty; dockerd before 23.0 refuses an empty file.`,
      hint: 'Write {} (or the settings you meant) into it; `dockerd-config repair` writes {}.',
      fixable: true,
    }),
  },
  {
    id: 'json-invalid-utf8',
    pattern: /^failed to decode configuration JSON at offset (\d+): encoding: invalid UTF-8$/,
    build: ({ match, file }) => ({
      message: `${file} has bytes that are not UTF-8 (at byte ${match[1]}).`,
      hint: 'Re-save the file as UTF-8; `dockerd-config validate` shows the line.',
      fixable: false,
    }),
  },
  {
    id: 'json-top-level',
    pattern: /^json: cannot unmarshal (\w+)(?: \S+)? into Go value of type map\[string\]interface \{\}$/,
    build: ({ match, file }) => ({
      message: `${file} must hold one JSON object ({ … }), not ${match[1] === 'array' ? 'a list' : `a ${match[1]}`}.`,
      hint: `Wrap the settings in { … }, e.g. {${q('debug')}: true}.`,
      fixable: false,
    }),
  },
];
