/**
 * Go's tls.X509KeyPair on the bytes of tlscert and tlskey: the first CERTIFICATE block is the
 * server certificate, the first "… PRIVATE KEY" block its key (PKCS#1, PKCS#8 or SEC1; RSA,
 * ECDSA on P-224/256/384/521 or Ed25519), and they must match. Parsing uses node:crypto,
 * loaded on first use; where OpenSSL and Go might disagree we stay silent.
 */
import type { KeyObject, X509Certificate } from 'node:crypto';
import { said, type Said } from '../../../i18n/said.js';
import type { GoToolchain } from '../go/toolchain.js';
import { goPemBlocks, type PemBlock } from '../go/pem.js';

export interface KeyPairProblem {
  /** The file at fault ("pair": they do not belong together). */
  file: 'cert' | 'key' | 'pair';
  /** Go's error text; undefined when this Go release adds a detail we cannot reproduce. */
  goError: string | undefined;
  /** What is wrong, for people: said after the file's name and path. */
  message: Said;
}

const crypto = (): typeof import('node:crypto') => process.getBuiltinModule('node:crypto');

// OpenSSL's names for the curves Go's crypto/elliptic implements.
const GO_CURVES = new Set(['prime256v1', 'secp384r1', 'secp521r1', 'secp224r1', 'P-256', 'P-384', 'P-521', 'P-224']);
// PKCS#8 algorithms Go does not parse, by OpenSSL key type (for Go's "unknown algorithm: OID").
const PKCS8_UNKNOWN_OID: Record<string, string> = {
  ed448: '1.3.101.113',
  x448: '1.3.101.111',
  'rsa-pss': '1.2.840.113549.1.1.10',
  dsa: '1.2.840.10040.4.1',
};
const TLS_KEY_TYPES = new Set(['rsa', 'ec', 'ed25519']);

const goList = (types: readonly string[]): string => `[${types.join(' ')}]`;
const isPrivateKeyType = (type: string): boolean => type === 'PRIVATE KEY' || type.endsWith(' PRIVATE KEY');

function certificateBlocks(certPem: Uint8Array): { certs: PemBlock[]; skipped: string[] } {
  const blocks = goPemBlocks(certPem);
  return {
    certs: blocks.filter((b) => b.type === 'CERTIFICATE'),
    skipped: blocks.filter((b) => b.type !== 'CERTIFICATE').map((b) => b.type),
  };
}

function missingCertificate(skipped: readonly string[]): KeyPairProblem {
  if (skipped.length === 0)
    return {
      file: 'cert',
      goError: 'tls: failed to find any PEM data in certificate input',
      message: said('validate.tls.pem.noCertData'),
    };
  if (skipped.length === 1 && (skipped[0] ?? '').endsWith('PRIVATE KEY')) {
    return {
      file: 'cert',
      goError:
        'tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched',
      message: said('validate.tls.pem.keyNotCert'),
    };
  }
  return {
    file: 'cert',
    goError: `tls: failed to find "CERTIFICATE" PEM block in certificate input after skipping PEM blocks of the following types: ${goList(skipped)}`,
    message: said('validate.tls.pem.noCertBlock', { types: skipped.join(', ') }),
  };
}

/** The key block crypto/tls takes, or why there is none. */
function keyBlock(keyPem: Uint8Array): PemBlock | KeyPairProblem {
  const skipped: string[] = [];
  for (const block of goPemBlocks(keyPem)) {
    if (isPrivateKeyType(block.type)) return block;
    skipped.push(block.type);
  }
  if (skipped.length === 0)
    return {
      file: 'key',
      goError: 'tls: failed to find any PEM data in key input',
      message: said('validate.tls.pem.noKeyData'),
    };
  if (skipped.length === 1 && skipped[0] === 'CERTIFICATE')
    return {
      file: 'key',
      goError: 'tls: found a certificate rather than a key in the PEM for the private key',
      message: said('validate.tls.pem.certNotKey'),
    };
  return {
    file: 'key',
    goError: `tls: failed to find PEM block with type ending in "PRIVATE KEY" in key input after skipping PEM blocks of the following types: ${goList(skipped)}`,
    message: said('validate.tls.pem.noKeyBlock', { types: skipped.join(', ') }),
  };
}

function parseCertificate(der: Uint8Array): X509Certificate | undefined {
  try {
    return new (crypto().X509Certificate)(Buffer.from(der));
  } catch {
    return undefined;
  }
}

const curveOf = (key: KeyObject): string | Said =>
  key.asymmetricKeyDetails?.namedCurve ?? said('validate.tls.pem.unknownCurve');

/** What x509.ParseCertificate refuses about the leaf, checked before the key is read. */
function certificateProblem(cert: X509Certificate | undefined): KeyPairProblem | undefined {
  if (!cert)
    return {
      file: 'cert',
      goError: 'x509: malformed certificate',
      message: said('validate.tls.pem.badCert'),
    };
  const pub = publicKeyOf(cert);
  if (pub?.asymmetricKeyType === 'ec' && !GO_CURVES.has(pub.asymmetricKeyDetails?.namedCurve ?? '')) {
    return {
      file: 'cert',
      goError: 'x509: unsupported elliptic curve',
      message: said('validate.tls.pem.certCurve', { curve: curveOf(pub) }),
    };
  }
  return undefined;
}

