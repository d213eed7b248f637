/**
 * net/netip.ParseAddr's refusals, worded as Go words them (`ParseAddr("x"): why (at "rest")`).
 * Newer Go's net/url checks a bracketed host with it, so dockerd quotes these texts.
 */
import { goQuote } from './quote.js';

const fail = (input: string, why: string, at?: string): string =>
  `ParseAddr(${goQuote(input)}): ${why}${at ? ` (at ${goQuote(at)})` : ''}`;

/** parseIPv4Fields over input[off:end]; errors name the whole input. */
function ipv4Error(input: string, off: number, end: number): string | undefined {
  const s = input.slice(off, end);
  let value = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i] ?? '';
    if (c >= '0' && c <= '9') {
      if (digits === 1 && value === 0) return fail(input, 'IPv4 field has octet with leading zero');
      value = value * 10 + Number(c);
      digits++;
      if (value > 255) return fail(input, 'IPv4 field has value >255');
    } else if (c === '.') {
      if (i === 0 || i === s.length - 1 || s[i - 1] === '.')
        return fail(input, 'IPv4 field must have at least one digit', s.slice(i));
      if (dots === 3) return fail(input, 'IPv4 address too long');
      dots++;
      value = 0;
      digits = 0;
    } else {
      return fail(input, 'unexpected character', s.slice(i));
    }
  }
  return dots < 3 ? fail(input, 'IPv4 address too short') : undefined;
}

function ipv6Error(input: string): string | undefined {
  let s = input;
  let zone = '';
  const pct = s.indexOf('%');
  if (pct >= 0) {
    [s, zone] = [s.slice(0, pct), s.slice(pct + 1)];
    if (zone === '') return fail(input, 'zone must be a non-empty string');
  }
  let ellipsis = -1;
  if (s.startsWith('::')) {
    ellipsis = 0;
    s = s.slice(2);
    if (s === '') return undefined;
  }
  let i = 0;
  while (i < 16) {
    // Four hex digits at most, so a group never exceeds 0xffff.
    let off = 0;
    for (; off < s.length && /[0-9a-fA-F]/.test(s[off] ?? ''); off++) {
      if (off > 3) return fail(input, 'each group must have 4 or less digits', s);
    }
    if (off === 0) return fail(input, 'each colon-separated field must have at least one digit', s);
    if (s[off] === '.') {
      if (ellipsis < 0 && i !== 12)
        return fail(input, 'embedded IPv4 address must replace the final 2 fields of the address', s);
      if (i + 4 > 16) return fail(input, 'too many hex fields to fit an embedded IPv4 at the end of the address', s);
      const end = input.length - (zone === '' ? 0 : zone.length + 1);
      const bad = ipv4Error(input, end - s.length, end);
      if (bad) return bad;
      s = '';
      i += 4;
      break;
    }
    i += 2;
    s = s.slice(off);
    if (s === '') break;
    if (s[0] !== ':') return fail(input, 'unexpected character, want colon', s);
    if (s.length === 1) return fail(input, 'colon must be followed by more characters', s);
    s = s.slice(1);
    if (s[0] === ':') {
      if (ellipsis >= 0) return fail(input, 'multiple :: in address', s);
      ellipsis = i;
      s = s.slice(1);
      if (s === '') break;
    }
  }
  if (s !== '') return fail(input, 'trailing garbage after address', s);
  if (i < 16 && ellipsis < 0) return fail(input, 'address string too short');
  if (i >= 16 && ellipsis >= 0) return fail(input, 'the :: must expand to at least one field of zeros');
  return undefined;
}

/** Why netip.ParseAddr refuses `text`, or undefined when it is an address. */
export function goParseAddrError(text: string): string | undefined {
  for (const c of text) {
    if (c === '.') return ipv4Error(text, 0, text.length);
    if (c === ':') return ipv6Error(text);
    if (c === '%') return fail(text, 'missing IPv6 address');
  }
  return fail(text, 'unable to parse IP');
}
