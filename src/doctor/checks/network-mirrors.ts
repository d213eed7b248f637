import { said } from '../../i18n/said.js';
import { mirrorDiagnostics } from '../../probe/index.js';
import type { Check } from '../types.js';

/** GET /v2/ on every mirror: a registry, a web page, a dead address, a TLS problem. */
export const networkMirrors: Check = {
  id: 'network.mirrors',
  title: 'registry mirrors',
  group: 'network',
  run({ probes, offline }) {
    if (offline || !probes) return { skipped: said('doctor.skip.offline') };
    if (probes.mirrors.length === 0) return { skipped: said('doctor.skip.no-mirrors') };
    return mirrorDiagnostics(probes.mirrors).map((d) => ({ ...d, key: 'registry-mirrors', fixable: false }));
  },
};
