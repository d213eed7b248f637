/** Offsets ↔ lines, indentation and line endings of the text being repaired. */
export interface TextMap {
  readonly text: string;
  /** "\r\n" when the file mostly uses CRLF: inserted line breaks match the file's own. */
  readonly eol: string;
  /** 1-based line of an offset. */
  lineOf(offset: number): number;
  /** 1-based line and column (in characters, not UTF-16 units) of an offset. */
  positionOf(offset: number): { line: number; column: number };
  lineStart(offset: number): number;
  /** The offset of the line break ending the line that holds `offset` (text length on the last line). */
  lineEnd(offset: number): number;
  /** The spaces and tabs that start the line holding `offset`. */
  indentOf(offset: number): string;
  /** Is everything between the line's start and `offset` a space or tab? */
  startsLine(offset: number): boolean;
}

export function mapText(text: string): TextMap {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const crlf = text.split('\r\n').length - 1;
  const lf = starts.length - 1 - crlf;
  const lineIndex = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const lineStart = (offset: number): number => starts[lineIndex(offset)] ?? 0;
  return {
    text,
    eol: crlf > lf ? '\r\n' : '\n',
    lineOf: (offset) => lineIndex(offset) + 1,
    positionOf(offset) {
      const start = lineStart(offset);
      return { line: lineIndex(offset) + 1, column: [...text.slice(start, offset)].length + 1 };
    },
    lineStart,
    lineEnd(offset) {
      const next = starts[lineIndex(offset) + 1];
      if (next === undefined) return text.length;
      return text[next - 2] === '\r' ? next - 2 : next - 1;
    },
    indentOf(offset) {
      return /^[ \t]*/.exec(text.slice(lineStart(offset)))?.[0] ?? '';
    },
    startsLine(offset) {
      return /^[ \t]*$/.test(text.slice(lineStart(offset), offset));
    },
  };
}
