/**
 * GET <url>/v2/: is this a registry dockerd can pull through? 200, or 401 with the
 * Docker-Distribution-Api-Version header, is a registry; a Bearer challenge is followed for an
 * anonymous token, as dockerd does. Everything else is named: a web page, a dead address, TLS.
 */
import { maskCredentials } from '../diagnostics/redact.js';
import { english, isSaid, said, type Said } from '../i18n/said.js';
import { fetchWithin } from './fetch.js';
import { anonymousToken, parseChallenge } from './token.js';
import type { ProbeCtx, RegistryProbe } from './types.js';

const API_HEADER = 'docker-distribution-api-version';
const HTTP_TO_HTTPS = /client sent an http request to an https server/i;

/** <url>/v2/ whatever the mirror URL's path. */
export function v2Url(base: string): string {
  return `${base.replace(/\/+$/, '')}/v2/`;
}

function notRegistry(status: number, headers: Record<string, string>, body: string): Said {
  if (status === 400 && HTTP_TO_HTTPS.test(body)) return said('probe.registry.httpsOnly');
  const type = headers['content-type'] ?? '';
  const what =
    /html/i.test(type) || /^\s*<(!doctype|html)/i.test(body)
      ? said('probe.registry.htmlPage')
      : type
        ? `${type.split(';')[0]}`
        : said('probe.registry.somethingElse');
  return said('probe.registry.notApi', { status, what });
}

/** A sentence with every string in it (a token realm, an edge's error) masked. */
export function maskedSaid(s: Said): Said {
  if (s.params === undefined) return s;
  const params = Object.fromEntries(
    Object.entries(s.params).map(([k, v]) => [
      k,
      typeof v === 'string' ? maskCredentials(v) : isSaid(v) ? maskedSaid(v) : v,
    ]),
  );
  return { ...s, params };
}

/** Our sentence as a probe's detail: the English text, and the sentence for the reader's language. */
const detailOf = (s: Said): { detail: string; says: Said } => ({ detail: english(s), says: s });

/** `api`: the registry API's root (`…/v2`, as containerd makes it of a hosts.toml host), when not `<url>/v2`. */
export interface ProbeOptions {
  timeoutMs: number;
  ca?: string[];
  api?: string;
}

/** Credentials masked in every field: an edge's error may quote the URL (or a token realm) it was given. */
export async function probeRegistry(ctx: ProbeCtx, url: string, options: ProbeOptions): Promise<RegistryProbe> {
  const probe = await probeUnmasked(ctx, url, options);
  return {
    ...probe,
    detail: maskCredentials(probe.detail),
    ...(probe.says ? { says: maskedSaid(probe.says) } : {}),
  };
}

async function probeUnmasked(ctx: ProbeCtx, url: string, options: ProbeOptions): Promise<RegistryProbe> {
  const shown = maskCredentials(url);
  const ping = options.api === undefined ? v2Url(url) : `${options.api.replace(/\/+$/, '')}/`;
  const deadline = ctx.clock() + options.timeoutMs;
  const extra = options.ca && options.ca.length > 0 ? { ca: options.ca } : {};
  const started = ctx.clock();
  const first = await fetchWithin(ctx, deadline, { url: ping, ...extra });
  const latencyMs = Math.round(ctx.clock() - started);
  if (!first.ok) {
    const tls = first.error.startsWith('TLS:') || first.code.startsWith('ERR_SSL') || first.code.startsWith('ERR_TLS');
    const plainHttp = first.code === 'ERR_SSL_WRONG_VERSION_NUMBER' || first.code === 'ERR_SSL_PACKET_LENGTH_TOO_LONG';
    return {
      url: shown,
      kind: tls ? 'tls-error' : 'unreachable',
      ok: false,
      detail: first.error,
      ...(first.says ? { says: first.says } : {}),
      ...(plainHttp ? { plainHttp } : {}),
    };
  }
  const isApi = (first.headers[API_HEADER] ?? '').startsWith('registry/2');
  const base = { url: shown, status: first.status, latencyMs };
  if (first.status === 200) {
    return isApi
      ? { ...base, kind: 'registry', ok: true, auth: 'none', ...detailOf(said('probe.registry.ok', { ms: latencyMs })) }
      : { ...base, kind: 'not-registry', ok: false, ...detailOf(notRegistry(200, first.headers, first.body)) };
  }
  if (first.status !== 401 || !isApi)
    return {
      ...base,
      kind: 'not-registry',
      ok: false,
      ...detailOf(notRegistry(first.status, first.headers, first.body)),
    };

  const challenge = parseChallenge(first.headers['www-authenticate']);
  if (challenge?.scheme !== 'bearer') {
    return {
      ...base,
      kind: 'registry',
      ok: false,
      auth: 'basic-required',
      ...detailOf(said('probe.registry.basicAuth')),
    };
  }
  const token = await anonymousToken(ctx, deadline, challenge.params);
  if ('error' in token)
    return {
      ...base,
      kind: 'registry',
      ok: false,
      auth: 'token-refused',
      ...detailOf(said('probe.registry.noToken', { error: token.error })),
    };
  const again = await fetchWithin(ctx, deadline, {
    url: ping,
    headers: { authorization: `Bearer ${token.token}` },
    ...extra,
  });
  if (again.ok && again.status === 200)
    return {
      ...base,
      kind: 'registry',
      ok: true,
      auth: 'anonymous-token',
      ...detailOf(said('probe.registry.okToken', { ms: latencyMs })),
    };
  return {
    ...base,
    kind: 'registry',
    ok: false,
    auth: 'token-refused',
    ...detailOf(
      said('probe.registry.tokenRefused', { answer: again.ok ? `HTTP ${again.status}` : (again.says ?? again.error) }),
    ),
  };
}
