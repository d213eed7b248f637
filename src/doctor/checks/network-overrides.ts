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
    if (hostsFiles.length === 0) return { skipped: 'no hosts.toml' };
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
          message: `${f.path} lists ${n} endpoints for ${f.registry}: with the containerd image store, dockerd uses them and ignores daemon.json's ${hub ? 'registry-mirrors' : 'insecure-registries'} for that registry`,
          file: f.path,
          hint:
            hub && hasMirrors
              ? 'keep the mirrors in one place: in hosts.toml, or delete it and keep registry-mirrors'
              : 'edit hosts.toml for this registry; daemon.json does not apply to it',
          fixable: false,
        },
      ];
    });
  },
};
