import { hint, message } from '../../diagnostics/say.js';
import { said } from '../../i18n/said.js';
import type { Check, Finding } from '../types.js';
import { registryPlan, storeSaid } from './registry-plan.js';

/**
 * GET /v2/ on every endpoint a hosts.toml gives a registry (its `[host]` tables and `server`): when
 * none answers, each pull waits on them before it reaches the registry itself, or fails.
 * daemon.json's mirrors are network.mirrors'.
 */
export const networkRegistryHosts: Check = {
  id: 'network.registry-hosts',
  title: 'hosts.toml endpoints',
  group: 'network',
  run(facts) {
    const { probes, offline } = facts;
    if (offline || !probes) return { skipped: said('doctor.skip.offline') };
    const plan = registryPlan(facts);
    if (!plan.readsHostsToml) return { skipped: said('doctor.skip.hosts-toml-not-read') };
    const judged = plan.registries.filter(
      ({ entry, reading }) => reading?.usable && entry.endpoints.some((e) => e.origin === 'hosts-toml'),
    );
    if (judged.length === 0) return { skipped: said('doctor.skip.no-registry-hosts') };
    const engine = facts.state.engine.version;
    return judged.flatMap(({ entry, reading }): Finding[] => {
      const tried = entry.endpoints.filter((e) => e.origin === 'hosts-toml');
      const results = tried.map((e) => probes.hostsToml.find((p) => p.endpoint === e.endpoint)?.probe);
      // Dead: nothing answered at all (a TLS or auth problem is a server that answers; network.mirrors' kind of finding).
      if (!results.every((p) => p !== undefined && p.kind === 'unreachable')) return [];
      const path = entry.hostsToml ?? '';
      const noFallback = entry.endpoints.at(-1)?.origin === 'hosts-toml';
      const details = tried.map((e, i) => `${e.endpoint}: ${results[i]?.detail ?? ''}`).join('; ');
      return [
        {
          id: 'registry-hosts-unreachable',
          severity: noFallback ? 'error' : 'warning',
          ...message(noFallback ? 'doctor.registries.allDeadNoFallback' : 'doctor.registries.allDead', {
            registry: entry.registry,
            path,
            count: tried.length,
            details,
            store: storeSaid(plan.store, engine),
          }),
          ...hint('doctor.registries.hint.allDead', { path }),
          file: path,
          ...(reading?.hosts[0] ? { line: reading.hosts[0].line, column: 1 } : {}),
          fixable: false,
        },
      ];
    });
  },
};
