/** Probe results as diagnostics, for doctor and `mirror test` alike. Pure. */
import type { Diagnostic } from '../diagnostics/types.js';
import { hostPortOf } from './trust.js';
import type { InsecureProbe, RegistryProbe } from './types.js';

function mirrorDiagnostic(p: RegistryProbe): Diagnostic | undefined {
  if (p.ok) return undefined;
  const base = { severity: 'warning' as const, key: 'registry-mirrors', fixable: false };
  switch (p.kind) {
    case 'unreachable':
      return {
        ...base,
        id: 'mirror-unreachable',
        message: `mirror ${p.url}: ${p.detail}; dockerd tries it on every pull, then falls back`,
        hint: `fix the network path, or remove it: dockerd-config mirror remove ${p.url}`,
      };
    case 'not-registry':
      return {
        ...base,
        id: 'mirror-not-registry',
        message: `mirror ${p.url} ${p.detail}`,
        hint: `a mirror is a registry's root URL (GET /v2/ answers); fix the URL or remove it: dockerd-config mirror remove ${p.url}`,
      };
    case 'tls-error':
      if (p.plainHttp) {
        return {
          ...base,
          id: 'registry-http-https-mismatch',
          message: `mirror ${p.url} speaks plain HTTP on that port; dockerd fails with "server gave HTTP response to HTTPS client"`,
          hint: `write it as ${p.url.replace(/^https:/, 'http:')}, or give the mirror TLS`,
        };
      }
      return {
        ...base,
        id: 'mirror-tls-error',
        message: `mirror ${p.url}: ${p.detail}`,
        hint: `put its CA in /etc/docker/certs.d/${hostPortOf(p.url) ?? p.url}/ca.crt (dockerd trusts it for that registry), or fix the certificate`,
      };
    case 'registry':
      return {
        ...base,
        id: 'mirror-auth-failed',
        message: `mirror ${p.url}: ${p.detail}`,
        hint: 'use a mirror that allows anonymous pulls, or remove it',
      };
  }
}

/** Each mirror that is not a usable registry; an error when none is (every pull then goes to Docker Hub). */
export function mirrorDiagnostics(probes: readonly RegistryProbe[]): Diagnostic[] {
  const found = probes.map(mirrorDiagnostic).filter((d): d is Diagnostic => d !== undefined);
  if (probes.length > 0 && probes.every((p) => !p.ok)) {
    found.push({
      id: 'mirror-unreachable',
      severity: 'error',
      message: `none of the ${probes.length} mirror${probes.length === 1 ? '' : 's'} works: every pull waits for them, then goes to Docker Hub`,
      key: 'registry-mirrors',
      hint: 'dockerd-config mirror test URL… finds working ones',
      fixable: false,
    });
  }
  return found;
}

/** What each insecure registry answers, and what that means for dockerd. */
export function insecureDiagnostics(probes: readonly InsecureProbe[]): Diagnostic[] {
  return probes.flatMap((p): Diagnostic[] => {
    const base = { key: 'insecure-registries', fixable: false };
    switch (p.answers) {
      case 'none':
        return [
          {
            ...base,
            id: 'registry-unreachable',
            severity: 'warning',
            message: `insecure registry ${p.address} answers neither https (${p.https?.detail}) nor http (${p.http?.detail})`,
            hint: 'check the address and port, and that the registry runs',
          },
        ];
      case 'https':
        return p.trustedTls
          ? [
              {
                ...base,
                id: 'insecure-registry-unneeded',
                severity: 'warning',
                message: `${p.address} serves HTTPS with a certificate this host trusts; listing it in insecure-registries only turns off verification`,
                hint: `remove it: dockerd-config insecure remove ${p.address}`,
              },
            ]
          : [
              {
                ...base,
                id: 'insecure-registry-unneeded',
                severity: 'info',
                message: `${p.address} serves HTTPS with a certificate this host does not trust (${p.https?.detail}); insecure-registries makes dockerd accept it`,
                hint: `better: put its CA in /etc/docker/certs.d/${p.address}/ca.crt and remove it from insecure-registries`,
              },
            ];
      case 'both':
        // Plain HTTP answers too, but dockerd tries https first: a trusted certificate makes the entry pointless.
        return p.trustedTls
          ? [
              {
                ...base,
                id: 'insecure-registry-unneeded',
                severity: 'warning',
                message: `${p.address} serves HTTPS with a certificate this host trusts (and plain HTTP); listing it in insecure-registries only turns off verification`,
                hint: `remove it: dockerd-config insecure remove ${p.address}`,
              },
            ]
          : [];
      case 'http':
        return [
          {
            ...base,
            id: 'registry-http-https-mismatch',
            severity: 'info',
            message: `${p.address} answers plain HTTP only: dockerd reaches it because it is in insecure-registries (without it: "server gave HTTP response to HTTPS client")`,
            hint: 'give it TLS to drop it from insecure-registries',
          },
        ];
      default:
        return [];
    }
  });
}
