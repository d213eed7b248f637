import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorsOf, fullLine, problemsOf } from './helpers.js';

/**
 * What is inside tlscert / tlskey / tlscacert. Every row's Go error was seen on the real
 * Debian builds (26.1.5 and 28.5.2 with `dockerd --validate`, 20.10.24 with a throwaway start
 * for the rows marked so) with the files in fixtures/tls (make-fixtures.sh). The 29.7.2
 * wording (go-connections v0.5.0+) is from the source.
 */
const V20 = '20.10.24+dfsg1';
const V26 = '26.1.5+dfsg1-9+deb13u1';
const V28 = '28.5.2+dfsg4-5';
const V29 = '29.7.2';

const fixture = (name: string): Uint8Array => readFileSync(new URL(`./fixtures/tls/${name}`, import.meta.url));
const text = (s: string): Uint8Array => Buffer.from(s, 'latin1');
const cat = (...parts: Uint8Array[]): Uint8Array => Buffer.concat(parts);

const GARBAGE = text('not a certificate\n');
const BAD_DER = text('-----BEGIN CERTIFICATE-----\nAAAAAAAA\n-----END CERTIFICATE-----\n');
const BAD_BASE64 = text('-----BEGIN CERTIFICATE-----\nnot!base64\n-----END CERTIFICATE-----\n');
const withHeader = (pem: Uint8Array): Uint8Array =>
  text(
    Buffer.from(pem).toString('latin1').replace('BEGIN CERTIFICATE-----\n', 'BEGIN CERTIFICATE-----\nX-Foo: bar\n\n'),
  );

const C = '/etc/docker/tls/cert.pem';
const K = '/etc/docker/tls/key.pem';
const A = '/etc/docker/tls/ca.pem';

interface Row {
  name: string;
  cert: Uint8Array;
  key: Uint8Array;
  /** Go's error on the Debian builds; null: accepted. */
  go: string | null;
  /** 28.5.2+dfsg4 and 29.7.2 (newest Go) when they differ; 'unknown': a detail we cannot reproduce. */
  newGo?: string | 'unknown';
  /** 20.10 (Go 1.19) when it differs. */
  go119?: string;
}

