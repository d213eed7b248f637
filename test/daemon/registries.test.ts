// Issue 16 for real: a mirror for ghcr.io (certs.d/ghcr.io/hosts.toml) and trust for a registry
// with a self-signed CA (certs.d/HOST:PORT/ca.crt), written by our built CLI inside an nsbox
// (test/infra/nsbox.sh: private mount, network and pid namespaces; its network has only lo, so
// ghcr.io cannot be reached) and used by a real dockerd on its next pull, with no reload and no
// restart. Two of Debian's docker-registry run in the box (test/infra/registry-lab.sh): plain HTTP on
// 127.0.0.1 (the mirror) and TLS on a non-loopback address of the box's lo named registry.test
// (dockerd treats every loopback address as an insecure registry and would skip the certificate
// check). Both hold library/hello:latest, pushed offline with the registry API.
//
// The closing measurements pin down which dockerd/store reads what, so a change of behaviour fails:
// dockerd 28.5.2 (sid) with the containerd image store reads hosts.toml and certs.d per pull;
// 28.5.2 on the classic store and 26.1.5 (trixie) with the containerd store ignore hosts.toml,
// and every one of them reads certs.d/HOST:PORT/ca.crt per pull. Each dockerd starts a managed
// containerd from PATH: sid's (2.1.x) for 28.5.2, trixie's (1.7.x) for 26.1.5, as Debian pairs them.
// Needs root and `bash scripts/provision.sh`; a missing prerequisite fails, nothing skips.
import {
  chmodSync,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkout, startNsbox, type Nsbox } from '../helpers/boxes.js';
import { runJson, sh, type Report } from '../helpers/cli-report.js';
import { waitForPing } from '../helpers/daemon-state.js';

const CACHE = process.env.DOCKERD_CACHE ?? '/var/cache/dockerd-config';
interface Build {
  version: string;
  dockerd: string;
  /** The directory with containerd, containerd-shim-runc-v2 and ctr of the same Debian suite. */
  containerd: string;
}
const SID: Build = {
  version: '28.5.2',
  dockerd: `${CACHE}/sid/usr/sbin/dockerd`,
  containerd: `${CACHE}/containerd-sid/usr/bin`,
};
const TRIXIE: Build = {
  version: '26.1.5',
  dockerd: `${CACHE}/trixie/usr/sbin/dockerd`,
  containerd: `${CACHE}/containerd-trixie/usr/bin`,
};

// Inside the box (its own network namespace: fixed ports are free).
const LAB = '/var/lib/registry-lab';
const PLAIN_PORT = 5000;
const MIRROR = `http://127.0.0.1:${PLAIN_PORT}`;
// TEST-NET-1 (RFC 5737), on the box's lo only: not loopback, so dockerd treats it as a secure registry.
const TLS_ADDR = '192.0.2.1';
const TLS_PORT = 5443;
const TLS_NAME = 'registry.test';
const TRUSTED = `${TLS_NAME}:${TLS_PORT}`;
const GHCR_IMAGE = 'ghcr.io/library/hello:latest';
const TRUSTED_IMAGE = `${TRUSTED}/library/hello:latest`;
const HOSTS_TOML = '/etc/docker/certs.d/ghcr.io/hosts.toml';
const TRUSTED_CA = `/etc/docker/certs.d/${TRUSTED}/ca.crt`;
// What `registry mirror add ghcr.io MIRROR` writes (the measurements write the same by hand).
const MIRROR_TOML = `server = "https://ghcr.io"\n\n[host."${MIRROR}"]\n  capabilities = ["pull", "resolve"]\n`;
// What dockerd logs on SIGHUP (28: cmd/dockerd/daemon.go, 26: daemon/config/config.go); checked to be in each binary.
const RELOAD_LOG = 'Got signal to reload configuration';
// The mirror's access log line for a pull of ghcr.io/library/hello through it (containerd adds ?ns=).
const MIRRORED_REQUEST = '"HEAD /v2/library/hello/manifests/latest?ns=ghcr.io HTTP/1.1" 200';

let box: Nsbox;
const timings: string[] = [];

