/**
 * Go's net/url Parse and URL.String(), enough to reproduce how dockerd reads registry
 * mirrors and -H addresses: which strings parse, how the scheme is cased, what the
 * error says, and how the URL is printed back (with a masked password).
 */
import { goQuote } from './quote.js';

export interface GoURL {
  /** Lower-cased, as Go stores it. */
  scheme: string;
  opaque: string;
  user?: { username: string; password?: string };
  host: string;
  path: string;
  /** The path as written, used for printing when it is a valid encoding of `path`. */
  rawPath: string;
  rawQuery: string;
  forceQuery: boolean;
  fragment: string;
  rawFragment: string;
  omitHost: boolean;
}

export type GoURLParse = { ok: true; url: GoURL } | { ok: false; error: string };

type Mode = 'path' | 'host' | 'userPassword' | 'fragment';

const isAlnum = (c: string): boolean => /^[A-Za-z0-9]$/.test(c);

/** url.shouldEscape for the modes we need (c is one ASCII character). */
function shouldEscape(c: string, mode: Mode): boolean {
  if (isAlnum(c)) return false;
  if (mode === 'host' && `!$&'()*+,;=:[]<>"`.includes(c)) return false;
  if ('-_.~'.includes(c)) return false;
  if ('$&+,/:;=?@'.includes(c)) {
    switch (mode) {
      case 'path':
        return c === '?';
      case 'userPassword':
        return c === '@' || c === '/' || c === '?' || c === ':';
      case 'fragment':
        return false;
      case 'host':
        return true;
    }
  }
  if (mode === 'fragment' && '!()*'.includes(c)) return false;
  return true;
}

const isHex = (c: string | undefined): boolean => c !== undefined && /^[0-9A-Fa-f]$/.test(c);

/** url.unescape: percent-decoding with Go's errors; host mode refuses characters a host cannot hold. */
function unescape(s: string, mode: Mode): { ok: true; value: string } | { ok: false; error: string } {
  const bytes: number[] = [];
  const raw = Buffer.from(s, 'utf8');
  for (let i = 0; i < raw.length; ) {
    const c = String.fromCharCode(raw[i] ?? 0);
    if (c === '%') {
      const h1 = String.fromCharCode(raw[i + 1] ?? 0);
      const h2 = String.fromCharCode(raw[i + 2] ?? 0);
      if (i + 2 >= raw.length || !isHex(h1) || !isHex(h2)) {
        const bad = raw.subarray(i, Math.min(raw.length, i + 3)).toString('latin1');
        return { ok: false, error: `invalid URL escape ${goQuote(bad)}` };
      }
      // Hosts may only percent-encode non-ASCII bytes (and %25 for zones).
      if (mode === 'host' && parseInt(h1, 16) < 8 && `%${h1}${h2}` !== '%25') {
        return { ok: false, error: `invalid URL escape ${goQuote(`%${h1}${h2}`)}` };
      }
      bytes.push(parseInt(h1 + h2, 16));
      i += 3;
      continue;
    }
    if (mode === 'host' && (raw[i] ?? 0) < 0x80 && shouldEscape(c, mode)) {
      return { ok: false, error: `invalid character ${goQuote(c)} in host name` };
    }
    bytes.push(raw[i] ?? 0);
    i++;
  }
  return { ok: true, value: Buffer.from(bytes).toString('utf8') };
}

/** url.escape: percent-encode what `mode` does not allow, byte by byte. */
function escape(s: string, mode: Mode): string {
  let out = '';
  for (const byte of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += byte >= 0x80 || shouldEscape(c, mode) ? `%${byte.toString(16).toUpperCase().padStart(2, '0')}` : c;
  }
  return out;
}

function validEncoded(s: string, mode: Mode): boolean {
  for (const c of s) {
    if (`!$&'()*+,;=:@[]%`.includes(c)) continue;
    if (c.length > 1 || c.charCodeAt(0) >= 0x80 || shouldEscape(c, mode)) return false;
  }
  return true;
}

const validOptionalPort = (port: string): boolean => port === '' || /^:[0-9]*$/.test(port);

function parseHost(host: string): { ok: true; value: string } | { ok: false; error: string } {
  if (host.startsWith('[')) {
    const i = host.lastIndexOf(']');
    if (i < 0) return { ok: false, error: "missing ']' in host" };
    const colonPort = host.slice(i + 1);
    if (!validOptionalPort(colonPort)) return { ok: false, error: `invalid port ${goQuote(colonPort)} after host` };
  } else {
    const i = host.lastIndexOf(':');
    if (i >= 0) {
      const colonPort = host.slice(i);
      if (!validOptionalPort(colonPort)) return { ok: false, error: `invalid port ${goQuote(colonPort)} after host` };
    }
  }
  return unescape(host, 'host');
}

const validUserinfo = (s: string): boolean => /^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/.test(s);

function getScheme(raw: string): { ok: true; scheme: string; rest: string } | { ok: false; error: string } {
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] ?? '';
    if (/[A-Za-z]/.test(c)) continue;
    if (/[0-9+\-.]/.test(c)) {
      if (i === 0) return { ok: true, scheme: '', rest: raw };
      continue;
    }
    if (c === ':') {
      if (i === 0) return { ok: false, error: 'missing protocol scheme' };
      return { ok: true, scheme: raw.slice(0, i), rest: raw.slice(i + 1) };
    }
    return { ok: true, scheme: '', rest: raw };
  }
  return { ok: true, scheme: '', rest: raw };
}

