import type { Position } from './types.js';

/** UTF-16 offset → 1-based line and column; \n, \r\n and a lone \r each end a line. */
export function positionIndex(text: string): (offset: number) => Position {
  let starts: number[] | undefined;
  const lineStarts = (): number[] => {
    if (starts) return starts;
    starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
    }
    return starts;
  };
  return (offset) => {
    const s = lineStarts();
    const at = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((s[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    // Columns count characters (code points), as editors do, not UTF-16 units.
    return { line: lo + 1, column: Array.from(text.slice(s[lo] as number, at)).length + 1 };
  };
}

/** One-off lookup (builds the line index each time; use positionIndex for many). */
export const positionAt = (text: string, offset: number): Position => positionIndex(text)(offset);
