import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { positionAt } from '../text-position.js';

/** Why a text is not strict JSON (RFC 8259, what Go's encoding/json accepts), and where. */
export interface StrictJsonProblem {
  message: string;
  offset: number;
  line: number;
  column: number;
}

const DESCRIPTIONS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'expected a "quoted" key',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected ","',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'unexpected content after the top-level value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'malformed number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape in string',
  InvalidCharacter: 'control character in string',
};

function describe(error: ParseError): string {
  const code = printParseErrorCode(error.error);
  return DESCRIPTIONS[code] ?? code;
}

/**
 * Parses `text` as strict JSON. Returns the tree, or the first problem: comments, trailing
 * commas, a BOM, trailing content and empty text are all refused, as dockerd refuses them.
 */
export function parseStrictJson(
  text: string,
): { root: Node; problem?: undefined } | { root?: undefined; problem: StrictJsonProblem } {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first) return { problem: { message: describe(first), offset: first.offset, ...positionAt(text, first.offset) } };
  if (!root) return { problem: { message: 'expected a value', offset: 0, line: 1, column: 1 } };
  try {
    // jsonc-parser's scanner is slightly more lenient than RFC 8259 in corners; JSON.parse is not.
    JSON.parse(text);
  } catch (e) {
    return { problem: { message: (e as Error).message, offset: 0, line: 1, column: 1 } };
  }
  return { root };
}

/** The first strict-JSON problem of `text`, or undefined when dockerd's parser would accept it. */
export function checkStrictJson(text: string): StrictJsonProblem | undefined {
  return parseStrictJson(text).problem;
}
