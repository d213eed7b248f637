/** Go's time.ParseDuration and Duration.String(), as dockerd's log drivers use them. */
import type { GoParse } from './strconv.js';
import { timeQuote } from './time-quote.js';

const NS: Record<string, bigint> = {
  ns: 1n,
  us: 1000n,
  µs: 1000n, // U+00B5 micro sign
  μs: 1000n, // U+03BC Greek mu
  ms: 1000000n,
  s: 1000000000n,
  m: 60000000000n,
  h: 3600000000000n,
};

const LIMIT = 1n << 63n;

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** time.ParseDuration: the duration in nanoseconds, or Go's error text. */
export function goParseDuration(orig: string): GoParse<bigint> {
  const invalid: GoParse<bigint> = { ok: false, error: `time: invalid duration ${timeQuote(orig)}` };
  let s = orig;
  let neg = false;
  if (s !== '' && (s[0] === '-' || s[0] === '+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return { ok: true, value: 0n };
  if (s === '') return invalid;
  let d = 0n;
  while (s !== '') {
    if (!(s[0] === '.' || isDigit(s[0]))) return invalid;
    let i = 0;
    let v = 0n;
    while (isDigit(s[i])) {
      if (v > LIMIT / 10n) return invalid; // leadingInt overflow
      v = v * 10n + BigInt(Number(s[i]));
      if (v > LIMIT) return invalid;
      i++;
    }
    const pre = i > 0;
    s = s.slice(i);
    let post = false;
    let f = 0n;
    let scale = 1;
    if (s[0] === '.') {
      s = s.slice(1);
      let j = 0;
      let overflow = false;
      while (isDigit(s[j])) {
        if (!overflow) {
          if (f > (LIMIT - 1n) / 10n) overflow = true;
          else {
            const y = f * 10n + BigInt(Number(s[j]));
            if (y > LIMIT) overflow = true;
            else {
              f = y;
              scale *= 10;
            }
          }
        }
        j++;
      }
      post = j > 0;
      s = s.slice(j);
    }
    if (!pre && !post) return invalid;
    let k = 0;
    while (k < s.length && !(s[k] === '.' || isDigit(s[k]))) k++;
    if (k === 0) return { ok: false, error: `time: missing unit in duration ${timeQuote(orig)}` };
    const u = s.slice(0, k);
    s = s.slice(k);
    const unit = NS[u];
    if (unit === undefined) {
      return { ok: false, error: `time: unknown unit ${timeQuote(u)} in duration ${timeQuote(orig)}` };
    }
    if (v > LIMIT / unit) return invalid;
    v *= unit;
    if (f > 0n) {
      v += BigInt(Math.trunc(Number(f) * (Number(unit) / scale)));
      if (v > LIMIT) return invalid;
    }
    d += v;
    if (d > LIMIT) return invalid;
  }
  if (neg) return { ok: true, value: -d };
  if (d > LIMIT - 1n) return invalid;
  return { ok: true, value: d };
}

/** fmtFrac: the fraction of v/10^prec without trailing zeros (and no point when it is zero). */
function fmtFrac(v: bigint, prec: number): { text: string; rest: bigint } {
  let text = '';
  let print = false;
  for (let i = 0; i < prec; i++) {
    const digit = v % 10n;
    print = print || digit !== 0n;
    if (print) text = `${digit}${text}`;
    v /= 10n;
  }
  return { text: print ? `.${text}` : '', rest: v };
}

/** Duration.String(): "1h2m3.5s", "50ms", "0s". */
export function goDurationString(d: bigint): string {
  const neg = d < 0n;
  let u = neg ? -d : d;
  let out: string;
  if (u < 1000000000n) {
    if (u === 0n) return '0s';
    let prec: number;
    let unit: string;
    if (u < 1000n) [prec, unit] = [0, 'ns'];
    else if (u < 1000000n) [prec, unit] = [3, 'µs'];
    else [prec, unit] = [6, 'ms'];
    const frac = fmtFrac(u, prec);
    out = `${frac.rest}${frac.text}${unit}`;
  } else {
    const frac = fmtFrac(u, 9);
    u = frac.rest;
    out = `${u % 60n}${frac.text}s`;
    u /= 60n;
    if (u > 0n) {
      out = `${u % 60n}m${out}`;
      u /= 60n;
      if (u > 0n) out = `${u}h${out}`;
    }
  }
  return neg ? `-${out}` : out;
}
