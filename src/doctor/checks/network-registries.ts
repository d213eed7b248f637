import { hint, message } from '../../diagnostics/say.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { EngineVersion } from '../../engine/version.js';
import { said } from '../../i18n/said.js';
import type { HostsTomlReading } from '../../registries/hosts-toml.js';
import { isLocalhost, parseRegistryName } from '../../registries/names.js';
import type { RegistryEntry } from '../../registries/report.js';
import { cidrContains, goParseCIDR, goParseIP } from '../../validate/values/go/ip.js';
import { normalizeInsecureRegistry } from '../../validate/values/registry/insecure-registry.js';
import type { Check, Finding } from '../types.js';
import { registryPlan, storeSaid, stringsOf, type RegistryPlan } from './registry-plan.js';

/** An insecure-registries entry covers host[:port] as dockerd's IsInsecureRegistry does (without DNS). */
function covers(entry: string, hostPort: string, engine: EngineVersion): boolean {
  const r = normalizeInsecureRegistry(entry.trim(), engine);
  if (!r.ok) return false;
  if (r.kind === 'host') return r.value.toLowerCase() === hostPort.toLowerCase();
  const cidr = goParseCIDR(r.value);
  const host = hostPort.replace(/:\d+$/, '').replace(/^\[(.*)\]$/, '$1');
  const ip = goParseIP(host);
  return cidr !== undefined && ip !== undefined && cidrContains(cidr, ip);
}

/** The endpoints of a hosts.toml with hosts that would need insecure-registries: https, certificate checked. */
function checkedEndpoints(entry: RegistryEntry, reading: HostsTomlReading) {
  const hosts = reading.hosts.map((h) => ({
    endpoint: h.endpoint,
    table: `[host."${h.url}"]`,
    line: h.line as number | undefined,
    skip: h.skipVerify === true,
  }));
  const server = entry.endpoints.at(-1);
  const registry = parseRegistryName(entry.registry);
  // Without `server`, a local registry is plain HTTP with its certificate unchecked already (containerd's default).
  const localDefault = reading.server === undefined && registry.ok && isLocalhost(registry.registry);
  const last =
    server && !localDefault
      ? [{ endpoint: server.endpoint, table: '', line: undefined, skip: reading.serverSkipVerify === true }]
      : [];
  return [...hosts, ...last].filter((e) => e.endpoint.startsWith('https://') && !e.skip);
}

function insecureFindings(plan: RegistryPlan, insecure: readonly string[], engine: EngineVersion): Finding[] {
  if (!plan.readsHostsToml || insecure.length === 0) return [];
  const store = storeSaid(plan.store, engine);
  return plan.registries.flatMap(({ entry, reading }): Finding[] => {
    if (!reading?.usable || reading.hosts.length === 0 || entry.hostsToml === undefined) return [];
    const path = entry.hostsToml;
    const endpoints = checkedEndpoints(entry, reading);
    return insecure.flatMap((item): Finding[] => {
      const hit = endpoints.filter((e) => covers(item, new URL(e.endpoint).host, engine));
      if (hit.length === 0) return [];
      const first = hit[0]!;
      return [
        {
          id: 'insecure-registry-overridden',
          severity: 'warning',
          ...message('doctor.registries.insecureOverridden', {
            entry: item,
            endpoints: hit.map((e) => e.endpoint).join(', '),
            path,
            hosts: reading.hosts.length,
            registry: entry.registry,
            store,
          }),
          ...hint('doctor.registries.hint.insecureOverridden', {
            path,
            where:
              first.table === ''
                ? said('doctor.registries.topOfFile')
                : said('doctor.registries.underTable', { table: first.table }),
          }),
          file: path,
          ...(first.line !== undefined ? { line: first.line, column: 1 } : {}),
          fixable: false,
        },
      ];
    });
  });
}

/** A file containerd would use for several registries (`_default`) is judged once. */
function once<T extends Diagnostic>(list: readonly T[]): T[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const id = `${d.id}|${d.file ?? ''}|${d.line ?? ''}|${d.column ?? ''}|${d.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/**
 * Which of daemon.json and hosts.toml a pull really uses, per registry, under this image store and
 * engine version: daemon.json's mirrors and insecure-registries a hosts.toml ends, a hosts.toml the
 * store never reads, one that cannot be read, and what containerd would drop or skip in one.
 */
export const networkRegistries: Check = {
  id: 'network.registries',
  title: 'registry endpoints (daemon.json and hosts.toml)',
  group: 'network',
  run(facts) {
    if (!facts.registryDirs.some((d) => d.hostsToml !== undefined))
      return { skipped: said('doctor.skip.no-hosts-toml') };
    const engine = facts.state.engine.version;
    const plan = registryPlan(facts);
    const store = storeSaid(plan.store, engine);
    const findings: Finding[] = [];
    for (const { entry, reading } of plan.registries) {
      const path = entry.hostsToml ?? '';
      const at = reading?.hosts[0] ? { line: reading.hosts[0].line, column: 1 } : {};
      for (const note of entry.notes) {
        switch (note.why) {
          case 'daemon-json-mirrors-overridden':
            findings.push({
              id: 'mirror-overridden',
              severity: 'warning',
              ...message('doctor.registries.mirrorsOverridden', {
                count: plan.mirrors.length,
                path,
                hosts: note.hosts,
                store,
              }),
              ...hint('doctor.registries.hint.mirrorsOverridden', { path }),
              file: path,
              ...at,
              fixable: false,
            });
            break;
          case 'hosts-toml-not-read': {
            const hub = entry.registry === 'docker.io' && plan.mirrors.length > 0;
            findings.push({
              id: 'hosts-toml-not-read',
              severity: 'warning',
              ...message('doctor.registries.notRead', {
                path,
                registry: entry.registry,
                store,
                hosts: reading?.hosts.length ?? 0,
                instead: said(hub ? 'doctor.registries.notRead.daemonJson' : 'doctor.registries.notRead.registry'),
              }),
              ...(plan.store.store === 'classic'
                ? hint('doctor.registries.hint.notRead.classic')
                : hint('doctor.registries.hint.notRead.old')),
              file: path,
              fixable: false,
            });
            break;
          }
          case 'hosts-toml-unreadable':
            // Too large is our limit, not containerd's: it reads the file; we only cannot check it.
            findings.push({
              id: 'hosts-toml-unreadable',
              severity: plan.readsHostsToml && note.code !== 'EFBIG' ? 'error' : 'warning',
              ...(note.code === 'EFBIG'
                ? message('doctor.registries.tooLarge', { path })
                : message('doctor.registries.unreadable', { path, code: note.code, registry: entry.registry, store })),
              ...hint('doctor.registries.hint.unreadable', { path }),
              file: path,
              fixable: false,
            });
            break;
          // Said by the file's own diagnostics (dropped), or not worth a finding (Hub-only: registry list says it).
          case 'hosts-toml-dropped':
          case 'daemon-json-mirrors-hub-only':
            break;
        }
      }
      // Where pulls never read the file (BuildKit's do on 28+), what containerd would drop is a warning.
      findings.push(
        ...entry.diagnostics.map(
          (d): Finding => ({
            ...d,
            severity: plan.readsHostsToml || d.severity !== 'error' ? d.severity : 'warning',
            fixable: false,
          }),
        ),
      );
    }
    findings.push(...insecureFindings(plan, stringsOf(facts.settings.get('insecure-registries')?.value), engine));
    return once(findings);
  },
};
