// registryMirrors: which endpoints `mirror test --registry` probes, and what the registry itself is;
// parseImageName/imageIn: what a registry is asked for.
import { describe, expect, it } from 'vitest';
import { parseEngineVersion } from '../../../src/engine/version.js';
import { imageIn, parseImageName } from '../../../src/probe/image-name.js';
import { registryMirrors } from '../../../src/probe/registry-mirrors.js';
import type { ImageStore } from '../../../src/registries/endpoints.js';
import { readHostsToml } from '../../../src/registries/hosts-toml.js';
import { parseRegistryName, type RegistryName } from '../../../src/registries/names.js';

const engine = parseEngineVersion('28.5.2')!;
const registry = (name: string): RegistryName => {
  const parsed = parseRegistryName(name);
  if (!parsed.ok) throw new Error(name);
  return parsed.registry;
};
const PATH = '/etc/docker/certs.d/ghcr.io/hosts.toml';
const toml = (text: string) => ({ path: PATH, reading: readHostsToml(text, { path: PATH, engine }) });
const run = (
  name: string,
  options: { store?: ImageStore; daemonMirrors?: string[]; hostsToml?: string; given?: string[] } = {},
) =>
  registryMirrors({
    registry: registry(name),
    store: options.store ?? 'containerd',
    engine,
    daemonMirrors: options.daemonMirrors ?? [],
    ...(options.hostsToml !== undefined ? { hostsToml: toml(options.hostsToml) } : {}),
    given: options.given ?? [],
  });
const tested = (r: ReturnType<typeof run>) => r.mirrors.map((m) => `${m.origin} ${m.url} → ${m.api}`);

const GHCR = [
  'server = "https://ghcr.io"',
  '',
  '[host."https://a.example"]',
  '  capabilities = ["pull", "resolve"]',
  '',
  '[host."b.example:5000/cache"]',
  '  capabilities = ["pull"]',
  '',
  '[host."https://push-only.example"]',
  '  capabilities = ["push"]',
  '',
].join('\n');

describe('registryMirrors', () => {
  it("a registry's hosts.toml hosts in file order, with their lines; push-only hosts are not tested", () => {
    const r = run('ghcr.io', { hostsToml: GHCR });
    expect(tested(r)).toEqual([
      'hosts-toml https://a.example → https://a.example/v2',
      'hosts-toml b.example:5000/cache → https://b.example:5000/cache/v2',
    ]);
    expect(r.mirrors.map((m) => [m.file, m.line])).toEqual([
      [PATH, 3],
      [PATH, 6],
    ]);
    expect(r.notPulling).toEqual(['https://push-only.example']);
    expect([r.upstream, r.upstreamFrom]).toEqual(['https://ghcr.io/v2', 'hosts-toml']);
  });

  it('the URLs given come after the configured ones; one already configured is tested once', () => {
    const r = run('ghcr.io', { hostsToml: GHCR, given: ['https://a.example/', 'http://127.0.0.1:5000', 'ftp://x'] });
    expect(tested(r)).toEqual([
      'hosts-toml https://a.example → https://a.example/v2',
      'hosts-toml b.example:5000/cache → https://b.example:5000/cache/v2',
      'command-line http://127.0.0.1:5000 → http://127.0.0.1:5000/v2',
    ]);
    expect(r.invalid).toEqual(['ftp://x']);
  });

  it("daemon.json's mirrors are Docker Hub's only: not tested for another registry, and the plan says so", () => {
    const r = run('quay.io', { daemonMirrors: ['https://hub-mirror.example'] });
    expect(r.mirrors).toEqual([]);
    expect(r.notes).toEqual([{ why: 'daemon-json-mirrors-hub-only' }]);
    expect([r.upstream, r.upstreamFrom]).toEqual(['https://quay.io/v2', 'default']);
  });

  it("docker.io: daemon.json's mirrors while they apply, and the upstream is registry-1.docker.io", () => {
    const r = run('docker.io', { daemonMirrors: ['https://hub-mirror.example', 'https://two.example/path'] });
    expect(tested(r)).toEqual([
      'daemon-json https://hub-mirror.example → https://hub-mirror.example/v2',
      'daemon-json https://two.example/path → https://two.example/path/v2',
    ]);
    expect(r.upstream).toBe('https://registry-1.docker.io/v2');
  });

  it("docker.io on the containerd store of 28+: a hosts.toml with hosts ends daemon.json's mirrors", () => {
    const r = run('docker.io', {
      daemonMirrors: ['https://hub-mirror.example'],
      hostsToml: '[host."https://toml-mirror.example"]\n',
    });
    expect(tested(r)).toEqual(['hosts-toml https://toml-mirror.example → https://toml-mirror.example/v2']);
    expect(r.notes).toEqual([{ why: 'daemon-json-mirrors-overridden', hosts: 1 }]);
  });

  it("the classic store: daemon.json's mirrors apply, and hosts.toml's hosts are still tested, with the note", () => {
    const r = run('docker.io', {
      store: 'classic',
      daemonMirrors: ['https://hub-mirror.example'],
      hostsToml: '[host."https://toml-mirror.example"]\n',
    });
    expect(tested(r)).toEqual([
      'hosts-toml https://toml-mirror.example → https://toml-mirror.example/v2',
      'daemon-json https://hub-mirror.example → https://hub-mirror.example/v2',
    ]);
    expect(r.notes).toEqual([{ why: 'hosts-toml-not-read', store: 'classic', engine: '28.5.2' }]);
  });

  it('a hosts.toml containerd drops gives no mirrors, and its server is not the upstream', () => {
    const r = run('ghcr.io', {
      hostsToml: 'server = "https://elsewhere.example"\n[host."https://a.example"]\ncapabilities = "pull"\n',
    });
    expect(r.mirrors).toEqual([]);
    expect(r.notes).toEqual([{ why: 'hosts-toml-dropped' }]);
    expect(r.upstream).toBe('https://ghcr.io/v2');
  });

  it('localhost without a port 443 is plain HTTP, as containerd makes it', () => {
    expect(run('localhost:5000').upstream).toBe('http://localhost:5000/v2');
    expect(run('registry.local:5000').upstream).toBe('https://registry.local:5000/v2');
  });
});

