import { closeAtEnd } from './close-at-end.js';
import { addDeletion, applyEdits, type Edit } from './edits.js';
import { lex, type Note, type Token } from './lex.js';
import { mergeObjects } from './merge-objects.js';
import { english, said, type Said } from '../i18n/said.js';
import { closerOf, containersIn, Parser, quote, quotedToken, Refusal, type ObjectNode } from './parse.js';
import { removalOf } from './removal.js';
import { mapText, type TextMap } from './text-position.js';
import type { RepairFailure, RepairResult } from './types.js';

/**
 * Turn the damage daemon.json files suffer in the wild back into strict JSON, keeping every
 * setting: dangling and doubled commas, a comma missing at a line break, comments (// /* *\/ #),
 * a BOM, foreign spaces, stray closers after the end, closers missing at the end, a missing
 * opening '{', several top-level objects, an empty file. Edits are minimal: the rest of the text,
 * CRLF line ends included, is kept byte for byte. Anything that needs a guess is refused, with
 * the line and column to fix by hand.
 */
export function repairDaemonJson(text: string): RepairResult {
  const map = mapText(text);
  const lexed = lex(map);
  if (!lexed.ok) return refuse(map, lexed.reason, lexed.offset);
  const { tokens, notes } = lexed;
  try {
    if (tokens.length === 0) return emptyDocument(map, notes);
    if (tokens.every((t) => t.kind === 'nul')) {
      throw new Refusal(said('files.repair.onlyNul'), 0);
    }
    const edits = repairDocument(tokens, map, lexed.edits, notes);
    return finish(map, edits, notes);
  } catch (error) {
    if (error instanceof Refusal) return refuse(map, error.says, error.offset);
    throw error;
  }
}

function repairDocument(tokens: readonly Token[], map: TextMap, lexEdits: Edit[], notes: Note[]): Edit[] {
  const edits = [...lexEdits];
  const parser = new Parser(tokens, map, edits, notes);
  const first = parser.next();
  if (!first) return edits;

  if (first.kind === 'literal' && first.value === 'null' && tokens.length === 1) {
    edits.push({ offset: first.offset, length: first.end - first.offset, text: '{}' });
    notes.push({ offset: first.offset, says: said('files.repair.action.nullTop') });
    return edits;
  }

  let top: ObjectNode;
  let virtualTop = false;
  if (first.kind === '{') {
    top = parser.parseObject(first.offset);
  } else if (first.kind === 'string' && parser.peek()?.kind === ':') {
    // A pasted snippet ("registry-mirrors": [...]) or a lost first line: the members are intact.
    parser.back();
    top = parser.parseObject(first.offset);
    virtualTop = true;
  } else {
    const start = first.kind === 'string' ? said('files.type.string') : quotedToken(first, first.value);
    throw new Refusal(said('files.repair.notObject', { start }), first.offset);
  }

  const objects: ObjectNode[] = [top];
  const endLine = map.lineOf(Math.max(top.start, top.end - 1));
  for (let token = parser.peekRaw(); token; token = parser.peekRaw()) {
    if (token.kind === '{') {
      parser.next();
      const next = parser.parseObject(token.offset);
      if (!next.closed)
        throw new Refusal(said('files.repair.topNotClosed', { line: map.lineOf(token.offset) }), token.offset);
      objects.push(next);
      continue;
    }
    const removed = TRAILING[token.kind]?.(token);
    if (!removed) {
      const found =
        token.kind === 'string'
          ? said('files.repair.token.string', { text: quote(token.value) })
          : quotedToken(token, quote(token.value, 20));
      throw new Refusal(said('files.repair.afterEnd', { found, line: endLine }), token.offset);
    }
    addDeletion(edits, removalOf(map, token.offset, token.end));
    notes.push({ offset: token.offset, says: removed });
    parser.skip();
  }

  const closersBefore = edits.length;
  closeAtEnd(top, map, edits, notes, virtualTop);
  // A closer alone on a line after the end reads as pasted or doubled; one that ends a line of the
  // configuration may have been typed anywhere in it.
  const alone = (offset: number): boolean =>
    map.startsLine(offset) && /^[\s,\]}]*$/.test(map.text.slice(offset + 1, map.lineEnd(offset)));
  const strayNotes = notes.filter((n) => STRAY_CLOSER[n.says.key] !== undefined);
  const strays = new Set(strayNotes.filter((n) => !alone(n.offset)).map((n) => STRAY_CLOSER[n.says.key]!));
  if (edits.length > closersBefore || strayNotes.length > 0) checkCloserIndents(objects, map);
  for (const closer of strays) checkStrayCloser(objects, map, closer);
  if (virtualTop) insertOpeningBrace(top, map, edits, notes);
  return mergeObjects(objects, map, edits, notes);
}

