// daemon.json that is not JSON dockerd can read: BOM, syntax, trailing content, empty, bad UTF-8.
import { said, type Said } from '../../i18n/said.js';
import type { Rule } from './rule.js';

const REPAIR = said('causes.json.repairHint');

/** Go's "looking for …" / "after …" context → where in the file that is. */
const WHERE: Record<string, Said> = {
  'looking for beginning of object key string': said('causes.json.where.keyString'),
  'looking for beginning of value': said('causes.json.where.value'),
  'after object key': said('causes.json.where.afterKey'),
  'after object key:value pair': said('causes.json.where.afterPair'),
  'after array element': said('causes.json.where.afterElement'),
  'in string literal': said('causes.json.where.string'),
  'in string escape code': said('causes.json.where.escape'),
  'in numeric literal': said('causes.json.where.number'),
};

/** The usual reason for an unexpected character, when there is one ('' when none). */
function likely(char: string, context: string): Said | '' {
  if ((char === '}' || char === ']') && context.startsWith('looking for beginning'))
    return said('causes.json.likely.trailingComma');
  if (char === '/' || char === '#') return said('causes.json.likely.comment');
  if (char === "'") return said('causes.json.likely.singleQuote');
  if (char === '\\x00') return said('causes.json.likely.utf16');
  if (/^[A-Za-z_]$/.test(char) && context === 'looking for beginning of object key string')
    return said('causes.json.likely.unquotedKey');
  if (/^[A-Za-z+.]$/.test(char) && context === 'looking for beginning of value')
    return said('causes.json.likely.unquotedValue');
  return '';
}

const BOM: Record<string, Said> = {
  ï: said('causes.json.bom.utf8'),
  ÿ: said('causes.json.bom.utf16le'),
  þ: said('causes.json.bom.utf16be'),
};

function trailing(char: string): Said {
  if (char === '}' || char === ']') return said('causes.json.trailing.stray', { char });
  return said(char === '\\x00' ? 'causes.json.trailing.nul' : 'causes.json.trailing.more');
}

export const jsonRules: readonly Rule[] = [
  {
    id: 'json-bom',
    pattern: /^invalid character '([ïÿþ])' looking for beginning of value$/,
    build: ({ match, file }) => ({
      message: said('causes.json.bom', { file, bom: BOM[match[1]!]! }),
      hint: said('causes.json.bomHint'),
      fixable: true,
    }),
  },
  {
    id: 'json-trailing-content',
    pattern: /^invalid character '(.+?)' after top-level value$/,
    build: ({ match, file }) => ({
      message: said('causes.json.trailing', { file, what: trailing(match[1]!) }),
      hint: said('causes.json.trailingHint'),
      fixable: true,
    }),
  },
  {
    id: 'json-syntax',
    pattern: /^invalid character '(.+?)' (.+)$/,
    build: ({ match, file }) => {
      const [, char, context] = match as unknown as [string, string, string];
      const where = Object.hasOwn(WHERE, context) ? WHERE[context] : undefined;
      return {
        message: where
          ? said('causes.json.syntax', { file, char, where, likely: likely(char, context) })
          : said('causes.json.syntaxAt', { file, char, dockerd: context, likely: likely(char, context) }),
        hint: REPAIR,
        fixable: true,
      };
    },
  },
  {
    id: 'json-syntax',
    pattern: /^invalid escape sequence `(.*)` in string$/, // Go 1.27
    build: ({ match, file }) => ({
      message: said('causes.json.escape', { file, escape: match[1]! }),
      hint: REPAIR,
      fixable: true,
    }),
  },
  {
    id: 'json-syntax',
    pattern: /^(unexpected EOF|unexpected end of JSON input)$/,
    build: ({ file }) => ({ message: said('causes.json.truncated', { file }), hint: REPAIR, fixable: true }),
  },
  {
    // Go's decoder says just "EOF" when there is no JSON at all.
    id: 'json-empty',
    pattern: /^EOF$/,
    build: ({ file }) => ({
      message: said('causes.json.empty', { file }),
      hint: said('causes.json.emptyHint'),
      fixable: true,
    }),
  },
  {
    id: 'json-invalid-utf8',
    pattern: /^failed to decode configuration JSON at offset (\d+): encoding: invalid UTF-8$/,
    build: ({ match, file }) => ({
      message: said('causes.json.utf8', { file, offset: match[1]! }),
      hint: said('causes.json.utf8Hint'),
      fixable: false,
    }),
  },
  {
    id: 'json-top-level',
    pattern: /^json: cannot unmarshal (\w+)(?: \S+)? into Go value of type map\[string\]interface \{\}$/,
    build: ({ match, file }) => ({
      message: said('causes.json.topLevel', {
        file,
        what:
          match[1] === 'array' ? said('causes.json.kind.list') : said('causes.json.kind.other', { kind: match[1]! }),
      }),
      hint: said('causes.json.topLevelHint'),
      fixable: false,
    }),
  },
];
