// probeRegistry against a scripted ctx.http: each answer a registry, a web server or the network can
// give, and what the probe makes of it. Real servers are in test/daemon/probe.test.ts.
import { describe, expect, it } from 'vitest';
import type { RegistryRequest } from '../../../src/edges/registry-http.js';
import { probeRegistry, v2Url } from '../../../src/probe/index.js';
import { API, reply, scripted } from './scripted-http.js';

const opts = { timeoutMs: 1000 };
const bearer = (params: string) => ({ ...API, 'www-authenticate': `Bearer ${params}` });

describe('probeRegistry: what answers GET /v2/', () => {
  it('200 with Docker-Distribution-Api-Version: a registry, anonymous, with its latency', async () => {
    const { ctx, urls } = scripted({ 'https://m.example/v2/': { status: 200, headers: API, body: '{}' } });
    const p = await probeRegistry(ctx, 'https://m.example', opts);
    expect(p).toMatchObject({ url: 'https://m.example', kind: 'registry', ok: true, auth: 'none', status: 200 });
    expect(p.latencyMs).toBeGreaterThanOrEqual(0);
    expect(p.detail).toMatch(/^registry, \d+ ms$/);
    expect(urls()).toEqual(['https://m.example/v2/']);
  });

  it('latency is measured on ctx.clock', async () => {
    let now = 1000;
    const { ctx } = scripted(
      {
        'https://m.example/v2/': () => {
          now += 42;
          return reply(200, API);
        },
      },
      () => now,
    );
    expect(await probeRegistry(ctx, 'https://m.example', opts)).toMatchObject({
      latencyMs: 42,
      detail: 'registry, 42 ms',
    });
  });

  it('a mirror URL with a path or trailing slashes probes <url>/v2/', async () => {
    expect(v2Url('https://m.example/proxy//')).toBe('https://m.example/proxy/v2/');
    const { ctx, urls } = scripted({ 'https://m.example/proxy/v2/': { status: 200, headers: API } });
    expect((await probeRegistry(ctx, 'https://m.example/proxy/', opts)).ok).toBe(true);
    expect(urls()).toEqual(['https://m.example/proxy/v2/']);
  });

  it('the timeout and CAs given reach ctx.http', async () => {
    const { ctx, requests } = scripted({ 'https://m.example/v2/': { status: 200, headers: API } });
    await probeRegistry(ctx, 'https://m.example', { timeoutMs: 3000, ca: ['PEM'] });
    expect(requests[0]?.ca).toEqual(['PEM']);
    expect(requests[0]?.timeoutMs).toBeGreaterThan(2900);
    expect(requests[0]?.timeoutMs).toBeLessThanOrEqual(3000);
  });

  it('an HTML page with 200 is a web server, not a registry', async () => {
    const { ctx } = scripted({
      'https://m.example/v2/': {
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: '<!doctype html><title>Welcome</title>',
      },
    });
    const p = await probeRegistry(ctx, 'https://m.example', opts);
    expect(p).toMatchObject({ kind: 'not-registry', ok: false, status: 200 });
    expect(p.detail).toBe(
      'answers HTTP 200 with an HTML page, not the registry API (no Docker-Distribution-Api-Version header)',
    );
  });

  it('an HTML body without a content type is still named an HTML page', async () => {
    const { ctx } = scripted({ 'http://m.example/v2/': { status: 200, body: '  <html><body>hi</body></html>' } });
    expect((await probeRegistry(ctx, 'http://m.example', opts)).detail).toContain('HTTP 200 with an HTML page');
  });

  it('200 JSON without the API header is not a registry, and says what it was', async () => {
    const { ctx } = scripted({
      'http://m.example/v2/': {
        status: 200,
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: '{}',
      },
    });
    const p = await probeRegistry(ctx, 'http://m.example', opts);
    expect(p).toMatchObject({ kind: 'not-registry', ok: false });
    expect(p.detail).toContain('HTTP 200 with application/json,');
  });

  it('404, and 400 "Client sent an HTTP request to an HTTPS server"', async () => {
    const { ctx } = scripted({
      'http://a.example/v2/': { status: 404, headers: { 'content-type': 'text/plain' }, body: 'not found' },
      'http://b.example:5000/v2/': { status: 400, body: 'Client sent an HTTP request to an HTTPS server.\n' },
      'http://c.example/v2/': { status: 502 },
    });
    expect(await probeRegistry(ctx, 'http://a.example', opts)).toMatchObject({
      kind: 'not-registry',
      status: 404,
      detail: expect.stringMatching(/HTTP 404 with text\/plain/),
    });
    expect(await probeRegistry(ctx, 'http://b.example:5000', opts)).toMatchObject({
      kind: 'not-registry',
      status: 400,
      detail: 'answers only HTTPS: write the URL with https://',
    });
    expect((await probeRegistry(ctx, 'http://c.example', opts)).detail).toContain('HTTP 502 with something else');
  });

  it('401 without the API header is a login page, not a registry', async () => {
    const { ctx, urls } = scripted({
      'https://m.example/v2/': {
        status: 401,
        headers: { 'www-authenticate': 'Bearer realm="https://auth.example/token"' },
      },
    });
    expect(await probeRegistry(ctx, 'https://m.example', opts)).toMatchObject({
      kind: 'not-registry',
      ok: false,
      status: 401,
    });
    expect(urls()).toEqual(['https://m.example/v2/']); // no token asked of a non-registry
  });
});

