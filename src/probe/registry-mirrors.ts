// `mirror test --registry REGISTRY`: which endpoints are that registry's mirrors, and which image
// a mirror is asked for. Pure: the hosts.toml comes in read (src/registries), the answer goes out
// as data.
//  - the hosts of the registry's hosts.toml (`[host."…"]`, in file order, those that may pull),
//    whatever the image store: a store that does not read the file is said in a note;
//  - for docker.io, daemon.json's registry-mirrors where pullEndpoints says they apply (not when
//    the containerd store of 28+ has hosts.toml hosts for Hub);
//  - the URLs given on the command line, after those.
// The upstream, the reference a mirror's digest is compared with, is the registry's `server`
// (hosts.toml's, else the registry itself: https://<registry>, registry-1.docker.io for Hub).
import type { EngineVersion } from '../engine/version.js';
import { pullEndpoints, type EndpointNote, type ImageStore } from '../registries/endpoints.js';
import { endpointOf, type HostsTomlReading } from '../registries/hosts-toml.js';
import { defaultServer, type RegistryName } from '../registries/names.js';

export type MirrorOrigin = 'hosts-toml' | 'daemon-json' | 'command-line';

export interface MirrorTarget {
  /** As written: a hosts.toml table key, a daemon.json entry, a command-line argument. */
  url: string;
  /** The registry API's root requests go to (`…/v2`, as containerd makes it). */
  api: string;
  origin: MirrorOrigin;
  /** hosts.toml and the line of the host's `[host."…"]` header. */
  file?: string;
  line?: number;
  /** false: a host without `resolve` (containerd never asks it for a tag, only for content by digest). */
  resolves?: boolean;
}

export interface RegistryMirrors {
  mirrors: MirrorTarget[];
  /** The registry's own API root (`https://ghcr.io/v2`). */
  upstream: string;
  /** Where the upstream comes from: hosts.toml's `server`, or the registry's name. */
  upstreamFrom: 'hosts-toml' | 'default';
  /** Why a setting that looks as if it applied does not (pullEndpoints' notes). */
  notes: EndpointNote[];
  /** hosts.toml hosts a pull never fetches from (no `pull` capability): not tested. */
  notPulling: string[];
  /** Command-line URLs that are no endpoint (containerd would not make one of them). */
  invalid: string[];
}

export function registryMirrors(input: {
  registry: RegistryName;
  store: ImageStore;
  engine: EngineVersion;
  /** daemon.json's registry-mirrors. */
  daemonMirrors: readonly string[];
  /** The hosts.toml containerd would use for the registry, read. */
  hostsToml?: { path: string; reading: HostsTomlReading };
  given: readonly string[];
}): RegistryMirrors {
  const { registry, hostsToml } = input;
  const reading = hostsToml?.reading.usable ? hostsToml.reading : undefined;
  const plan = pullEndpoints({
    registry,
    store: input.store,
    engine: input.engine,
    mirrors: input.daemonMirrors,
    hostsToml: hostsToml?.reading,
  });
  const mirrors: MirrorTarget[] = [];
  const seen = new Set<string>();
  const add = (target: MirrorTarget): void => {
    if (seen.has(target.api)) return;
    seen.add(target.api);
    mirrors.push(target);
  };
  const notPulling: string[] = [];
  for (const host of reading?.hosts ?? []) {
    if (!host.capabilities.includes('pull')) {
      notPulling.push(host.url);
      continue;
    }
    add({
      url: host.url,
      api: host.endpoint,
      origin: 'hosts-toml',
      file: hostsToml!.path,
      line: host.line,
      resolves: host.capabilities.includes('resolve'),
    });
  }
  // daemon.json's mirrors, in its order, only where the plan keeps them (each maps to one endpoint).
  const applied = new Set(plan.endpoints.filter((e) => e.origin === 'daemon-json').map((e) => e.endpoint));
  for (const url of input.daemonMirrors) {
    const api = endpointOf(url);
    if (api !== undefined && applied.has(api)) add({ url, api, origin: 'daemon-json' });
  }
  const invalid: string[] = [];
  for (const url of input.given) {
    const api = endpointOf(url);
    if (api === undefined) invalid.push(url);
    else add({ url, api, origin: 'command-line' });
  }
  const server = reading?.server === undefined ? undefined : endpointOf(reading.server);
  return {
    mirrors,
    upstream: server ?? (endpointOf(defaultServer(registry)) as string),
    upstreamFrom: server === undefined ? 'default' : 'hosts-toml',
    notes: plan.notes,
    notPulling,
    invalid,
  };
}
