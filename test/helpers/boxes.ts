// Real-component test boxes for the daemon tests (issue 3): a Debian container with a real systemd
// and docker.io (test/infra/sdbox.sh) and a sysvinit-style namespace on this host
// (test/infra/nsbox.sh), plus the process plumbing the registry helper shares. Everything started
// here is stopped by `stop()`; what a test file leaves running is stopped after its last afterAll,
// or when the worker exits or gets SIGTERM/SIGINT/SIGHUP. A box or netns left by a killed run is
// cleaned up by the next boot/start of the same name.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

/** The checkout the tests run from; sdbox binds it read-only at this same path. */
export const checkout = realpathSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..'));
const scripts = { sdbox: join(checkout, 'test/infra/sdbox.sh'), nsbox: join(checkout, 'test/infra/nsbox.sh') };

export interface ExecOptions {
  /** Written to the command's stdin (then closed); without it stdin is empty. */
  input?: string;
  /** Kill the command and throw after this long (default 120 s): a hang is a failure, never a result. */
  timeoutMs?: number;
}

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface Box {
  kind: 'sdbox' | 'nsbox';
  name: string;
  /** Runs `cmd` inside the box (no shell; clean environment with PATH, HOME, LANG=C.UTF-8, TERM=dumb). */
  exec(cmd: readonly string[], options?: ExecOptions): Promise<ExecResult>;
  /** Where a path inside the box is on the host, for writing its files directly. */
  hostPath(pathInside: string): string;
  /** Ends everything in the box and removes its files; safe to call twice. */
  stop(): Promise<void>;
}

export interface Sdbox extends Box {
  kind: 'sdbox';
  /** Host path of the container's / (its overlay: writes stay in this instance). */
  root: string;
  /** Host pid of the container's systemd. */
  leader: number;
}

export interface Nsbox extends Box {
  kind: 'nsbox';
  /** Host path of the box's files (etc-docker/, etc-default/, init.d-docker, var/, run/). */
  dir: string;
}

/** The environment our helper commands get: ours without what would redirect a docker client or daemon. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith('DOCKER_') && k !== 'NOTIFY_SOCKET' && k !== 'LISTEN_FDS' && k !== 'LISTEN_PID') env[k] = v;
  }
  env.PATH = `${env.PATH ?? ''}:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`;
  env.LANG = 'C.UTF-8';
  return { ...env, ...extra };
}

// Commands still running, by pid, and resources not stopped yet (boxes, the registry's netns),
// each with a synchronous cleanup. What a test leaves behind is ended at the latest when its file
// is done (afterAll below) or when the worker ends: vitest stops its workers with SIGTERM, which
// runs no 'exit' handler by itself.
const runningCommands = new Set<number>();
const exitCleanups = new Map<string, () => void>();

function runCleanups(): string[] {
  for (const pid of runningCommands) killTreeSync(pid);
  runningCommands.clear();
  const left = [...exitCleanups.keys()];
  for (const [key, cleanup] of [...exitCleanups].reverse()) {
    exitCleanups.delete(key);
    try {
      cleanup();
    } catch (err) {
      process.stderr.write(`cleanup of ${key} failed: ${String(err)}\n`);
    }
  }
  return left;
}

process.once('exit', () => void runCleanups());
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
  process.once(signal, () => {
    runCleanups();
    // Keep the default outcome (terminate by this signal) unless someone else handles it.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  });
}
// Registered while the test file is collected, so it runs after the file's own afterAll hooks.
afterAll(() => {
  const left = runCleanups();
  if (left.length > 0)
    process.stderr.write(`test/helpers: stopped what the test file left running: ${left.join(', ')}\n`);
});

/** Registers `cleanup` to run if the process exits before `release()` is called. */
export function onExitCleanup(key: string, cleanup: () => void): { release(): void } {
  if (exitCleanups.has(key)) throw new Error(`${key} is already in use by this test process`);
  exitCleanups.set(key, cleanup);
  return { release: () => exitCleanups.delete(key) };
}

