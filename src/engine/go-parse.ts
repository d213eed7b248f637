// The few Go parsers whose acceptance decides whether dockerd starts: strconv.ParseBool/ParseInt,
// net.ParseIP and go-units' RAMInBytes. Each returns an error text worded as Go's, or the value.
import { goQuote } from '../jsonfile/go-quote.js';
import { atLeast, type EngineVersion } from './version.js';

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

/** strconv.ParseInt(s, 0, 64): decimal, 0x, 0o, 0b and leading-0 octal; underscores with a prefix. */
export function parseGoInt(s: string): Parsed<bigint> {
  const m = /^([+-]?)(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|0[0-7_]*|[1-9][0-9]*)$/.exec(s);
  const syntax = err(`strconv.ParseInt: parsing ${goQuote(s)}: invalid syntax`);
  if (!m) return syntax;
  let body = m[2] as string;
  const prefixed = /^0[xXoObB]/.test(body) || (body.length > 1 && body.startsWith('0'));
  if (body.includes('_')) {
    if (!prefixed || /__|_$|^0[xXoObB]?_?$/.test(body.replace(/^(0[xXoObB]?)_/, '$1'))) return syntax;
    body = body.replaceAll('_', '');
  }
  let n: bigint;
  if (/^0[xX]/.test(body)) n = BigInt(body);
  else if (/^0[oO]/.test(body)) n = BigInt(`0o${body.slice(2)}`);
  else if (/^0[bB]/.test(body)) n = BigInt(body);
  else if (body.length > 1 && body.startsWith('0')) n = BigInt(`0o${body.slice(1)}`);
  else n = BigInt(body);
  if (m[1] === '-') n = -n;
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
