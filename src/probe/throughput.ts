/**
 * Throughput of a mirror for one image: an anonymous token for `repository:<repo>:pull`, the
 * manifest (the linux/amd64 entry of an index), then the first bytes of its largest layer with
 * a Range request. Nothing is written anywhere.
 */
import { maskCredentials } from '../diagnostics/redact.js';
import { english, said, type Said } from '../i18n/said.js';
import { fetchWithin } from './fetch.js';
import { maskedSaid } from './registry.js';
import { anonymousToken, parseChallenge } from './token.js';
import type { ProbeCtx } from './types.js';

const ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

export const DEFAULT_RANGE_BYTES = 4 * 1024 * 1024;

/** A failure's `detail` is English (the edge's own words, or ours); `says` is ours as a catalogue sentence. */
export type Throughput =
  | { ok: true; bytes: number; ms: number; bytesPerSec: number }
  | { ok: false; detail: string; says?: Said };

/** Why it failed: the edge's words as they are, or a sentence of ours. */
type Failure = string | Said;

interface Manifest {
  manifests?: { digest: string; platform?: { os?: string; architecture?: string } }[];
  layers?: { digest: string; size?: number }[];
}

/** NAME[:TAG] as a Docker Hub mirror serves it: library/NAME for official images. */
export function repositoryOf(image: string): { repo: string; tag: string } {
  const at = image.lastIndexOf(':');
  const [name, tag] = at > image.lastIndexOf('/') ? [image.slice(0, at), image.slice(at + 1)] : [image, 'latest'];
  return { repo: name.includes('/') ? name : `library/${name}`, tag };
}

/**
 * `image`: NAME[:TAG] as Docker Hub names it, or the repository and tag (or digest) already
 * resolved. `api`: the API root (`…/v2`) when not `<mirror>/v2`; `ns`: the registry a mirror is
 * asked for (containerd's `?ns=` on every request to a host that is not the registry itself).
 */
export interface ThroughputOptions {
  timeoutMs: number;
  ca?: string[];
  rangeBytes?: number;
  api?: string;
  ns?: string;
}

export async function measureThroughput(
  ctx: ProbeCtx,
  mirror: string,
  image: string | { repo: string; tag: string },
  options: ThroughputOptions,
): Promise<Throughput> {
  const result = await measureUnmasked(ctx, mirror, image, options);
  if (!('failed' in result)) return result;
  const why = result.failed;
  return typeof why === 'string'
    ? { ok: false, detail: maskCredentials(why) }
    : { ok: false, detail: maskCredentials(english(why)), says: maskedSaid(why) };
}

async function measureUnmasked(
  ctx: ProbeCtx,
  mirror: string,
  image: string | { repo: string; tag: string },
  options: ThroughputOptions,
): Promise<Extract<Throughput, { ok: true }> | { failed: Failure }> {
  const deadline = ctx.clock() + options.timeoutMs;
  const base = options.api?.replace(/\/+$/, '') ?? `${mirror.replace(/\/+$/, '')}/v2`;
  const ns = options.ns === undefined ? '' : `?ns=${encodeURIComponent(options.ns)}`;
  const { repo, tag } = typeof image === 'string' ? repositoryOf(image) : image;
  const extra = options.ca && options.ca.length > 0 ? { ca: options.ca } : {};
  let headers: Record<string, string> = { accept: ACCEPT };
  const get = async (path: string, more: Record<string, string> = {}, maxBodyBytes?: number) => {
    let r = await fetchWithin(ctx, deadline, {
      url: `${base}${path}`,
      headers: { ...headers, ...more },
      ...extra,
      ...(maxBodyBytes !== undefined ? { maxBodyBytes } : {}),
    });
    const challenge = r.ok && r.status === 401 ? parseChallenge(r.headers['www-authenticate']) : undefined;
    if (challenge?.scheme === 'bearer') {
      const token = await anonymousToken(ctx, deadline, challenge.params, `repository:${repo}:pull`);
      if ('error' in token) return { ok: false as const, code: 'EAUTH', error: token.error, url: base };
      headers = { ...headers, authorization: `Bearer ${token.token}` };
      r = await fetchWithin(ctx, deadline, {
        url: `${base}${path}`,
        headers: { ...headers, ...more },
        ...extra,
        ...(maxBodyBytes !== undefined ? { maxBodyBytes } : {}),
      });
    }
    return r;
  };
  const manifestOf = async (reference: string): Promise<Manifest | { failed: Failure }> => {
    const r = await get(`/${repo}/manifests/${reference}${ns}`, {}, 1024 * 1024);
    if (!r.ok) return { failed: r.error };
    if (r.status !== 200)
      return { failed: said('probe.throughput.manifestStatus', { image: `${repo}:${tag}`, status: r.status }) };
    try {
      return JSON.parse(r.body) as Manifest;
    } catch {
      return { failed: said('probe.throughput.manifestNotJson', { image: `${repo}:${tag}` }) };
    }
  };
  let manifest = await manifestOf(tag);
  if (!('failed' in manifest) && manifest.manifests) {
    const entry =
      manifest.manifests.find((m) => m.platform?.os === 'linux' && m.platform.architecture === 'amd64') ??
      manifest.manifests[0];
    manifest = entry ? await manifestOf(entry.digest) : { failed: said('probe.throughput.emptyIndex') };
  }
  if ('failed' in manifest) return manifest;
  const layer = [...(manifest.layers ?? [])].sort((a, b) => (b.size ?? 0) - (a.size ?? 0))[0];
  if (!layer) return { failed: said('probe.throughput.noLayers', { image: `${repo}:${tag}` }) };
  const want = options.rangeBytes ?? DEFAULT_RANGE_BYTES;
  const started = ctx.clock();
  const blob = await get(`/${repo}/blobs/${layer.digest}${ns}`, { range: `bytes=0-${want - 1}` }, 1);
  const ms = Math.max(1, Math.round(ctx.clock() - started));
  if (!blob.ok)
    return { failed: said('probe.throughput.blob', { error: 'says' in blob && blob.says ? blob.says : blob.error }) };
  if (blob.status !== 200 && blob.status !== 206)
    return { failed: said('probe.throughput.blob', { error: `HTTP ${blob.status}` }) };
  return { ok: true, bytes: blob.bytes, ms, bytesPerSec: Math.round((blob.bytes * 1000) / ms) };
}
