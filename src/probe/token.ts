import { said, type Said } from '../i18n/said.js';
import type { ProbeCtx } from './types.js';
import { fetchWithin } from './fetch.js';

/** The parameters of `WWW-Authenticate: Bearer realm="…",service="…",scope="…"`. */
export function parseChallenge(
  header: string | undefined,
): { scheme: string; params: Record<string, string> } | undefined {
  if (!header) return undefined;
  const m = /^\s*(\w+)\s*(.*)$/.exec(header);
  if (!m) return undefined;
  const params: Record<string, string> = {};
  for (const p of m[2]!.matchAll(/(\w+)="([^"]*)"/g)) params[p[1]!.toLowerCase()] = p[2]!;
  return { scheme: m[1]!.toLowerCase(), params };
}

/** An anonymous token from the realm of a Bearer challenge, for `scope` (or the challenge's). */
export async function anonymousToken(
  ctx: ProbeCtx,
  deadline: number,
  challenge: Record<string, string>,
  scope?: string,
): Promise<{ token: string } | { error: Said }> {
  const realm = challenge.realm;
  if (!realm) return { error: said('probe.token.noRealm') };
  let url: URL;
  try {
    url = new URL(realm);
  } catch {
    return { error: said('probe.token.realmNotUrl', { realm }) };
  }
  if (challenge.service) url.searchParams.set('service', challenge.service);
  const wanted = scope ?? challenge.scope;
  if (wanted) url.searchParams.set('scope', wanted);
  const r = await fetchWithin(ctx, deadline, { url: url.toString() });
  if (!r.ok) return { error: said('probe.token.failed', { error: r.says ?? r.error }) };
  if (r.status !== 200) return { error: said('probe.token.status', { status: r.status }) };
  try {
    const doc = JSON.parse(r.body) as { token?: string; access_token?: string };
    const token = doc.token ?? doc.access_token;
    return token ? { token } : { error: said('probe.token.none') };
  } catch {
    return { error: said('probe.token.notJson') };
  }
}
