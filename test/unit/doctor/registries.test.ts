// doctor's registry checks (network.registries, network.registry-hosts, and certs.d in
// security.files / security.tls-keys): pure functions of facts. The pure cases give the facts
// as data; the last ones gather them from a fake root with a scripted /info and HTTP.
import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadState } from '../../../src/change/state.js';
import type { Ctx } from '../../../src/context.js';
import { CHECKS } from '../../../src/doctor/checks/index.js';
import { networkRegistries } from '../../../src/doctor/checks/network-registries.js';
import { networkRegistryHosts } from '../../../src/doctor/checks/network-registry-hosts.js';
import { storeOf } from '../../../src/doctor/checks/registry-plan.js';
import { gatherFacts, type Facts } from '../../../src/doctor/facts.js';
import type { ProbeFacts } from '../../../src/doctor/probe-facts.js';
import { runChecks } from '../../../src/doctor/run.js';
import type { Finding } from '../../../src/doctor/types.js';
import type { DockerApi } from '../../../src/edges/docker-api.js';
import { parseEngineVersion } from '../../../src/engine/version.js';
import { sayIn } from '../../../src/i18n/said.js';
import type { RegistryProbe } from '../../../src/probe/index.js';
import type { RegistryDir } from '../../../src/registries/report.js';
import type { DaemonInfo } from '../../../src/verify/index.js';
import { makeRoot, rootCtx } from '../targets/fixture-root.js';
import { TEST_OPTIONS } from '../../helpers/global-options.js';

const CERTS = '/etc/docker/certs.d';
const CONTAINERD_STATUS: [string, string][] = [['driver-type', 'io.containerd.snapshotter.v1']];
const HUB_TOML = '[host."https://toml-mirror.example"]\n  capabilities = ["pull", "resolve"]\n';

interface Given {
  engine?: string;
  daemonJson?: Record<string, unknown>;
  /** certs.d/<dir>/hosts.toml text, or `{ unreadable: code }`. */
  toml?: Record<string, string | { unreadable: string }>;
  info?: DaemonInfo;
  probes?: ProbeFacts;
}

/** The facts the registry checks read, as data. */
function facts(given: Given): Facts {
  const settings = new Map(
    Object.entries(given.daemonJson ?? {}).map(([key, value]) => [key, { key, value, source: { kind: 'file' } }]),
  );
  const registryDirs: RegistryDir[] = Object.entries(given.toml ?? {}).map(([name, text]) => {
    const path = `${CERTS}/${name}/hosts.toml`;
    return { name, hostsToml: typeof text === 'string' ? { path, text } : { path, unreadable: text.unreadable } };
  });
  return {
    state: { engine: { version: parseEngineVersion(given.engine ?? '28.5.2')!, how: 'given' } },
    settings,
    daemon: { endpoints: [], pings: [], ...(given.info ? { info: given.info } : {}) },
    registryDirs,
    certsDir: CERTS,
    offline: given.probes === undefined,
    ...(given.probes ? { probes: given.probes } : {}),
    files: [],
  } as unknown as Facts;
}

const findings = (check: typeof networkRegistries, f: Facts): Finding[] => {
  const out = check.run(f);
  if (!Array.isArray(out)) throw new Error(`skipped: ${sayIn('en', out.skipped)}`);
  return out;
};
const idsOf = (list: readonly Finding[]) => list.map((f) => `${f.id} ${f.severity} ${f.file ?? ''}:${f.line ?? ''}`);

