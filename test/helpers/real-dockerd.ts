// Runs corpus cases against a real dockerd binary: a TypeScript port of
// /work/shared/corpus/run-corpus.sh with the same semantics (isolation flags, verdicts, error line).
// Every daemon gets its own temp dir, data-root, exec-root, pidfile and unix socket; only processes
// started here (dockerd, the containerd it spawned, a case's .pre helpers) are signalled, by pid.
import { spawn, execFile } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { configPath, dockerdArgs, substituteBytes, type CorpusCase, type Placeholders } from './corpus.js';
import { anonymise, errorLine, warnings } from './dockerd-log.js';

export type DockerdVerdict = 'yes' | 'no' | 'exit0' | 'timeout';

export interface DockerdBinary {
  path: string;
  /** X.Y.Z, for reports */
  version: string;
  /** "28.5.2+dfsg4": what the tool detects and --engine-version takes */
  full: string;
  /** as `dockerd --version` prints it */
  raw: string;
}

/** A case made concrete: its temp dir, port and dockerd's argument list. */
export interface PreparedCase {
  name: string;
  tmp: string;
  port: number;
  configPath: string;
  args: string[];
}

/** The subset of GET /info a check compares. */
export interface DaemonInfo {
  Debug?: boolean;
  Labels?: string[] | null;
  RegistryConfig?: {
    Mirrors?: string[] | null;
    InsecureRegistryCIDRs?: string[] | null;
    IndexConfigs?: Record<
      string,
      { Name: string; Mirrors: string[] | null; Secure: boolean; Official: boolean }
    > | null;
  };
}

export interface DockerdRun {
  name: string;
  verdict: DockerdVerdict;
  /** dockerd's error line ($TMP/$PORT/$PREPID anonymised); '' when it served. */
  errorLine: string;
  exitCode: number | null;
  warnings: string[];
  /** GET /info of a daemon that served over a reachable socket. */
  info?: DaemonInfo;
  /** The whole log, anonymised. */
  log: string;
  durationMs: number;
}

export interface RunOptions<T> {
  /** Seconds to wait for the daemon to serve or exit (run-corpus.sh: CASE_TIMEOUT, 40). */
  timeoutSeconds?: number;
  /** Runs after the case dir is set up and .pre has run, before dockerd starts (e.g. our validator). */
  beforeStart?: (prepared: PreparedCase) => Promise<T>;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const run = promisify(execFile);

/** Fails loudly when the binary is missing or does not run: the daemon tests never skip. */
export async function dockerdBinary(path: string): Promise<DockerdBinary> {
  if (!existsSync(path)) throw new Error(`dockerd binary ${path} is missing; run as root: bash scripts/provision.sh`);
  const { stdout } = await run(path, ['--version']);
  const m = /version (\d+\.\d+\.\d+)/.exec(stdout);
  if (!m?.[1]) throw new Error(`cannot read the version of ${path} from: ${stdout}`);
  // "28.5.2+dfsg4": the version as the tool detects it on a host, build suffix included.
  const full = /version (\d+\.\d+\.\d+[^\s,]*)/.exec(stdout)?.[1] ?? m[1];
  return { path, version: m[1], full, raw: stdout.trim() };
}

// dockerd processes still running: if the test process exits early (a thrown hook, ^C in
// watch mode, a hook timeout whose work goes on), they are stopped rather than left listening.
const liveDaemons = new Set<number>();
let stopped = false;

/** Stops every dockerd this process started and starts no more: a file's afterAll calls it. */
export function stopLiveDaemons(): void {
  stopped = true;
  for (const pid of liveDaemons) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
}
process.on('exit', stopLiveDaemons);

// Ports handed out to cases still running, so concurrent cases never share one.
const reservedPorts = new Set<number>();

function canListen(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', (err: NodeJS.ErrnoException) =>
      resolve(err.code === 'EADDRNOTAVAIL' || err.code === 'EAFNOSUPPORT'),
    );
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

async function reservePort(): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const port = 20000 + Math.floor(Math.random() * 30000);
    if (reservedPorts.has(port)) continue;
    if ((await canListen(port, '127.0.0.1')) && (await canListen(port, '::1'))) {
      reservedPorts.add(port);
      return port;
    }
  }
  throw new Error('no free 127.0.0.1 port found in 50 tries');
}

export interface HttpTarget {
  socketPath?: string;
  host?: string;
  port?: number;
}

