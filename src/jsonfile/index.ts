export {
  readJsonDocument,
  type JsonDialect,
  type JsonDocument,
  type JsonProblem,
  type JsonProblemKind,
} from './read.js';
export { parseFirstValue, goSyntaxMessage, type JsonSyntaxError, type ParseResult } from './parse.js';
export { positionAt, positionIndex } from './position.js';
export { goQuote, goQuoteByte } from './go-quote.js';
export type * from './types.js';
export { EDIT_MAX_DEPTH, GO_MAX_DEPTH, nestingDepth, tooDeepToEdit } from './depth.js';
