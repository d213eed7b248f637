import { said } from '../../i18n/said.js';
import { insecureDiagnostics } from '../../probe/index.js';
import { defaultInsecureCover } from '../../validate/values/registry/registry-rules.js';
import type { Check } from '../types.js';

/** Each insecure registry over https and http: which one answers, and what dockerd will do. */
export const networkInsecureRegistries: Check = {
  id: 'network.insecure-registries',
  title: 'insecure registries',
  group: 'network',
  run({ probes, offline, state }) {
    if (offline || !probes) return { skipped: said('doctor.skip.offline') };
    if (probes.insecure.length === 0) return { skipped: said('doctor.skip.no-insecure') };
    // dockerd treats loopback as insecure with or without the entry (the validator says it is not
    // needed): what it answers says nothing about the entry, only that nothing answers is worth saying.
    const judged = probes.insecure.filter(
      (p) => p.answers === 'none' || defaultInsecureCover(p.address, state.engine.version) === undefined,
    );
    return insecureDiagnostics(judged).map((d) => ({ ...d, key: 'insecure-registries', fixable: false }));
  },
};
