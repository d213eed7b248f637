// The few Go parsers whose acceptance decides whether dockerd starts: strconv.ParseBool/ParseInt,
// net.ParseIP and go-units' RAMInBytes. Each returns an error text worded as Go's, or the value.
import { goQuote } from '../jsonfile/go-quote.js';
import { atLeast, type EngineVersion } from './version.js';

/** encoding/json's case folding of field names: ASCII case, and K (U+212A) and ſ (U+017F) fold to k and s. */
export const goFoldName = (s: string): string => s.toLowerCase().replace(/ſ/g, 's');

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const err = (error: string): Parsed<never> => ({ ok: false, error });

const TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

export function parseGoBool(s: string): Parsed<boolean> {
  if (TRUE.has(s)) return ok(true);
  if (FALSE.has(s)) return ok(false);
  return err(`strconv.ParseBool: parsing ${goQuote(s)}: invalid syntax`);
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** Go's underscoreOK: "_" only between digits, or between a base prefix and a digit. */
function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s.startsWith('-') || s.startsWith('+')) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && 'box'.includes((s[1] as string).toLowerCase())) {
    i = 2;
    saw = '0';
    hex = (s[1] as string).toLowerCase() === 'x';
  }
  for (; i < s.length; i++) {
    const c = s[i] as string;
    if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

/**
 * strconv.ParseInt(s, base, 64), ported: with base 0 the prefixes 0x, 0o, 0b and a leading 0
 * (octal) pick the base and "_" may separate digits ("1_000", "0x_5dc"); with base 10 neither.
 */
export function parseGoInt(s: string, base: 0 | 10 = 0): Parsed<bigint> {
  const syntax = err(`strconv.ParseInt: parsing ${goQuote(s)}: invalid syntax`);
  if (s === '') return syntax;
  let body = s;
  let negative = false;
  if (body[0] === '+' || body[0] === '-') {
    negative = body[0] === '-';
    body = body.slice(1);
    if (body === '') return syntax;
  }
  let radix = 10;
  if (base === 0 && body[0] === '0') {
    const p = (body[1] ?? '').toLowerCase();
    if (body.length >= 3 && (p === 'b' || p === 'o' || p === 'x')) {
      radix = p === 'b' ? 2 : p === 'o' ? 8 : 16;
      body = body.slice(2);
    } else {
      radix = 8;
      body = body.slice(1);
    }
  }
  let underscores = false;
  let n = 0n;
  for (const c of body.toLowerCase()) {
    if (c === '_' && base === 0) {
      underscores = true;
      continue;
    }
    const d = '0123456789abcdef'.indexOf(c);
    if (d < 0 || d >= radix) return syntax;
    n = n * BigInt(radix) + BigInt(d);
    // ParseUint stops at the first digit that overflows 64 bits.
    if (n > UINT64_MAX) return err(`strconv.ParseInt: parsing ${goQuote(s)}: value out of range`);
  }
  if (underscores && !underscoreOK(s)) return syntax;
  if (negative) n = -n;
  if (n < INT64_MIN || n > INT64_MAX) return err(`strconv.ParseInt: parsing ${goQuote(s)}: value out of range`);
  return ok(n);
}

/** Is `raw` (a JSON number's text) an integer Go's json decoder puts in an int64 field? */
export function jsonIntFits(raw: string): boolean {
  if (!/^-?(0|[1-9][0-9]*)$/.test(raw)) return false;
  const n = BigInt(raw);
  return n >= INT64_MIN && n <= INT64_MAX;
}

function parseIPv4(s: string): boolean {
  const parts = s.split('.');
  return parts.length === 4 && parts.every((p) => /^(0|[1-9][0-9]{0,2})$/.test(p) && Number(p) <= 255);
}

function parseIPv6(s: string): boolean {
  // An embedded IPv4 address stands for the last two groups.
  const lastColon = s.lastIndexOf(':');
  const tail = s.slice(lastColon + 1);
  let groups = s;
  if (tail.includes('.')) {
    if (!parseIPv4(tail)) return false;
    groups = `${s.slice(0, lastColon + 1)}0:0`;
  }
  const halves = groups.split('::');
  if (halves.length > 2) return false;
  const parts = halves.flatMap((h) => (h === '' ? [] : h.split(':')));
  if (!parts.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  return halves.length === 2 ? parts.length < 8 : parts.length === 8;
}

/** net.ParseIP: dotted IPv4 (no leading zeros) or IPv6 (no zone, no brackets). */
export const isGoIP = (s: string): boolean => (s.includes(':') ? parseIPv6(s) : parseIPv4(s));

const FLOAT =
  /^[+-]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)[pP][+-]?[0-9]+|inf|infinity|nan)$/i;

/**
 * go-units RAMInBytes, as dockerd of this version links it: the regexp-based parser (Debian's
 * 20.10 and 26.1 builds) or the hand-written one (28.0+ builds).
 */
export function parseRamInBytes(s: string, engine: EngineVersion): Parsed<number> {
  const invalid = err(`invalid size: '${s}'`);
  if (!atLeast(engine, '28.0.0')) {
    const m = /^(\d+(\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$/.exec(s);
    if (!m) return invalid;
    if (!FLOAT.test(m[1] as string))
      return err(`strconv.ParseFloat: parsing ${goQuote(m[1] as string)}: invalid syntax`);
    return ok(Number(m[1]));
  }
  let sep = -1;
  for (let i = s.length - 1; i >= 0; i--) {
    if ('0123456789. '.includes(s[i] as string)) {
      sep = i;
      break;
    }
  }
  if (sep === -1) return invalid;
  const num = s[sep] === ' ' ? s.slice(0, sep) : s.slice(0, sep + 1);
  let sfx = s.slice(sep + 1);
  if (!FLOAT.test(num)) return err(`strconv.ParseFloat: parsing ${goQuote(num)}: invalid syntax`);
  const size = Number(num);
  if (size < 0) return invalid;
  if (sfx === '') return ok(size);
  const badSuffix = err(`invalid suffix: '${sfx.toLowerCase()}'`);
  if (sfx.length > 3) return err(`invalid suffix: '${sfx}'`);
  sfx = sfx.toLowerCase();
  if (sfx[0] === 'b') return sfx.length > 1 ? badSuffix : ok(size);
  if (!'kmgtp'.includes(sfx[0] as string)) return badSuffix;
  if ((sfx.length === 2 && sfx[1] !== 'b') || (sfx.length === 3 && sfx.slice(1) !== 'ib')) return badSuffix;
  return ok(size);
}
