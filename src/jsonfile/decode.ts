// Bytes → text, as dockerd turns daemon.json into the bytes its JSON decoder sees.
//  20.10: the raw bytes; Go replaces each invalid UTF-8 byte with U+FFFD inside strings, and a
//         BOM is just an invalid character.
//  23.0+: a BOM selects the encoding (UTF-8 BOM stripped, UTF-16 LE/BE transcoded), then the
//         result must be valid UTF-8 ("failed to decode configuration JSON at offset N").

export type SourceEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: SourceEncoding;
  /** Characters that replace invalid bytes: text index → the original byte (for Go's messages). */
  invalidBytes: ReadonlyMap<number, number>;
  /** The first invalid byte, when there is one: its byte offset and text index. */
  firstInvalid?: { byteOffset: number; index: number };
}

/** Length of the valid UTF-8 sequence at `i`, or 0 when the byte there starts none (Go's rules). */
function sequenceLength(b: Uint8Array, i: number): number {
  const c = b[i] as number;
  if (c < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const x = b[i + k];
    return x !== undefined && x >= lo && x <= hi;
  };
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((c >= 0xe1 && c <= 0xec) || c === 0xee || c === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (c === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0; // no surrogates
  if (c === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xf1 && c <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** UTF-8 with each invalid byte replaced by U+FFFD, remembering which byte it was. */
function decodeUtf8(bytes: Uint8Array, start: number): Omit<DecodedText, 'encoding'> {
  // ignoreBOM keeps U+FEFF as text: the caller says where a BOM is, and a run after an invalid byte must not lose one.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const invalidBytes = new Map<number, number>();
  let firstInvalid: DecodedText['firstInvalid'];
  let text = '';
  let runStart = start;
  let i = start;
  while (i < bytes.length) {
    const n = sequenceLength(bytes, i);
    if (n > 0) {
      i += n;
      continue;
    }
    text += decoder.decode(bytes.subarray(runStart, i));
    firstInvalid ??= { byteOffset: i, index: text.length };
    invalidBytes.set(text.length, bytes[i] as number);
    text += '\ufffd';
    i += 1;
    runStart = i;
  }
  text += decoder.decode(bytes.subarray(runStart));
  return { text, invalidBytes, firstInvalid };
}

/** UTF-16 with a BOM, as golang.org/x/text transcodes it (bad surrogates and odd bytes → U+FFFD). */
function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const units: number[] = [];
  for (let i = 2; i + 1 < bytes.length; i += 2) {
    const a = bytes[i] as number;
    const b = bytes[i + 1] as number;
    units.push(littleEndian ? a | (b << 8) : (a << 8) | b);
  }
  let text = '';
  for (let k = 0; k < units.length; k++) {
    const u = units[k] as number;
    const next = units[k + 1];
    if (u >= 0xd800 && u <= 0xdbff && next !== undefined && next >= 0xdc00 && next <= 0xdfff) {
      text += String.fromCharCode(u, next);
      k++;
    } else if (u >= 0xd800 && u <= 0xdfff) {
      text += '\ufffd';
    } else {
      text += String.fromCharCode(u);
    }
  }
  if (bytes.length % 2 === 1) text += '\ufffd';
  return text;
}

/** What 20.10 sees: the bytes as they are. */
export function decodeLegacy(bytes: Uint8Array): DecodedText {
  return { ...decodeUtf8(bytes, 0), encoding: 'utf-8' };
}

/** What 23.0+ sees: BOM-selected encoding; invalid UTF-8 is reported through `firstInvalid`. */
export function decodeWithBom(bytes: Uint8Array): DecodedText {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { ...decodeUtf8(bytes, 3), encoding: 'utf-8-bom' };
  if (b0 === 0xfe && b1 === 0xff)
    return { text: decodeUtf16(bytes, false), encoding: 'utf-16be', invalidBytes: new Map() };
  if (b0 === 0xff && b1 === 0xfe)
    return { text: decodeUtf16(bytes, true), encoding: 'utf-16le', invalidBytes: new Map() };
  return { ...decodeUtf8(bytes, 0), encoding: 'utf-8' };
}

/** Which BOM the bytes start with, if any (20.10 rejects all of them). */
export function detectBom(bytes: Uint8Array): Exclude<SourceEncoding, 'utf-8'> | undefined {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return 'utf-8-bom';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  return undefined;
}

/**
 * The offset in "failed to decode configuration JSON at offset N": x/text transforms in 4 KiB
 * chunks and reports how much of the source it had consumed, so the end of the failing chunk.
 */
export const goDecodeErrorOffset = (byteOffset: number, length: number): number =>
  Math.min(length, (Math.floor(byteOffset / 4096) + 1) * 4096);

// Go's unicode.IsSpace: what bytes.TrimSpace removes (23.0+ trims the decoded file).
const GO_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

/** [start, end) of the text without Go's surrounding white space. */
export function trimSpanGo(text: string): [number, number] {
  let start = 0;
  let end = text.length;
  while (start < end && GO_SPACE.test(text[start] as string)) start++;
  while (end > start && GO_SPACE.test(text[end - 1] as string)) end--;
  return [start, end];
}

/** How a file's text goes back to bytes: UTF-8, or UTF-16 when it came as UTF-16 (with its BOM). */
export type TransferEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/**
 * The text to write: UTF-16 only while the text still starts with the BOM it was read with (repair
 * removes it, and then writes UTF-8); a UTF-8 BOM is U+FEFF in the text and comes back as EF BB BF.
 */
export function encodeText(text: string, encoding: TransferEncoding = 'utf-8'): Uint8Array {
  if (encoding === 'utf-8' || !text.startsWith('\ufeff')) return Buffer.from(text, 'utf8');
  const out = Buffer.alloc(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    if (encoding === 'utf-16le') out.writeUInt16LE(u, i * 2);
    else out.writeUInt16BE(u, i * 2);
  }
  return out;
}

/** A file read for editing: its whole text (a BOM as U+FEFF), and whether writing it back gives the same bytes. */
export interface EditableText {
  text: string;
  encoding: TransferEncoding;
  /** Where in the text the bytes do not survive a round trip (invalid UTF-8, a broken UTF-16 pair, an odd byte). */
  inexactAt?: number;
}

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean =>
  a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.length).equals(b);

export function decodeForEdit(bytes: Uint8Array): EditableText {
  const [b0, b1] = bytes;
  const utf16: TransferEncoding | undefined =
    b0 === 0xff && b1 === 0xfe ? 'utf-16le' : b0 === 0xfe && b1 === 0xff ? 'utf-16be' : undefined;
  if (!utf16) {
    const decoded = decodeUtf8(bytes, 0);
    return { text: decoded.text, encoding: 'utf-8', inexactAt: decoded.firstInvalid?.index };
  }
  const text = `\ufeff${decodeUtf16(bytes, utf16 === 'utf-16le')}`;
  if (sameBytes(encodeText(text, utf16), bytes)) return { text, encoding: utf16 };
  const back = encodeText(text, utf16);
  let i = 0;
  while (i < back.length && back[i] === bytes[i]) i++;
  return { text, encoding: utf16, inexactAt: Math.min(text.length, Math.floor(i / 2)) };
}
