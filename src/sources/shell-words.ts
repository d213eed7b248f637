/** A word of a command line the user typed, with its 1-based column. */
export interface TypedWord {
  value: string;
  column: number;
}

export type ShellWordsResult = { ok: true; words: TypedWord[] } | { ok: false; message: string; column: number };

/**
 * Splits a command line as /bin/sh would, without expanding anything: blanks separate words,
 * '…' is literal, "…" and a backslash escape as in sh. Used for --daemon-args "ARGS".
 */
export function splitShellWords(text: string): ShellWordsResult {
  const words: TypedWord[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && ' \t\n'.includes(text[i] as string)) i++;
    if (i >= text.length) break;
    const start = i;
    let value = '';
    while (i < text.length && !' \t\n'.includes(text[i] as string)) {
      const c = text[i] as string;
      if (c === "'") {
        const close = text.indexOf("'", i + 1);
        if (close === -1) return { ok: false, message: 'unclosed single quote', column: i + 1 };
        value += text.slice(i + 1, close);
        i = close + 1;
      } else if (c === '"') {
        let j = i + 1;
        for (; j < text.length && text[j] !== '"'; j++) {
          if (text[j] === '\\' && '$`"\\\n'.includes(text[j + 1] ?? '')) j++;
          value += text[j];
        }
        if (j >= text.length) return { ok: false, message: 'unclosed double quote', column: i + 1 };
        i = j + 1;
      } else if (c === '\\') {
        if (i + 1 < text.length) value += text[i + 1];
        i += 2;
      } else {
        value += c;
        i++;
      }
    }
    words.push({ value, column: start + 1 });
  }
  return { ok: true, words };
}