/** GET over a unix socket or TCP: the body of a 200 answer, else undefined. */
export function httpGet(target: HttpTarget, path: string, timeoutMs: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const req = request({ ...target, path, method: 'GET', timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve(res.statusCode === 200 ? Buffer.concat(chunks).toString('utf8') : undefined));
      res.on('error', () => resolve(undefined));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(undefined));
    req.end();
  });
}

/** An API endpoint of this case that answers GET /_ping with OK: a unix socket in its dir, or 127.0.0.1:PORT. */
async function pingApi(tmp: string, port: number): Promise<HttpTarget | undefined> {
  for (const entry of readdirSync(tmp)) {
    if (!entry.endsWith('.sock')) continue;
    const socketPath = join(tmp, entry);
    try {
      if (!statSync(socketPath).isSocket()) continue;
    } catch {
      continue;
    }
    if ((await httpGet({ socketPath }, '/_ping', 2000)) === 'OK') return { socketPath };
  }
  const tcp = { host: '127.0.0.1', port };
  return (await httpGet(tcp, '/_ping', 2000)) === 'OK' ? tcp : undefined;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM, then SIGKILL if it is still there after `graceMs`. */
async function stopPid(pid: number, graceMs: number): Promise<void> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  for (let waited = 0; waited < graceMs && alive(pid); waited += 100) await sleep(100);
  if (alive(pid)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

function readPid(path: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 1 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

/**
 * Processes our dockerd left behind: the containerd named in its pidfile, and anything whose
 * command line names this case's unique temp dir (only our own daemon's children can).
 */
function leftovers(tmp: string): number[] {
  const pids = new Set<number>();
  const containerd = readPid(join(tmp, 'exec/containerd/containerd.pid'));
  if (containerd !== undefined && cmdline(containerd).includes('containerd')) pids.add(containerd);
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (Number.isInteger(pid) && pid !== process.pid && cmdline(pid).includes(`${tmp}/`)) pids.add(pid);
  }
  return [...pids];
}

/** Mount points at or under `dir`, deepest first (/proc/mounts escapes spaces as \040). */
function mountsUnder(dir: string): string[] {
  return readFileSync('/proc/mounts', 'utf8')
    .split('\n')
    .map((line) =>
      (line.split(' ')[1] ?? '').replace(/\\(\d{3})/g, (_, o: string) => String.fromCharCode(Number.parseInt(o, 8))),
    )
    .filter((m) => m === dir || m.startsWith(`${dir}/`))
    .sort()
    .reverse();
}

/** dockerd bind-mounts its data-root onto itself and does not always undo it. */
async function unmountAndRemove(dir: string): Promise<void> {
  for (const m of mountsUnder(dir)) {
    await run('umount', [m]).catch(() => run('umount', ['-l', m]).catch(() => undefined));
  }
  const left = mountsUnder(dir);
  if (left.length > 0) throw new Error(`left ${dir}: still mounted: ${left.join(', ')}`);
  rmSync(dir, { recursive: true, force: true });
}

function runPre(prePath: string, tmp: string, port: number): Promise<void> {
  const out = openSync(join(tmp, 'pre.log'), 'w');
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [prePath], {
      cwd: tmp,
      env: { ...process.env, T: tmp, PORT: String(port), LC_ALL: 'C' },
      stdio: ['ignore', out, out],
    });
    child.on('error', reject);
    // 'exit', not 'close': helpers it left running keep no pipe of ours open.
    child.on('exit', () => {
      closeSync(out);
      resolve();
    });
  });
}

/** dockerd's environment: ours, minus variables that would change its defaults between machines. */
function dockerdEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { LC_ALL: 'C' };
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith('DOCKER_') && k !== 'NOTIFY_SOCKET' && k !== 'LISTEN_FDS' && k !== 'LISTEN_PID') env[k] = v;
  }
  env.LC_ALL = 'C';
  env.PATH = `${env.PATH ?? ''}:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`;
  return env;
}

/** Set up the case's temp dir: substituted daemon.json, .pre run. */
async function prepare(c: CorpusCase): Promise<PreparedCase> {
  const tmp = mkdtempSync('/tmp/dcorpus.');
  const port = await reservePort();
  const p: Placeholders = { tmp, port };
  const json = substituteBytes(c.json, p);
  writeFileSync(configPath(p), json);
  const args = dockerdArgs(json.toString('latin1'), c.flags, p, c.ownNetwork);
  if (c.prePath) await runPre(c.prePath, tmp, port);
  return { name: c.name, tmp, port, configPath: configPath(p), args };
}

