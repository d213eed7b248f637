import type { Traced, TracedWord } from './traced.js';

const WHITESPACE = ' \t\n\r';

/**
 * Field splitting of an unquoted `$DOCKER_OPTS` by /bin/sh: on blanks and newlines (the default
 * IFS) and nothing else; quotes and backslashes inside the value stay as they are.
 */
export function splitShellFields(value: Traced): TracedWord[] {
  const words: TracedWord[] = [];
  let current: TracedWord | undefined;
  for (let i = 0; i < value.text.length; i++) {
    const c = value.text[i] as string;
    if (' \t\n'.includes(c)) {
      current = undefined;
    } else if (current) {
      current.value += c;
    } else {
      current = { value: c, offset: value.at[i] ?? 0 };
      words.push(current);
    }
  }
  return words;
}

/**
 * How systemd splits the value of a standalone `$VAR` on a command line: on whitespace, with
 * '…' and "…" quoting and backslash escapes removed, unbalanced quotes tolerated
 * (extract_first_word with EXTRACT_UNQUOTE|EXTRACT_RELAX, no C unescaping).
 */
export function splitSystemdValue(value: Traced): TracedWord[] {
  const words: TracedWord[] = [];
  const { text, at } = value;
  let i = 0;
  while (i < text.length) {
    while (i < text.length && WHITESPACE.includes(text[i] as string)) i++;
    if (i >= text.length) break;
    const word: TracedWord = { value: '', offset: at[i] ?? 0 };
    let quote = '';
    for (; i < text.length; i++) {
      const c = text[i] as string;
      if (c === '\\') {
        i++;
        if (i < text.length) word.value += text[i];
      } else if (quote) {
        if (c === quote) quote = '';
        else word.value += c;
      } else if (c === '"' || c === "'") {
        quote = c;
      } else if (WHITESPACE.includes(c)) {
        break;
      } else {
        word.value += c;
      }
    }
    words.push(word);
  }
  return words;
}
