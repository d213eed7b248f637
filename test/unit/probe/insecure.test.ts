// insecure-registries entries: https and http probed at once, and what the answer means for dockerd.
import { describe, expect, it } from 'vitest';
import {
  insecureDiagnostics,
  probeInsecureRegistry,
  type InsecureProbe,
  type RegistryProbe,
} from '../../../src/probe/index.js';
import { API, blackHole, scripted } from './scripted-http.js';

const opts = { timeoutMs: 1000 };
const notTls = {
  ok: false as const,
  code: 'ERR_SSL_WRONG_VERSION_NUMBER',
  error: 'not a TLS server (it answers plain HTTP?)',
};
const selfSigned = {
  ok: false as const,
  code: 'DEPTH_ZERO_SELF_SIGNED_CERT',
  error: 'TLS: certificate signed by unknown authority (self-signed)',
};
const httpToHttps = { status: 400, body: 'Client sent an HTTP request to an HTTPS server.\n' };

describe('probeInsecureRegistry', () => {
  it('which scheme answers: http only, https verified, https untrusted, both, none; a CIDR is not probed', async () => {
    const { ctx, urls } = scripted({
      'https://plain:5000/v2/': notTls,
      'http://plain:5000/v2/': { status: 200, headers: API },
      'https://good:443/v2/': { status: 200, headers: API },
      'http://good:443/v2/': httpToHttps,
      'https://self:5000/v2/': selfSigned,
      'http://self:5000/v2/': httpToHttps,
      'https://two:5000/v2/': { status: 200, headers: API },
      'http://two:5000/v2/': { status: 200, headers: API },
    });
    const probes = await Promise.all(
      ['plain:5000', 'good:443', 'self:5000', 'two:5000', 'gone:5000', '10.0.0.0/8'].map((a) =>
        probeInsecureRegistry(ctx, a, opts),
      ),
    );
    expect(probes.map((p) => [p.address, p.answers, p.trustedTls])).toEqual([
      ['plain:5000', 'http', false],
      ['good:443', 'https', true],
      ['self:5000', 'https', false],
      ['two:5000', 'both', true],
      ['gone:5000', 'none', false],
      ['10.0.0.0/8', 'not-probed', undefined],
    ]);
    expect(probes[0]?.https).toMatchObject({ kind: 'tls-error', plainHttp: true });
    expect(probes[2]?.http).toMatchObject({
      kind: 'not-registry',
      detail: 'answers only HTTPS: write the URL with https://',
    });
    expect(urls().some((u) => u.includes('10.0.0.0'))).toBe(false);
  });

  it('the CAs given are used for the https probe', async () => {
    const { ctx, requests } = scripted({ 'https://r:5000/v2/': { status: 200, headers: API } });
    await probeInsecureRegistry(ctx, 'r:5000', { timeoutMs: 500, ca: ['PEM'] });
    expect(requests.find((r) => r.url.startsWith('https:'))?.ca).toEqual(['PEM']);
  });

  it('https and http are probed at once: a dead address costs one timeout, not two', async () => {
    const { ctx } = scripted({ http: blackHole });
    const started = performance.now();
    const p = await probeInsecureRegistry(ctx, 'dead:5000', { timeoutMs: 300 });
    expect(p.answers).toBe('none');
    expect(performance.now() - started).toBeLessThan(550); // one after the other: ≥ 600 ms
  });
});

describe('insecureDiagnostics: one finding per answers value', () => {
  const registry = (url: string): RegistryProbe => ({
    url,
    kind: 'registry',
    ok: true,
    auth: 'none',
    detail: 'registry, 3 ms',
  });
  const failed = (url: string, detail: string): RegistryProbe => ({ url, kind: 'unreachable', ok: false, detail });
  const cases: [InsecureProbe, string | undefined, RegExp | undefined][] = [
    [
      {
        address: 'plain:5000',
        answers: 'http',
        https: { ...failed('https://plain:5000', 'not a TLS server'), kind: 'tls-error', plainHttp: true },
        http: registry('http://plain:5000'),
        trustedTls: false,
      },
      'registry-http-https-mismatch/info',
      /plain:5000 answers plain HTTP only.*server gave HTTP response to HTTPS client/,
    ],
    [
      { address: 'good:443', answers: 'https', https: registry('https://good:443'), trustedTls: true },
      'insecure-registry-unneeded/warning',
      /good:443 serves HTTPS with a certificate this host trusts/,
    ],
    [
      {
        address: 'self:5000',
        answers: 'https',
        https: { ...failed('https://self:5000', 'TLS: certificate signed by unknown authority'), kind: 'tls-error' },
        trustedTls: false,
      },
      'insecure-registry-unneeded/info',
      /does not trust \(TLS: certificate signed by unknown authority\)/,
    ],
    [
      {
        address: 'gone:5000',
        answers: 'none',
        https: failed('https://gone:5000', 'connection refused'),
        http: failed('http://gone:5000', 'no answer within 1000 ms'),
        trustedTls: false,
      },
      'registry-unreachable/warning',
      /answers neither https \(connection refused\) nor http \(no answer within 1000 ms\)/,
    ],
    [{ address: '10.0.0.0/8', answers: 'not-probed' }, undefined, undefined],
    [
      {
        address: 'two:5000',
        answers: 'both',
        https: registry('https://two:5000'),
        http: registry('http://two:5000'),
        trustedTls: true,
      },
      'insecure-registry-unneeded/warning',
      /two:5000 serves HTTPS with a certificate this host trusts \(and plain HTTP\)/,
    ],
    [
      {
        address: 'three:5000',
        answers: 'both',
        https: { ...failed('https://three:5000', 'TLS: certificate signed by unknown authority'), kind: 'tls-error' },
        http: registry('http://three:5000'),
        trustedTls: false,
      },
      undefined,
      undefined,
    ],
  ];

  it.each(cases)('%o → %s', (p, expected, message) => {
    const found = insecureDiagnostics([p]);
    expect(found.map((d) => `${d.id}/${d.severity}`)).toEqual(expected ? [expected] : []);
    if (message) expect(found[0]?.message).toMatch(message);
    expect(found.every((d) => d.key === 'insecure-registries' && d.fixable === false && (d.hint ?? '') !== '')).toBe(
      true,
    );
  });

  it('an untrusted certificate points at certs.d for that address; a trusted one at insecure remove', () => {
    const [untrusted, trusted] = insecureDiagnostics([cases[2]![0], cases[1]![0]]);
    expect(untrusted?.hint).toContain('/etc/docker/certs.d/self:5000/ca.crt');
    expect(trusted?.hint).toBe('remove it: dockerd-config insecure remove good:443');
  });
});
