/**
 * What the Go release a dockerd was built with changes in crypto/x509, crypto/tls and net/url.
 * 20.10 builds use Go 1.19; 23.0+ at least Go 1.20; upstream 28.5.1+ Go 1.24.8+ (the
 * security release whose net/url checks bracketed hosts), Debian's trixie 26.1.5 Go 1.24
 * before it; Debian's sid 28.5.2+dfsg4 and upstream 29.7.2 the newest toolchain.
 */
import { atLeast, type EngineVersion } from '../../../engine/version.js';

export interface GoToolchain {
  /** x509.ParsePKCS8PrivateKey knows X25519 keys (Go 1.20+), which crypto/tls then refuses by type. */
  pkcs8X25519: boolean;
  /** "tls: failed to parse private key: <the PKCS#8 error>" rather than the bare sentence. */
  keyParseDetail: boolean;
  /** url.Parse refuses "[…]" hosts that netip.ParseAddr does not take (Go 1.24.8 / 1.25.2). */
  urlChecksIPLiteral: boolean;
}

export function goToolchainOf(engine: EngineVersion): GoToolchain {
  const debian = /dfsg/.test(engine.raw);
  const newest = atLeast(engine, '29.7.2') || (debian && atLeast(engine, '28.5.2'));
  return {
    pkcs8X25519: atLeast(engine, '23.0.0'),
    keyParseDetail: newest,
    urlChecksIPLiteral: debian ? atLeast(engine, '28.5.2') : atLeast(engine, '28.5.1'),
  };
}
