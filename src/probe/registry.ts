/**
 * GET <url>/v2/: is this a registry dockerd can pull through? 200, or 401 with the
 * Docker-Distribution-Api-Version header, is a registry; a Bearer challenge is followed for an
 * anonymous token, as dockerd does. Everything else is named: a web page, a dead address, TLS.
 */
import { maskCredentials } from '../diagnostics/redact.js';
import { fetchWithin } from './fetch.js';
import { anonymousToken, parseChallenge } from './token.js';
import type { ProbeCtx, RegistryProbe } from './types.js';

const API_HEADER = 'docker-distribution-api-version';
const HTTP_TO_HTTPS = /client sent an http request to an https server/i;

/** <url>/v2/ whatever the mirror URL's path. */
export function v2Url(base: string): string {
  return `${base.replace(/\/+$/, '')}/v2/`;
}

function notRegistry(status: number, headers: Record<string, string>, body: string): string {
  if (status === 400 && HTTP_TO_HTTPS.test(body)) return 'answers only HTTPS: write the URL with https://';
  const type = headers['content-type'] ?? '';
  const what =
    /html/i.test(type) || /^\s*<(!doctype|html)/i.test(body)
      ? 'an HTML page'
      : type
        ? `${type.split(';')[0]}`
        : 'something else';
  return `answers HTTP ${status} with ${what}, not the registry API (no ${'Docker-Distribution-Api-Version'} header)`;
}

/** Credentials masked in every field: an edge's error may quote the URL (or a token realm) it was given. */
export async function probeRegistry(
  ctx: ProbeCtx,
  url: string,
  options: { timeoutMs: number; ca?: string[] },
): Promise<RegistryProbe> {
  const probe = await probeUnmasked(ctx, url, options);
  return { ...probe, detail: maskCredentials(probe.detail) };
}

async function probeUnmasked(
  ctx: ProbeCtx,
  url: string,
  options: { timeoutMs: number; ca?: string[] },
): Promise<RegistryProbe> {
  const shown = maskCredentials(url);
  const deadline = ctx.clock() + options.timeoutMs;
  const extra = options.ca && options.ca.length > 0 ? { ca: options.ca } : {};
  const started = ctx.clock();
  const first = await fetchWithin(ctx, deadline, { url: v2Url(url), ...extra });
  const latencyMs = Math.round(ctx.clock() - started);
  if (!first.ok) {
    const tls = first.error.startsWith('TLS:') || first.code.startsWith('ERR_SSL') || first.code.startsWith('ERR_TLS');
    const plainHttp = first.code === 'ERR_SSL_WRONG_VERSION_NUMBER' || first.code === 'ERR_SSL_PACKET_LENGTH_TOO_LONG';
    return {
      url: shown,
      kind: tls ? 'tls-error' : 'unreachable',
      ok: false,
      detail: first.error,
      ...(plainHttp ? { plainHttp } : {}),
    };
  }
  const isApi = (first.headers[API_HEADER] ?? '').startsWith('registry/2');
  const base = { url: shown, status: first.status, latencyMs };
  if (first.status === 200) {
    return isApi
      ? { ...base, kind: 'registry', ok: true, auth: 'none', detail: `registry, ${latencyMs} ms` }
      : { ...base, kind: 'not-registry', ok: false, detail: notRegistry(200, first.headers, first.body) };
  }
  if (first.status !== 401 || !isApi)
    return { ...base, kind: 'not-registry', ok: false, detail: notRegistry(first.status, first.headers, first.body) };

  const challenge = parseChallenge(first.headers['www-authenticate']);
  if (challenge?.scheme !== 'bearer') {
    return {
      ...base,
      kind: 'registry',
      ok: false,
      auth: 'basic-required',
      detail: 'a registry, but it wants a user name and password; dockerd does not log in to mirrors',
    };
  }
  const token = await anonymousToken(ctx, deadline, challenge.params);
  if ('error' in token)
    return {
      ...base,
      kind: 'registry',
      ok: false,
      auth: 'token-refused',
      detail: `a registry, but no anonymous token: ${token.error}`,
    };
  const again = await fetchWithin(ctx, deadline, {
    url: v2Url(url),
    headers: { authorization: `Bearer ${token.token}` },
    ...extra,
  });
  if (again.ok && again.status === 200)
    return {
      ...base,
      kind: 'registry',
      ok: true,
      auth: 'anonymous-token',
      detail: `registry (anonymous token), ${latencyMs} ms`,
    };
  return {
    ...base,
    kind: 'registry',
    ok: false,
    auth: 'token-refused',
    detail: `a registry, but it refused the anonymous token (${again.ok ? `HTTP ${again.status}` : again.error})`,
  };
}
