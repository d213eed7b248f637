/**
 * Everything doctor's checks look at, gathered once and concurrently: the files and what the
 * validator says of them, the service manager's view, the daemon's recent log, the running
 * daemon's answers, the network probes, file modes. The checks are pure functions of this.
 */
import { readTail } from '../sources/fs-read.js';
import { interruptedChangeNote } from '../change/interrupted.js';
import { explainLog, type LogExplanation } from '../causes/index.js';
import { underRoot, type Ctx } from '../context.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { currentDiagnostics, effectiveSettings, validateState, type LoadedState } from '../change/state.js';
import { repairDaemonJson } from '../repair/index.js';
import { chooseDriver, type ManagerKind, type ServiceStatus } from '../service/index.js';
import type { LocatedSetting } from '../validate/model.js';
import {
  endpointsFor,
  firstDaemonInfo,
  ping,
  type DaemonInfo,
  type Endpoint,
  type PingResult,
} from '../verify/index.js';
import { gatherFiles, type FileFact } from './file-facts.js';
import { gatherProbes, hostsTomlEndpoints, type ProbeFacts } from './probe-facts.js';
import type { RegistryDir } from '../registries/report.js';
import { readCertsDir } from '../sources/certs-d.js';
import { certsDirFor } from '../probe/trust.js';
import { GROUPS, type Group } from './types.js';

export interface DoctorOptions {
  /** Skip the network probes (mirrors, registries). */
  offline: boolean;
  /** Per probe, in ms. */
  timeoutMs: number;
  strict: boolean;
  restartCmd?: string;
  /** dockerd's log file (with --restart-cmd, or a copy to read). */
  daemonLog?: string;
  /** Only this group's checks run: only the facts they need are gathered. */
  only?: Group;
}

export interface ServiceFacts {
  kind: ManagerKind;
  name: string;
  restartCommand: string;
  /** What reloads it (the restart command where nothing reloads). */
  reloadCommand: string;
  startCommand: string;
  canRestart: boolean;
  manualSteps?: string;
  /** Undefined when the service manager could not be asked. */
  status?: ServiceStatus;
}

export interface DaemonFacts {
  endpoints: Endpoint[];
  pings: PingResult[];
  /** /info from the first endpoint that answers. */
  info?: DaemonInfo;
  infoError?: string;
}

export interface Facts {
  state: LoadedState;
  /** The groups whose checks run (the facts only they need are not gathered for the others). */
  groups: ReadonlySet<Group>;
  /** The settings in effect, by key, with where each comes from (read past JSON damage `repair` mends). */
  settings: ReadonlyMap<string, LocatedSetting>;
  /** Keys of `settings` that come from `repair`'s recovery of a daemon.json that does not parse. */
  recovered: ReadonlySet<string>;
  /** The validator's verdict on the files as they are. */
  validation: Diagnostic[];
  /** Its verdict once `repair` has mended JSON damage (the same as `validation` for a sound file). */
  readableValidation: Diagnostic[];
  service: ServiceFacts;
  /** The daemon's recent log: the log file (`file`), or the journal. */
  log?: { text: string; file?: string };
  /** What the log says of dockerd's last start (its first error, classified). */
  lastStart?: LogExplanation;
  daemon: DaemonFacts;
  /** Undefined with --offline. */
  probes?: ProbeFacts;
  files: FileFact[];
  /** The registry certificate directory (certs.d) under --root. */
  certsDir: string;
  /** Its registry directories and the hosts.toml each holds (for the network group). */
  registryDirs: RegistryDir[];
  offline: boolean;
}

// How far back the journal is read: the last failures and starts, not the host's history.
export const JOURNAL_HOURS = 6;
const JOURNAL_WINDOW_MS = JOURNAL_HOURS * 3600_000;
const LOG_FILE_TAIL_BYTES = 512 * 1024;

function tailOfFile(ctx: Ctx, path: string): string | undefined {
  const tail = readTail(ctx, path, LOG_FILE_TAIL_BYTES);
  return tail && Buffer.from(tail).toString('utf8');
}

async function gatherLog(
  ctx: Ctx,
  driver: ReturnType<typeof chooseDriver>,
  options: DoctorOptions,
): Promise<Facts['log']> {
  if (options.daemonLog !== undefined) {
    const text = tailOfFile(ctx, options.daemonLog);
    return text === undefined ? undefined : { text, file: options.daemonLog };
  }
  const mark = await driver.markLog();
  if (mark.kind === 'journal') {
    const text = await driver.logSince({ kind: 'journal', since: new Date(ctx.now().getTime() - JOURNAL_WINDOW_MS) });
    return { text };
  }
  // Without a service manager to ask (--root, Desktop): the log file the init script writes, if any.
  const path = mark.kind === 'file' ? mark.path : underRoot(ctx, '/var/log/docker.log');
  const text = tailOfFile(ctx, path);
  return text === undefined ? undefined : { text, file: path };
}

// A start in progress settles within a few seconds: dockerd either answers or exits.
const SETTLE_MS = 5000;
const SETTLE_STEP_MS = 200;

/**
 * The service's state once a start in progress has settled. Between Restart= attempts systemd
 * says "activating" too: asked at the wrong moment, a daemon failing in a loop looks like one starting.
 */
async function settledStatus(ctx: Ctx, driver: ReturnType<typeof chooseDriver>): Promise<ServiceStatus | undefined> {
  const until = ctx.clock() + SETTLE_MS;
  for (;;) {
    const status = await driver.status().catch(() => undefined);
    const starting = (status?.state === 'activating' || status?.state === 'reloading') && !status.autoRestart;
    if (!starting || ctx.clock() >= until) return status;
    await ctx.sleep(SETTLE_STEP_MS);
  }
}

