import { said, type Said } from '../i18n/said.js';
import { applyEdits, editsWithin, replaceRange, type Edit } from './edits.js';
import type { Note } from './lex.js';
import { quote, Refusal, type Member, type ObjectNode } from './parse.js';
import type { TextMap } from './text-position.js';

/** A key's value as comparable text: same JSON value ⇔ same text, whatever the formatting. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** "the second top-level object": objects[i] in words. */
const ordinal = (i: number) => said('files.ordinal', { n: i + 1 });

/**
 * Several top-level objects (`echo '{…}' >> daemon.json`): move the members of the later ones
 * into the first non-empty one, in its style, and delete the rest. A key set again with the
 * same value is dropped; with a different value the intent is unknowable (dockerd 20.10 used
 * the first object, 23.0+ refuses the file), so that is refused.
 */
export function mergeObjects(objects: readonly ObjectNode[], map: TextMap, edits: Edit[], notes: Note[]): Edit[] {
  const baseIndex = Math.max(
    0,
    objects.findIndex((o) => o.members.length > 0),
  );
  const base = objects[baseIndex];
  const last = objects[objects.length - 1];
  if (!base || !last || objects.length < 2) return edits;

  const memberText = (m: Member): string =>
    applyEdits(map.text, editsWithin(edits, m.key.offset, m.value.end), m.key.offset, m.value.end);
  const valueOf = (m: Member): string =>
    canonical(
      JSON.parse(applyEdits(map.text, editsWithin(edits, m.value.start, m.value.end), m.value.start, m.value.end)),
    );
  /** Each key's value as dockerd reads the object: the last occurrence wins. */
  const effective = (object: ObjectNode): Map<string, { canon: string; offset: number }> =>
    new Map(object.members.map((m) => [m.key.value, { canon: valueOf(m), offset: m.key.offset }]));

  const seen = effective(base);
  const multiline = map.lineOf(base.start) !== map.lineOf(base.end);
  const lastMember = base.members[base.members.length - 1];
  const targetIndent =
    lastMember && map.startsLine(lastMember.key.offset)
      ? map.indentOf(lastMember.key.offset)
      : `${map.indentOf(base.start)}  `;
  const separator = multiline ? map.eol + targetIndent : ' ';

  let inserted = '';
  for (let i = baseIndex + 1; i < objects.length; i++) {
    const object = objects[i];
    if (!object) continue;
    const own = effective(object);
    for (const [key, value] of own) {
      const earlier = seen.get(key);
      if (earlier && earlier.canon !== value.canon) {
        throw new Refusal(
          said('files.repair.conflictingMerge', {
            key: quote(key),
            line: map.lineOf(earlier.offset),
            object: ordinal(i),
          }),
          value.offset,
        );
      }
    }
    const added = new Set<string>();
    const dropped = new Set<string>();
    for (const m of object.members) {
      if (seen.has(m.key.value)) {
        dropped.add(m.key.value);
        continue;
      }
      added.add(m.key.value);
      inserted += `,${separator}${reindent(memberText(m), map.startsLine(m.key.offset) ? map.indentOf(m.key.offset) : undefined, multiline ? targetIndent : undefined)}`;
    }
    for (const [key, value] of own) if (!seen.has(key)) seen.set(key, value);
    const parts: Said[] = [
      ...(added.size > 0 ? [said('files.repair.action.merged.added', { keys: quoteList([...added]) })] : []),
      ...(dropped.size > 0 ? [said('files.repair.action.merged.dropped', { keys: quoteList([...dropped]) })] : []),
    ];
    const what = parts.reduce<Said | undefined>(
      (first, next) => (first ? said('files.list.semicolon', { first, next }) : next),
      undefined,
    );
    notes.push({
      offset: object.start,
      says: said('files.repair.action.merged', {
        object: ordinal(i),
        what: what ?? said('files.repair.action.merged.empty'),
      }),
    });
  }

  let result = edits;
  if (baseIndex > 0) {
    notes.push({ offset: objects[0]?.start ?? 0, says: said('files.repair.action.emptyObjectBefore') });
    result = replaceRange(result, objects[0]?.start ?? 0, base.start, '');
  }
  if (last !== base) result = replaceRange(result, base.end, last.end, '');
  if (inserted && lastMember) result = [...result, { offset: lastMember.value.end, length: 0, text: inserted }];
  return result;
}

/** Lines after the first move from the member's old indentation to the one it lands in. */
function reindent(text: string, from: string | undefined, to: string | undefined): string {
  if (from === undefined || to === undefined || from === to) return text;
  return text
    .split('\n')
    .map((line, i) => (i > 0 && line.startsWith(from) ? to + line.slice(from.length) : line))
    .join('\n');
}

const quoteList = (keys: readonly string[]): string => keys.map((k) => `"${quote(k)}"`).join(', ');
