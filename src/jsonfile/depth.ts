// How deep a daemon.json nests, for the code paths that walk it recursively (jsonc-parser's tree
// for edits, repair's parser). dockerd reads nesting up to 10,000 levels; those paths would
// overflow the JS stack long before, so they refuse a file nested deeper than EDIT_MAX_DEPTH.
import { hint, messageOf } from '../diagnostics/say.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { said } from '../i18n/said.js';
import { positionAt } from './position.js';

/** Go's encoding/json refuses nesting deeper than this ("exceeded max depth"). */
export const GO_MAX_DEPTH = 10000;
/** Far beyond any real daemon.json (a few levels), well within the stack of a recursive walk. */
export const EDIT_MAX_DEPTH = 1000;

/**
 * The deepest nesting of `{`/`[` outside strings, and where it first goes beyond `limit`.
 * Tolerant of damaged text (a closer too many counts as nothing); one pass, no recursion.
 */
export function nestingDepth(text: string, limit = EDIT_MAX_DEPTH): { depth: number; beyond?: number } {
  let depth = 0;
  let max = 0;
  let beyond: number | undefined;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22 || c === 0x0a) inString = false; // a string does not span lines in JSON
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > max) max = depth;
      if (depth > limit && beyond === undefined) beyond = i;
    } else if ((c === 0x7d || c === 0x5d) && depth > 0) depth--;
  }
  return { depth: max, beyond };
}

/** Why a file is too deep to edit, at the first bracket beyond the limit; undefined when it is not. */
export function tooDeepToEdit(text: string | null, path: string): Diagnostic | undefined {
  if (text === null) return undefined;
  const { depth, beyond } = nestingDepth(text);
  if (beyond === undefined) return undefined;
  return {
    id: 'file-unparsable',
    severity: 'error',
    ...messageOf(said('files.depth.tooDeepToEdit', { depth, limit: EDIT_MAX_DEPTH })),
    ...hint('files.depth.hint.byHand'),
    file: path,
    ...positionAt(text, beyond),
    fixable: false,
  };
}
