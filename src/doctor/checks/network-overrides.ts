import { hint, message } from '../../diagnostics/say.js';
import { said } from '../../i18n/said.js';
import type { Check, Finding } from '../types.js';

const HUB = new Set(['docker.io', 'registry-1.docker.io', 'index.docker.io']);

/** Endpoints a hosts.toml lists: each [host."…"] table, and server = "…". */
const endpointsIn = (text: string): number =>
  (text.match(/^\s*\[host\."[^"]+"\]/gm) ?? []).length + (/^\s*server\s*=/m.test(text) ? 1 : 0);

/** certs.d/<registry>/hosts.toml (containerd image store) with two or more endpoints takes over that registry's mirrors. */
export const networkOverrides: Check = {
  id: 'network.overrides',
  title: 'registry host files',
  group: 'network',
  run({ files, settings }) {
    const hostsFiles = files.filter((f) => f.role === 'hosts.toml' && f.text !== undefined);
    if (hostsFiles.length === 0) return { skipped: said('doctor.skip.no-hosts-toml') };
    const mirrors = settings.get('registry-mirrors')?.value;
    const hasMirrors = Array.isArray(mirrors) && mirrors.length > 0;
    return hostsFiles.flatMap((f): Finding[] => {
      const n = endpointsIn(f.text ?? '');
      if (n < 2) return [];
      const hub = HUB.has(f.registry ?? '');
      return [
        {
          id: 'mirror-overridden',
          severity: hub && hasMirrors ? 'warning' : 'info',
          ...message('doctor.overrides.takesOver', {
            path: f.path,
            count: n,
            registry: f.registry ?? '',
            key: hub ? 'registry-mirrors' : 'insecure-registries',
          }),
          file: f.path,
          ...(hub && hasMirrors ? hint('doctor.overrides.hint.onePlace') : hint('doctor.overrides.hint.editHostsToml')),
          fixable: false,
        },
      ];
    });
  },
};
