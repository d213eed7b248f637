/** A word of a command line in a unit file: as written, and as systemd reads it. */
export interface ExecWord {
  /** Exactly as written (quotes, escapes, specifiers), for writing it back verbatim. */
  raw: string;
  /** Quotes removed and C escapes decoded (specifiers not yet resolved). */
  value: string;
}

export interface SplitResult {
  words: ExecWord[];
  /** Escapes systemd does not know: it keeps them verbatim and warns. */
  unknownEscapes: string[];
  /** A quote that is never closed: systemd rejects the whole line. */
  unbalanced: boolean;
}

const WHITESPACE = ' \t\n\r';
const SIMPLE_ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  '"': '"',
  "'": "'",
  s: ' ',
};

/** Decodes one C escape after a backslash (systemd's cunescape_one): the text and how many characters it used. */
function cEscape(text: string, i: number): { char: string; length: number } | undefined {
  const c = text[i] ?? '';
  const simple = SIMPLE_ESCAPES[c];
  if (simple !== undefined) return { char: simple, length: 1 };
  const hex = (n: number): number | undefined => {
    const digits = text.slice(i + 1, i + 1 + n);
    return digits.length === n && /^[0-9a-fA-F]+$/.test(digits) ? parseInt(digits, 16) : undefined;
  };
  if (c === 'x') {
    const v = hex(2);
    return v ? { char: String.fromCharCode(v), length: 3 } : undefined;
  }
  if (c === 'u' || c === 'U') {
    const v = hex(c === 'u' ? 4 : 8);
    return v && v <= 0x10ffff ? { char: String.fromCodePoint(v), length: c === 'u' ? 5 : 9 } : undefined;
  }
  const octal = text.slice(i, i + 3);
  if (/^[0-7]{3}$/.test(octal)) {
    const v = parseInt(octal, 8);
    return v > 0 && v < 256 ? { char: String.fromCharCode(v), length: 3 } : undefined;
  }
  return undefined;
}

/**
 * Splits a command line as systemd's config_parse_exec does (extract_first_word with
 * EXTRACT_UNQUOTE|EXTRACT_CUNESCAPE): whitespace separates words, '…' and "…" may appear anywhere
 * in a word and are removed, backslash escapes are C escapes inside and outside quotes.
 */
export function splitExecLine(line: string): SplitResult {
  const words: ExecWord[] = [];
  const unknownEscapes: string[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && WHITESPACE.includes(line[i] as string)) i++;
    if (i >= line.length) break;
    const start = i;
    let value = '';
    let quote = '';
    for (; i < line.length; i++) {
      const c = line[i] as string;
      if (c === '\\') {
        const decoded = cEscape(line, i + 1);
        if (decoded) {
          value += decoded.char;
          i += decoded.length;
        } else if (i + 1 < line.length) {
          unknownEscapes.push(line.slice(i, i + 2));
          value += line.slice(i, i + 2);
          i++;
        } else value += c;
      } else if (quote) {
        if (c === quote) quote = '';
        else value += c;
      } else if (c === '"' || c === "'") quote = c;
      else if (WHITESPACE.includes(c)) break;
      else value += c;
    }
    if (quote) return { words, unknownEscapes, unbalanced: true };
    words.push({ raw: line.slice(start, i), value });
  }
  return { words, unknownEscapes, unbalanced: false };
}