function publicKeyOf(cert: X509Certificate): KeyObject | undefined {
  try {
    return cert.publicKey;
  } catch {
    return undefined;
  }
}

type ParsedKey = { key: KeyObject; form: 'pkcs1' | 'pkcs8' | 'sec1' };

function parsePrivateKey(der: Uint8Array): ParsedKey | undefined {
  for (const form of ['pkcs1', 'pkcs8', 'sec1'] as const) {
    try {
      return { key: crypto().createPrivateKey({ key: Buffer.from(der), format: 'der', type: form }), form };
    } catch {
      // not this encoding: Go tries the next one too
    }
  }
  return undefined;
}

const isEncrypted = (block: PemBlock): boolean =>
  block.type === 'ENCRYPTED PRIVATE KEY' || /ENCRYPTED/.test(block.headers.get('Proc-Type') ?? '');

/** tls.parsePrivateKey: the key, or Go's refusal. */
function privateKeyOrProblem(block: PemBlock, go: GoToolchain): KeyObject | KeyPairProblem {
  const parsed = parsePrivateKey(block.bytes);
  const type = parsed?.key.asymmetricKeyType ?? '';
  const failed = (detail: string | undefined, message: Said): KeyPairProblem => ({
    file: 'key',
    goError: !go.keyParseDetail
      ? 'tls: failed to parse private key'
      : detail && `tls: failed to parse private key: ${detail}`,
    message,
  });
  if (!parsed) {
    return failed(undefined, said(isEncrypted(block) ? 'validate.tls.pem.encrypted' : 'validate.tls.pem.unparsable'));
  }
  if (type === 'ec' && !GO_CURVES.has(parsed.key.asymmetricKeyDetails?.namedCurve ?? '')) {
    // Newer Go reports what ParsePKCS8PrivateKey said, which recognises a SEC1 key.
    const detail =
      parsed.form === 'pkcs8'
        ? 'x509: failed to parse EC private key embedded in PKCS#8: x509: unknown elliptic curve'
        : 'x509: failed to parse private key (use ParseECPrivateKey instead for this key format)';
    return failed(detail, said('validate.tls.pem.keyCurve', { curve: curveOf(parsed.key) }));
  }
  if (type === 'x25519' && go.pkcs8X25519)
    return {
      file: 'key',
      goError: 'tls: found unknown private key type in PKCS#8 wrapping',
      message: said('validate.tls.pem.x25519'),
    };
  if (!TLS_KEY_TYPES.has(type)) {
    const oid = PKCS8_UNKNOWN_OID[type];
    return failed(
      oid && `x509: PKCS#8 wrapping contained private key with unknown algorithm: ${oid}`,
      said('validate.tls.pem.keyType', { type: type.toUpperCase() }),
    );
  }
  return parsed.key;
}

function matches(cert: X509Certificate, key: KeyObject): boolean {
  try {
    return cert.checkPrivateKey(key);
  } catch {
    return false;
  }
}

/** Does the key belong to a later certificate of the file (a chain or CA bundle in the wrong order)? */
function matchesLaterCertificate(certs: readonly PemBlock[], key: KeyObject): boolean {
  return certs.slice(1).some((b) => {
    const c = parseCertificate(b.bytes);
    return c !== undefined && matches(c, key);
  });
}

/** Why Go's tls.X509KeyPair refuses these files, or undefined when it accepts them (or we cannot tell). */
export function x509KeyPairProblem(
  certPem: Uint8Array,
  keyPem: Uint8Array,
  go: GoToolchain,
): KeyPairProblem | undefined {
  const { certs, skipped } = certificateBlocks(certPem);
  const first = certs[0];
  if (!first) return missingCertificate(skipped);
  const block = keyBlock(keyPem);
  if ('goError' in block) return block;

  const cert = parseCertificate(first.bytes);
  const certBad = certificateProblem(cert);
  if (certBad || !cert) return certBad;
  const key = privateKeyOrProblem(block, go);
  if ('goError' in key) return key;

  const pubType = publicKeyOf(cert)?.asymmetricKeyType;
  if (pubType === undefined) return undefined;
  if (!TLS_KEY_TYPES.has(pubType))
    return {
      file: 'cert',
      goError: 'tls: unknown public key algorithm',
      message: said('validate.tls.pem.certKeyType', { type: pubType.toUpperCase() }),
    };
  if (pubType !== key.asymmetricKeyType) {
    return {
      file: 'pair',
      goError: 'tls: private key type does not match public key type',
      message: said('validate.tls.pem.typeMismatch', {
        key: (key.asymmetricKeyType ?? '').toUpperCase(),
        cert: pubType.toUpperCase(),
      }),
    };
  }
  if (matches(cert, key)) return undefined;
  const bundle = matchesLaterCertificate(certs, key);
  return {
    file: 'pair',
    goError: 'tls: private key does not match public key',
    message: said(bundle ? 'validate.tls.pem.laterCert' : 'validate.tls.pem.noMatch'),
  };
}