const STRAY_CLOSER: Partial<Record<string, 'object' | 'array'>> = {
  'files.repair.action.strayBrace': 'object',
  'files.repair.action.strayBracket': 'array',
};

/**
 * A closer left over after the end may have been typed anywhere inside: after an entry of a
 * container that has more entries, which then moved out to its parent. That happened when a
 * container of its kind is followed by a sibling, unless the indentation vouches for its closer.
 */
function checkStrayCloser(roots: readonly ObjectNode[], map: TextMap, type: 'object' | 'array'): void {
  for (const { node, parent, last } of containersIn(roots)) {
    if (!parent || node.type !== type || last) continue;
    const closerAt = node.end - 1;
    // Only an indentation that sets it apart from its parent's says which container a closer ends.
    const vouched =
      map.startsLine(closerAt) &&
      map.indentOf(closerAt) === map.indentOf(node.start) &&
      map.indentOf(node.start) !== map.indentOf(parent.start);
    if (!vouched)
      throw new Refusal(
        said('files.repair.strayCloserOfWhich', { closer: closerOf(node), line: map.lineOf(closerAt) }),
        closerAt,
      );
  }
}

/**
 * When closers had to be added or deleted, the text's indentation is the only witness of which
 * container each remaining closer ends: a closer on a line of its own indented unlike the line that
 * opened its container means one went missing (or was added) elsewhere, and settings would move.
 */
function checkCloserIndents(roots: readonly ObjectNode[], map: TextMap): void {
  for (const { node } of containersIn(roots)) {
    const closerAt = node.end - 1;
    if (node.closed && map.startsLine(closerAt) && map.indentOf(closerAt) !== map.indentOf(node.start))
      throw new Refusal(
        said('files.repair.closerIndent', {
          closer: closerOf(node),
          line: map.lineOf(closerAt),
          opened: map.lineOf(node.start),
        }),
        closerAt,
      );
  }
}

/** What may follow the configuration's closing '}' and be deleted without losing a setting. */
const TRAILING: Partial<Record<Token['kind'], (t: Token) => Said>> = {
  '}': () => said('files.repair.action.strayBrace'),
  ']': () => said('files.repair.action.strayBracket'),
  ',': () => said('files.repair.action.strayComma'),
  nul: (t) => said('files.repair.action.trailingNul', { count: t.value.length }),
};

function insertOpeningBrace(top: ObjectNode, map: TextMap, edits: Edit[], notes: Note[]): void {
  const closesOnOtherLine = map.lineOf(top.start) !== map.lineOf(top.closed ? top.end - 1 : top.end);
  const at = closesOnOtherLine ? map.lineStart(top.start) : top.start;
  edits.push({ offset: at, length: 0, text: closesOnOtherLine ? `{${map.eol}` : '{' });
  notes.push({ offset: top.start, says: said('files.repair.action.openingBrace') });
}

function emptyDocument(map: TextMap, notes: Note[]): RepairResult {
  const hadComments = notes.some((n) => n.says.key === 'files.repair.action.comment');
  const wrote = said(hadComments ? 'files.repair.action.onlyComments' : 'files.repair.action.empty');
  return {
    ok: true,
    text: `{}${map.eol}`,
    actions: [...render(map, notes), said('files.repair.action.atLine', { line: 1, action: wrote })],
  };
}

function finish(map: TextMap, edits: readonly Edit[], notes: readonly Note[]): RepairResult {
  let text: string;
  try {
    text = edits.length === 0 ? map.text : applyEdits(map.text, edits);
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('not an object');
  } catch {
    return refuse(map, said('files.repair.unsure'), 0);
  }
  return { ok: true, text, actions: render(map, notes) };
}

function render(map: TextMap, notes: readonly Note[]): Said[] {
  return [...notes]
    .sort((a, b) => a.offset - b.offset)
    .map((n) => said('files.repair.action.atLine', { line: map.lineOf(n.offset), action: n.says }));
}

function refuse(map: TextMap, says: Said, offset: number): RepairFailure {
  return { ok: false, reason: english(says), says, ...map.positionOf(Math.min(offset, map.text.length)) };
}
