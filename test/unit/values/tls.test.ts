import { describe, expect, it } from 'vitest';
import { tlsState } from '../../../src/validate/values/index.js';
import { ctxOf, errorsOf, fullLine, problemsOf } from './helpers.js';

const state = (values: Record<string, unknown>, flags: string[] = []) =>
  tlsState(ctxOf('28.5.2', values, { flags }).settings);

describe('tlsState', () => {
  it.each([
    [{}, { enabled: false, verify: false, explicit: false }],
    [{ tls: true }, { enabled: true, verify: true, explicit: true }],
    [{ tls: false }, { enabled: false, verify: false, explicit: true }],
    [{ tlsverify: false }, { enabled: true, verify: false, explicit: true }],
    [
      { tls: false, tlsverify: false },
      { enabled: true, verify: false, explicit: true },
    ],
    [
      { tls: true, tlsverify: false },
      { enabled: true, verify: false, explicit: true },
    ],
    [{ tlsverify: true }, { enabled: true, verify: true, explicit: true }],
    [{ tls: null }, { enabled: false, verify: false, explicit: false }],
  ])('%j', (values, expected) => expect(state(values)).toMatchObject(expected));
  it('knows when TLS came from a flag', () => {
    expect(state({ tlsverify: true }, ['tlsverify']).viaFlag).toBe(true);
    expect(state({ tlsverify: true }).viaFlag).toBe(false);
  });
});

describe('TLS rule', () => {
  const certs = ['/etc/docker/cert.pem', '/etc/docker/key.pem', '/etc/docker/ca.pem'];
  const full = {
    tlsverify: true,
    tlscert: '/etc/docker/cert.pem',
    tlskey: '/etc/docker/key.pem',
    tlscacert: '/etc/docker/ca.pem',
  };

  it('accepts readable files', () => {
    expect(errorsOf(problemsOf('28.5.2', full, { host: { files: certs } }))).toEqual([]);
  });

  it.each([
    [
      '20.10.24',
      'failed to create API server: Could not load X509 key pair (cert: "/etc/docker/cert.pem", key: "/etc/docker/key.pem"): open /etc/docker/key.pem: no such file or directory',
    ],
    [
      '26.1.5+dfsg1',
      'invalid TLS configuration: Could not load X509 key pair (cert: "/etc/docker/cert.pem", key: "/etc/docker/key.pem"): open /etc/docker/key.pem: no such file or directory',
    ],
    [
      '29.7.2',
      'invalid TLS configuration: could not load X509 key pair (cert: "/etc/docker/cert.pem", key: "/etc/docker/key.pem"): open /etc/docker/key.pem: no such file or directory',
    ],
  ])('a missing key on %s', (raw, line) => {
    const [p] = errorsOf(problemsOf(raw, full, { host: { files: ['/etc/docker/cert.pem', '/etc/docker/ca.pem'] } }));
    expect(p).toMatchObject({ id: 'invalid-tls', key: 'tlskey' });
    expect(fullLine(p!)).toBe(line);
  });

  it('refuses an unreadable CA only when verifying, and warns when none is set', () => {
    const [p] = errorsOf(problemsOf('26.1.5', full, { host: { files: certs.slice(0, 2) } }));
    expect(p?.dockerd).toBe(
      'invalid TLS configuration: could not read CA certificate "/etc/docker/ca.pem": open /etc/docker/ca.pem: no such file or directory',
    );
    expect(problemsOf('26.1.5', { ...full, tlsverify: false }, { host: { files: certs.slice(0, 2) } })).toEqual([]);
    const noCa = problemsOf(
      '26.1.5',
      { tlsverify: true, tlscert: certs[0], tlskey: certs[1] },
      { host: { files: certs } },
    );
    expect(noCa).toEqual([expect.objectContaining({ key: 'tlsverify', severity: 'warning' })]);
  });

  it("applies the flags' default paths only when TLS is switched on by a flag", () => {
    const viaFlag = problemsOf(
      '26.1.5',
      { tlsverify: true },
      {
        flags: ['tlsverify'],
        host: { files: ['/root/.docker/cert.pem', '/root/.docker/key.pem', '/root/.docker/ca.pem'] },
      },
    );
    expect(errorsOf(viaFlag)).toEqual([]);
    const [p] = errorsOf(problemsOf('26.1.5+dfsg1', { tlsverify: true }, { flags: ['tlsverify'] }));
    expect(p?.dockerd).toBe(
      'invalid TLS configuration: Could not load X509 key pair (cert: "", key: ""): open : no such file or directory',
    );
  });

  it('says "tls": true alone still demands client certificates', () => {
    const ps = problemsOf(
      '28.5.2',
      { tls: true, tlscert: certs[0], tlskey: certs[1], tlscacert: certs[2] },
      { host: { files: certs } },
    );
    expect(ps.filter((p) => p.key === 'tls').map((p) => p.severity)).toEqual(['warning', 'warning']);
    expect(ps.some((p) => p.message.includes('client certificates'))).toBe(true);
  });

  it('warns about TLS files while TLS is off, and about "tls": false being overridden', () => {
    expect(problemsOf('28.5.2', { tlscert: '/x' })).toEqual([
      expect.objectContaining({ key: 'tlscert', severity: 'warning' }),
    ]);
    const ps = problemsOf(
      '28.5.2',
      { tls: false, tlsverify: true, tlscert: certs[0], tlskey: certs[1], tlscacert: certs[2] },
      { host: { files: certs } },
    );
    expect(ps.some((p) => p.key === 'tls' && p.message.includes('overridden'))).toBe(true);
  });
});