beforeAll(async () => {
  for (const build of [SID, TRIXIE])
    for (const f of [build.dockerd, join(build.containerd, 'containerd')])
      if (!existsSync(f)) throw new Error(`${f} is missing: run bash scripts/provision.sh as root`);
  if (!existsSync(join(checkout, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: node scripts/build.mjs');
  const started = performance.now();
  box = await startNsbox(`reg16-${process.pid % 100000}`);
  // The box has its own /var: the builds go in by hard links (same file system), else copies.
  for (const build of [SID, TRIXIE]) {
    put(build.dockerd, `/var/lib/registry-lab-bin/${build.version}/dockerd`);
    for (const f of ['containerd', 'containerd-shim-runc-v2', 'ctr'])
      put(join(build.containerd, f), `/var/lib/registry-lab-bin/${build.version}/containerd/${f}`);
  }
  const lab = await box.exec(
    [
      'bash',
      join(checkout, 'test/infra/registry-lab.sh'),
      'up',
      LAB,
      String(PLAIN_PORT),
      TLS_ADDR,
      String(TLS_PORT),
      TLS_NAME,
    ],
    { timeoutMs: 60_000 },
  );
  if (lab.exitCode !== 0) throw new Error(`registry-lab.sh up failed (exit ${lab.exitCode}):\n${lab.stderr}`);
  timings.push(`box + two registries + push: ${Math.round(performance.now() - started)} ms`);
}, 120_000);

afterAll(async () => {
  await stopDockerd();
  await box?.stop();
  console.info(`registries.test.ts timings:\n  ${timings.join('\n  ')}`);
});

function put(from: string, inside: string): void {
  const to = box.hostPath(inside);
  mkdirSync(dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
    chmodSync(to, 0o755);
  }
}

interface Running {
  build: Build;
  store: 'containerd' | 'classic';
  pid: number;
  /** Its managed containerd (a child of dockerd). */
  containerdPid: number;
  /** Inside the box. */
  log: string;
}
let running: Running | undefined;
let serial = 0;

/** Ends the dockerd this file started (by its pid) and waits until it and its containerd are gone. */
async function stopDockerd(): Promise<void> {
  if (!running || !box) return;
  const { pid, containerdPid } = running;
  running = undefined;
  await sh(
    box,
    `kill ${pid}; for i in $(seq 200); do kill -0 ${pid} 2>/dev/null || kill -0 ${containerdPid} 2>/dev/null || exit 0; sleep 0.05; done; exit 1`,
  );
}

/**
 * dockerd BUILD in the box with the containerd image store or the classic one (overlay2), its own
 * data-root and exec-root (new each time: no image left from before), and the managed containerd of its suite (first `containerd` on PATH).
 * certs.d starts empty; daemon.json holds only the store choice.
 */
async function startDockerd(build: Build, store: Running['store']): Promise<Running> {
  await stopDockerd();
  const started = performance.now();
  rmSync(box.hostPath('/etc/docker/certs.d'), { recursive: true, force: true });
  mkdirSync(box.hostPath('/etc/docker/certs.d'));
  writeFileSync(
    box.hostPath('/etc/docker/daemon.json'),
    `${JSON.stringify({ features: { 'containerd-snapshotter': store === 'containerd' } })}\n`,
  );
  const tag = `${build.version}-${store}-${serial++}`;
  const bin = `/var/lib/registry-lab-bin/${build.version}`;
  const log = `/var/log/dockerd-${tag}.log`;
  expect(readFileSync(build.dockerd).includes(RELOAD_LOG)).toBe(true);
  await sh(
    box,
    `PATH=${bin}/containerd:$PATH setsid ${bin}/dockerd --data-root /var/lib/docker-${tag} --exec-root /var/run/docker-${tag} ` +
      `-p /var/run/docker.pid --iptables=false --ip6tables=false --bridge=none </dev/null >${log} 2>&1 &`,
  );
  await waitForPing(box, 30_000).catch((err: unknown) => {
    throw new Error(`${String(err)}\n${log}:\n${readFileSync(box.hostPath(log), 'utf8')}`);
  });
  const pid = Number(await sh(box, 'cat /var/run/docker.pid'));
  const containerdPid = Number(await sh(box, `pgrep -P ${pid} -x containerd`));
  running = { build, store, pid, containerdPid, log };
  // The store really is the one asked for, and the version the build's.
  expect(await sh(box, "docker version --format '{{.Server.Version}}'")).toMatch(new RegExp(`^${build.version}\\+`));
  expect(await sh(box, "docker info --format '{{.Driver}}'")).toBe(store === 'containerd' ? 'overlayfs' : 'overlay2');
  expect(await sh(box, `readlink /proc/${containerdPid}/exe`)).toBe(`${bin}/containerd/containerd`);
  timings.push(`dockerd ${tag} up: ${Math.round(performance.now() - started)} ms`);
  return running;
}

interface Pull {
  exitCode: number;
  output: string;
  ms: number;
}
async function pull(image: string): Promise<Pull> {
  const started = performance.now();
  const r = await box.exec(['docker', 'pull', image], { timeoutMs: 60_000 });
  return { exitCode: r.exitCode, output: r.stdout + r.stderr, ms: performance.now() - started };
}
const rmi = (image: string): Promise<string> => sh(box, `docker rmi ${image} >/dev/null`);
const mirroredPulls = (): number =>
  readFileSync(box.hostPath(`${LAB}/plain/registry.log`), 'utf8').split(MIRRORED_REQUEST).length - 1;
const reloads = (r: Running): number => readFileSync(box.hostPath(r.log), 'utf8').split(RELOAD_LOG).length - 1;
const dockerdPid = async (): Promise<number> => Number(await sh(box, 'cat /var/run/docker.pid'));

/**
 * The pull of ghcr.io fails for the only reason there is in the box: no network, so the name does
 * not resolve (the host's nameserver is unreachable from lo, or refuses when it is a loopback
 * stub such as 127.0.0.53). Fast, not hanging.
 */
function expectGhcrUnreachable(p: Pull): void {
  expect(p.exitCode, p.output).not.toBe(0);
  expect(p.output).toMatch(
    /https:\/\/ghcr\.io\/v2\/.*lookup ghcr\.io.*(network is unreachable|connection refused|no such host)/,
  );
  expect(p.ms).toBeLessThan(10_000);
}

/** The pull of registry.test:5443 fails on the certificate, not on the name or the connection. */
function expectUnknownAuthority(p: Pull): void {
  expect(p.exitCode, p.output).not.toBe(0);
  expect(p.output).toContain(`https://${TRUSTED}/v2/`);
  expect(p.output).toContain('x509: certificate signed by unknown authority');
}

/** Puts the CA (the one that signed registry.test's certificate) where `registry trust` puts it. */
function trustByHand(): void {
  mkdirSync(dirname(box.hostPath(TRUSTED_CA)), { recursive: true });
  copyFileSync(box.hostPath(`${LAB}/ca.pem`), box.hostPath(TRUSTED_CA));
}

/** What `registry mirror add|remove` and `registry trust` report on top of a change's fields. */
interface RegistryChange extends Report {
  registry: string;
  added?: string[];
  removed?: string[];
  endpoints?: Endpoint[];
  notes?: { why: string }[];
}
interface Endpoint {
  endpoint: string;
  origin: string;
  capabilities: string[];
}

// The CLI learns the engine version from the installed package or `dockerd --version` on PATH,
// which in the box is Debian 12's 20.10: the build running here is named, as sysvinit.test.ts does.
const engine = (b: Build): string[] => ['--engine-version', b.version];

/** A change to certs.d only: written, dockerd neither reloaded nor restarted (nothing for it to re-read). */
function expectFileOnlyChange(r: RegistryChange, path: string): void {
  expect(r).toMatchObject({ ok: true, outcome: 'applied', changed: true, rolledBack: false });
  expect(r.files?.map((f) => f.path)).toEqual([path]);
  expect(r.service).toMatchObject({ action: 'none', ok: true, commands: [] });
  expect(r.diagnostics.filter((x) => x.severity !== 'info')).toEqual([]);
}

describe('dockerd 28.5.2, containerd image store: certs.d applies on the next pull, no reload, no restart', () => {
  let d: Running;
  beforeAll(async () => {
    d = await startDockerd(SID, 'containerd');
  }, 120_000);

  it('registry mirror add ghcr.io http://127.0.0.1:5000 → the ghcr.io pull comes from the mirror; remove → it fails again', async () => {
    expectGhcrUnreachable(await pull(GHCR_IMAGE));

    // No --engine-version here: the running daemon's /info decides the store and the version's rules.
    const add = await runJson<RegistryChange>(box, ['registry', 'mirror', 'add', 'ghcr.io', MIRROR]);
    expect(add.exitCode, add.stderr).toBe(0);
    expectFileOnlyChange(add.report, HOSTS_TOML);
    expect(add.report).toMatchObject({
      engineVersion: SID.version,
      imageStore: 'containerd',
      imageStoreFrom: 'running-daemon',
    });
    expect(add.report).toMatchObject({ registry: 'ghcr.io', added: [MIRROR], removed: [], notes: [] });
    expect(add.report.endpoints?.map((e) => e.endpoint)).toEqual([`${MIRROR}/v2`, 'https://ghcr.io/v2']);
    const toml = readFileSync(box.hostPath(HOSTS_TOML), 'utf8');
    expect(toml).not.toMatch(/^server/m); // containerd ends with the registry itself, as without the file
    expect(toml).toContain(`[host."${MIRROR}"]`);
    expect(toml).toMatch(/^\s*capabilities = \["pull", "resolve"\]$/m);

    const before = mirroredPulls();
    const p = await pull(GHCR_IMAGE);
    expect(p.exitCode, p.output).toBe(0);
    expect(p.output).toContain(`Status: Downloaded newer image for ${GHCR_IMAGE}`);
    expect(mirroredPulls()).toBe(before + 1);
    expect(await dockerdPid()).toBe(d.pid);
    expect(reloads(d)).toBe(0);
    timings.push(`28.5.2 containerd: pull through the mirror ${Math.round(p.ms)} ms`);

    const remove = await runJson<RegistryChange>(box, [
      'registry',
      'mirror',
      'remove',
      'ghcr.io',
      MIRROR,
      ...engine(SID),
    ]);
    expect(remove.exitCode, remove.stderr).toBe(0);
    expectFileOnlyChange(remove.report, HOSTS_TOML);
    expect(remove.report).toMatchObject({ registry: 'ghcr.io', added: [], removed: [MIRROR] });
    expect(remove.report.endpoints?.map((e) => e.endpoint)).toEqual(['https://ghcr.io/v2']);
    expect(existsSync(box.hostPath(HOSTS_TOML)) ? readFileSync(box.hostPath(HOSTS_TOML), 'utf8') : '').not.toContain(
      MIRROR,
    );
    await rmi(GHCR_IMAGE);
    expectGhcrUnreachable(await pull(GHCR_IMAGE));
    expect(mirroredPulls()).toBe(before + 1);
    expect(await dockerdPid()).toBe(d.pid);
    expect(reloads(d)).toBe(0);
  });

  it('registry trust registry.test:5443 --ca ca.pem → the TLS pull that failed on x509 succeeds; no insecure-registries', async () => {
    const daemonJson = readFileSync(box.hostPath('/etc/docker/daemon.json'), 'utf8');
    expectUnknownAuthority(await pull(TRUSTED_IMAGE));

    const trust = await runJson<RegistryChange>(box, [
      'registry',
      'trust',
      TRUSTED,
      '--ca',
      `${LAB}/ca.pem`,
      ...engine(SID),
    ]);
    expect(trust.exitCode, trust.stderr).toBe(0);
    expectFileOnlyChange(trust.report, TRUSTED_CA);
    expect(trust.report.registry).toBe(TRUSTED);
    expect(readFileSync(box.hostPath(TRUSTED_CA), 'utf8')).toBe(readFileSync(box.hostPath(`${LAB}/ca.pem`), 'utf8'));
    // dockerd takes every *.crt there as a CA: nothing else (a backup, a temp file) may be left in it.
    expect(readdirSync(dirname(box.hostPath(TRUSTED_CA)))).toEqual(['ca.crt']);

    const p = await pull(TRUSTED_IMAGE);
    expect(p.exitCode, p.output).toBe(0);
    expect(p.output).toContain(`Status: Downloaded newer image for ${TRUSTED_IMAGE}`);
    // Trusted, not made insecure: daemon.json is as it was, and dockerd counts registry.test as secure.
    expect(readFileSync(box.hostPath('/etc/docker/daemon.json'), 'utf8')).toBe(daemonJson);
    const registryConfig = JSON.parse(await sh(box, "docker info --format '{{json .RegistryConfig}}'")) as {
      InsecureRegistryCIDRs: string[];
      IndexConfigs: Record<string, { Secure: boolean }>;
    };
    expect(registryConfig.InsecureRegistryCIDRs.sort()).toEqual(['127.0.0.0/8', '::1/128']);
    expect(registryConfig.IndexConfigs[TRUSTED]).toBeUndefined();
    expect(await dockerdPid()).toBe(d.pid);
    expect(reloads(d)).toBe(0);
  });
});

// Measurements: the same files written by hand, for the stores and versions the CLI must tell apart;
// `registry list` must predict what was measured.
describe('measured: which dockerd and store read certs.d/<host>/hosts.toml and ca.crt, per pull', () => {
  /** A fresh daemon: the mirror's hosts.toml → the ghcr.io pull; the CA → the registry.test pull. */
  async function measure(build: Build, store: Running['store']): Promise<{ mirrorUsed: boolean; caRead: boolean }> {
    const d = await startDockerd(build, store);
    mkdirSync(dirname(box.hostPath(HOSTS_TOML)), { recursive: true });
    writeFileSync(box.hostPath(HOSTS_TOML), MIRROR_TOML);
    const before = mirroredPulls();
    const viaMirror = await pull(GHCR_IMAGE);
    const mirrorUsed = viaMirror.exitCode === 0;
    expect(mirroredPulls()).toBe(before + (mirrorUsed ? 1 : 0));
    if (!mirrorUsed) expectGhcrUnreachable(viaMirror);

    // What our CLI says a ghcr.io pull tries first, for this version and store (read from daemon.json).
    const list = await runJson<{ imageStore: string; registries: { registry: string; endpoints: Endpoint[] }[] }>(box, [
      'registry',
      'list',
      ...engine(build),
    ]);
    expect(list.report.imageStore).toBe(store);
    const ghcr = list.report.registries.find((r) => r.registry === 'ghcr.io');
    expect(ghcr?.endpoints[0]?.endpoint === `${MIRROR}/v2`, JSON.stringify(ghcr)).toBe(mirrorUsed);

    expectUnknownAuthority(await pull(TRUSTED_IMAGE));
    trustByHand();
    const trusted = await pull(TRUSTED_IMAGE);
    const caRead = trusted.exitCode === 0;
    if (caRead) expect(trusted.output).toContain(`Status: Downloaded newer image for ${TRUSTED_IMAGE}`);
    expect(await dockerdPid()).toBe(d.pid);
    expect(reloads(d)).toBe(0);
    const line = `${build.version} ${store} store: hosts.toml mirror ${mirrorUsed ? 'used' : 'ignored'}, certs.d ca.crt ${caRead ? 'read on the next pull' : 'not read'} (same pid, no reload)`;
    timings.push(line);
    console.info(line);
    return { mirrorUsed, caRead };
  }

  it('28.5.2, classic store (overlay2): hosts.toml ignored; certs.d/HOST:PORT/ca.crt read on the next pull', async () => {
    expect(await measure(SID, 'classic')).toEqual({ mirrorUsed: false, caRead: true });
  });

  it('26.1.5, containerd image store: hosts.toml ignored; certs.d/HOST:PORT/ca.crt read on the next pull', async () => {
    expect(await measure(TRIXIE, 'containerd')).toEqual({ mirrorUsed: false, caRead: true });
  });

  it('26.1.5, classic store: hosts.toml ignored; certs.d/HOST:PORT/ca.crt read on the next pull', async () => {
    expect(await measure(TRIXIE, 'classic')).toEqual({ mirrorUsed: false, caRead: true });
  });

  it('28.5.2, containerd image store, the same files by hand: hosts.toml used; ca.crt read (the control)', async () => {
    expect(await measure(SID, 'containerd')).toEqual({ mirrorUsed: true, caRead: true });
    // Every "no reload" above counts this line in dockerd's log: a SIGHUP does write it.
    const d = running!;
    await sh(box, `kill -HUP ${d.pid}`);
    await expect.poll(() => reloads(d), { timeout: 5000 }).toBe(1);
  });
});
