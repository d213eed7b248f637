import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkClientKey, readCertificates } from '../../../src/registries/trust-files.js';
import { makeTestPki, type TestPki } from '../../helpers/test-pki.js';

// Real certificates from openssl, made once.
let pki: TestPki;
const read = (name: Parameters<TestPki['path']>[0]) => readFileSync(pki.path(name), 'utf8');
beforeAll(() => {
  pki = makeTestPki();
});
afterAll(() => pki.cleanup());

const now = new Date();

describe('readCertificates', () => {
  it('reads each PEM certificate of a bundle', () => {
    const r = readCertificates(read('ca.pem') + read('c.pem'), 'bundle.pem', now);
    expect(r.ok && r.certificates.map((c) => c.subject)).toEqual(['CN=test-ca', 'CN=client']);
  });

  it('refuses a key (it would be installed world-readable) and a file with no certificate', () => {
    expect(readCertificates(read('ca.key'), 'k', now).diagnostics[0]).toMatchObject({
      id: 'invalid-tls',
      severity: 'error',
    });
    const none = readCertificates('hello\n', 'x.pem', now);
    expect([none.ok, none.diagnostics[0]?.message]).toEqual([
      false,
      'x.pem holds no PEM certificate ("-----BEGIN CERTIFICATE-----").',
    ]);
  });

  it('warns about an expired certificate', () => {
    const later = new Date(now.getTime() + 5 * 86_400_000);
    const r = readCertificates(read('ca.pem'), 'ca.pem', later);
    expect([r.ok, r.diagnostics.map((d) => d.severity)]).toEqual([true, ['warning']]);
  });
});

describe('checkClientKey', () => {
  it("accepts the certificate's own key and refuses another, an encrypted one, and garbage", () => {
    expect(checkClientKey(read('c.key'), read('c.pem'), 'c.key')).toEqual([]);
    const says = (key: string) => checkClientKey(key, read('c.pem'), 'k')[0]?.message;
    expect(says(read('ca.key'))).toBe('k is not the key of the client certificate given.');
    expect(says(read('c.enc.key'))).toBe('k is an encrypted key: dockerd cannot ask for its passphrase.');
    expect(says('nope')).toBe('k is not a PEM private key.');
  });

  it('never puts the key in a message', () => {
    const all = JSON.stringify(checkClientKey(read('ca.key'), read('c.pem'), 'k'));
    expect(all).not.toContain(read('ca.key').split('\n')[1]);
  });
});