async function gatherDaemon(
  ctx: Ctx,
  settings: Facts['settings'],
  state: LoadedState,
  timeoutMs: number,
): Promise<DaemonFacts> {
  const rootless =
    state.raw.daemonArgs.scope === 'user' && ctx.env.XDG_RUNTIME_DIR
      ? { rootless: { runtimeDir: ctx.env.XDG_RUNTIME_DIR } }
      : {};
  const endpoints = endpointsFor(settings, { root: ctx.root, ...rootless }, state.engine.version);
  const pings = await Promise.all(endpoints.map((e) => ping(ctx, e, timeoutMs)));
  const answering = endpoints.filter((e) => pings.some((p) => p.ok && p.address === e.address));
  if (answering.length === 0) return { endpoints, pings };
  const info = await firstDaemonInfo(ctx, answering, timeoutMs);
  return info.ok ? { endpoints, pings, info: info.info } : { endpoints, pings, infoError: info.error };
}

/**
 * daemon.json as `repair` would leave it, when it is damaged: a dangling comma must not hide
 * the dead mirror or the open port behind it. Undefined when the file is fine or beyond repair.
 */
function repairedText(state: LoadedState): string | undefined {
  const text = state.plan.daemonJson.text;
  if (text === null) return undefined;
  const repaired = repairDaemonJson(text);
  return repaired.ok && repaired.text !== text ? repaired.text : undefined;
}

/** Which facts the selected groups' checks read: `--only security` asks neither systemd nor the network. */
function needsOf(groups: ReadonlySet<Group>, offline: boolean) {
  const service = groups.has('service');
  const network = groups.has('network');
  return {
    status: service || network,
    // The config group names the log's line beside the file's (the same error, said once).
    log: service || groups.has('config'),
    daemon: service || network,
    probes: network && !offline,
    files: network || groups.has('security'),
  };
}

export async function gatherFacts(ctx: Ctx, state: LoadedState, options: DoctorOptions): Promise<Facts> {
  const groups: ReadonlySet<Group> = new Set(options.only === undefined ? GROUPS : [options.only]);
  const needs = needsOf(groups, options.offline);
  const repaired = repairedText(state);
  const settings = effectiveSettings(
    repaired === undefined ? state : { ...state, daemonJsonBytes: Buffer.from(repaired, 'utf8') },
  );
  const recovered = new Set(
    repaired === undefined ? [] : [...settings.values()].filter((s) => s.from === 'file').map((s) => s.key),
  );
  const pidfile = settings.get('pidfile')?.value;
  const driver = chooseDriver(ctx, state.raw, {
    timeoutMs: Math.max(options.timeoutMs, 10_000),
    ...(options.restartCmd !== undefined ? { restartCmd: options.restartCmd } : {}),
    ...(options.daemonLog !== undefined ? { daemonLog: options.daemonLog } : {}),
    ...(typeof pidfile === 'string' ? { pidfile } : {}),
  });
  const certsDir = certsDirFor(ctx, state.raw.daemonJson.flavour);
  const registryDirs = groups.has('network') ? readCertsDir(ctx, certsDir) : [];
  const readLog = () => gatherLog(ctx, driver, options).catch(() => undefined);
  // Everything that waits (systemctl, journalctl, sockets, the network) starts first and at once;
  // the validator and the file modes are computed while it runs.
  // The log is read once the state has settled, so it holds the attempt the state speaks of.
  const statusAndLog = needs.status
    ? settledStatus(ctx, driver).then(async (status) => [status, needs.log ? await readLog() : undefined] as const)
    : (needs.log ? readLog() : Promise.resolve(undefined)).then((log) => [undefined, log] as const);
  const waiting = Promise.all([
    statusAndLog,
    needs.daemon
      ? gatherDaemon(ctx, settings, state, Math.min(options.timeoutMs, 5000))
      : Promise.resolve<DaemonFacts>({ endpoints: [], pings: [] }),
    needs.probes
      ? gatherProbes(ctx, settings, certsDir, options.timeoutMs, hostsTomlEndpoints(registryDirs, state.engine.version))
      : Promise.resolve(undefined),
  ]);
  const interrupted = interruptedChangeNote(ctx);
  const validation = [...(interrupted ? [interrupted] : []), ...currentDiagnostics(state, options.strict)];
  const readableValidation =
    repaired === undefined ? validation : validateState(state, repaired, state.plan.args, options.strict);
  const files = needs.files ? gatherFiles(ctx, state, settings, certsDir) : [];
  const [[status, log], daemon, probes] = await waiting;
  return {
    state,
    groups,
    settings,
    recovered,
    validation,
    readableValidation,
    service: {
      kind: driver.kind,
      name: driver.name,
      restartCommand: driver.restartCommand,
      reloadCommand: driver.reloadCommand ?? driver.restartCommand,
      startCommand: driver.startCommand ?? driver.restartCommand,
      canRestart: driver.canRestart,
      ...(driver.manualSteps !== undefined ? { manualSteps: driver.manualSteps } : {}),
      ...(status ? { status } : {}),
    },
    ...(log ? { log, lastStart: explainLog(log.text) } : {}),
    daemon,
    ...(probes ? { probes } : {}),
    files,
    certsDir,
    registryDirs,
    offline: options.offline,
  };
}