const pairs: Row[] = [
  { name: 'EC key pair (PKCS#8 key)', cert: fixture('cert.pem'), key: fixture('key.pem'), go: null },
  { name: 'EC key pair (SEC1 key)', cert: fixture('cert.pem'), key: fixture('key-sec1.pem'), go: null },
  { name: 'RSA key pair (PKCS#1 key)', cert: fixture('rsa-cert.pem'), key: fixture('rsa-key-pkcs1.pem'), go: null },
  { name: 'RSA key pair (PKCS#8 key)', cert: fixture('rsa-cert.pem'), key: fixture('rsa-key-pkcs8.pem'), go: null },
  { name: 'Ed25519 key pair', cert: fixture('ed25519-cert.pem'), key: fixture('ed25519-key.pem'), go: null },
  { name: 'P-384 key pair', cert: fixture('p384-cert.pem'), key: fixture('p384-key.pem'), go: null },
  {
    name: 'server certificate first, then its CA',
    cert: cat(fixture('cert.pem'), fixture('ca.pem')),
    key: fixture('key.pem'),
    go: null,
  },
  {
    name: 'text around the PEM blocks',
    cert: cat(text('subject=CN=localhost\n'), fixture('cert.pem'), text('trailer\n')),
    key: fixture('key.pem'),
    go: null,
  },
  {
    name: 'cert file without PEM (verified on 20.10)',
    cert: GARBAGE,
    key: fixture('key.pem'),
    go: 'tls: failed to find any PEM data in certificate input',
  },
  {
    name: 'cert block with bad base64',
    cert: BAD_BASE64,
    key: fixture('key.pem'),
    go: 'tls: failed to find any PEM data in certificate input',
  },
  {
    name: 'cert file holds a key',
    cert: fixture('ca-key.pem'),
    key: fixture('key.pem'),
    go: 'tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched',
  },
  {
    name: 'key file without PEM',
    cert: fixture('cert.pem'),
    key: GARBAGE,
    go: 'tls: failed to find any PEM data in key input',
  },
  {
    name: 'key file holds a certificate',
    cert: fixture('cert.pem'),
    key: fixture('cert.pem'),
    go: 'tls: found a certificate rather than a key in the PEM for the private key',
  },
  {
    name: 'key of another certificate (verified on 20.10)',
    cert: fixture('cert.pem'),
    key: fixture('other-key.pem'),
    go: 'tls: private key does not match public key',
  },
  {
    name: 'CA bundle first: Go takes the first certificate (verified on 20.10)',
    cert: cat(fixture('ca.pem'), fixture('cert.pem')),
    key: fixture('key.pem'),
    go: 'tls: private key does not match public key',
  },
  {
    name: 'EC key on a P-384 certificate',
    cert: fixture('cert.pem'),
    key: fixture('p384-key.pem'),
    go: 'tls: private key does not match public key',
  },
  {
    name: 'EC key for an RSA certificate',
    cert: fixture('rsa-cert.pem'),
    key: fixture('key.pem'),
    go: 'tls: private key type does not match public key type',
  },
  {
    name: 'RSA key for an EC certificate',
    cert: fixture('cert.pem'),
    key: fixture('rsa-key-pkcs1.pem'),
    go: 'tls: private key type does not match public key type',
  },
  {
    name: 'encrypted PKCS#1 key (verified on 20.10)',
    cert: fixture('rsa-cert.pem'),
    key: fixture('rsa-key-encrypted.pem'),
    go: 'tls: failed to parse private key',
    newGo: 'unknown',
  },
  {
    name: 'encrypted PKCS#8 key',
    cert: fixture('rsa-cert.pem'),
    key: fixture('rsa-key-encrypted-pkcs8.pem'),
    go: 'tls: failed to parse private key',
    newGo: 'unknown',
  },
  {
    name: 'X25519 key (verified on 20.10)',
    cert: fixture('cert.pem'),
    key: fixture('x25519-key.pem'),
    go: 'tls: found unknown private key type in PKCS#8 wrapping',
    go119: 'tls: failed to parse private key',
  },
  {
    name: 'Ed448 key',
    cert: fixture('ed448-cert.pem'),
    key: fixture('ed448-key.pem'),
    go: 'tls: failed to parse private key',
    newGo:
      'tls: failed to parse private key: x509: PKCS#8 wrapping contained private key with unknown algorithm: 1.3.101.113',
  },
  {
    name: 'Ed448 certificate (verified on 20.10)',
    cert: fixture('ed448-cert.pem'),
    key: fixture('key.pem'),
    go: 'tls: unknown public key algorithm',
  },
  {
    name: 'secp256k1 certificate',
    cert: fixture('secp256k1-cert.pem'),
    key: fixture('secp256k1-key.pem'),
    go: 'x509: unsupported elliptic curve',
  },
  {
    name: 'secp256k1 SEC1 key',
    cert: fixture('cert.pem'),
    key: fixture('secp256k1-key.pem'),
    go: 'tls: failed to parse private key',
    newGo:
      'tls: failed to parse private key: x509: failed to parse private key (use ParseECPrivateKey instead for this key format)',
  },
  {
    name: 'certificate block that is not DER',
    cert: BAD_DER,
    key: fixture('key.pem'),
    go: 'x509: malformed certificate',
  },
];

function expectedLine(raw: string, row: Row): string | undefined {
  const goError = raw === V20 ? (row.go119 ?? row.go) : raw === V28 || raw === V29 ? (row.newGo ?? row.go) : row.go;
  if (goError === 'unknown' || goError === null) return undefined;
  if (raw === V29)
    return `invalid TLS configuration: error reading X509 key pair - make sure the key is not encrypted (cert: "${C}", key: "${K}"): ${goError}`;
  const prefix = raw === V20 ? 'failed to create API server' : 'invalid TLS configuration';
  return `${prefix}: Error reading X509 key pair (cert: "${C}", key: "${K}"): ${goError}. Make sure the key is not encrypted.`;
}

const tlsOn = { hosts: ['tcp://127.0.0.1:2376'], tlsverify: false, tlscert: C, tlskey: K };

