/**
 * x509.CertPool.AppendCertsFromPEM on the bytes of tlscacert: CERTIFICATE blocks without
 * headers that parse are added; dockerd refuses the file when none is.
 */
import { goPemBlocks } from '../go/pem.js';

function parses(der: Uint8Array): boolean {
  try {
    new (process.getBuiltinModule('node:crypto').X509Certificate)(Buffer.from(der));
    return true;
  } catch {
    return false;
  }
}

export function appendsCertificates(pem: Uint8Array): boolean {
  return goPemBlocks(pem).some((b) => b.type === 'CERTIFICATE' && b.headers.size === 0 && parses(b.bytes));
}
