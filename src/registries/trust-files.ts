// `registry trust`: the files dockerd reads from certs.d/<host:port>/ to trust a registry (ca.crt)
// and to present a client certificate (client.cert with client.key), checked before they are
// installed as Go's crypto/tls will read them: PEM certificates, an unencrypted key that matches.
// Pure over the bytes given (node:crypto parses; nothing is read or written here).
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { hint, message } from '../diagnostics/say.js';
import type { Diagnostic } from '../diagnostics/types.js';

/** File names and modes in the registry's directory: the key readable by its owner only. */
export const TRUST_FILES = {
  ca: { name: 'ca.crt', mode: 0o644 },
  cert: { name: 'client.cert', mode: 0o644 },
  key: { name: 'client.key', mode: 0o600 },
} as const;

export interface CertificateSummary {
  subject: string;
  notAfter: string;
  fingerprint256: string;
}

const PEM_CERT = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

const bad = (said: ReturnType<typeof message>, file: string): Diagnostic => ({
  id: 'invalid-tls',
  severity: 'error',
  ...said,
  ...hint('registries.trust.hint.pem'),
  file,
  fixable: false,
});

/** The PEM certificates of a file, or why it is not one dockerd can use. */
export function readCertificates(
  text: string,
  file: string,
  now: Date,
):
  | { ok: true; certificates: CertificateSummary[]; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] } {
  // A private key in a file meant to be public (ca.crt, client.cert) would be installed world-readable.
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text))
    return { ok: false, diagnostics: [bad(message('registries.trust.keyInCert', { file }), file)] };
  const blocks = text.match(PEM_CERT) ?? [];
  if (blocks.length === 0) return { ok: false, diagnostics: [bad(message('registries.trust.notPem', { file }), file)] };
  const certificates: CertificateSummary[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const block of blocks) {
    let cert: X509Certificate;
    try {
      cert = new X509Certificate(block);
    } catch (error) {
      return {
        ok: false,
        diagnostics: [bad(message('registries.trust.unreadable', { file, error: (error as Error).message }), file)],
      };
    }
    const summary = {
      subject: cert.subject.replace(/\n/g, ', '),
      notAfter: cert.validTo,
      fingerprint256: cert.fingerprint256,
    };
    certificates.push(summary);
    if (new Date(cert.validTo).getTime() < now.getTime())
      diagnostics.push({
        id: 'invalid-tls',
        severity: 'warning',
        ...message('registries.trust.expired', { subject: summary.subject, notAfter: summary.notAfter }),
        file,
        fixable: false,
      });
  }
  return { ok: true, certificates, diagnostics };
}

/** The client key: unencrypted PEM (dockerd cannot ask for a passphrase) and the pair of the certificate. */
export function checkClientKey(keyText: string, certText: string, file: string): Diagnostic[] {
  if (/ENCRYPTED/.test(keyText)) return [bad(message('registries.trust.keyEncrypted', { file }), file)];
  let key: ReturnType<typeof createPrivateKey>;
  try {
    key = createPrivateKey(keyText);
  } catch {
    return [bad(message('registries.trust.keyUnreadable', { file }), file)];
  }
  const first = certText.match(PEM_CERT)?.[0];
  if (first && !new X509Certificate(first).checkPrivateKey(key))
    return [bad(message('registries.trust.keyMismatch', { file }), file)];
  return [];
}