describe('the image store doctor judges by', () => {
  it('the running daemon first (/info DriverStatus), then daemon.json, then the engine default', () => {
    expect(storeOf(facts({ info: { DriverStatus: CONTAINERD_STATUS } }))).toEqual({
      store: 'containerd',
      from: 'running-daemon',
    });
    // The daemon runs the classic store although daemon.json now asks for containerd (not restarted since).
    const classic = facts({
      info: { Driver: 'overlay2', DriverStatus: [['Backing Filesystem', 'extfs']] },
      daemonJson: { features: { 'containerd-snapshotter': true } },
    });
    expect(storeOf(classic)).toEqual({ store: 'classic', from: 'running-daemon' });
    expect(storeOf(facts({ daemonJson: { features: { 'containerd-snapshotter': true } } }))).toEqual({
      store: 'containerd',
      from: 'daemon-json',
    });
    expect(storeOf(facts({ engine: '29.1.0', info: { DriverStatus: null } }))).toEqual({
      store: 'containerd',
      from: 'engine-default',
    });
  });
});

describe('network.registries: which of daemon.json and hosts.toml a pull uses', () => {
  const MIRRORS = { 'registry-mirrors': ['https://hub.example'] };

  it('containerd store on 28+: a Docker Hub hosts.toml with [host] tables wins over registry-mirrors (mirror-overridden)', () => {
    const f = facts({
      daemonJson: MIRRORS,
      toml: { 'docker.io': HUB_TOML },
      info: { DriverStatus: CONTAINERD_STATUS },
    });
    const found = findings(networkRegistries, f);
    expect(idsOf(found)).toEqual([`mirror-overridden warning ${CERTS}/docker.io/hosts.toml:1`]);
    expect(found[0]!.message).toBe(
      `daemon.json's registry-mirrors (1) are not used for Docker Hub: ${CERTS}/docker.io/hosts.toml defines 1 [host] table and wins, because under the containerd image store of dockerd 28.5.2 (as the running dockerd reports in /info) dockerd merges daemon.json's mirrors only while the registry has a single endpoint`,
    );
    expect(sayIn('zh', found[0]!.says!)).toContain('以它为准');
  });

  it('no finding where daemon.json and hosts.toml agree: no registry-mirrors, or a hosts.toml with only a server', () => {
    const containerd = { DriverStatus: CONTAINERD_STATUS };
    expect(findings(networkRegistries, facts({ toml: { 'docker.io': HUB_TOML }, info: containerd }))).toEqual([]);
    const serverOnly = facts({
      daemonJson: MIRRORS,
      toml: { 'docker.io': 'server = "https://registry-1.docker.io"\n' },
      info: containerd,
    });
    expect(findings(networkRegistries, serverOnly)).toEqual([]);
  });

  it('the classic store reads no hosts.toml: its hosts are never tried, daemon.json wins for Hub (hosts-toml-not-read)', () => {
    const f = facts({ daemonJson: MIRRORS, toml: { 'docker.io': HUB_TOML, 'ghcr.io': HUB_TOML } });
    const found = findings(networkRegistries, f);
    expect(idsOf(found)).toEqual([
      `hosts-toml-not-read warning ${CERTS}/docker.io/hosts.toml:`,
      `hosts-toml-not-read warning ${CERTS}/ghcr.io/hosts.toml:`,
    ]);
    expect(found[0]!.message).toContain("daemon.json's registry-mirrors apply instead");
    expect(found[0]!.message).toContain(
      "the classic image store (graph driver) of dockerd 28.5.2 (the engine's default",
    );
    expect(found[1]!.message).toContain('its 1 host for ghcr.io is never used');
    expect(found[1]!.message).toContain('pulls go to the registry itself');
    expect(found[1]!.hint).toContain('"containerd-snapshotter": true');
    // The containerd store before 28 does not read it either; the remedy is an upgrade.
    const old = facts({
      engine: '27.5.1',
      toml: { 'ghcr.io': HUB_TOML },
      daemonJson: { features: { 'containerd-snapshotter': true } },
    });
    expect(findings(networkRegistries, old)[0]).toMatchObject({
      id: 'hosts-toml-not-read',
      hint: expect.stringContaining('upgrade dockerd'),
    });
  });

  it("a hosts.toml containerd would drop is reported at its line and column; daemon.json's mirrors then apply again", () => {
    const f = facts({
      daemonJson: MIRRORS,
      toml: { 'docker.io': '[host."https://m.example"]\ncapabilities = "pull"\n' },
      info: { DriverStatus: CONTAINERD_STATUS },
    });
    const found = findings(networkRegistries, f);
    expect(found.map((d) => [d.id, d.severity, d.line, d.column])).toEqual([['hosts-toml-invalid', 'error', 2, 1]]);
    expect(found[0]!.file).toBe(`${CERTS}/docker.io/hosts.toml`);
    // The classic store's pulls never read it (BuildKit's do): a warning beside hosts-toml-not-read.
    const classic = facts({
      daemonJson: MIRRORS,
      toml: { 'docker.io': '[host."https://m.example"]\ncapabilities = "pull"\n' },
    });
    expect(findings(networkRegistries, classic).map((d) => [d.id, d.severity])).toEqual([
      ['hosts-toml-not-read', 'warning'],
      ['hosts-toml-invalid', 'warning'],
    ]);
  });

  it('a syntax error and an unknown key, each once even when _default serves more than one registry', () => {
    const f = facts({
      toml: { _default: '[host."https://m.example"]\ncapabilites = ["pull"]\n', 'ghcr.io': 'server = = 1\n' },
      info: { DriverStatus: CONTAINERD_STATUS },
    });
    expect(findings(networkRegistries, f).map((d) => `${d.id} ${d.line}`)).toEqual([
      'hosts-toml-unknown-key 2',
      'hosts-toml-syntax 1',
    ]);
  });

  it('an unreadable hosts.toml fails every pull from that registry under the containerd store (an error)', () => {
    const f = facts({ toml: { 'ghcr.io': { unreadable: 'EACCES' } }, info: { DriverStatus: CONTAINERD_STATUS } });
    expect(findings(networkRegistries, f)).toEqual([
      expect.objectContaining({
        id: 'hosts-toml-unreadable',
        severity: 'error',
        message: expect.stringContaining('cannot be read (EACCES)'),
      }),
    ]);
  });

  it('insecure-registries do not apply to a registry whose hosts.toml has [host] tables (insecure-registry-overridden)', () => {
    const toml = {
      'reg.local:5000': '[host."https://mirror.local:5000"]\n  capabilities = ["pull", "resolve"]\n',
      '10.1.2.3:5000': '[host."https://10.1.2.3:5001"]\n  skip_verify = true\n',
    };
    const f = facts({
      daemonJson: { 'insecure-registries': ['reg.local:5000', 'mirror.local:5000', '10.0.0.0/8', 'other:5000'] },
      toml,
      info: { DriverStatus: CONTAINERD_STATUS },
    });
    const found = findings(networkRegistries, f);
    expect(
      found.map((d) => [
        d.id,
        d.file,
        d.line,
        d.message.match(/"([^"]+)", but it does not apply to ([^:]+:\S+)/)?.slice(1),
      ]),
    ).toEqual([
      [
        'insecure-registry-overridden',
        `${CERTS}/reg.local:5000/hosts.toml`,
        undefined,
        ['reg.local:5000', 'https://reg.local:5000/v2:'],
      ],
      [
        'insecure-registry-overridden',
        `${CERTS}/reg.local:5000/hosts.toml`,
        1,
        ['mirror.local:5000', 'https://mirror.local:5000/v2:'],
      ],
      // 10.1.2.3:5001 has skip_verify, so only the server (the registry itself) still checks its certificate.
      [
        'insecure-registry-overridden',
        `${CERTS}/10.1.2.3:5000/hosts.toml`,
        undefined,
        ['10.0.0.0/8', 'https://10.1.2.3:5000/v2:'],
      ],
    ]);
    expect(found[1]!.hint).toContain('skip_verify = true under [host."https://mirror.local:5000"]');
    expect(found[0]!.hint).toContain('the top of the file (for the server)');
    // The classic store applies insecure-registries itself: nothing to say.
    expect(
      findings(
        networkRegistries,
        facts({ ...{ daemonJson: { 'insecure-registries': ['reg.local:5000'] } }, toml }),
      ).map((d) => d.id),
    ).toEqual(['hosts-toml-not-read', 'hosts-toml-not-read']);
  });

  it('skipped without any hosts.toml', () => {
    expect(networkRegistries.run(facts({ daemonJson: MIRRORS }))).toEqual({
      skipped: { key: 'doctor.skip.no-hosts-toml' },
    });
  });
});

