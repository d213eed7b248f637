/** Probe results as diagnostics, for doctor and `mirror test` alike. Pure. */
import { hint, message } from '../diagnostics/say.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { hostPortOf } from './trust.js';
import type { InsecureProbe, RegistryProbe } from './types.js';

// dockerd's own error for an https:// registry that speaks plain HTTP.
const HTTP_TO_HTTPS = 'server gave HTTP response to HTTPS client';

/** What the probe found, in the reader's language when it is ours. */
const detailOf = (p: Pick<RegistryProbe, 'detail' | 'says'> | undefined) => p?.says ?? p?.detail ?? '';

function mirrorDiagnostic(p: RegistryProbe): Diagnostic | undefined {
  if (p.ok) return undefined;
  const base = { severity: 'warning' as const, key: 'registry-mirrors', fixable: false };
  switch (p.kind) {
    case 'unreachable':
      return {
        ...base,
        id: 'mirror-unreachable',
        ...message('probe.mirror.unreachable', { url: p.url, detail: detailOf(p) }),
        ...hint('probe.mirror.hint.remove', { url: p.url }),
      };
    case 'not-registry':
      return {
        ...base,
        id: 'mirror-not-registry',
        ...message('probe.mirror.notRegistry', { url: p.url, detail: detailOf(p) }),
        ...hint('probe.mirror.hint.root', { url: p.url }),
      };
    case 'tls-error':
      if (p.plainHttp) {
        return {
          ...base,
          id: 'registry-http-https-mismatch',
          ...message('probe.mirror.plainHttp', { url: p.url, dockerd: HTTP_TO_HTTPS }),
          ...hint('probe.mirror.hint.writeHttp', { url: p.url.replace(/^https:/, 'http:') }),
        };
      }
      return {
        ...base,
        id: 'mirror-tls-error',
        ...message('probe.mirror.said', { url: p.url, detail: detailOf(p) }),
        ...hint('probe.mirror.hint.ca', { hostPort: hostPortOf(p.url) ?? p.url }),
      };
    case 'registry':
      return {
        ...base,
        id: 'mirror-auth-failed',
        ...message('probe.mirror.said', { url: p.url, detail: detailOf(p) }),
        ...hint('probe.mirror.hint.anonymous'),
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
      ...message('probe.mirror.noneWorks', { count: probes.length }),
      key: 'registry-mirrors',
      ...hint('probe.mirror.hint.test'),
      fixable: false,
    });
  }
  return found;
}

/** What each insecure registry answers, and what that means for dockerd. */
export function insecureDiagnostics(probes: readonly InsecureProbe[]): Diagnostic[] {
  return probes.flatMap((p): Diagnostic[] => {
    const base = { key: 'insecure-registries', fixable: false };
    const trusted = (): Diagnostic[] => [
      {
        ...base,
        id: 'insecure-registry-unneeded',
        severity: 'warning',
        ...message(p.answers === 'both' ? 'probe.insecure.trustedToo' : 'probe.insecure.trusted', {
          address: p.address,
        }),
        ...hint('probe.insecure.hint.remove', { address: p.address }),
      },
    ];
    switch (p.answers) {
      case 'none':
        return [
          {
            ...base,
            id: 'registry-unreachable',
            severity: 'warning',
            ...message('probe.insecure.none', {
              address: p.address,
              https: detailOf(p.https),
              http: detailOf(p.http),
            }),
            ...hint('probe.insecure.hint.check'),
          },
        ];
      case 'https':
        return p.trustedTls
          ? trusted()
          : [
              {
                ...base,
                id: 'insecure-registry-unneeded',
                severity: 'info',
                ...message('probe.insecure.untrusted', { address: p.address, detail: detailOf(p.https) }),
                ...hint('probe.insecure.hint.ca', { address: p.address }),
              },
            ];
      case 'both':
        // Plain HTTP answers too, but dockerd tries https first: a trusted certificate makes the entry pointless.
        return p.trustedTls ? trusted() : [];
      case 'http':
        return [
          {
            ...base,
            id: 'registry-http-https-mismatch',
            severity: 'info',
            ...message('probe.insecure.httpOnly', { address: p.address, dockerd: HTTP_TO_HTTPS }),
            ...hint('probe.insecure.hint.tls'),
          },
        ];
      default:
        return [];
    }
  });
}