describe('probeRegistry: anonymous access, as dockerd pulls through a mirror', () => {
  it('401 Bearer → anonymous token from the realm (service, scope) → /v2/ again with it', async () => {
    const { ctx, requests, urls } = scripted({
      'https://m.example/v2/': (r) =>
        r.headers?.authorization === 'Bearer t0k'
          ? reply(200, API)
          : reply(
              401,
              bearer('realm="https://auth.example/token",service="registry.example",scope="registry:catalog:*"'),
            ),
      'https://auth.example/token': { status: 200, body: '{"token":"t0k"}' },
    });
    expect(await probeRegistry(ctx, 'https://m.example', opts)).toMatchObject({
      kind: 'registry',
      ok: true,
      auth: 'anonymous-token',
      status: 401,
    });
    expect(urls()).toEqual([
      'https://m.example/v2/',
      'https://auth.example/token?service=registry.example&scope=registry%3Acatalog%3A*',
      'https://m.example/v2/',
    ]);
    expect(requests[1]?.headers?.authorization).toBeUndefined(); // anonymous: nothing sent to the token service
  });

  it('access_token is accepted as well as token', async () => {
    const { ctx } = scripted({
      'https://m.example/v2/': (r) =>
        r.headers?.authorization === 'Bearer a'
          ? reply(200, API)
          : reply(401, bearer('realm="https://auth.example/token"')),
      'https://auth.example/token': { status: 200, body: '{"access_token":"a"}' },
    });
    expect(await probeRegistry(ctx, 'https://m.example', opts)).toMatchObject({ ok: true, auth: 'anonymous-token' });
  });

  it.each([
    ['the token service says 401', { status: 401, body: 'no' }, 'token service answered HTTP 401'],
    [
      'the token service is down',
      { ok: false as const, code: 'ECONNREFUSED', error: 'connection refused' },
      'token service: connection refused',
    ],
    ['the token service answers HTML', { status: 200, body: '<html>' }, 'token service did not answer JSON'],
    [
      'the token service answers no token',
      { status: 200, body: '{"expires_in":60}' },
      'token service answered without a token',
    ],
  ])('token-refused when %s', async (_, answer, why) => {
    const { ctx } = scripted({
      'https://m.example/v2/': { status: 401, headers: bearer('realm="https://auth.example/token"') },
      'https://auth.example/token': answer,
    });
    expect(await probeRegistry(ctx, 'https://m.example', opts)).toMatchObject({
      kind: 'registry',
      ok: false,
      auth: 'token-refused',
      detail: `a registry, but no anonymous token: ${why}`,
    });
  });

  it('token-refused when the challenge has no realm, or a realm that is not a URL', async () => {
    const { ctx } = scripted({
      'https://a.example/v2/': { status: 401, headers: bearer('service="x"') },
      'https://b.example/v2/': { status: 401, headers: bearer('realm="/token"') },
    });
    expect((await probeRegistry(ctx, 'https://a.example', opts)).detail).toContain(
      'the Bearer challenge names no realm',
    );
    expect((await probeRegistry(ctx, 'https://b.example', opts)).detail).toContain(
      'the token realm is not a URL: /token',
    );
  });

  it('token-refused when /v2/ still says 401 with the token', async () => {
    const { ctx } = scripted({
      'https://m.example/v2/': { status: 401, headers: bearer('realm="https://auth.example/token"') },
      'https://auth.example/token': { status: 200, body: '{"token":"t"}' },
    });
    expect(await probeRegistry(ctx, 'https://m.example', opts)).toMatchObject({
      auth: 'token-refused',
      ok: false,
      detail: 'a registry, but it refused the anonymous token (HTTP 401)',
    });
  });

  it('401 Basic: a registry that wants a password; dockerd does not log in to mirrors', async () => {
    const { ctx, urls } = scripted({
      'https://m.example/v2/': { status: 401, headers: { ...API, 'www-authenticate': 'Basic realm="x"' } },
    });
    expect(await probeRegistry(ctx, 'https://m.example', opts)).toMatchObject({
      kind: 'registry',
      ok: false,
      auth: 'basic-required',
      detail: expect.stringContaining('user name and password'),
    });
    expect(urls()).toHaveLength(1);
  });
});

