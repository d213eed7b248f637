/** A 1-based line and column; the column counts characters (code points), as editors do. */
export interface Position {
  line: number;
  column: number;
}

/** Where `offset` (a UTF-16 index into `text`) falls, for messages that name a line and column. */
export function positionAt(text: string, offset: number): Position {
  const upTo = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lineStart = upTo.lastIndexOf('\n') + 1;
  let line = 1;
  for (let i = upTo.indexOf('\n'); i !== -1; i = upTo.indexOf('\n', i + 1)) line++;
  return { line, column: Array.from(upTo.slice(lineStart)).length + 1 };
}

/** The line break a file uses: the first one found decides; LF when there is none. */
export function detectEol(text: string): '\n' | '\r\n' {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}
