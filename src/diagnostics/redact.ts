/**
 * Credentials never reach the terminal. "https://user:secret@host" → "https://user:xxxxx@host", as
 * dockerd masks URLs before printing them; a user name alone ("http://TOKEN@proxy") is masked
 * whole: proxies take tokens that way. Applied to text at the output edge (src/cli/io.ts), never to
 * what is written: the files keep their credentials.
 */

const MASK = 'xxxxx';

/** user[:password] → user:xxxxx, or xxxxx for a user alone (it may be a token). */
const maskUserinfo = (userinfo: string): string => {
  const colon = userinfo.indexOf(':');
  return colon < 0 ? MASK : `${userinfo.slice(0, colon)}:${MASK}`;
};

const SPACE = /\s/;
const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(String.fromCharCode(c)));
/** Where a bare "user:" may start: the beginning, or after a space, quote or separator. */
const BEFORE_USER = new Set(['"', "'", '=', ',', ';', '(', '[', '{']);
/** What a bare user name cannot contain. */
const NOT_USER = new Set(['"', "'", '\\', '/', '@', ':', '=', ',', ';', '(', '[', '{']);
const AUTHORITY_END = new Set(['/', '?', '#']);

/**
 * One pass, linear in the text (it runs on every line we print, hostile values included), over
 * "words" that end at a space or an unescaped quote (`\"` is a JSON-escaped quote inside a
 * password). Three shapes are masked:
 * - `//userinfo@host`: the userinfo runs to the LAST '@' of the authority, as Go's url.Parse reads
 *   "http://bob:p@ss@proxy";
 * - `//user:pa/ss@host`: a password with an unencoded '/' ends Go's authority early, but is one;
 * - `user:password@host` without a scheme: a proxy (Go reads "bob:pw@proxy:3128" as http://), or a
 *   URL as dockerd quotes it with the scheme cut ("insecure registry erin:pw@reg:5000 is not
 *   valid"); an image digest ("nginx:1.25@sha256:…") has that shape and is left alone.
 */
export function maskCredentials(text: string): string {
  if (!text.includes('@')) return text;
  const n = text.length;
  // boundary[i]: a word ends at i (a space, an unescaped quote, or the end of the text).
  const boundary = new Uint8Array(n + 1);
  boundary[n] = 1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 92)
      i++; // a backslash escapes the next character
    else if (c === 34 || c === 39 || isSpace(c)) boundary[i] = 1;
  }
  const ends = (i: number): boolean => boundary[i] === 1;
  // nextAt[i]: the first '@' at or after i in the same word (-1: none); bareStop[i]: the first '/'
  // or end of word at or after i (a bare password holds no '/').
  const nextAt = new Int32Array(n + 1).fill(-1);
  const bareStop = new Int32Array(n + 1).fill(n);
  for (let i = n - 1; i >= 0; i--) {
    if (ends(i)) {
      bareStop[i] = i;
      continue;
    }
    nextAt[i] = text[i] === '@' ? i : nextAt[i + 1]!;
    bareStop[i] = text[i] === '/' ? i : bareStop[i + 1]!;
  }
  let out = '';
  let done = 0;
  const mask = (from: number, replacement: string, next: number): number => {
    out += `${text.slice(done, from)}${replacement}`;
    done = next;
    return next;
  };
  let i = 0;
  while (i < n) {
    if (text[i] === '/' && text[i + 1] === '/') {
      const start = i + 2;
      let end = start;
      let lastAt = -1;
      let colon = -1;
      for (; !ends(end) && !AUTHORITY_END.has(text[end]!); end++) {
        if (text[end] === '@') lastAt = end;
        else if (text[end] === ':' && colon < 0) colon = end;
      }
      if (lastAt >= 0) {
        i = mask(start, `${maskUserinfo(text.slice(start, lastAt))}@`, lastAt + 1);
        continue;
      }
      const at = colon >= 0 ? nextAt[colon + 1]! : -1;
      if (at >= 0) {
        i = mask(colon, `:${MASK}@`, at + 1);
        continue;
      }
      i = Math.max(end, i + 2);
      continue;
    }
    if ((i === 0 || isSpace(text.charCodeAt(i - 1)) || BEFORE_USER.has(text[i - 1]!)) && !ends(i)) {
      let u = i;
      while (u < n && !ends(u) && !NOT_USER.has(text[u]!)) u++;
      if (u > i && text[u] === ':') {
        const at = nextAt[u + 1]!;
        if (at >= 0 && at < bareStop[u + 1]! && !digestAt(text, at + 1)) {
          i = mask(u, `:${MASK}@`, at + 1);
          continue;
        }
      }
      i = Math.max(u, i + 1);
      continue;
    }
    i++;
  }
  return done === 0 ? text : `${out}${text.slice(done)}`;
}

/** "sha256:" and 16 or more hex digits: an image digest after "name:tag@". */
function digestAt(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && i - from < 16 && /[a-z0-9]/.test(text[i]!)) i++;
  if (i === from || text[i] !== ':') return false;
  const hex = text.slice(i + 1, i + 17);
  return hex.length === 16 && /^[a-f0-9]+$/.test(hex);
}

/**
 * A JSON.stringify replacer (compose it after any other): every string masked, keys included (a
 * probe keyed by URL). Values stay the same JSON types, so --json documents remain usable.
 */
export function maskJsonValue(_key: string, value: unknown): unknown {
  if (typeof value === 'string') return maskCredentials(value);
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    if (keys.some((k) => k.includes('@')))
      return Object.fromEntries(keys.map((k) => [maskCredentials(k), (value as Record<string, unknown>)[k]]));
  }
  return value;
}