describe('probeRegistry: the network and TLS', () => {
  it.each([
    ['ETIMEDOUT', 'no answer within 1000 ms', 'unreachable'],
    ['ECONNREFUSED', 'connection refused', 'unreachable'],
    ['ENOTFOUND', 'host name not found', 'unreachable'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'TLS: certificate signed by unknown authority (self-signed)', 'tls-error'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'TLS: certificate signed by unknown authority', 'tls-error'],
    ['CERT_HAS_EXPIRED', 'TLS: certificate has expired', 'tls-error'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'TLS: certificate is valid for other.example, not 127.0.0.1', 'tls-error'],
    ['EPROTO', 'TLS: sslv3 alert handshake failure', 'tls-error'],
  ])('%s → %s (%s)', async (code, error, kind) => {
    const { ctx } = scripted({ 'https://m.example/v2/': { ok: false, code, error } });
    const p = await probeRegistry(ctx, 'https://m.example', opts);
    expect(p).toMatchObject({ kind, ok: false, detail: error });
    expect(p.plainHttp).toBeUndefined();
  });

  it.each(['ERR_SSL_WRONG_VERSION_NUMBER', 'ERR_SSL_PACKET_LENGTH_TOO_LONG'])(
    '%s: an https URL on a plain-HTTP port',
    async (code) => {
      const { ctx } = scripted({
        'https://m.example/v2/': { ok: false, code, error: 'not a TLS server (it answers plain HTTP?)' },
      });
      expect(await probeRegistry(ctx, 'https://m.example', opts)).toMatchObject({ kind: 'tls-error', plainHttp: true });
    },
  );
});

describe('probeRegistry: redirects', () => {
  it('301 to another path on the same host is followed', async () => {
    const { ctx, urls } = scripted({
      'https://m.example/v2/': { status: 301, headers: { location: '/registry/v2/' } },
      'https://m.example/registry/v2/': { status: 200, headers: API },
    });
    expect(await probeRegistry(ctx, 'https://m.example', opts)).toMatchObject({ ok: true, status: 200 });
    expect(urls()).toEqual(['https://m.example/v2/', 'https://m.example/registry/v2/']);
  });

  it('the token follows a redirect on the same host, and is never sent to another host', async () => {
    const seen: Record<string, string | undefined> = {};
    const record = (answer: ReturnType<typeof reply>) => (r: RegistryRequest) => {
      seen[r.url] = r.headers?.authorization;
      return answer;
    };
    const { ctx, urls } = scripted({
      'https://m.example/v2/': (r) =>
        r.headers?.authorization
          ? reply(307, { location: '/v2/again/' })
          : reply(401, bearer('realm="https://auth.example/token"')),
      'https://auth.example/token': { status: 200, body: '{"token":"SECRET-TOKEN"}' },
      'https://m.example/v2/again/': record(reply(302, { location: 'https://elsewhere.example/v2/' })),
      'https://elsewhere.example/v2/': record(reply(200, API)),
    });
    expect(await probeRegistry(ctx, 'https://m.example', opts)).toMatchObject({ ok: true, auth: 'anonymous-token' });
    expect(urls().slice(-3)).toEqual([
      'https://m.example/v2/',
      'https://m.example/v2/again/',
      'https://elsewhere.example/v2/',
    ]);
    expect(seen['https://m.example/v2/again/']).toBe('Bearer SECRET-TOKEN');
    expect(seen['https://elsewhere.example/v2/']).toBeUndefined();
  });

  it('a redirect loop stops after three hops and is not a registry', async () => {
    const { ctx, urls } = scripted({ 'https://m.example/': (r) => reply(302, { location: `${r.url}x/` }) });
    expect(await probeRegistry(ctx, 'https://m.example', opts)).toMatchObject({
      kind: 'not-registry',
      ok: false,
      status: 302,
    });
    expect(urls()).toHaveLength(4);
  });

  it('redirects share one deadline: when it has passed, no further request is made', async () => {
    let now = 0;
    const { ctx, urls } = scripted(
      {
        'https://m.example/v2/': () => {
          now += 1500; // the first hop used up the whole 1000 ms budget
          return reply(301, { location: 'https://n.example/v2/' });
        },
      },
      () => now,
    );
    expect(await probeRegistry(ctx, 'https://m.example', opts)).toMatchObject({
      kind: 'unreachable',
      ok: false,
      detail: 'no answer in time',
    });
    expect(urls()).toEqual(['https://m.example/v2/']);
  });
});
