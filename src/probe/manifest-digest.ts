/**
 * The digest an endpoint serves for one image: HEAD of the manifest (with the media types a pull
 * accepts), its Docker-Content-Digest; else GET, the header, or the sha256 of the body. A Bearer
 * challenge is answered with an anonymous token for `repository:<repo>:pull`, as a pull does.
 */
import { createHash } from 'node:crypto';
import { maskCredentials } from '../diagnostics/redact.js';
import type { RegistryResponse } from '../edges/registry-http.js';
import { english, said, type Said } from '../i18n/said.js';
import type { ManifestAnswer } from './digests.js';
import { fetchWithin } from './fetch.js';
import { maskedSaid } from './registry.js';
import { anonymousToken, parseChallenge } from './token.js';
import type { ProbeCtx } from './types.js';

/** What a pull accepts, in containerd's order: an index first, then a single manifest. */
export const MANIFEST_ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[0-9a-f]{32,}$/;
const MAX_MANIFEST = 4 * 1024 * 1024;

export async function manifestDigest(
  ctx: ProbeCtx,
  /** The API root: `https://mirror.example/v2`. */
  api: string,
  image: { repo: string; reference: string },
  options: { timeoutMs: number; ca?: string[]; ns?: string },
): Promise<ManifestAnswer> {
  const answer = await unmasked(ctx, api, image, options);
  if (answer.ok || answer.missing) return answer;
  return {
    ok: false,
    missing: false,
    detail: maskCredentials(answer.detail),
    ...(answer.says ? { says: maskedSaid(answer.says) } : {}),
  };
}

async function unmasked(
  ctx: ProbeCtx,
  api: string,
  image: { repo: string; reference: string },
  options: { timeoutMs: number; ca?: string[]; ns?: string },
): Promise<ManifestAnswer> {
  const deadline = ctx.clock() + options.timeoutMs;
  const ns = options.ns === undefined ? '' : `?ns=${encodeURIComponent(options.ns)}`;
  const url = `${api.replace(/\/+$/, '')}/${image.repo}/manifests/${image.reference}${ns}`;
  const extra = options.ca && options.ca.length > 0 ? { ca: options.ca } : {};
  let headers: Record<string, string> = { accept: MANIFEST_ACCEPT };
  let tokenError: Said | undefined;
  const request = async (method: 'HEAD' | 'GET'): Promise<RegistryResponse> => {
    const go = () =>
      fetchWithin(ctx, deadline, {
        url,
        method,
        headers,
        ...extra,
        ...(method === 'GET' ? { maxBodyBytes: MAX_MANIFEST } : {}),
      });
    const r = await go();
    const challenge = r.ok && r.status === 401 ? parseChallenge(r.headers['www-authenticate']) : undefined;
    if (challenge?.scheme !== 'bearer' || headers.authorization) return r;
    const token = await anonymousToken(ctx, deadline, challenge.params, `repository:${image.repo}:pull`);
    if ('error' in token) {
      tokenError = token.error;
      return r;
    }
    headers = { ...headers, authorization: `Bearer ${token.token}` };
    return go();
  };
  const failed = (says: Said): ManifestAnswer => ({ ok: false, missing: false, detail: english(says), says });
  const status = (r: Extract<RegistryResponse, { ok: true }>): ManifestAnswer =>
    r.status === 404
      ? { ok: false, missing: true }
      : failed(
          tokenError
            ? said('probe.registry.noToken', { error: tokenError })
            : said('probe.digest.status', { status: r.status }),
        );
  const head = await request('HEAD');
  if (!head.ok) return { ok: false, missing: false, detail: head.error, ...(head.says ? { says: head.says } : {}) };
  const fromHead = head.headers['docker-content-digest'];
  if (head.status === 200 && fromHead !== undefined && DIGEST.test(fromHead)) return { ok: true, digest: fromHead };
  if (head.status === 404 || head.status === 401) return status(head);
  // No digest in HEAD's answer (or HEAD not allowed): the body says it.
  const get = await request('GET');
  if (!get.ok) return { ok: false, missing: false, detail: get.error, ...(get.says ? { says: get.says } : {}) };
  if (get.status !== 200) return status(get);
  const fromGet = get.headers['docker-content-digest'];
  if (fromGet !== undefined && DIGEST.test(fromGet)) return { ok: true, digest: fromGet };
  if (get.bytes !== Buffer.byteLength(get.body)) return failed(said('probe.digest.tooBig', { bytes: get.bytes }));
  return { ok: true, digest: `sha256:${createHash('sha256').update(get.body, 'utf8').digest('hex')}` };
}
