// compareDigests, digestDiagnostics and the ranking of stale and missing mirrors; manifestDigest
// through a scripted ctx.http (HEAD, GET, sha256 of the body, 404, ?ns=, an anonymous token).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  compareDigests,
  digestDiagnostics,
  digestMatches,
  manifestDigest,
  rankMirrors,
  type DigestCheck,
  type ManifestAnswer,
  type Ranked,
} from '../../../src/probe/index.js';
import { API, reply, scripted } from './scripted-http.js';

const A = `sha256:${'a'.repeat(64)}`;
const B = `sha256:${'b'.repeat(64)}`;
const ok = (digest: string): ManifestAnswer => ({ ok: true, digest });
const missing: ManifestAnswer = { ok: false, missing: true };
const down: ManifestAnswer = { ok: false, missing: false, detail: 'connection refused' };
const UP = 'https://ghcr.io/v2';

describe('compareDigests', () => {
  it("the upstream's digest is the reference: the same digest matches, another is stale, a 404 is missing", () => {
    const { reference, checks } = compareDigests({
      upstream: { url: UP, answer: ok(A) },
      mirrors: [
        { url: 'm1', answer: ok(B) },
        { url: 'm2', answer: ok(A) },
        { url: 'm3', answer: missing },
        { url: 'm4' },
      ],
    });
    expect(reference).toEqual({ from: 'upstream', url: UP, digest: A });
    expect(checks).toEqual([
      { state: 'stale', digest: B },
      { state: 'matches', digest: A },
      { state: 'missing' },
      undefined,
    ]);
    expect(checks.map(digestMatches)).toEqual([false, true, null, null]);
  });

  it('an upstream that cannot be reached: the first mirror that served the image, in the order tested', () => {
    const { reference, checks } = compareDigests({
      upstream: { url: UP, answer: down },
      mirrors: [
        { url: 'm1', answer: missing },
        { url: 'm2', answer: ok(B) },
        { url: 'm3', answer: ok(A) },
      ],
    });
    expect(reference).toEqual({ from: 'mirror', url: 'm2', digest: B });
    expect(checks.map((c) => c?.state)).toEqual(['missing', 'matches', 'stale']);
  });

  it('an upstream without the image (404) is no reference either', () => {
    const { reference } = compareDigests({
      upstream: { url: UP, answer: missing },
      mirrors: [{ url: 'm', answer: ok(A) }],
    });
    expect(reference).toEqual({ from: 'mirror', url: 'm', digest: A });
  });

  it('nobody serves it: no reference, and no mirror is called stale', () => {
    const { reference, checks } = compareDigests({
      upstream: { url: UP, answer: down },
      mirrors: [{ url: 'm', answer: down }],
    });
    expect(reference).toEqual({ from: 'none' });
    expect(checks).toEqual([{ state: 'failed', detail: 'connection refused' }]);
  });

  it('NAME@DIGEST: the pinned digest is the reference, whatever the upstream says', () => {
    const { reference, checks } = compareDigests({
      pinned: A,
      upstream: { url: UP, answer: ok(B) },
      mirrors: [{ url: 'm', answer: ok(B) }],
    });
    expect(reference).toEqual({ from: 'pinned', digest: A });
    expect(checks).toEqual([{ state: 'stale', digest: B }]);
  });
});

describe('digestDiagnostics', () => {
  it('a stale mirror names both digests and who served the reference, at its hosts.toml line; a missing one too', () => {
    const found = digestDiagnostics({
      image: 'ghcr.io/org/app:1',
      name: 'ghcr.io/org/app',
      reference: { from: 'upstream', url: UP, digest: A },
      mirrors: [
        {
          place: { url: 'https://m1', file: '/etc/docker/certs.d/ghcr.io/hosts.toml', line: 3 },
          check: { state: 'stale', digest: B },
        },
        { place: { url: 'https://m2', key: 'registry-mirrors' }, check: { state: 'missing' } },
        { place: { url: 'https://m3' }, check: { state: 'matches', digest: A } },
        { place: { url: 'https://m4' }, check: undefined },
      ],
    });
    expect(found.map((d) => [d.id, d.severity, d.file, d.line, d.key])).toEqual([
      ['mirror-digest-differs', 'warning', '/etc/docker/certs.d/ghcr.io/hosts.toml', 3, undefined],
      ['mirror-image-missing', 'warning', undefined, undefined, 'registry-mirrors'],
    ]);
    expect(found[0]!.message).toBe(
      `mirror https://m1 serves ghcr.io/org/app:1 as ${B}, but ${UP} serves ${A}: a pull through this mirror gets other content`,
    );
    expect(found[0]!.hint).toContain(`ghcr.io/org/app@${A}`);
    expect(found[1]!.message).toContain('https://m2 does not have ghcr.io/org/app:1 (HTTP 404)');
  });
});