describe('parseImageName and imageIn', () => {
  const asked = (image: string, registryName: string) => {
    const parsed = parseImageName(image);
    if (!parsed) return undefined;
    return { named: parsed.registry?.name, ...imageIn(registry(registryName), parsed) };
  };

  it("Docker Hub's official images are library/NAME; another registry's names are kept", () => {
    expect(asked('hello', 'docker.io')).toEqual({
      named: undefined,
      repo: 'library/hello',
      reference: 'latest',
      name: 'docker.io/library/hello',
      shown: 'docker.io/library/hello:latest',
    });
    expect(asked('hello:1', 'ghcr.io')).toMatchObject({ repo: 'hello', reference: '1', shown: 'ghcr.io/hello:1' });
  });

  it('a first component with a dot, a colon or localhost is a registry', () => {
    expect(asked('ghcr.io/org/app:1', 'ghcr.io')).toMatchObject({ named: 'ghcr.io', repo: 'org/app', reference: '1' });
    expect(asked('127.0.0.1:5000/app', '127.0.0.1:5000')).toMatchObject({ named: '127.0.0.1:5000', repo: 'app' });
    expect(asked('localhost/app', 'localhost')).toMatchObject({ named: 'localhost', repo: 'app' });
    expect(asked('index.docker.io/library/hello', 'docker.io')).toMatchObject({ named: 'docker.io' });
    expect(asked('org/app', 'ghcr.io')).toMatchObject({ named: undefined, repo: 'org/app' });
  });

  it('a digest is the reference asked for, tag or not', () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    expect(asked(`org/app@${digest}`, 'ghcr.io')).toMatchObject({
      reference: digest,
      shown: `ghcr.io/org/app@${digest}`,
    });
    expect(asked(`org/app:1@${digest}`, 'ghcr.io')).toMatchObject({ reference: digest });
  });

  it.each(['', 'Upper/case', 'app:', 'app@sha256:short', 'a//b', 'app:-x'])('%j is no image name', (name) => {
    expect(parseImageName(name)).toBeUndefined();
  });
});
