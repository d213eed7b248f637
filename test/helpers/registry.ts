// A real registry for the mirror tests: Debian's docker-registry (distribution 2.8) listening on
// 127.0.0.1 inside a network namespace that only has `lo`, so nothing can reach or leave it, and
// a tiny image pushed to it without internet (tini-static imported as library/<name>:latest).
// An sdbox booted into the same netns (bootSdbox(name, { netns })) pulls through it as a mirror.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { httpGet } from './real-dockerd.js';
import {
  cleanEnv,
  killQuietly,
  mustRun,
  onExitCleanup,
  runCommand,
  stopBox,
  type ExecOptions,
  type ExecResult,
} from './boxes.js';

/** The docker CLI from Debian's docker.io (not another docker on PATH). */
export const DOCKER_CLI = '/usr/bin/docker';
const TINI_STATIC = '/usr/bin/tini-static';

export interface Registry {
  /** http://127.0.0.1:PORT, valid inside `netns`. */
  url: string;
  netns: string;
  port: number;
  /** Its temp dir: config.yml, data/, registry.log. */
  dir: string;
  /** The registry's log so far. */
  log(): string;
  /** Requests it has served, in order, from its access log: e.g. 'HEAD /v2/library/x/manifests/latest'. */
  requests(): string[];
  /** Stops the registry, deletes the netns and the temp dir; safe to call twice. */
  stop(): Promise<void>;
}

export interface TinyImage {
  /** What a Docker Hub pull through the mirror names: `docker pull <pullName>`. */
  pullName: string;
  /** Where it is in the registry: 127.0.0.1:PORT/library/<name>:latest. */
  reference: string;
  /** What `docker run <pullName>` prints (its entrypoint is `/tini --version`). */
  runOutput: RegExp;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
// Every temp dir of this helper starts so: how a later run recognises what an earlier one left.
const TEMP_PREFIX = '/var/tmp/dcreg-';

const readOr = (path: string, fallback: string): string => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return fallback;
  }
};

