import type { Check, Finding } from '../types.js';

// Wider than this, a CIDR is a network of machines, not a registry.
const WIDEST = { 4: 24, 6: 64 } as const;

/** insecure-registries as CIDRs: every registry in the range is trusted without TLS checks. */
export const securityInsecureRegistries: Check = {
  id: 'security.insecure-registries',
  title: 'insecure registries',
  group: 'security',
  run({ settings }) {
    const value = settings.get('insecure-registries')?.value;
    const entries = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    return entries.flatMap((entry): Finding[] => {
      const m = /^([0-9a-fA-F.:]+)\/(\d{1,3})$/.exec(entry.trim());
      if (!m) return [];
      const family = m[1]!.includes(':') ? 6 : 4;
      const bits = Number(m[2]);
      if (bits >= WIDEST[family]) return [];
      const size = family === 4 ? `${(2 ** (32 - bits)).toLocaleString('en')} addresses` : `a /${bits} network`;
      return [
        {
          id: 'insecure-registry-wide',
          severity: 'warning',
          message: `insecure-registries has ${entry} (${size}): dockerd talks to any registry in it over plain HTTP or unchecked TLS, so anyone on that network can serve you images`,
          key: 'insecure-registries',
          hint: 'list the registries themselves (host:port), or give them TLS and put the CA in /etc/docker/certs.d/<host:port>/ca.crt',
          fixable: false,
        },
      ];
    });
  },
};