describe('rankMirrors with digests', () => {
  const probe = (url: string, latencyMs: number, usable = true): Ranked['probe'] => ({
    url,
    ok: usable,
    kind: usable ? 'registry' : 'unreachable',
    latencyMs,
    detail: '',
  });
  const at = (url: string, latencyMs: number, digest?: DigestCheck, usable = true): Ranked => ({
    probe: probe(url, latencyMs, usable),
    ...(digest ? { digest } : {}),
  });

  it('matching mirrors first, then stale ones, then those without the image, then the unusable; by latency within', () => {
    const order = rankMirrors([
      at('dead', 1, undefined, false),
      at('missing-fast', 1, { state: 'missing' }),
      at('stale-fast', 2, { state: 'stale', digest: B }),
      at('failed', 3, { state: 'failed', detail: 'HTTP 500' }),
      at('match-slow', 90, { state: 'matches', digest: A }),
      at('match-fast', 10, { state: 'matches', digest: A }),
    ]).map((r) => r.probe.url);
    expect(order).toEqual(['match-fast', 'match-slow', 'stale-fast', 'missing-fast', 'failed', 'dead']);
  });

  it('a fast stale mirror ranks after a slow download of the right image', () => {
    const order = rankMirrors([
      { ...at('stale', 1, { state: 'stale', digest: B }), throughput: { ok: true, bytes: 1, ms: 1, bytesPerSec: 9e9 } },
      {
        ...at('right', 500, { state: 'matches', digest: A }),
        throughput: { ok: true, bytes: 1, ms: 1, bytesPerSec: 1 },
      },
    ]).map((r) => r.probe.url);
    expect(order).toEqual(['right', 'stale']);
  });
});

describe('manifestDigest', () => {
  const MANIFEST = '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","layers":[]}';
  const sha = `sha256:${createHash('sha256').update(MANIFEST).digest('hex')}`;
  const image = { repo: 'org/app', reference: '1' };
  const URL = 'https://m.example/v2/org/app/manifests/1';

  it("HEAD's Docker-Content-Digest, asked with ?ns= and every manifest type a pull accepts", async () => {
    const { ctx, requests } = scripted({ [`${URL}?ns=ghcr.io`]: reply(200, { ...API, 'docker-content-digest': A }) });
    expect(await manifestDigest(ctx, 'https://m.example/v2', image, { timeoutMs: 1000, ns: 'ghcr.io' })).toEqual(ok(A));
    expect(requests.map((r) => [r.method, r.url])).toEqual([['HEAD', `${URL}?ns=ghcr.io`]]);
    expect(requests[0]!.headers?.accept?.split(', ')).toEqual([
      'application/vnd.oci.image.index.v1+json',
      'application/vnd.oci.image.manifest.v1+json',
      'application/vnd.docker.distribution.manifest.list.v2+json',
      'application/vnd.docker.distribution.manifest.v2+json',
    ]);
  });

  it('no digest header: GET, and the sha256 of the body', async () => {
    const { ctx, requests } = scripted({
      [URL]: (r) => (r.method === 'HEAD' ? reply(200, API) : reply(200, API, MANIFEST)),
    });
    expect(await manifestDigest(ctx, 'https://m.example/v2', image, { timeoutMs: 1000 })).toEqual(ok(sha));
    expect(requests.map((r) => r.method)).toEqual(['HEAD', 'GET']);
  });

  it('a 404 is missing; a 500 is a failure with its status', async () => {
    const gone = scripted({ [URL]: reply(404, API, '{"errors":[{"code":"MANIFEST_UNKNOWN"}]}') });
    expect(await manifestDigest(gone.ctx, 'https://m.example/v2', image, { timeoutMs: 1000 })).toEqual(missing);
    const broken = scripted({ [URL]: reply(500, API) });
    expect(await manifestDigest(broken.ctx, 'https://m.example/v2', image, { timeoutMs: 1000 })).toMatchObject({
      ok: false,
      missing: false,
      detail: 'manifest: HTTP 500',
    });
  });

  it('a Bearer challenge: an anonymous token for repository:REPO:pull, then the digest', async () => {
    const { ctx, urls } = scripted({
      [URL]: (r) =>
        r.headers?.authorization === 'Bearer T'
          ? reply(200, { ...API, 'docker-content-digest': B })
          : reply(401, { ...API, 'www-authenticate': 'Bearer realm="https://auth.example/token",service="reg"' }),
      'https://auth.example/token': reply(200, {}, '{"token":"T"}'),
    });
    expect(await manifestDigest(ctx, 'https://m.example/v2', image, { timeoutMs: 1000 })).toEqual(ok(B));
    expect(urls()).toContain('https://auth.example/token?service=reg&scope=repository%3Aorg%2Fapp%3Apull');
  });

  it("nothing answers: the edge's words", async () => {
    const { ctx } = scripted({});
    expect(await manifestDigest(ctx, 'https://m.example/v2', image, { timeoutMs: 1000 })).toEqual({
      ok: false,
      missing: false,
      detail: 'connection refused',
    });
  });
});