/** Host pids of every live descendant of `pid`, children before grandchildren. */
export function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // "pid (comm) state ppid …": comm may contain spaces and parentheses, so read after the last ')'
    const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (state === 'Z') continue;
    const list = children.get(Number(ppid)) ?? [];
    list.push(Number(entry));
    children.set(Number(ppid), list);
  }
  const found: number[] = [];
  for (let i = -1; i < found.length; i++) found.push(...(children.get(i < 0 ? pid : found[i]!) ?? []));
  return found;
}

/**
 * Kills what a command we started has started (its live descendants), deepest first, but not the
 * command itself: nsenter must stay to reap its child inside the box. Killed first, it would leave
 * that child to the host's PID 1, which here never reaps it, and the box's poweroff then waits
 * 10 s on the zombie. The caller kills `pid` only if it does not exit by itself.
 */
export function killDescendants(pid: number): void {
  for (const p of descendants(pid).reverse()) killQuietly(p, 'SIGKILL');
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return !/^\S+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

/** killDescendants, a short wait for `pid` to exit by itself, then SIGKILL. Synchronous (exit handler). */
function killTreeSync(pid: number): void {
  killDescendants(pid);
  const tick = new Int32Array(new SharedArrayBuffer(4));
  for (let waited = 0; waited < 1000 && alive(pid); waited += 20) Atomics.wait(tick, 0, 0, 20);
  killQuietly(pid, 'SIGKILL');
}

export function killQuietly(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    /* already gone */
  }
}

/**
 * Runs a host command (no shell) and collects its output. A timeout kills it and throws. Resolves
 * once the process has exited and its pipes closed, or 2 s after exit when a daemon it started in
 * the background still holds them (that daemon belongs to a box and ends with it).
 */
export function runCommand(
  file: string,
  args: readonly string[],
  options: ExecOptions & { env?: NodeJS.ProcessEnv } = {},
): Promise<ExecResult> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { env: options.env ?? cleanEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => stdout.push(c));
    child.stderr.on('data', (c: Buffer) => stderr.push(c));
    child.stdin.on('error', () => undefined); // a command that does not read its input
    child.stdin.end(options.input ?? '');
    const pid = child.pid;
    if (pid !== undefined) runningCommands.add(pid);
    const text = (chunks: Buffer[]): string => Buffer.concat(chunks).toString('utf8');
    let exitCode: number | null = null;
    let settled = false;
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(closeGrace);
      if (pid !== undefined) runningCommands.delete(pid);
      fn();
    };
    // On timeout: end what it started, give it a second to exit by itself, then kill it; the
    // promise rejects once it has exited, so the next command finds the box clean.
    let timedOut = false;
    let lastResort: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      if (pid === undefined) return;
      killDescendants(pid);
      lastResort = setTimeout(() => killQuietly(pid, 'SIGKILL'), 1000);
    }, timeoutMs);
    let closeGrace: NodeJS.Timeout | undefined;
    child.on('error', (err) => finish(() => reject(err)));
    child.on('exit', (code, signal) => {
      clearTimeout(lastResort);
      if (timedOut) {
        finish(() =>
          reject(
            new Error(
              `${[file, ...args].join(' ')}: no result after ${timeoutMs} ms\nstdout: ${text(stdout)}\nstderr: ${text(stderr)}`,
            ),
          ),
        );
        return;
      }
      exitCode = code ?? (signal ? 128 : -1);
      closeGrace = setTimeout(() => {
        child.stdout.destroy();
        child.stderr.destroy();
        finish(() => resolve({ exitCode: exitCode ?? -1, stdout: text(stdout), stderr: text(stderr) }));
      }, 2000);
    });
    child.on('close', () =>
      finish(() => resolve({ exitCode: exitCode ?? -1, stdout: text(stdout), stderr: text(stderr) })),
    );
  });
}

