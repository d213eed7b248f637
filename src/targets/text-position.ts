export { positionAt } from '../jsonfile/position.js';
export type { Position } from '../jsonfile/types.js';

/** The line break a file uses: the first one found decides; LF when there is none. */
export function detectEol(text: string): '\n' | '\r\n' {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}
