// measureThroughput against a scripted registry: index → linux/amd64 manifest → a ranged read of the
// largest layer, with the anonymous token a mirror of Docker Hub asks for.
import { describe, expect, it } from 'vitest';
import { english, sayIn } from '../../../src/i18n/said.js';
import type { RegistryRequest } from '../../../src/edges/registry-http.js';
import { DEFAULT_RANGE_BYTES, measureThroughput, repositoryOf } from '../../../src/probe/index.js';
import { reply, scripted, type Answer } from './scripted-http.js';

const M = 'https://m.example/v2/library/alpine';
const index = JSON.stringify({
  manifests: [
    { digest: 'sha256:arm', platform: { os: 'linux', architecture: 'arm64' } },
    { digest: 'sha256:amd', platform: { os: 'linux', architecture: 'amd64' } },
  ],
});
const image = JSON.stringify({
  layers: [
    { digest: 'sha256:small', size: 10 },
    { digest: 'sha256:big', size: 9_000_000 },
    { digest: 'sha256:mid', size: 5000 },
  ],
});
/** 206 with as many bytes as the Range asked for. */
const ranged = (r: RegistryRequest) => {
  const m = /^bytes=0-(\d+)$/.exec(r.headers?.range ?? '');
  return m ? { ...reply(206), bytes: Number(m[1]) + 1 } : reply(200, {}, 'whole blob');
};

/** A registry that wants a token for everything under /v2/library/alpine/. */
function tokenRegistry(more: Record<string, Answer> = {}) {
  const guarded = (answer: (r: RegistryRequest) => ReturnType<typeof reply>) => (r: RegistryRequest) =>
    r.headers?.authorization === 'Bearer t'
      ? answer(r)
      : reply(401, { 'www-authenticate': 'Bearer realm="https://auth.example/token",service="s"' });
  return scripted({
    'https://auth.example/token': { status: 200, body: '{"access_token":"t"}' },
    [`${M}/manifests/3.20`]: guarded(() => reply(200, {}, index)),
    [`${M}/manifests/sha256:amd`]: guarded(() => reply(200, {}, image)),
    [`${M}/blobs/sha256:big`]: guarded(ranged),
    ...more,
  });
}

