/** A replacement of text[offset, offset + length) by `text`; length 0 inserts. */
export interface Edit {
  offset: number;
  length: number;
  text: string;
}

const byPosition = (a: Edit, b: Edit): number => a.offset - b.offset || a.length - b.length;

/**
 * Apply edits that do not overlap (an insertion may touch a deletion's start).
 * Overlaps would mean a bug in the repair, so they throw rather than produce odd text.
 */
export function applyEdits(text: string, edits: readonly Edit[], from = 0, to = text.length): string {
  let out = '';
  let pos = from;
  for (const edit of [...edits].sort(byPosition)) {
    if (edit.offset < pos) throw new Error(`overlapping edits at offset ${edit.offset}`);
    out += text.slice(pos, edit.offset) + edit.text;
    pos = edit.offset + edit.length;
  }
  return out + text.slice(pos, to);
}

/** The edits lying entirely inside [from, to]. */
export function editsWithin(edits: readonly Edit[], from: number, to: number): Edit[] {
  return edits.filter((e) => e.offset >= from && e.offset + e.length <= to);
}

/** Replace [from, to) by `text`, dropping the edits it swallows. */
export function replaceRange(edits: Edit[], from: number, to: number, text: string): Edit[] {
  const kept = edits.filter((e) => !(e.offset >= from && e.offset + e.length <= to));
  return [...kept, { offset: from, length: to - from, text }];
}

/**
 * Add a deletion, trimmed so it does not overlap those already there (two removals may both
 * claim the spaces between a stray '}' and a comment); deletions it covers are absorbed.
 */
export function addDeletion(edits: Edit[], edit: Edit): void {
  let start = edit.offset;
  let end = edit.offset + edit.length;
  for (let i = edits.length - 1; i >= 0; i--) {
    const other = edits[i];
    if (!other) continue;
    const otherEnd = other.offset + other.length;
    if (other.length > 0 && other.text === '' && start <= other.offset && otherEnd <= end) edits.splice(i, 1);
    else if (other.offset <= start && start < otherEnd) start = otherEnd;
    else if (other.offset < end && end <= otherEnd) end = other.offset;
  }
  if (end > start) edits.push({ offset: start, length: end - start, text: '' });
}
