/**
 * registry-mirrors: dockerd's ValidateMirror per engine version, and the normalised form
 * dockerd stores (and /info shows): one trailing "/" stripped, then "/" appended.
 */
import { said, type Said } from '../../../i18n/said.js';
import { atLeast, type EngineVersion } from '../../../engine/version.js';
import { formatGoURL, goParseURL } from '../go/url.js';
import { goQuote } from '../go/quote.js';
import { maskCredentials } from '../../../diagnostics/redact.js';

/** `reason` is dockerd's own text; `warning` is ours (dockerd says nothing). */
export type MirrorResult = { ok: true; value: string; warning?: Said } | { ok: false; reason: string };

/**
 * Check one mirror URL as `engine` would. `reason` is dockerd's text after "invalid mirror: "
 * is included (e.g. `invalid mirror: unsupported scheme "ftp" in "ftp://m"`); passwords are masked.
 */
export function normalizeMirror(mirror: string, engine: EngineVersion): MirrorResult {
  const modern = atLeast(engine, '28.3.0');
  const mustUse = modern ? ": must use either 'https://' or 'http://'" : '';
  if (modern) {
    // 28.3 first looks for "<something>://", so "host:port" is no longer read as a scheme.
    const sep = mirror.indexOf('://');
    if (sep <= 0) return { ok: false, reason: `invalid mirror: no scheme specified for ${goQuote(mirror)}${mustUse}` };
  }
  const parsed = goParseURL(mirror);
  if (!parsed.ok) {
    const detail = atLeast(engine, '23.0.0') ? `: ${maskInError(parsed.error)}` : '';
    return { ok: false, reason: `invalid mirror: ${goQuote(maskPassword(mirror))} is not a valid URI${detail}` };
  }
  const url = parsed.url;
  const shown = goQuote(formatGoURL(url));
  if (url.scheme !== 'http' && url.scheme !== 'https') {
    return { ok: false, reason: `invalid mirror: unsupported scheme ${goQuote(url.scheme)} in ${shown}${mustUse}` };
  }
  if (atLeast(engine, '24.0.8')) {
    if (url.rawQuery !== '' || url.fragment !== '')
      return { ok: false, reason: `invalid mirror: query or fragment at end of the URI ${shown}` };
  } else if ((url.path !== '' && url.path !== '/') || url.rawQuery !== '' || url.fragment !== '') {
    return { ok: false, reason: `invalid mirror: path, query, or fragment at end of the URI ${shown}` };
  }
  if (url.user) return { ok: false, reason: `invalid mirror: username/password not allowed in URI ${shown}` };
  const value = `${mirror.endsWith('/') ? mirror.slice(0, -1) : mirror}/`;
  if (url.host === '') return { ok: true, value, warning: said('validate.mirror.noHost') };
  return { ok: true, value };
}

/** "scheme://user:secret@host" → "scheme://user:xxxxx@host" for any text we show. */
export const maskPassword = maskCredentials;

/** Go's parse error repeats the raw URL; keep the password out of it. */
function maskInError(error: string): string {
  return error.replace(/^parse "([^"]*)"/, (_all, url: string) => `parse "${maskPassword(url)}"`);
}

/** Normalise a list as dockerd's LoadMirrors does: first occurrence wins after normalising. */
export function normalizeMirrorList(
  mirrors: readonly string[],
  engine: EngineVersion,
): { value: string[]; duplicates: number[] } {
  const seen = new Set<string>();
  const value: string[] = [];
  const duplicates: number[] = [];
  mirrors.forEach((m, i) => {
    const r = normalizeMirror(m, engine);
    if (!r.ok) return;
    if (seen.has(r.value)) duplicates.push(i);
    else {
      seen.add(r.value);
      value.push(r.value);
    }
  });
  return { value, duplicates };
}
