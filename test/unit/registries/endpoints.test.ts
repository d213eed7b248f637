import { describe, expect, it } from 'vitest';
import { parseEngineVersion } from '../../../src/engine/version.js';
import { imageStore, pullEndpoints, type ImageStore } from '../../../src/registries/endpoints.js';
import { readHostsToml } from '../../../src/registries/hosts-toml.js';
import { hostDirectories, parseRegistryName, type RegistryName } from '../../../src/registries/names.js';
import { registryReport } from '../../../src/registries/report.js';

const v = (s: string) => parseEngineVersion(s)!;
const reg = (s: string) => (parseRegistryName(s) as { registry: RegistryName }).registry;
const toml = (text: string, engine = '28.5.2') => readHostsToml(text, { path: 'hosts.toml', engine: v(engine) });
const MIRROR_TOML = '[host."https://mirror.example"]\n  capabilities = ["pull", "resolve"]\n';

/** A Docker Hub pull on the containerd store of 28.5 with daemon.json's one mirror, and this hosts.toml. */
const hubPlan = (text: string) => plan('docker.io', 'containerd', '28.5.2', ['https://hub-mirror.example'], text);

function plan(registry: string, store: ImageStore, engine: string, mirrors: string[], text?: string) {
  const r = pullEndpoints({
    registry: reg(registry),
    store,
    engine: v(engine),
    mirrors,
    hostsToml: text === undefined ? undefined : toml(text, engine),
  });
  return { endpoints: r.endpoints.map((e) => `${e.origin} ${e.endpoint}`), notes: r.notes.map((n) => n.why) };
}

describe('pullEndpoints: what a pull tries, in order, and where it comes from', () => {
  it('classic store: daemon.json mirrors for Docker Hub only; hosts.toml is not read', () => {
    expect(plan('docker.io', 'classic', '28.5.2', ['https://hub-mirror.example'], MIRROR_TOML)).toEqual({
      endpoints: ['daemon-json https://hub-mirror.example/v2', 'default https://registry-1.docker.io/v2'],
      notes: ['hosts-toml-not-read'],
    });
    expect(plan('ghcr.io', 'classic', '28.5.2', ['https://hub-mirror.example'])).toEqual({
      endpoints: ['default https://ghcr.io/v2'],
      notes: ['daemon-json-mirrors-hub-only'],
    });
  });

  it('containerd store before 28: hosts.toml is not read either', () => {
    expect(plan('ghcr.io', 'containerd', '27.5.1', [], MIRROR_TOML).notes).toEqual(['hosts-toml-not-read']);
  });

  it('containerd store from 28: hosts.toml hosts, then the server; daemon.json mirrors only while there is no [host]', () => {
    expect(plan('ghcr.io', 'containerd', '28.5.2', [], `server = "https://ghcr.io"\n${MIRROR_TOML}`)).toEqual({
      endpoints: ['hosts-toml https://mirror.example/v2', 'hosts-toml https://ghcr.io/v2'],
      notes: [],
    });
    expect(hubPlan(MIRROR_TOML)).toEqual({
      endpoints: ['hosts-toml https://mirror.example/v2', 'default https://registry-1.docker.io/v2'],
      notes: ['daemon-json-mirrors-overridden'],
    });
    // No [host] table (only a server, or no file): one endpoint, so daemon.json's mirrors merge in.
    expect(hubPlan('server = "https://registry-1.docker.io"\n')).toEqual({
      endpoints: ['daemon-json https://hub-mirror.example/v2', 'hosts-toml https://registry-1.docker.io/v2'],
      notes: [],
    });
  });

  it('a hosts.toml containerd drops: the registry itself, and daemon.json mirrors apply again', () => {
    expect(hubPlan('[host."https://m"]\ncapabilities = "pull"\n')).toEqual({
      endpoints: ['daemon-json https://hub-mirror.example/v2', 'default https://registry-1.docker.io/v2'],
      notes: ['hosts-toml-dropped'],
    });
  });

  it('a local registry is plain HTTP unless on 443', () => {
    expect(plan('localhost:5000', 'containerd', '28.5.2', []).endpoints).toEqual(['default http://localhost:5000/v2']);
    expect(plan('localhost:443', 'containerd', '28.5.2', []).endpoints).toEqual(['default https://localhost/v2']);
  });
});

describe('imageStore and hostDirectories', () => {
  it('the running daemon wins, then daemon.json, then the engine default (containerd from 29)', () => {
    const driverStatus = [['driver-type', 'io.containerd.snapshotter.v1']];
    expect(imageStore({ engine: v('28.5.2'), driverStatus })).toEqual({ store: 'containerd', from: 'running-daemon' });
    expect(imageStore({ engine: v('29.0.0'), driverStatus: [['Backing Filesystem', 'extfs']] }).store).toBe('classic');
    expect(imageStore({ engine: v('28.5.2'), features: { 'containerd-snapshotter': true } })).toEqual({
      store: 'containerd',
      from: 'daemon-json',
    });
    expect(imageStore({ engine: v('29.1.0'), features: {} })).toEqual({ store: 'containerd', from: 'engine-default' });
    expect(imageStore({ engine: v('28.5.2') })).toEqual({ store: 'classic', from: 'engine-default' });
  });

  it('tries host_port_, then host:port, then _default', () => {
    expect(hostDirectories(reg('reg.local:5000'))).toEqual(['reg.local_5000_', 'reg.local:5000', '_default']);
    expect(hostDirectories(reg('index.docker.io'))).toEqual(['docker.io', '_default']);
  });
});

describe('registryReport', () => {
  it('lists Docker Hub and every certs.d directory once; a registry without a directory of its own uses _default', () => {
    const entries = registryReport({
      engine: v('28.5.2'),
      store: 'containerd',
      mirrors: [],
      dirs: [
        { name: '_default', hostsToml: { path: '/c/_default/hosts.toml', text: '[host."https://all.example"]\n' } },
        { name: 'reg_5000_' },
        { name: 'reg:5000' },
        { name: 'not a host' },
      ],
    });
    expect(entries.map((e) => [e.registry, e.directory, e.endpoints.map((x) => x.endpoint)])).toEqual([
      ['docker.io', '_default', ['https://all.example/v2', 'https://registry-1.docker.io/v2']],
      // reg_5000_ is tried before reg:5000, and an empty directory hides _default.
      ['reg:5000', 'reg_5000_', ['https://reg:5000/v2']],
    ]);
  });
});

describe('capabilities per engine version', () => {
  it("the registry itself may push; daemon.json's mirrors only pull and resolve; both gain referrers from 29.1", () => {
    const caps = (engine: string) =>
      pullEndpoints({
        registry: reg('docker.io'),
        store: 'containerd',
        engine: v(engine),
        mirrors: ['https://m'],
      }).endpoints.map((e) => e.capabilities.join(','));
    expect(caps('28.5.2')).toEqual(['pull,resolve', 'pull,resolve,push']);
    expect(caps('29.1.0')).toEqual(['pull,resolve,referrers', 'pull,resolve,push,referrers']);
  });
});