/** Runs a host command in the network namespace (nsenter, not `ip netns exec`: that remounts /sys and hides the cgroups dockerd needs). */
export function inNetns(netns: string, cmd: readonly string[], options?: ExecOptions): Promise<ExecResult> {
  return runCommand('nsenter', [`--net=/run/netns/${netns}`, '--', ...cmd], options);
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves when the child has exited. */
async function stopChild(child: ChildProcess, graceMs: number): Promise<void> {
  if (exited(child) || child.pid === undefined) return;
  const gone = new Promise<void>((r) => child.once('exit', () => r()));
  killQuietly(child.pid, 'SIGTERM');
  const timer = setTimeout(() => child.pid !== undefined && killQuietly(child.pid, 'SIGKILL'), graceMs);
  await gone;
  clearTimeout(timer);
}

/**
 * Starts `cmd` in the netns with its output appended to `logPath`. It gets SIGKILL if this
 * process dies without cleaning up (setpriv --pdeathsig), so a killed test run leaves no daemon.
 */
function spawnInNetns(netns: string, cmd: readonly string[], logPath: string): ChildProcess {
  const log = openSync(logPath, 'a');
  try {
    return spawn('nsenter', [`--net=/run/netns/${netns}`, '--', 'setpriv', '--pdeathsig', 'KILL', '--', ...cmd], {
      stdio: ['ignore', log, log],
      env: cleanEnv(),
    });
  } finally {
    closeSync(log);
  }
}

const netnsPids = async (netns: string): Promise<number[]> =>
  (await mustRun('ip', ['netns', 'pids', netns])).stdout.split(/\s+/).filter(Boolean).map(Number);

/**
 * A netns of this name left by a run that was killed: end what our helpers left in it (an sdbox,
 * found by its cgroup; a registry or pushing dockerd, found by our temp dir in its command line)
 * and delete it. Anything else in it is not ours: fail and name it.
 */
async function removeStaleNetns(netns: string): Promise<void> {
  const boxes = new Set<string>();
  const foreign: string[] = [];
  for (const pid of await netnsPids(netns)) {
    const box = /:\/sdbox-([a-z0-9-]+)(?:\/|$)/m.exec(readOr(`/proc/${pid}/cgroup`, ''))?.[1];
    const cmdline = readOr(`/proc/${pid}/cmdline`, '').replaceAll('\0', ' ');
    if (box) boxes.add(box);
    else if (cmdline.includes(TEMP_PREFIX)) killQuietly(pid, 'SIGKILL');
    else if (cmdline) foreign.push(`${pid} ${cmdline}`);
  }
  if (foreign.length > 0)
    throw new Error(
      `netns ${netns} already exists and has processes that are not this harness's:\n${foreign.join('\n')}`,
    );
  for (const box of boxes) await stopBox('sdbox', box);
  for (let i = 0; i < 100 && (await netnsPids(netns)).length > 0; i++) await sleep(50);
  await mustRun('ip', ['netns', 'del', netns]);
}

async function createNetns(netns: string): Promise<void> {
  if (!/^[a-z0-9][a-z0-9-]{0,30}$/.test(netns)) throw new Error(`bad netns name ${JSON.stringify(netns)}`);
  if (existsSync(`/run/netns/${netns}`)) await removeStaleNetns(netns);
  await mustRun('ip', ['netns', 'add', netns]);
  await mustRun('nsenter', [`--net=/run/netns/${netns}`, '--', 'ip', 'link', 'set', 'lo', 'up']);
}

function registryConfig(dir: string, port: number): string {
  return [
    'version: 0.1',
    'log:',
    '  level: info',
    '  accesslog:',
    '    disabled: false',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${join(dir, 'data')}`,
    '  delete:',
    '    enabled: true',
    'http:',
    `  addr: "127.0.0.1:${port}"`,
    '',
  ].join('\n');
}

/** Temp dirs of earlier test processes that are gone (killed before their cleanup ran). */
function removeOrphanedTempDirs(): void {
  const parent = dirname(TEMP_PREFIX);
  for (const entry of readdirSync(parent)) {
    const dir = join(parent, entry);
    if (!dir.startsWith(TEMP_PREFIX)) continue;
    const owner = Number.parseInt(readOr(join(dir, 'owner.pid'), ''), 10);
    if (Number.isInteger(owner) && owner > 0 && existsSync(`/proc/${owner}`)) continue;
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Creates the netns (only `lo`, up) and starts the registry in it; returns once /v2/ answers 200. */
export async function startRegistry(options: { netns: string; port: number; timeoutMs?: number }): Promise<Registry> {
  const { netns, port } = options;
  if (process.getuid?.() !== 0) throw new Error('the registry helper needs root (ip netns, nsenter)');
  removeOrphanedTempDirs();
  const dir = mkdtempSync(TEMP_PREFIX);
  writeFileSync(join(dir, 'owner.pid'), String(process.pid));
  const logPath = join(dir, 'registry.log');
  const configPath = join(dir, 'config.yml');
  writeFileSync(configPath, registryConfig(dir, port));
  let child: ChildProcess | undefined;
  const removeSync = (): void => {
    if (child?.pid !== undefined && !exited(child)) killQuietly(child.pid, 'SIGKILL');
    try {
      // Synchronous on purpose: also used from the process 'exit' handler.
      spawnSync('ip', ['netns', 'del', netns], { stdio: 'ignore' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const registration = onExitCleanup(`netns:${netns}`, removeSync);
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      if (child) await stopChild(child, 5000);
      const del = await runCommand('ip', ['netns', 'del', netns]);
      rmSync(dir, { recursive: true, force: true });
      registration.release();
      if (del.exitCode !== 0 && existsSync(`/run/netns/${netns}`))
        throw new Error(`ip netns del ${netns}: ${del.stderr}`);
    })());
  try {
    await createNetns(netns);
    child = spawnInNetns(netns, ['docker-registry', 'serve', configPath], logPath);
    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + (options.timeoutMs ?? 10_000);
    for (;;) {
      const probe = await inNetns(netns, ['curl', '-s', '-o', '/dev/null', '-w', '%{http_code}', `${url}/v2/`], {
        timeoutMs: 5000,
      });
      if (probe.stdout === '200') break;
      if (exited(child))
        throw new Error(
          `docker-registry exited (${child.exitCode ?? child.signalCode}):\n${readFileSync(logPath, 'utf8')}`,
        );
      if (Date.now() > deadline)
        throw new Error(
          `the registry at ${url} (netns ${netns}) did not answer /v2/ in time:\n${readFileSync(logPath, 'utf8')}`,
        );
      await sleep(25);
    }
    const log = (): string => readFileSync(logPath, 'utf8');
    const requests = (): string[] =>
      [...log().matchAll(/^\S+ - \S+ \[[^\]]*\] "(\S+) (\S+) HTTP\/[\d.]+"/gm)].map((m) => `${m[1]} ${m[2]}`);
    return { url, netns, port, dir, log, requests, stop };
  } catch (err) {
    await stop().catch(() => undefined);
    throw err;
  }
}

/** dockerd stops the containerd it started, unless it was killed: then end that one by its pidfile. */
function endLeftoverContainerd(dockerdDir: string): void {
  const pid = Number.parseInt(readOr(join(dockerdDir, 'x/containerd/containerd.pid'), '').trim(), 10);
  if (Number.isInteger(pid) && pid > 1 && readOr(`/proc/${pid}/cmdline`, '').includes(dockerdDir))
    killQuietly(pid, 'SIGKILL');
}

/**
 * Pushes tini-static as <registry>/library/<name>:latest, so that `docker pull <name>` works through
 * the registry as a Docker Hub mirror. The push needs a dockerd: a throwaway one in the same netns
 * (vfs, no bridge, no iptables, its own data and exec root, its own mount namespace so its mounts
 * vanish with it), stopped by pid when done.
 */
export async function pushTinyImage(registry: Registry, name: string): Promise<TinyImage> {
  if (!/^[a-z0-9]+(?:[._-][a-z0-9]+)*$/.test(name)) throw new Error(`bad image name ${JSON.stringify(name)}`);
  const d = join(registry.dir, 'p'); // short: containerd's sockets under it must fit in 108 bytes
  mkdirSync(join(d, 'img'), { recursive: true });
  writeFileSync(join(d, 'daemon.json'), '{}\n');
  const sock = join(d, 'd.sock');
  const logPath = join(d, 'dockerd.log');
  const dockerd = spawnInNetns(
    registry.netns,
    [
      'unshare',
      '--mount',
      '--propagation',
      'private',
      'dockerd',
      '--data-root',
      join(d, 'root'),
      '--exec-root',
      join(d, 'x'),
      '-p',
      join(d, 'd.pid'),
      '-H',
      `unix://${sock}`,
      '--iptables=false',
      '--bridge=none',
      '--storage-driver=vfs',
      '--config-file',
      join(d, 'daemon.json'),
    ],
    logPath,
  );
  const cleanup = onExitCleanup(`pusher:${registry.netns}`, () => {
    if (dockerd.pid !== undefined && !exited(dockerd)) killQuietly(dockerd.pid, 'SIGKILL');
  });
  const reference = `127.0.0.1:${registry.port}/library/${name}:latest`;
  try {
    const deadline = Date.now() + 30_000;
    while ((await httpGet({ socketPath: sock }, '/_ping', 2000)) !== 'OK') {
      if (exited(dockerd))
        throw new Error(
          `the pushing dockerd exited (${dockerd.exitCode ?? dockerd.signalCode}):\n${readFileSync(logPath, 'utf8')}`,
        );
      if (Date.now() > deadline)
        throw new Error(`the pushing dockerd did not answer in 30 s:\n${readFileSync(logPath, 'utf8')}`);
      await sleep(25);
    }
    copyFileSync(TINI_STATIC, join(d, 'img', 'tini'));
    await mustRun('tar', ['-C', join(d, 'img'), '-cf', join(d, 'tiny.tar'), '.']);
    const env = cleanEnv({ DOCKER_CONFIG: join(d, 'cli') });
    const docker = (...args: string[]): Promise<ExecResult> =>
      mustRun(DOCKER_CLI, ['-H', `unix://${sock}`, ...args], { env, timeoutMs: 60_000 });
    await docker('import', '-c', 'ENTRYPOINT ["/tini","--version"]', join(d, 'tiny.tar'), reference);
    await docker('push', reference); // 127.0.0.0/8 is insecure by default: plain HTTP is fine
    const tags = await inNetns(registry.netns, ['curl', '-sf', `${registry.url}/v2/library/${name}/tags/list`]);
    if (!tags.stdout.includes('"latest"'))
      throw new Error(`pushed ${reference}, but the registry lists: ${tags.stdout} ${tags.stderr}`);
  } finally {
    await stopChild(dockerd, 20_000);
    endLeftoverContainerd(d);
    cleanup.release();
    rmSync(d, { recursive: true, force: true });
  }
  return { pullName: name, reference, runOutput: /tini version \d+\.\d+\.\d+/ };
}
