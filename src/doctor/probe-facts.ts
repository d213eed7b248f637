/**
 * The network probes doctor runs: every mirror, every insecure registry, every endpoint a
 * certs.d hosts.toml names, all at once, each bounded by the per-probe timeout (ten dead mirrors
 * cost one timeout, not ten).
 */
import type { Ctx } from '../context.js';
import type { EngineVersion } from '../engine/version.js';
import { endpointOf, readHostsToml } from '../registries/hosts-toml.js';
import type { RegistryDir } from '../registries/report.js';
import {
  probeInsecureRegistry,
  probeRegistry,
  trustFor,
  type InsecureProbe,
  type RegistryProbe,
} from '../probe/index.js';
import type { LocatedSetting } from '../validate/model.js';

export interface ProbeFacts {
  mirrors: RegistryProbe[];
  insecure: InsecureProbe[];
  /** GET /v2/ on each endpoint of the hosts.toml files (as endpointOf spells it: `https://m.example/v2`). */
  hostsToml: { endpoint: string; probe: RegistryProbe }[];
}

/**
 * Every endpoint the certs.d hosts.toml files name (`[host]` tables and `server`), once each: all
 * are probed, before doctor knows which image store the daemon runs (that would cost a second timeout).
 */
export function hostsTomlEndpoints(dirs: readonly RegistryDir[], engine: EngineVersion): string[] {
  const endpoints = new Set<string>();
  for (const d of dirs) {
    const file = d.hostsToml;
    if (!file || !('text' in file) || file.text.length === 0) continue;
    const reading = readHostsToml(file.text, { path: file.path, engine });
    if (!reading.usable) continue;
    for (const h of reading.hosts) endpoints.add(h.endpoint);
    const server = reading.server === undefined ? undefined : endpointOf(reading.server);
    if (server) endpoints.add(server);
  }
  return [...endpoints];
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

export async function gatherProbes(
  ctx: Ctx,
  settings: ReadonlyMap<string, LocatedSetting>,
  certsDir: string,
  timeoutMs: number,
  hostsEndpoints: readonly string[] = [],
): Promise<ProbeFacts> {
  const mirrors = strings(settings.get('registry-mirrors')?.value);
  const insecure = strings(settings.get('insecure-registries')?.value);
  const [mirrorProbes, insecureProbes, hostsProbes] = await Promise.all([
    Promise.all(mirrors.map((url) => probeRegistry(ctx, url, { timeoutMs, ...trustFor(ctx, certsDir, url) }))),
    Promise.all(
      insecure.map((address) =>
        probeInsecureRegistry(ctx, address, { timeoutMs, ...trustFor(ctx, certsDir, address) }),
      ),
    ),
    // The endpoint's root: GET <root>/v2/ (an override_path endpoint answers, or not, at its own path).
    Promise.all(
      hostsEndpoints.map(async (endpoint) => {
        const root = endpoint.replace(/\/v2$/, '');
        return { endpoint, probe: await probeRegistry(ctx, root, { timeoutMs, ...trustFor(ctx, certsDir, root) }) };
      }),
    ),
  ]);
  return { mirrors: mirrorProbes, insecure: insecureProbes, hostsToml: hostsProbes };
}