/** Like runCommand, but a non-zero exit throws with the command's output. */
export async function mustRun(
  file: string,
  args: readonly string[],
  options: ExecOptions & { env?: NodeJS.ProcessEnv } = {},
): Promise<ExecResult> {
  const r = await runCommand(file, args, options);
  if (r.exitCode !== 0)
    throw new Error(`${[file, ...args].join(' ')} exited ${r.exitCode}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
  return r;
}

/** Stops a box by name (e.g. one an earlier, killed run left); throws when the script cannot clean it up. */
export async function stopBox(kind: Box['kind'], name: string): Promise<void> {
  await mustRun('bash', [scripts[kind], 'stop', name], { timeoutMs: 60_000 });
}

function requireRoot(): void {
  if (process.getuid?.() !== 0) throw new Error('the boxes need root (systemd-nspawn, namespaces, mounts)');
}

const script = (kind: Box['kind'], args: readonly string[], options?: ExecOptions): Promise<ExecResult> =>
  runCommand('bash', [scripts[kind], ...args], options);

/** The box's exec/stop, shared by both kinds; stop() runs the script's stop once. */
function boxBase(kind: Box['kind'], name: string): Pick<Box, 'exec' | 'stop'> & { register(): void } {
  let stopping: Promise<void> | undefined;
  let registration: { release(): void } | undefined;
  const stopSync = (): void => {
    execFileSync('bash', [scripts[kind], 'stop', name], { stdio: ['ignore', 'ignore', 'inherit'], env: cleanEnv() });
  };
  return {
    register() {
      registration = onExitCleanup(`${kind}:${name}`, stopSync);
    },
    exec: (cmd, options) => {
      if (cmd.length === 0) throw new Error('exec: empty command');
      return script(kind, ['exec', name, ...cmd], options);
    },
    stop() {
      stopping ??= (async () => {
        const r = await script(kind, ['stop', name], { timeoutMs: 60_000 });
        registration?.release();
        if (r.exitCode !== 0) throw new Error(`${kind} stop ${name} failed (exit ${r.exitCode}):\n${r.stderr}`);
      })();
      return stopping;
    },
  };
}

/**
 * Host path of `pathInside` under an sdbox's root. Refuses to go through a symlink: inside the box
 * /var/run -> /run is relative to the box, but on the host it would point at the host's /run.
 */
export function sdboxHostPath(root: string, pathInside: string): string {
  const parts = posix.resolve('/', pathInside).split('/').filter(Boolean);
  let host = root;
  for (const part of parts) {
    host = join(host, part);
    const stat = lstatSync(host, { throwIfNoEntry: false });
    if (!stat) break; // the rest is yet to be created: cannot be a symlink
    if (stat.isSymbolicLink())
      throw new Error(`${pathInside}: ${host} is a symlink inside the box; use the path it points to`);
  }
  return join(root, ...parts);
}

export interface SdboxOptions {
  /** Join /run/netns/<netns> (e.g. a registry's) instead of a private network; adds CAP_NET_ADMIN. */
  netns?: string;
  /** More systemd-nspawn options, e.g. ['--bind-ro=/host/dir:/in/box'] (no spaces inside one). */
  nspawnArgs?: readonly string[];
  /** Neither Node nor the checkout bound in (SDBOX_NO_NODE=1): a host without Node. */
  noNode?: boolean;
  timeoutMs?: number;
}

/** Boots a container with systemd as PID 1 and Debian's docker.io (its stock unit, no daemon.json). */
export async function bootSdbox(name: string, options: SdboxOptions = {}): Promise<Sdbox> {
  requireRoot();
  if (options.nspawnArgs?.some((a) => /\s/.test(a)))
    throw new Error('nspawnArgs: an option with whitespace cannot be passed through');
  const base = boxBase('sdbox', name);
  base.register(); // before booting: a boot interrupted half-way still gets cleaned up
  const boot = await runCommand('bash', [scripts.sdbox, 'boot', name, ...(options.netns ? [options.netns] : [])], {
    timeoutMs: options.timeoutMs ?? 120_000,
    env: cleanEnv({
      SDBOX_NSPAWN_ARGS: (options.nspawnArgs ?? []).join(' '),
      SDBOX_NO_NODE: options.noNode ? '1' : '',
    }),
  }).catch(async (err: unknown) => {
    await base.stop().catch(() => undefined);
    throw err;
  });
  if (boot.exitCode !== 0) {
    await base.stop().catch(() => undefined);
    throw new Error(`sdbox boot ${name} failed (exit ${boot.exitCode}):\n${boot.stderr}`);
  }
  if (boot.stderr.trim()) process.stderr.write(boot.stderr); // e.g. "booted degraded; failed units: …"
  try {
    const root = (await mustRun('bash', [scripts.sdbox, 'root', name])).stdout.trim();
    const leader = Number((await mustRun('bash', [scripts.sdbox, 'leader', name])).stdout.trim());
    return {
      kind: 'sdbox',
      name,
      root,
      leader,
      exec: base.exec,
      stop: base.stop,
      hostPath: (p) => sdboxHostPath(root, p),
    };
  } catch (err) {
    await base.stop().catch(() => undefined);
    throw err;
  }
}

// Paths inside an nsbox that are the box's own files, and where they are in its dir.
const NSBOX_PATHS: ReadonlyArray<readonly [string, string]> = [
  ['/etc/docker', 'etc-docker'],
  ['/etc/default', 'etc-default'],
  ['/etc/init.d/docker', 'init.d-docker'],
  ['/var/run', 'run'],
  ['/var/lock', 'run/lock'],
  ['/var', 'var'],
  ['/run', 'run'],
];

/** Host path of `pathInside` for an nsbox whose files are in `dir`; throws for the host's own files. */
export function nsboxHostPath(dir: string, pathInside: string): string {
  const p = posix.resolve('/', pathInside);
  for (const [inside, local] of NSBOX_PATHS) {
    if (p === inside || p.startsWith(`${inside}/`)) return join(dir, local, p.slice(inside.length));
  }
  throw new Error(
    `${p} is not one of the nsbox's own files (those are under ${NSBOX_PATHS.map(([i]) => i).join(', ')}); it is the host's`,
  );
}

/** Which /etc/init.d/docker an nsbox runs: the copy whose ulimit lines fit this host, or Debian's as is. */
export type InitScript = 'patched' | 'unpatched';

export interface NsboxOptions {
  /**
   * 'patched' (the default): the ulimit lines raised only to the hard limits, so `service docker
   * start` starts dockerd here. 'unpatched': Debian's script as is; here its `ulimit -n 1048576`
   * fails under `set -e` before start-stop-daemon runs (exit 2, stderr
   * "/etc/init.d/docker: 86: ulimit: error setting limit (Operation not permitted)").
   */
  initScript?: InitScript;
}

/** Starts the sysvinit namespace box (no systemd inside; `service docker …` runs the init script, patched unless asked). */
export async function startNsbox(name: string, options: NsboxOptions = {}): Promise<Nsbox> {
  requireRoot();
  const base = boxBase('nsbox', name);
  base.register();
  const started = await script('nsbox', ['start', name, `--${options.initScript ?? 'patched'}`], { timeoutMs: 30_000 });
  if (started.exitCode !== 0) {
    await base.stop().catch(() => undefined);
    throw new Error(`nsbox start ${name} failed (exit ${started.exitCode}):\n${started.stderr}`);
  }
  const dir = (await mustRun('bash', [scripts.nsbox, 'dir', name])).stdout.trim();
  return { kind: 'nsbox', name, dir, exec: base.exec, stop: base.stop, hostPath: (p) => nsboxHostPath(dir, p) };
}

/**
 * Swaps the running box's /etc/init.d/docker between the patched copy and Debian's script. The
 * file's content is rewritten in place (same inode), so the box's bind mount sees it at once; a
 * dockerd already running keeps running. Do not call it while the script runs.
 */
export async function setInitScript(box: Nsbox, which: InitScript): Promise<void> {
  await mustRun('bash', [scripts.nsbox, 'init-script', box.name, which]);
}

/** Which init script the box runs now. */
export async function initScriptOf(box: Nsbox): Promise<InitScript> {
  return (await mustRun('bash', [scripts.nsbox, 'init-script', box.name, 'show'])).stdout.trim() as InitScript;
}

export const cliEntry = join(checkout, 'bin', 'dockerd-config.js');

/** Runs our built CLI inside the box (`node <checkout>/bin/dockerd-config.js …`, NO_COLOR=1). */
export function cli(
  box: Box,
  args: readonly string[],
  options: ExecOptions & { env?: Record<string, string> } = {},
): Promise<ExecResult> {
  if (!existsSync(join(checkout, 'dist', 'cli.js')))
    throw new Error(`${checkout}/dist/cli.js is missing: run npm run build first`);
  const env = Object.entries({ NO_COLOR: '1', ...options.env }).map(([k, v]) => `${k}=${v}`);
  return box.exec(['env', ...env, 'node', cliEntry, ...args], options);
}
