/**
 * A string that remembers, for each character, the offset in the file it came from, so that a
 * word split out of a variable's value can still be reported at its line and column.
 */
export interface Traced {
  text: string;
  at: number[];
}

export const emptyTraced = (): Traced => ({ text: '', at: [] });

export function pushChar(t: Traced, char: string, offset: number): void {
  t.text += char;
  t.at.push(offset);
}

export function pushTraced(t: Traced, more: Traced): void {
  t.text += more.text;
  t.at.push(...more.at);
}

/** The same offset for every character: text that came from one place (a `$VAR` reference). */
export function tracedAt(text: string, offset: number): Traced {
  return { text, at: Array.from(text, () => offset) };
}

/** A word of a value, with where its first character came from. */
export interface TracedWord {
  value: string;
  offset: number;
}
