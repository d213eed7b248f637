// The probes against a scripted ctx.http: each answer a registry, a web server or the network can
// give, and what the probe makes of it. Real servers are in test/daemon/probe.test.ts.
import { describe, expect, it } from 'vitest';
import type { RegistryRequest, RegistryResponse } from '../../../src/edges/registry-http.js';
import { insecureDiagnostics, measureThroughput, mirrorDiagnostics, probeInsecureRegistry, probeRegistry, rankMirrors, repositoryOf, type ProbeCtx } from '../../../src/probe/index.js';

type Answer = Partial<Extract<RegistryResponse, { ok: true }>> | Extract<RegistryResponse, { ok: false }> | ((r: RegistryRequest) => RegistryResponse | Promise<RegistryResponse>);

/** Answers by URL (exact, then prefix); records every request. */
function scripted(answers: Record<string, Answer>) {
  const requests: RegistryRequest[] = [];
  const http = async (request: RegistryRequest): Promise<RegistryResponse> => {
    requests.push(request);
    const key = request.url in answers ? request.url : Object.keys(answers).find((k) => request.url.startsWith(k));
    const answer = key === undefined ? { ok: false as const, code: 'ECONNREFUSED', error: 'connection refused' } : answers[key]!;
    if (typeof answer === 'function') return answer(request);
    if ('ok' in answer && answer.ok === false) return answer;
    return { ok: true, status: 200, headers: {}, body: '', bytes: 0, timing: { connectedMs: 1, firstByteMs: 2, totalMs: 3 }, ...answer } as RegistryResponse;
  };
  const ctx: ProbeCtx = { http, clock: () => performance.now() };
  return { ctx, requests };
}

const API = { 'docker-distribution-api-version': 'registry/2.0' };
const opts = { timeoutMs: 1000 };