describe('network.registry-hosts: a registry whose hosts.toml endpoints are all dead', () => {
  const dead = (url: string): RegistryProbe => ({ url, kind: 'unreachable', ok: false, detail: 'connection refused' });
  const alive = (url: string): RegistryProbe => ({
    url,
    kind: 'registry',
    ok: true,
    status: 200,
    detail: 'a registry',
  });
  const probes = (list: [string, RegistryProbe][]): ProbeFacts => ({
    mirrors: [],
    insecure: [],
    hostsToml: list.map(([endpoint, probe]) => ({ endpoint, probe })),
  });
  const TWO = '[host."https://a.example"]\n[host."http://127.0.0.1:9"]\n';
  const containerd = { DriverStatus: CONTAINERD_STATUS };

  it('every [host] dead: a warning (pulls wait, then go to the registry itself); one alive: nothing', () => {
    const allDead = facts({
      toml: { 'ghcr.io': TWO },
      info: containerd,
      probes: probes([
        ['https://a.example/v2', dead('https://a.example')],
        ['http://127.0.0.1:9/v2', dead('http://127.0.0.1:9')],
      ]),
    });
    const found = findings(networkRegistryHosts, allDead);
    expect(idsOf(found)).toEqual([`registry-hosts-unreachable warning ${CERTS}/ghcr.io/hosts.toml:1`]);
    expect(found[0]!.message).toContain('none of the 2 endpoints');
    expect(found[0]!.message).toContain('http://127.0.0.1:9/v2: connection refused');
    const oneAlive = facts({
      toml: { 'ghcr.io': TWO },
      info: containerd,
      probes: probes([
        ['https://a.example/v2', dead('https://a.example')],
        ['http://127.0.0.1:9/v2', alive('http://127.0.0.1:9')],
      ]),
    });
    expect(findings(networkRegistryHosts, oneAlive)).toEqual([]);
  });

  it('the server dead too: an error (nothing is left to pull from); a TLS error is not dead', () => {
    const toml = { 'ghcr.io': 'server = "https://s.example"\n[host."https://a.example"]\n' };
    const f = (server: RegistryProbe) =>
      facts({
        toml,
        info: containerd,
        probes: probes([
          ['https://a.example/v2', dead('https://a.example')],
          ['https://s.example/v2', server],
        ]),
      });
    expect(findings(networkRegistryHosts, f(dead('https://s.example')))[0]).toMatchObject({
      id: 'registry-hosts-unreachable',
      severity: 'error',
    });
    const tls: RegistryProbe = { url: 'https://s.example', kind: 'tls-error', ok: false, detail: 'TLS: unknown CA' };
    expect(findings(networkRegistryHosts, f(tls))).toEqual([]);
  });

  it('skipped offline, and where the store reads no hosts.toml', () => {
    expect(networkRegistryHosts.run(facts({ toml: { 'ghcr.io': TWO } }))).toEqual({
      skipped: { key: 'doctor.skip.offline' },
    });
    expect(networkRegistryHosts.run(facts({ toml: { 'ghcr.io': TWO }, probes: probes([]) }))).toEqual({
      skipped: { key: 'doctor.skip.hosts-toml-not-read' },
    });
  });
});

