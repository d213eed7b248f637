import { wideInsecureCidr } from '../../validate/values/registry/registry-rules.js';
import type { Check, Finding } from '../types.js';

// Wider than this, a CIDR is a network of machines, not a registry (validate warns only past any private range).
const WIDEST = { 4: 24, 6: 64 } as const;

/** insecure-registries as CIDRs: every registry in the range is trusted without TLS checks. */
export const securityInsecureRegistries: Check = {
  id: 'security.insecure-registries',
  title: 'insecure registries',
  group: 'security',
  run({ settings, state }) {
    const value = settings.get('insecure-registries')?.value;
    const entries = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    return entries.flatMap((entry): Finding[] => {
      const wide = wideInsecureCidr(entry.trim(), state.engine.version, WIDEST);
      return wide
        ? [{ id: 'insecure-registry-wide', severity: 'warning', ...wide, key: 'insecure-registries', fixable: false }]
        : [];
    });
  },
};
