/**
 * How dockerd words a TLS failure: the phase prefix, and go-connections' tlsconfig.Server
 * sentences (v0.4.0 in 20.10–24 and in every Debian build; v0.5.0+ upstream from 25.0).
 */
import { atLeast, type EngineVersion } from '../../../engine/version.js';
import { goQuote } from '../go/quote.js';
import type { DockerdLine } from '../shared/dockerd-text.js';

export function tlsLine(engine: EngineVersion, reason: string): DockerdLine {
  return atLeast(engine, '23.0.0')
    ? { dockerd: `invalid TLS configuration: ${reason}`, withFilePrefix: false }
    : { dockerd: `failed to create API server: ${reason}`, withFilePrefix: false };
}

const newConnections = (engine: EngineVersion): boolean => atLeast(engine, '25.0.0') && !/dfsg/.test(engine.raw);

/** A cert or key file that does not exist (os.IsNotExist). */
export function keyPairMissing(engine: EngineVersion, cert: string, key: string, missing: string): string {
  const phrase = newConnections(engine) ? 'could not load X509 key pair' : 'Could not load X509 key pair';
  return `${phrase} (cert: ${goQuote(cert)}, key: ${goQuote(key)}): open ${missing}: no such file or directory`;
}

/** Any other failure of tls.LoadX509KeyPair (`goError` is crypto/tls's or crypto/x509's). */
export function keyPairRefused(engine: EngineVersion, cert: string, key: string, goError: string): string {
  return newConnections(engine)
    ? `error reading X509 key pair - make sure the key is not encrypted (cert: ${goQuote(cert)}, key: ${goQuote(key)}): ${goError}`
    : `Error reading X509 key pair (cert: ${goQuote(cert)}, key: ${goQuote(key)}): ${goError}. Make sure the key is not encrypted.`;
}

export function caUnreadable(ca: string): string {
  return `could not read CA certificate ${goQuote(ca)}: open ${ca}: no such file or directory`;
}

export function caWithoutCertificates(ca: string): string {
  return `failed to append certificates from PEM file: ${goQuote(ca)}`;
}