describe('probeRegistry', () => {
  it('200 with Docker-Distribution-Api-Version: a registry, anonymous, with its latency', async () => {
    const { ctx, requests } = scripted({ 'https://m.example/v2/': { status: 200, headers: API, body: '{}' } });
    const p = await probeRegistry(ctx, 'https://m.example', opts);
    expect(p).toMatchObject({ kind: 'registry', ok: true, auth: 'none', status: 200 });
    expect(p.latencyMs).toBeGreaterThanOrEqual(0);
    expect(requests.map((r) => r.url)).toEqual(['https://m.example/v2/']);
  });

  it('a mirror URL with a path or trailing slash probes <url>/v2/', async () => {
    const { ctx, requests } = scripted({ 'https://m.example/proxy/v2/': { status: 200, headers: API } });
    expect((await probeRegistry(ctx, 'https://m.example/proxy/', opts)).ok).toBe(true);
    expect(requests[0]?.url).toBe('https://m.example/proxy/v2/');
  });

  it('401 with a Bearer challenge: an anonymous token from the realm, then /v2/ again with it', async () => {
    const { ctx, requests } = scripted({
      'https://m.example/v2/': (r) =>
        r.headers?.authorization === 'Bearer t0k'
          ? { ok: true, status: 200, headers: API, body: '', bytes: 0, timing: { connectedMs: 1, firstByteMs: 1, totalMs: 1 } }
          : { ok: true, status: 401, headers: { ...API, 'www-authenticate': 'Bearer realm="https://auth.example/token",service="registry.example"' }, body: '', bytes: 0, timing: { connectedMs: 1, firstByteMs: 1, totalMs: 1 } },
      'https://auth.example/token': { status: 200, body: '{"token":"t0k"}' },
    });
    expect(await probeRegistry(ctx, 'https://m.example', opts)).toMatchObject({ kind: 'registry', ok: true, auth: 'anonymous-token' });
    expect(requests.map((r) => r.url)).toEqual(['https://m.example/v2/', 'https://auth.example/token?service=registry.example', 'https://m.example/v2/']);
  });

  it('a token service that refuses: a registry that needs credentials, not usable as a mirror', async () => {
    const { ctx } = scripted({
      'https://m.example/v2/': { status: 401, headers: { ...API, 'www-authenticate': 'Bearer realm="https://auth.example/token"' } },
      'https://auth.example/token': { status: 401, body: 'no' },
    });
    const p = await probeRegistry(ctx, 'https://m.example', opts);
    expect(p).toMatchObject({ kind: 'registry', ok: false, auth: 'token-refused' });
    expect(mirrorDiagnostics([p])[0]).toMatchObject({ id: 'mirror-auth-failed', severity: 'warning' });
  });

  it('401 Basic: a registry that wants a password; dockerd does not log in to mirrors', async () => {
    const { ctx } = scripted({ 'https://m.example/v2/': { status: 401, headers: { ...API, 'www-authenticate': 'Basic realm="x"' } } });
    expect(await probeRegistry(ctx, 'https://m.example', opts)).toMatchObject({ kind: 'registry', ok: false, auth: 'basic-required' });
  });

  it('an HTML page with 200 is a web server, not a registry', async () => {
    const { ctx } = scripted({ 'https://m.example/v2/': { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: '<!doctype html><title>Welcome</title>' } });
    const p = await probeRegistry(ctx, 'https://m.example', opts);
    expect(p).toMatchObject({ kind: 'not-registry', ok: false });
    expect(p.detail).toMatch(/HTTP 200 with an HTML page, not the registry API/);
    expect(mirrorDiagnostics([p])[0]).toMatchObject({ id: 'mirror-not-registry' });
  });

  it('404, and 400 "Client sent an HTTP request to an HTTPS server"', async () => {
    const { ctx } = scripted({
      'http://a.example/v2/': { status: 404, headers: { 'content-type': 'text/plain' }, body: 'not found' },
      'http://b.example:5000/v2/': { status: 400, body: 'Client sent an HTTP request to an HTTPS server.\n' },
    });
    expect((await probeRegistry(ctx, 'http://a.example', opts)).detail).toMatch(/HTTP 404 with text\/plain/);
    expect((await probeRegistry(ctx, 'http://b.example:5000', opts)).detail).toBe('answers only HTTPS: write the URL with https://');
  });

  it('network and TLS failures are named; an https URL on a plain-HTTP port is the mismatch dockerd reports', async () => {
    const { ctx } = scripted({
      'https://dead.example/v2/': { ok: false, code: 'ETIMEDOUT', error: 'no answer within 1000 ms' },
      'https://self.example/v2/': { ok: false, code: 'DEPTH_ZERO_SELF_SIGNED_CERT', error: 'TLS: certificate signed by unknown authority (self-signed)' },
      'https://plain.example/v2/': { ok: false, code: 'ERR_SSL_WRONG_VERSION_NUMBER', error: 'not a TLS server (it answers plain HTTP?)' },
    });
    const [dead, self, plain] = await Promise.all(['https://dead.example', 'https://self.example', 'https://plain.example'].map((u) => probeRegistry(ctx, u, opts)));
    expect(dead).toMatchObject({ kind: 'unreachable', detail: 'no answer within 1000 ms' });
    expect(self).toMatchObject({ kind: 'tls-error' });
    expect(plain).toMatchObject({ kind: 'tls-error', plainHttp: true });
    const ids = mirrorDiagnostics([dead!, self!, plain!]).map((d) => `${d.id}/${d.severity}`);
    expect(ids).toEqual(['mirror-unreachable/warning', 'mirror-tls-error/warning', 'registry-http-https-mismatch/warning', 'mirror-unreachable/error']);
    expect(mirrorDiagnostics([self!])[0]?.hint).toContain('/etc/docker/certs.d/self.example/ca.crt');
  });

  it('follows redirects, but never sends a token to another host', async () => {
    const { ctx, requests } = scripted({
      'https://m.example/v2/': { status: 301, headers: { location: 'https://n.example/v2/' } },
      'https://n.example/v2/': { status: 200, headers: API },
    });
    expect((await probeRegistry(ctx, 'https://m.example', opts)).ok).toBe(true);
    expect(requests.map((r) => r.url)).toEqual(['https://m.example/v2/', 'https://n.example/v2/']);
  });

  it('credentials in a URL never reach the output', async () => {
    const { ctx } = scripted({});
    const p = await probeRegistry(ctx, 'https://alice:s3cret@m.example', opts);
    expect(p.url).toBe('https://alice:xxxxx@m.example');
    expect(JSON.stringify([p, mirrorDiagnostics([p])])).not.toContain('s3cret');
  });

  it('ten dead mirrors cost one timeout, not ten', async () => {
    const { ctx } = scripted({ 'http://': () => new Promise((r) => setTimeout(() => r({ ok: false, code: 'ETIMEDOUT', error: 'no answer within 200 ms' }), 200)) });
    const started = performance.now();
    const probes = await Promise.all(Array.from({ length: 10 }, (_, i) => probeRegistry(ctx, `http://10.0.0.${i}`, { timeoutMs: 200 })));
    expect(probes.every((p) => p.kind === 'unreachable')).toBe(true);
    expect(performance.now() - started).toBeLessThan(1000); // serial: ≥ 2000 ms
  });
});

