import { insecureDiagnostics } from '../../probe/index.js';
import type { Check } from '../types.js';

/** Each insecure registry over https and http: which one answers, and what dockerd will do. */
export const networkInsecureRegistries: Check = {
  id: 'network.insecure-registries',
  title: 'insecure registries',
  group: 'network',
  run({ probes, offline }) {
    if (offline || !probes) return { skipped: '--offline' };
    if (probes.insecure.length === 0) return { skipped: 'no insecure registries configured' };
    return insecureDiagnostics(probes.insecure).map((d) => ({ ...d, key: 'insecure-registries', fixable: false }));
  },
};