describe('registry facts gathered from a root', () => {
  const OPTIONS = TEST_OPTIONS;
  const answering =
    (info: object): DockerApi =>
    async (_target, path) =>
      path === '/_ping' ? { ok: true, status: 200, body: 'OK' } : { ok: true, status: 200, body: JSON.stringify(info) };

  it("the running daemon's /info decides the store; each hosts.toml endpoint is probed once, at its root", async () => {
    const root = makeRoot({
      'etc/docker/daemon.json': '{"registry-mirrors": ["https://hub.example"]}\n',
      [`etc/docker/certs.d/docker.io/hosts.toml`]: '[host."http://127.0.0.1:9"]\n',
      [`etc/docker/certs.d/_default/hosts.toml`]: '[host."http://127.0.0.1:9"]\n',
    });
    const asked: string[] = [];
    const http: Ctx['http'] = async (request) => {
      asked.push(request.url);
      return { ok: false, code: 'ECONNREFUSED', error: 'connection refused' };
    };
    const ctx: Ctx = {
      ...rootCtx(root),
      api: answering({ ServerVersion: '28.5.2', DriverStatus: CONTAINERD_STATUS }),
      http,
    };
    const state = await loadState(ctx, { ...OPTIONS, root });
    const f = await gatherFacts(ctx, state, { offline: false, timeoutMs: 1000, strict: false, only: 'network' });
    expect(f.daemon.info?.DriverStatus).toEqual(CONTAINERD_STATUS);
    expect(asked.filter((u) => u.startsWith('http://127.0.0.1:9'))).toEqual(['http://127.0.0.1:9/v2/']);
    const results = runChecks(CHECKS, f, 'network');
    const of = (id: string) => results.find((r) => r.check.id === id)!.findings.map((x) => x.id);
    expect(of('network.registries')).toEqual(['mirror-overridden']);
    expect(of('network.registry-hosts')).toEqual(['registry-hosts-unreachable']);
  });

  it('certs.d directories writable by others and a readable client key: chmod fixes, chown as a hint', async () => {
    const root = makeRoot({
      'etc/docker/daemon.json': '{}\n',
      'etc/docker/certs.d/reg.local:5000/client.key': 'KEY',
      'etc/docker/certs.d/reg.local:5000/client.cert': 'CERT',
    });
    mkdirSync(join(root, 'etc/docker/certs.d/empty.example'));
    chmodSync(join(root, 'etc/docker/certs.d'), 0o777);
    chmodSync(join(root, 'etc/docker/certs.d/reg.local:5000'), 0o775);
    chmodSync(join(root, 'etc/docker/certs.d/reg.local:5000/client.key'), 0o644);
    const ctx: Ctx = { ...rootCtx(root), api: async () => ({ ok: false, error: 'none', code: 'ENOENT' }) };
    const state = await loadState(ctx, { ...OPTIONS, root });
    const f = await gatherFacts(ctx, state, { offline: true, timeoutMs: 1000, strict: false, only: 'security' });
    const results = runChecks(CHECKS, f, 'security');
    const shown = results
      .flatMap((r) => r.findings)
      .filter((x) => x.file?.includes('certs.d'))
      .map((x) => [x.id, x.file!.slice(root.length), x.fix]);
    expect(shown).toEqual([
      [
        'file-permissions',
        '/etc/docker/certs.d',
        { kind: 'chmod', path: join(root, 'etc/docker/certs.d'), mode: 0o755 },
      ],
      [
        'file-permissions',
        '/etc/docker/certs.d/reg.local:5000',
        { kind: 'chmod', path: join(root, 'etc/docker/certs.d/reg.local:5000'), mode: 0o755 },
      ],
      [
        'tls-key-permissions',
        '/etc/docker/certs.d/reg.local:5000/client.key',
        { kind: 'chmod', path: join(root, 'etc/docker/certs.d/reg.local:5000/client.key'), mode: 0o600 },
      ],
    ]);
    const dir = results.flatMap((r) => r.findings).find((x) => x.file === join(root, 'etc/docker/certs.d'))!;
    expect(dir.message).toContain('(registry certificate directory) has mode 0777: anyone can change');
  });
});