describe('insecure registries: https and http at once', () => {
  it('http only, https verified, https untrusted, nothing, and a CIDR that is not probed', async () => {
    const { ctx } = scripted({
      'https://plain:5000/v2/': { ok: false, code: 'ERR_SSL_WRONG_VERSION_NUMBER', error: 'not a TLS server (it answers plain HTTP?)' },
      'http://plain:5000/v2/': { status: 200, headers: API },
      'https://good:443/v2/': { status: 200, headers: API },
      'http://good:443/v2/': { status: 400, body: 'Client sent an HTTP request to an HTTPS server.' },
      'https://self:5000/v2/': { ok: false, code: 'DEPTH_ZERO_SELF_SIGNED_CERT', error: 'TLS: certificate signed by unknown authority (self-signed)' },
      'http://self:5000/v2/': { status: 400, body: 'Client sent an HTTP request to an HTTPS server.' },
    });
    const probes = await Promise.all(['plain:5000', 'good:443', 'self:5000', 'gone:5000', '10.0.0.0/8'].map((a) => probeInsecureRegistry(ctx, a, opts)));
    expect(probes.map((p) => p.answers)).toEqual(['http', 'https', 'https', 'none', 'not-probed']);
    expect(insecureDiagnostics(probes).map((d) => `${d.id}/${d.severity}`)).toEqual([
      'registry-http-https-mismatch/info',
      'insecure-registry-unneeded/warning',
      'insecure-registry-unneeded/info',
      'registry-unreachable/warning',
    ]);
  });
});

describe('throughput and ranking', () => {
  it('an index → the linux/amd64 manifest → a ranged read of its largest layer, with an anonymous token for the repository', async () => {
    const layer = 'sha256:big';
    const { ctx, requests } = scripted({
      'https://auth.example/token': { status: 200, body: '{"access_token":"t"}' },
      'https://m.example/v2/library/alpine/manifests/3.20': (r) =>
        r.headers?.authorization
          ? ok(200, JSON.stringify({ manifests: [{ digest: 'sha256:arm', platform: { os: 'linux', architecture: 'arm64' } }, { digest: 'sha256:amd', platform: { os: 'linux', architecture: 'amd64' } }] }))
          : { ok: true, status: 401, headers: { 'www-authenticate': 'Bearer realm="https://auth.example/token",service="s"' }, body: '', bytes: 0, timing: t },
      'https://m.example/v2/library/alpine/manifests/sha256:amd': ok(200, JSON.stringify({ layers: [{ digest: 'sha256:small', size: 10 }, { digest: layer, size: 9_000_000 }] })),
      [`https://m.example/v2/library/alpine/blobs/${layer}`]: (r) => ({ ok: true, status: 206, headers: {}, body: '', bytes: r.headers?.range === 'bytes=0-1023' ? 1024 : 0, timing: t }),
    });
    const result = await measureThroughput(ctx, 'https://m.example', 'alpine:3.20', { timeoutMs: 1000, rangeBytes: 1024 });
    expect(result).toMatchObject({ ok: true, bytes: 1024 });
    expect(requests.map((r) => r.url)).toContain('https://auth.example/token?service=s&scope=repository%3Alibrary%2Falpine%3Apull');
    expect(requests.at(-1)?.headers?.authorization).toBe('Bearer t');
  });

  it('repositoryOf: official images live under library/, tags default to latest', () => {
    expect(repositoryOf('alpine')).toEqual({ repo: 'library/alpine', tag: 'latest' });
    expect(repositoryOf('grafana/grafana:11.0')).toEqual({ repo: 'grafana/grafana', tag: '11.0' });
  });

  it('usable mirrors first, fastest download first, else lowest latency; the rest after', () => {
    const probe = (url: string, ok: boolean, latencyMs: number) => ({ url, ok, kind: ok ? ('registry' as const) : ('unreachable' as const), latencyMs, detail: '' });
    const ranked = rankMirrors([
      { probe: probe('dead', false, 1) },
      { probe: probe('slow', true, 90) },
      { probe: probe('fast', true, 10) },
      { probe: probe('fat', true, 200), throughput: { ok: true, bytes: 1, ms: 1, bytesPerSec: 9e6 } },
    ]);
    expect(ranked.map((r) => r.probe.url)).toEqual(['fat', 'fast', 'slow', 'dead']);
  });
});

const t = { connectedMs: 1, firstByteMs: 1, totalMs: 1 };
function ok(status: number, body: string): RegistryResponse {
  return { ok: true, status, headers: {}, body, bytes: body.length, timing: t };
}