/** Run one case against one dockerd binary; always cleans up what it started. */
export async function runCase<T>(
  binary: string,
  c: CorpusCase,
  options: RunOptions<T> = {},
): Promise<{ run: DockerdRun; extra?: T }> {
  const started = Date.now();
  const prepared = await prepare(c);
  const { tmp, port } = prepared;
  try {
    const extra = options.beforeStart ? await options.beforeStart(prepared) : undefined;
    const logPath = join(tmp, 'log');
    const out = openSync(logPath, 'w');
    // unshare execs dockerd in the new namespace: the pid we track is dockerd's.
    const [command, args] = c.ownNetwork
      ? ['unshare', ['--net', '--', binary, ...prepared.args]]
      : [binary, prepared.args];
    // After afterAll (a timed-out hook's cases still running), no new daemon may start.
    if (stopped) throw new Error('the test file has ended: no more dockerd is started');
    // cwd in the case's own directory: a relative path in the case (a fuzzed deprecated-key-path,
    // say) is written there, not into the checkout.
    const child = spawn(command, args, { cwd: tmp, env: dockerdEnv(), stdio: ['ignore', out, out] });
    closeSync(out);
    if (child.pid !== undefined) liveDaemons.add(child.pid);
    let exitCode: number | null | undefined;
    const exited = new Promise<void>((resolve) => {
      child.on('exit', (code, signal) => {
        if (child.pid !== undefined) liveDaemons.delete(child.pid);
        exitCode = code ?? (signal ? 128 : null);
        resolve();
      });
      child.on('error', () => {
        exitCode = 127;
        resolve();
      });
    });
    const readLog = (): string => (existsSync(logPath) ? readFileSync(logPath, 'utf8') : '');

    let verdict: DockerdVerdict = 'timeout';
    let endpoint: HttpTarget | undefined;
    const deadline = Date.now() + (options.timeoutSeconds ?? 40) * 1000;
    while (Date.now() < deadline) {
      if (readLog().includes('API listen on')) {
        verdict = 'yes';
        break;
      }
      // "API listen on" is an info line: a quieter log-level hides it, so ask the API itself.
      endpoint = await pingApi(tmp, port);
      if (endpoint) {
        verdict = 'yes';
        break;
      }
      if (exitCode !== undefined) {
        verdict = exitCode === 0 ? 'exit0' : 'no';
        break;
      }
      await sleep(100);
    }

    let info: DaemonInfo | undefined;
    if (verdict === 'yes') {
      endpoint ??= await pingApi(tmp, port);
      const raw = endpoint ? await httpGet(endpoint, '/info', 5000) : undefined;
      if (raw !== undefined) info = JSON.parse(raw) as DaemonInfo;
    }
    if (exitCode === undefined && child.pid !== undefined) {
      await stopPid(child.pid, 15_000);
      await exited;
    }

    for (const pid of leftovers(tmp)) await stopPid(pid, 5_000);
    const prePids = (existsSync(join(tmp, 'pre.pids')) ? readFileSync(join(tmp, 'pre.pids'), 'utf8') : '')
      .split('\n')
      .map((l) => Number.parseInt(l, 10))
      .filter((pid) => Number.isInteger(pid) && pid > 1);
    for (const pid of prePids) {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    }

    const log = readLog();
    const a = { tmp, port, prePids };
    const dockerdRun: DockerdRun = {
      name: c.name,
      verdict,
      errorLine: verdict === 'yes' ? '' : anonymise(errorLine(log), a),
      exitCode: exitCode ?? null,
      warnings: warnings(log).map((w) => anonymise(w, a)),
      info,
      log: anonymise(log, a),
      durationMs: Date.now() - started,
    };
    return { run: dockerdRun, extra };
  } finally {
    reservedPorts.delete(port);
    await unmountAndRemove(tmp);
  }
}

/** Run cases a few at a time (the machine has 2 cores; dockerd mostly waits). Results keep the input order. */
export async function runCases<T>(
  binary: string,
  cases: readonly CorpusCase[],
  options: RunOptions<T> & { concurrency?: number } = {},
): Promise<Array<{ case: CorpusCase; run: DockerdRun; extra?: T }>> {
  const results: Array<{ case: CorpusCase; run: DockerdRun; extra?: T }> = new Array(cases.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < cases.length) {
      const i = next++;
      const c = cases[i]!;
      results[i] = { case: c, ...(await runCase(binary, c, options)) };
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 3, cases.length) }, worker));
  return results;
}
