/**
 * The time package's own quote(): printable ASCII as is (with \" and \\), every other byte as \xNN.
 * `bytes` is a string of bytes (one char per byte, as `Buffer#toString('latin1')` makes it), so a
 * slice that splits a UTF-8 sequence quotes exactly as Go's does.
 */
export function timeQuoteBytes(bytes: string): string {
  let out = '"';
  for (const ch of bytes) {
    const c = ch.charCodeAt(0);
    if (c >= 0x80 || c < 0x20) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += ch === '"' || ch === '\\' ? `\\${ch}` : ch;
  }
  return `${out}"`;
}

/** quote() of a text value. */
export const timeQuote = (s: string): string => timeQuoteBytes(Buffer.from(s, 'utf8').toString('latin1'));