function parseWithoutFragment(raw: string): { ok: true; url: GoURL } | { ok: false; error: string } {
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f]/.test(raw)) return { ok: false, error: 'net/url: invalid control character in URL' };
  const url: GoURL = {
    scheme: '',
    opaque: '',
    host: '',
    path: '',
    rawPath: '',
    rawQuery: '',
    forceQuery: false,
    fragment: '',
    rawFragment: '',
    omitHost: false,
  };
  if (raw === '*') return { ok: true, url: { ...url, path: '*', rawPath: '*' } };
  const scheme = getScheme(raw);
  if (!scheme.ok) return scheme;
  url.scheme = scheme.scheme.toLowerCase();
  let rest = scheme.rest;
  if (rest.endsWith('?') && rest.split('?').length === 2) {
    url.forceQuery = true;
    rest = rest.slice(0, -1);
  } else {
    const q = rest.indexOf('?');
    if (q >= 0) [rest, url.rawQuery] = [rest.slice(0, q), rest.slice(q + 1)];
  }
  if (!rest.startsWith('/')) {
    if (url.scheme !== '') return { ok: true, url: { ...url, opaque: rest } };
    const segment = rest.split('/')[0] ?? '';
    if (segment.includes(':')) return { ok: false, error: 'first path segment in URL cannot contain colon' };
  }
  if ((url.scheme !== '' || !rest.startsWith('///')) && rest.startsWith('//')) {
    let authority = rest.slice(2);
    rest = '';
    const slash = authority.indexOf('/');
    if (slash >= 0) [authority, rest] = [authority.slice(0, slash), authority.slice(slash)];
    const at = authority.lastIndexOf('@');
    const host = parseHost(at < 0 ? authority : authority.slice(at + 1));
    if (!host.ok) return host;
    url.host = host.value;
    if (at >= 0) {
      const userinfo = authority.slice(0, at);
      if (!validUserinfo(userinfo)) return { ok: false, error: 'net/url: invalid userinfo' };
      const colon = userinfo.indexOf(':');
      const name = unescape(colon < 0 ? userinfo : userinfo.slice(0, colon), 'userPassword');
      if (!name.ok) return name;
      url.user = { username: name.value };
      if (colon >= 0) {
        const password = unescape(userinfo.slice(colon + 1), 'userPassword');
        if (!password.ok) return password;
        url.user.password = password.value;
      }
    }
  } else if (url.scheme !== '' && rest.startsWith('/')) {
    url.omitHost = true;
  }
  const path = unescape(rest, 'path');
  if (!path.ok) return path;
  url.path = path.value;
  url.rawPath = rest;
  return { ok: true, url };
}

/** url.Parse; on failure `error` is Go's `parse "RAW": reason`. */
export function goParseURL(raw: string): GoURLParse {
  const hash = raw.indexOf('#');
  const beforeFragment = hash < 0 ? raw : raw.slice(0, hash);
  const parsed = parseWithoutFragment(beforeFragment);
  if (!parsed.ok) return { ok: false, error: `parse ${goQuote(beforeFragment)}: ${parsed.error}` };
  if (hash < 0) return parsed;
  const rawFragment = raw.slice(hash + 1);
  const fragment = unescape(rawFragment, 'fragment');
  if (!fragment.ok) return { ok: false, error: `parse ${goQuote(raw)}: ${fragment.error}` };
  return { ok: true, url: { ...parsed.url, fragment: fragment.value, rawFragment } };
}

/** URL.String(); a password is printed as "xxxxx", as dockerd does before showing a URL. */
export function formatGoURL(url: GoURL): string {
  let out = url.scheme === '' ? '' : `${url.scheme}:`;
  if (url.opaque !== '') {
    out += url.opaque;
  } else {
    if (url.scheme !== '' || url.host !== '' || url.user) {
      if (!(url.omitHost && url.host === '' && !url.user)) {
        if (url.host !== '' || url.path !== '' || url.user) out += '//';
        if (url.user) {
          out += escape(url.user.username, 'userPassword');
          if (url.user.password !== undefined) out += ':xxxxx';
          out += '@';
        }
        if (url.host !== '') out += escape(url.host, 'host');
      }
    }
    const path =
      validEncoded(url.rawPath, 'path') && unescape(url.rawPath, 'path').ok ? url.rawPath : escape(url.path, 'path');
    if (path !== '' && !path.startsWith('/') && url.host !== '') out += '/';
    if (out === '' && (path.split('/')[0] ?? '').includes(':')) out += './';
    out += path;
  }
  if (url.forceQuery || url.rawQuery !== '') out += `?${url.rawQuery}`;
  if (url.fragment !== '') {
    out += `#${validEncoded(url.rawFragment, 'fragment') ? url.rawFragment : escape(url.fragment, 'fragment')}`;
  }
  return out;
}

/** URL.Port() / URL.Hostname(). */
export function goURLHostPort(url: GoURL): { hostname: string; port: string } {
  let host = url.host;
  let port = '';
  const colon = host.lastIndexOf(':');
  if (colon >= 0 && validOptionalPort(host.slice(colon))) [host, port] = [host.slice(0, colon), host.slice(colon + 1)];
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  return { hostname: host, port };
}
