import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { messageOf } from '../../diagnostics/say.js';
import { said, type Said } from '../../i18n/said.js';
import { positionAt } from '../text-position.js';

/** Why a text is not strict JSON (RFC 8259, what Go's encoding/json accepts), and where. */
export interface StrictJsonProblem {
  /** In English, and as the catalogue sentence. */
  message: string;
  says: Said;
  offset: number;
  line: number;
  column: number;
}

const DESCRIPTIONS: Record<string, Said> = {
  InvalidSymbol: said('files.strictJson.invalidSymbol'),
  InvalidNumberFormat: said('files.strictJson.badNumber'),
  PropertyNameExpected: said('files.strictJson.keyExpected'),
  ValueExpected: said('files.strictJson.valueExpected'),
  ColonExpected: said('files.strictJson.colonExpected'),
  CommaExpected: said('files.strictJson.commaExpected'),
  CloseBraceExpected: said('files.strictJson.braceExpected'),
  CloseBracketExpected: said('files.strictJson.bracketExpected'),
  EndOfFileExpected: said('files.strictJson.endExpected'),
  InvalidCommentToken: said('files.json.cause.comment'),
  UnexpectedEndOfComment: said('files.strictJson.openComment'),
  UnexpectedEndOfString: said('files.strictJson.openString'),
  UnexpectedEndOfNumber: said('files.strictJson.badNumber'),
  InvalidUnicode: said('files.strictJson.badUnicode'),
  InvalidEscapeCharacter: said('files.strictJson.badEscape'),
  InvalidCharacter: said('files.strictJson.controlCharacter'),
};

function describe(error: ParseError): Said {
  const code = printParseErrorCode(error.error);
  return DESCRIPTIONS[code] ?? said('files.strictJson.parser', { parser: code });
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
  if (first)
    return { problem: { ...messageOf(describe(first)), offset: first.offset, ...positionAt(text, first.offset) } };
  if (!root)
    return { problem: { ...messageOf(said('files.strictJson.valueExpected')), offset: 0, line: 1, column: 1 } };
  try {
    // jsonc-parser's scanner is slightly more lenient than RFC 8259 in corners; JSON.parse is not.
    JSON.parse(text);
  } catch (e) {
    const parser = said('files.strictJson.parser', { parser: (e as Error).message });
    return { problem: { ...messageOf(parser), offset: 0, line: 1, column: 1 } };
  }
  return { root };
}

/** The first strict-JSON problem of `text`, or undefined when dockerd's parser would accept it. */
export function checkStrictJson(text: string): StrictJsonProblem | undefined {
  return parseStrictJson(text).problem;
}
