// The endpoints a pull really tries, in order, and where each comes from: daemon.json, a
// hosts.toml, or the registry itself. Which rules apply depends on the image store and the engine
// version (moby daemon/hosts.go, registry/service_v2.go; containerd's ConfigureHosts):
//  - the classic store, any version: daemon.json's mirrors for docker.io, then the registry;
//    hosts.toml is not read.
//  - the containerd store before 28: BuildKit's resolver; daemon.json's mirrors for docker.io;
//    hosts.toml is not read (only the certificates beside it).
//  - the containerd store from 28: the hosts.toml found for the registry, read on every pull; its
//    `[host]` tables, then `server` (or the registry). daemon.json's mirrors are merged, for
//    docker.io only, and only while that leaves a single endpoint: any `[host]` table ends them.
import { atLeast, type EngineVersion } from '../engine/version.js';
import { defaultCapabilities, endpointOf, type Capability, type HostsTomlReading } from './hosts-toml.js';
import { defaultServer, type RegistryName } from './names.js';

export type ImageStore = 'classic' | 'containerd';

export interface StoreChoice {
  store: ImageStore;
  /** How we know: daemon.json's feature, the engine's default for new installs, or the running daemon. */
  from: 'daemon-json' | 'engine-default' | 'running-daemon';
}

/**
 * The image store: what the running daemon reports (a containerd snapshotter in /info's
 * DriverStatus) wins; else daemon.json's `features.containerd-snapshotter`; else the engine's
 * default (containerd from 29.0 on a new installation, classic before).
 */
export function imageStore(input: {
  engine: EngineVersion;
  features?: Readonly<Record<string, unknown>>;
  driverStatus?: readonly (readonly string[])[];
}): StoreChoice {
  if (input.driverStatus) {
    const snapshotter = input.driverStatus.some(
      ([k, v]) => k === 'driver-type' && v?.startsWith('io.containerd.snapshotter'),
    );
    return { store: snapshotter ? 'containerd' : 'classic', from: 'running-daemon' };
  }
  const feature = input.features?.['containerd-snapshotter'];
  if (typeof feature === 'boolean') return { store: feature ? 'containerd' : 'classic', from: 'daemon-json' };
  return { store: atLeast(input.engine, '29.0.0') ? 'containerd' : 'classic', from: 'engine-default' };
}

export type EndpointOrigin = 'daemon-json' | 'hosts-toml' | 'default';

export interface PullEndpoint {
  endpoint: string;
  origin: EndpointOrigin;
  capabilities: readonly Capability[];
}

/** Why a setting that looks as if it applied does not, for this registry under these rules. */
export type EndpointNote =
  | { why: 'hosts-toml-not-read'; store: ImageStore; engine: string }
  | { why: 'hosts-toml-dropped' }
  | { why: 'daemon-json-mirrors-overridden'; hosts: number }
  | { why: 'daemon-json-mirrors-hub-only' };

export interface PullPlan {
  endpoints: PullEndpoint[];
  notes: EndpointNote[];
}

/** What dockerd gives daemon.json's mirrors: pull and resolve, and referrers from 29.1 (moby 47e852f). */
const legacyMirrorCapabilities = (engine: EngineVersion): readonly Capability[] =>
  atLeast(engine, '29.1.0') ? ['pull', 'resolve', 'referrers'] : ['pull', 'resolve'];

export function pullEndpoints(input: {
  registry: RegistryName;
  store: ImageStore;
  engine: EngineVersion;
  /** daemon.json's `registry-mirrors` (dockerd applies them to Docker Hub only). */
  mirrors: readonly string[];
  /** The hosts.toml the registry's directory holds, read; absent when there is none. */
  hostsToml?: HostsTomlReading;
}): PullPlan {
  const { registry, store, engine, mirrors, hostsToml } = input;
  const notes: EndpointNote[] = [];
  const hub = registry.name === 'docker.io';
  const upstream: PullEndpoint = {
    endpoint: endpointOf(defaultServer(registry)) as string,
    origin: 'default',
    capabilities: defaultCapabilities(engine),
  };
  const legacyMirrors = (): PullEndpoint[] =>
    mirrors.flatMap((m) => {
      const endpoint = endpointOf(m);
      return endpoint
        ? [{ endpoint, origin: 'daemon-json' as const, capabilities: legacyMirrorCapabilities(engine) }]
        : [];
    });
  // Said where it matters: a registry with no mirrors of its own, while daemon.json has some.
  const hubOnly = (): void => {
    if (!hub && mirrors.length > 0) notes.push({ why: 'daemon-json-mirrors-hub-only' });
  };

  const readsHostsToml = store === 'containerd' && atLeast(engine, '28.0.0');
  if (!readsHostsToml) {
    hubOnly();
    if (hostsToml) notes.push({ why: 'hosts-toml-not-read', store, engine: engine.raw });
    return { endpoints: [...(hub ? legacyMirrors() : []), upstream], notes };
  }
  if (hostsToml && !hostsToml.usable) notes.push({ why: 'hosts-toml-dropped' });
  const usable = hostsToml?.usable ? hostsToml : undefined;
  const server: PullEndpoint = usable?.server
    ? { endpoint: endpointOf(usable.server) as string, origin: 'hosts-toml', capabilities: defaultCapabilities(engine) }
    : upstream;
  const fromFile: PullEndpoint[] = (usable?.hosts ?? []).map((h) => ({
    endpoint: h.endpoint,
    origin: 'hosts-toml',
    capabilities: h.capabilities,
  }));
  if (fromFile.length > 0) {
    if (hub && mirrors.length > 0) notes.push({ why: 'daemon-json-mirrors-overridden', hosts: fromFile.length });
    return { endpoints: [...fromFile, server], notes };
  }
  hubOnly();
  return { endpoints: [...(hub ? legacyMirrors() : []), server], notes };
}