describe('TLS key pair content', () => {
  const rows = pairs.flatMap((row) => [V20, V26, V28, V29].map((raw) => ({ ...row, raw })));
  it.each(rows)('$name on $raw', (row) => {
    const errors = errorsOf(problemsOf(row.raw, tlsOn, { host: { contents: { [C]: row.cert, [K]: row.key } } })).filter(
      (p) => p.id === 'invalid-tls',
    );
    if (row.go === null) {
      expect(errors).toEqual([]);
      return;
    }
    expect(errors).toHaveLength(1);
    const [p] = errors;
    const line = expectedLine(row.raw, row);
    if (line === undefined) expect(p?.dockerd).toBeUndefined();
    else expect(fullLine(p!)).toBe(line);
  });

  it('points at the file at fault and says what is wrong', () => {
    const cert = problemsOf(V26, tlsOn, { host: { contents: { [C]: GARBAGE, [K]: fixture('key.pem') } } });
    expect(errorsOf(cert)[0]).toMatchObject({ key: 'tlscert', message: expect.stringContaining('no PEM data') });
    const key = problemsOf(V26, tlsOn, {
      host: { contents: { [C]: fixture('rsa-cert.pem'), [K]: fixture('rsa-key-encrypted.pem') } },
    });
    expect(errorsOf(key)[0]).toMatchObject({ key: 'tlskey', message: expect.stringContaining('encrypted') });
    const bundle = problemsOf(V26, tlsOn, {
      host: { contents: { [C]: cat(fixture('ca.pem'), fixture('cert.pem')), [K]: fixture('key.pem') } },
    });
    expect(errorsOf(bundle)[0]?.message).toContain('put the server certificate first');
  });

  it('does not judge files whose bytes it cannot read', () => {
    expect(errorsOf(problemsOf(V26, tlsOn, { host: { files: [C, K] } }))).toEqual([]);
  });

  it("uses the flags' default paths when --tlsverify switches TLS on", () => {
    const d = '/root/.docker';
    const host = {
      contents: {
        [`${d}/cert.pem`]: GARBAGE,
        [`${d}/key.pem`]: fixture('key.pem'),
        [`${d}/ca.pem`]: fixture('ca.pem'),
      },
    };
    const [p] = errorsOf(problemsOf(V26, { tlsverify: true }, { flags: ['tlsverify'], host }));
    expect(p?.dockerd).toBe(
      `invalid TLS configuration: Error reading X509 key pair (cert: "${d}/cert.pem", key: "${d}/key.pem"): tls: failed to find any PEM data in certificate input. Make sure the key is not encrypted.`,
    );
  });
});

describe('TLS CA content (client verification)', () => {
  const verify = { ...tlsOn, tlsverify: true, tlscacert: A };
  const good = { [C]: fixture('cert.pem'), [K]: fixture('key.pem') };
  it.each([
    ['a CA certificate', fixture('ca.pem'), true],
    ['a bundle of CAs', cat(fixture('ca.pem'), fixture('other-cert.pem')), true],
    ['junk before a certificate', cat(text('junk\n'), BAD_BASE64, fixture('ca.pem')), true],
    ['no PEM at all (verified on 20.10)', GARBAGE, false],
    ['only a private key', fixture('ca-key.pem'), false],
    ['a certificate block with headers (verified on 20.10)', withHeader(fixture('ca.pem')), false],
    ['a certificate block that is not DER', BAD_DER, false],
  ])('%s', (_name, ca, accepted) => {
    for (const raw of [V20, V26, V28]) {
      const errors = errorsOf(problemsOf(raw, verify, { host: { contents: { ...good, [A]: ca } } }));
      if (accepted) {
        expect(errors).toEqual([]);
        continue;
      }
      const prefix = raw === V20 ? 'failed to create API server' : 'invalid TLS configuration';
      expect(errors.map((p) => fullLine(p))).toEqual([
        `${prefix}: failed to append certificates from PEM file: "${A}"`,
      ]);
      expect(errors[0]?.key).toBe('tlscacert');
    }
  });

  it('leaves the CA alone when clients are not verified', () => {
    expect(
      errorsOf(problemsOf(V26, { ...tlsOn, tlscacert: A }, { host: { contents: { ...good, [A]: GARBAGE } } })),
    ).toEqual([]);
  });
});
