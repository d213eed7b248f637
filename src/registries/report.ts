// `registry list`: every registry the host configures (Docker Hub, and each directory of certs.d),
// with the endpoints a pull tries in order and where each comes from, under this image store and
// engine version.
import type { Diagnostic } from '../diagnostics/types.js';
import type { EngineVersion } from '../engine/version.js';
import { pullEndpoints, type EndpointNote, type ImageStore, type PullEndpoint } from './endpoints.js';
import { readHostsToml, type HostsTomlReading } from './hosts-toml.js';
import { hostDirectories, parseRegistryName, type RegistryName } from './names.js';

/** A certs.d directory as read: its name, and its hosts.toml's text (or why it could not be read). */
export interface RegistryDir {
  name: string;
  hostsToml?: { path: string; text: string } | { path: string; unreadable: string };
}

export interface RegistryEntry {
  registry: string;
  /** The certs.d directory containerd would use for it, when one exists. */
  directory?: string;
  hostsToml?: string;
  endpoints: PullEndpoint[];
  notes: (EndpointNote | { why: 'hosts-toml-unreadable'; code: string })[];
  diagnostics: Diagnostic[];
}

/** `reg_5000_` is how containerd spells `reg:5000` in a directory name. */
export const registryOfDir = (name: string): string => name.replace(/_(\d+)_$/, ':$1');

type ReportInput = {
  engine: EngineVersion;
  store: ImageStore;
  mirrors: readonly string[];
  dirs: readonly RegistryDir[];
};

/** A registry's entry with the hosts.toml reading it was made from (absent: no hosts.toml to read). */
export interface RegistryReading {
  entry: RegistryEntry;
  reading?: HostsTomlReading;
}

/** Docker Hub first, then each directory's registry once (`reg_5000_` and `reg:5000` are one), each with its reading. */
export function registryReadings(input: ReportInput): RegistryReading[] {
  const registries = new Map<string, RegistryName>([['docker.io', { name: 'docker.io', host: 'docker.io' }]]);
  for (const d of input.dirs) {
    if (d.name === '_default') continue;
    const parsed = parseRegistryName(registryOfDir(d.name));
    if (parsed.ok && !registries.has(parsed.registry.name)) registries.set(parsed.registry.name, parsed.registry);
  }
  return [...registries.values()].map((registry) => registryReading(input, registry));
}

export const registryReport = (input: ReportInput): RegistryEntry[] => registryReadings(input).map((r) => r.entry);

/** The directory containerd uses for a registry (the first of its candidates that exists), and its hosts.toml read. */
export function hostsTomlOf(
  dirs: readonly RegistryDir[],
  registry: RegistryName,
  engine: EngineVersion,
): { dir?: RegistryDir; reading?: HostsTomlReading } {
  const dir = hostDirectories(registry)
    .map((n) => dirs.find((d) => d.name === n))
    .find((d) => d !== undefined);
  const file = dir?.hostsToml;
  const reading =
    file && 'text' in file && file.text.length > 0 ? readHostsToml(file.text, { path: file.path, engine }) : undefined;
  return { ...(dir ? { dir } : {}), ...(reading ? { reading } : {}) };
}

/** One registry's entry, whether or not certs.d has a directory for it. */
export const registryEntry = (input: ReportInput, registry: RegistryName): RegistryEntry =>
  registryReading(input, registry).entry;

function registryReading(input: ReportInput, registry: RegistryName): RegistryReading {
  const { dir, reading } = hostsTomlOf(input.dirs, registry, input.engine);
  const file = dir?.hostsToml;
  const plan = pullEndpoints({
    registry,
    store: input.store,
    engine: input.engine,
    mirrors: input.mirrors,
    hostsToml: reading,
  });
  const unreadable =
    file && 'unreadable' in file ? [{ why: 'hosts-toml-unreadable' as const, code: file.unreadable }] : [];
  const entry: RegistryEntry = {
    registry: registry.name,
    directory: dir?.name,
    hostsToml: file?.path,
    endpoints: plan.endpoints,
    notes: [...unreadable, ...plan.notes],
    diagnostics: reading?.diagnostics ?? [],
  };
  return reading ? { entry, reading } : { entry };
}