describe('measureThroughput', () => {
  it('index → linux/amd64 manifest → ranged read of the largest layer, with a token for the repository', async () => {
    const { ctx, requests, urls } = tokenRegistry();
    const result = await measureThroughput(ctx, 'https://m.example/', 'alpine:3.20', {
      timeoutMs: 1000,
      rangeBytes: 1024,
    });
    expect(result).toMatchObject({ ok: true, bytes: 1024 });
    if (!result.ok) throw new Error(result.detail);
    expect(result.ms).toBeGreaterThanOrEqual(1);
    expect(result.bytesPerSec).toBe(Math.round((1024 * 1000) / result.ms));
    expect(urls()).toContain('https://auth.example/token?service=s&scope=repository%3Alibrary%2Falpine%3Apull');
    expect(urls().filter((u) => u.includes('/manifests/'))).not.toContain(`${M}/manifests/sha256:arm`);
    const blob = requests.at(-1)!;
    expect(blob).toMatchObject({
      url: `${M}/blobs/sha256:big`,
      maxBodyBytes: 1,
      headers: { authorization: 'Bearer t', range: 'bytes=0-1023' },
    });
    expect(requests.find((r) => r.url.includes('/manifests/'))?.headers?.accept).toContain(
      'application/vnd.oci.image.index.v1+json',
    );
  });

  it('reads 4 MiB by default and times the blob on ctx.clock', async () => {
    let now = 0;
    const { ctx, requests } = scripted(
      {
        [`${M}/manifests/latest`]: reply(200, {}, image),
        [`${M}/blobs/sha256:big`]: (r) => {
          now += 500;
          return ranged(r);
        },
      },
      () => now,
    );
    expect(DEFAULT_RANGE_BYTES).toBe(4 * 1024 * 1024);
    expect(await measureThroughput(ctx, 'https://m.example', 'alpine', { timeoutMs: 1000 })).toEqual({
      ok: true,
      bytes: DEFAULT_RANGE_BYTES,
      ms: 500,
      bytesPerSec: DEFAULT_RANGE_BYTES * 2,
    });
    expect(requests.at(-1)?.headers?.range).toBe(`bytes=0-${DEFAULT_RANGE_BYTES - 1}`);
  });

  it('a blob redirected to storage on another host: followed, and the token is not sent there', async () => {
    const { ctx, requests } = tokenRegistry({
      [`${M}/blobs/sha256:big`]: (r) =>
        r.headers?.authorization === 'Bearer t'
          ? reply(307, { location: 'https://storage.example/blob?sig=1' })
          : reply(401, { 'www-authenticate': 'Bearer realm="https://auth.example/token"' }),
      'https://storage.example/blob': ranged,
    });
    expect(
      await measureThroughput(ctx, 'https://m.example', 'alpine:3.20', { timeoutMs: 1000, rangeBytes: 2048 }),
    ).toMatchObject({ ok: true, bytes: 2048 });
    const storage = requests.at(-1)!;
    expect(storage.url).toBe('https://storage.example/blob?sig=1');
    expect(storage.headers?.authorization).toBeUndefined();
    expect(storage.headers?.range).toBe('bytes=0-2047');
  });

  it('an index without linux/amd64 falls back to its first manifest', async () => {
    const { ctx, urls } = scripted({
      [`${M}/manifests/latest`]: reply(
        200,
        {},
        JSON.stringify({ manifests: [{ digest: 'sha256:s390x', platform: { os: 'linux', architecture: 's390x' } }] }),
      ),
      [`${M}/manifests/sha256:s390x`]: reply(200, {}, image),
      [`${M}/blobs/sha256:big`]: ranged,
    });
    expect((await measureThroughput(ctx, 'https://m.example', 'alpine', { timeoutMs: 1000, rangeBytes: 10 })).ok).toBe(
      true,
    );
    expect(urls()).toContain(`${M}/manifests/sha256:s390x`);
  });

  it.each([
    [
      'the manifest is missing',
      { [`${M}/manifests/latest`]: reply(404) },
      'manifest of library/alpine:latest: HTTP 404',
    ],
    [
      'the manifest is not JSON',
      { [`${M}/manifests/latest`]: reply(200, {}, '<html>') },
      'manifest of library/alpine:latest is not JSON',
    ],
    [
      'the index is empty',
      { [`${M}/manifests/latest`]: reply(200, {}, '{"manifests":[]}') },
      'the image index lists no manifests',
    ],
    [
      'the image has no layers',
      { [`${M}/manifests/latest`]: reply(200, {}, '{"layers":[]}') },
      'library/alpine:latest has no layers',
    ],
    [
      'the blob is refused',
      { [`${M}/manifests/latest`]: reply(200, {}, image), [`${M}/blobs/`]: reply(403) },
      'blob: HTTP 403',
    ],
    [
      'the blob does not come',
      {
        [`${M}/manifests/latest`]: reply(200, {}, image),
        [`${M}/blobs/`]: { ok: false as const, code: 'ECONNRESET', error: 'connection reset' },
      },
      'blob: connection reset',
    ],
    ['the mirror is gone', {}, 'connection refused'],
    [
      'no anonymous token',
      {
        [`${M}/manifests/latest`]: reply(401, { 'www-authenticate': 'Bearer realm="https://auth.example/token"' }),
        'https://auth.example/token': reply(403),
      },
      'token service answered HTTP 403',
    ],
  ])('fails plainly when %s', async (_, answers, detail) => {
    const { ctx } = scripted(answers);
    const measured = await measureThroughput(ctx, 'https://m.example', 'alpine', { timeoutMs: 1000 });
    expect(measured).toMatchObject({ ok: false, detail });
    // Our sentences also come from the catalogue (the edge's own words, "connection refused", do not).
    if (!measured.ok && detail !== 'connection refused') {
      expect(measured.says && english(measured.says)).toBe(detail);
      expect(sayIn('zh', measured.says!)).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('repositoryOf', () => {
  it.each([
    ['alpine', 'library/alpine', 'latest'],
    ['alpine:3.20', 'library/alpine', '3.20'],
    ['grafana/grafana:11.0', 'grafana/grafana', '11.0'],
    ['grafana/grafana', 'grafana/grafana', 'latest'],
  ])('%s → %s:%s', (name, repo, tag) => {
    expect(repositoryOf(name)).toEqual({ repo, tag });
  });
});

describe('measureThroughput for another registry (mirror test --registry)', () => {
  it('asks the API root given, for the repository as named, with ?ns= on the manifest and the blob', async () => {
    const api = 'https://m.example/cache/v2';
    const { ctx, urls } = scripted({
      [`${api}/org/app/manifests/1?ns=ghcr.io`]: reply(200, {}, image),
      [`${api}/org/app/blobs/sha256:big?ns=ghcr.io`]: ranged,
    });
    const got = await measureThroughput(
      ctx,
      'https://m.example/cache',
      { repo: 'org/app', tag: '1' },
      { timeoutMs: 1000, api, ns: 'ghcr.io', rangeBytes: 100 },
    );
    expect(got).toMatchObject({ ok: true, bytes: 100 });
    expect(urls()).toEqual([`${api}/org/app/manifests/1?ns=ghcr.io`, `${api}/org/app/blobs/sha256:big?ns=ghcr.io`]);
  });
});
