/** Go's strconv number parsing, as far as dockerd's config checks use it. */

import { goQuote } from './quote.js';

export type GoParse<T> = { ok: true; value: T } | { ok: false; error: string };

const INT64_MAX = 9223372036854775807n;
const INT64_MIN = -9223372036854775808n;

/** strconv.Atoi on a 64-bit build: optional sign, decimal digits, int64 range. */
export function goAtoi(text: string): GoParse<bigint> {
  const fail = (why: string): GoParse<bigint> => ({
    ok: false,
    error: `strconv.Atoi: parsing ${goQuote(text)}: ${why}`,
  });
  if (!/^[+-]?[0-9]+$/.test(text)) return fail('invalid syntax');
  const value = BigInt(text);
  if (value > INT64_MAX || value < INT64_MIN) return fail('value out of range');
  return { ok: true, value };
}

/** strconv.ParseUint(text, 0, bits): base prefixes 0x/0o/0b/0, underscores only with a prefix. */
export function goParseUint(text: string, bits: number): GoParse<bigint> {
  const fail = (why: string): GoParse<bigint> => ({
    ok: false,
    error: `strconv.ParseUint: parsing ${goQuote(text)}: ${why}`,
  });
  let digits = text;
  let radix = 10;
  let prefixed = false;
  if (/^0[xX]/.test(digits)) [digits, radix, prefixed] = [digits.slice(2), 16, true];
  else if (/^0[oO]/.test(digits)) [digits, radix, prefixed] = [digits.slice(2), 8, true];
  else if (/^0[bB]/.test(digits)) [digits, radix, prefixed] = [digits.slice(2), 2, true];
  else if (/^0[0-9_]/.test(digits)) [digits, radix, prefixed] = [digits.slice(1), 8, true];
  if (prefixed) {
    // Go allows single underscores between digits only when a base prefix is present.
    if (digits.includes('__') || digits.endsWith('_')) return fail('invalid syntax');
    digits = digits.replaceAll('_', '');
  }
  if (digits === '') return fail('invalid syntax');
  const alphabet = '0123456789abcdef'.slice(0, radix);
  let value = 0n;
  for (const ch of digits.toLowerCase()) {
    const d = alphabet.indexOf(ch);
    if (d < 0) return fail('invalid syntax');
    value = value * BigInt(radix) + BigInt(d);
  }
  if (value >= 1n << BigInt(bits)) return fail('value out of range');
  return { ok: true, value };
}

/** strconv.ParseFloat for the decimal forms people write in size strings ("1.5", "2e3"). */
export function goParseFloat(text: string): GoParse<number> {
  if (!/^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$/.test(text)) {
    return { ok: false, error: `strconv.ParseFloat: parsing ${goQuote(text)}: invalid syntax` };
  }
  return { ok: true, value: Number(text) };
}
