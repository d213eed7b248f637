import type { Edit } from './edits.js';
import type { TextMap } from './text-position.js';

/**
 * Removing a comment (or a stray token): alone on its line(s) it takes the whole line with it;
 * after code it takes the spaces before it; before code, the spaces after it.
 */
export function removalOf(map: TextMap, start: number, end: number): Edit {
  const { text } = map;
  const lineStart = map.lineStart(start);
  const lineEnd = map.lineEnd(end);
  const aloneBefore = /^\ufeff?[ \t]*$/.test(text.slice(lineStart, start));
  const aloneAfter = /^[ \t]*$/.test(text.slice(end, lineEnd));
  if (aloneBefore && aloneAfter) {
    const breakLength = text.startsWith('\r\n', lineEnd) ? 2 : lineEnd < text.length ? 1 : 0;
    return { offset: lineStart, length: lineEnd + breakLength - lineStart, text: '' };
  }
  if (!aloneBefore) {
    const spaces = /[ \t]*$/.exec(text.slice(lineStart, start))?.[0].length ?? 0;
    return { offset: start - spaces, length: end - start + spaces, text: '' };
  }
  const spaces = /^[ \t]*/.exec(text.slice(end, lineEnd))?.[0].length ?? 0;
  return { offset: start, length: end - start + spaces, text: '' };
}
