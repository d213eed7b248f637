// Go's quoting, so that the lines we predict read exactly like dockerd's own.

/** Is the rune printable in Go's strconv.IsPrint sense (close enough for config text)? */
function isPrint(cp: number): boolean {
  if (cp < 0x20 || cp === 0x7f) return false;
  if (cp >= 0x80 && cp <= 0xa0) return false;
  if (cp === 0xad) return false;
  return !/[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u.test(String.fromCodePoint(cp)) || cp === 0x20;
}

const SHORT_ESCAPES: Readonly<Record<number, string>> = {
  0x07: '\\a',
  0x08: '\\b',
  0x0c: '\\f',
  0x0a: '\\n',
  0x0d: '\\r',
  0x09: '\\t',
  0x0b: '\\v',
  0x5c: '\\\\',
};

function quoteRune(cp: number, quote: '"' | "'"): string {
  if (cp === quote.charCodeAt(0)) return `\\${quote}`;
  const short = SHORT_ESCAPES[cp];
  if (short) return short;
  if (isPrint(cp)) return String.fromCodePoint(cp);
  if (cp < 0x80) return `\\x${cp.toString(16).padStart(2, '0')}`;
  if (cp === 0xfffd) return '\\ufffd';
  if (cp < 0x10000) return `\\u${cp.toString(16).padStart(4, '0')}`;
  return `\\U${cp.toString(16).padStart(8, '0')}`;
}

/** strconv.Quote: a double-quoted Go string literal (as %q prints a string). */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) out += quoteRune(ch.codePointAt(0) as number, '"');
  return `${out}"`;
}

/**
 * encoding/json's quoteChar: how a syntax error names the offending byte. Go's scanner works on
 * bytes, and prints a byte ≥ 0x80 as the Latin-1 character of that value ('ï' for a UTF-8 BOM).
 */
export function goQuoteByte(byte: number): string {
  if (byte === 0x27) return "'\\''";
  if (byte === 0x22) return `'"'`;
  return `'${quoteRune(byte, '"')}'`;
}

/** quoteChar of Go 1.27: the whole character ('“' rather than 'â'). */
export function goQuoteRune(cp: number): string {
  if (cp === 0x27) return "'\\''";
  if (cp === 0x22) return `'"'`;
  return `'${quoteRune(cp, '"')}'`;
}

/** The first byte of a character's UTF-8 encoding: what Go's scanner reports for it. */
export function firstUtf8Byte(cp: number): number {
  if (cp < 0x80) return cp;
  if (cp < 0x800) return 0xc0 | (cp >> 6);
  if (cp < 0x10000) return 0xe0 | (cp >> 12);
  return 0xf0 | (cp >> 18);
}
