import { restoreBackups } from '../apply/index.js';
import { causeDiagnostic, explainLog, reloadOutcome } from '../causes/index.js';
import type { Ctx } from '../context.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { hintOf, messageOf } from '../diagnostics/say.js';
import type { Lang } from '../i18n/index.js';
import { english, said, sayIn, type Said } from '../i18n/said.js';
import {
  chooseDriver,
  type LogMark,
  type ManagerKind,
  type ServiceDriver,
  type ServiceStatus,
  type Step,
} from '../service/index.js';
import type { Sources } from '../sources/types.js';
import type { Difference } from '../verify/index.js';
import { decideAction, type Action } from './decide.js';
import { containersAtRisk, proveRunning, type Configuration, type Proof } from './prove.js';
import { dockerdStarted } from '../causes/attempts.js';
import { englishReason, type Reason } from './reason.js';

export interface FinishOptions {
  /** false: --no-restart, write only. */
  restart: boolean;
  yes: boolean;
  json: boolean;
  timeoutSeconds: number;
  restartCmd?: string;
  daemonLog?: string;
}

export interface FinishRequest {
  /** auto: reload or restart as the change needs; restart/reload: the commands of those names. */
  mode: 'auto' | 'restart' | 'reload';
  /** The configuration in force before (what a rollback returns to). */
  before: Configuration;
  /** The configuration the files now hold. */
  after: Configuration;
  /** dockerd's flags changed (unit, drop-in, DOCKER_OPTS). */
  argsChanged: boolean;
  /** A unit or drop-in file changed: systemd must re-read it. */
  unitChanged: boolean;
  /** Backups of the files this change wrote; empty when nothing can be rolled back. */
  backups: readonly string[];
  sources: Sources;
  options: FinishOptions;
  /** The previous files would not start dockerd either (they do not parse, or it would refuse them): no rollback to them. */
  beforeBroken?: boolean;
  /** The person asked for this restart itself (`restart`): no question about the containers it stops. */
  consented?: boolean;
}

export interface ServiceReport {
  manager: ManagerKind;
  action: Action;
  ok: boolean;
  daemonReload: boolean;
  startLimitHit: boolean;
  /** In English (--json); `FinishReport.because` has it as data. */
  reason: string;
  commands: string[];
}

export interface FinishReport {
  outcome: ServiceOutcome;
  /** outcome "kept": why the written change was not proven. */
  kept?: KeptBecause;
  service: ServiceReport;
  /** Why the service was (or was not) reloaded or restarted, for the text in the reader's language. */
  because?: Reason;
  verified: boolean;
  differences: Difference[];
  /** The listeners that answered /_ping. */
  answered: string[];
  rolledBack: boolean;
  /** Files put back by the rollback, with the backup that now holds the rejected version. */
  restored: { path: string; rejectedBackup?: string }[];
  /** Containers that were running and that our restart stopped (live-restore off). */
  stoppedContainers: string[];
  diagnostics: Diagnostic[];
}

export interface Interaction {
  confirm(question: string, defaultAnswer: boolean): Promise<boolean>;
  /** The language of the question and the progress lines (English when absent). */
  lang?: Lang;
  /** The step under way, for a progress line (the wizard's spinner); commands print nothing. */
  step?(text: string): void;
}

/** A diagnostic of the service step: message and hint from the catalogue. */
const problem = (id: Diagnostic['id'], severity: Diagnostic['severity'], message: Said, hint?: Said): Diagnostic => ({
  id,
  severity,
  ...messageOf(message),
  ...(hint ? hintOf(hint) : {}),
  fixable: false,
});

const info = (id: Diagnostic['id'], message: Said, hint?: Said): Diagnostic => problem(id, 'info', message, hint);

/** Runs the steps and keeps what was run, in order, for the report. */
class Journal {
  readonly commands: string[] = [];
  daemonReload = false;
  startLimitHit = false;
  async run(step: Promise<Step>): Promise<Step> {
    const done = await step;
    this.commands.push(done.command);
    return done;
  }
  /** systemd: re-read units when ours changed (or systemd says one did); clear a failed state and its start limit. */
  async prepare(driver: ServiceDriver, unitChanged: boolean, known?: ServiceStatus): Promise<void> {
    if (!driver.resetFailed) return;
    const status = known ?? (await driver.status());
    if ((unitChanged || status.needsDaemonReload) && driver.daemonReload) {
      await this.run(driver.daemonReload());
      this.daemonReload = true;
    }
    if (status.startLimitHit) this.startLimitHit = true;
    if (status.state === 'failed' || status.startLimitHit) await this.run(driver.resetFailed());
  }
  /** Restart or reload; a restart refused by the start limit is retried once after reset-failed. */
  async act(driver: ServiceDriver, action: Exclude<Action, 'none'>, unitChanged: boolean): Promise<Step> {
    const restart = () => driver.restart({ withSocket: unitChanged });
    const step = await this.run(action === 'reload' ? driver.reload() : restart());
    if (step.ok || action !== 'restart' || !driver.resetFailed) return step;
    if (!(await driver.status()).startLimitHit) return step;
    this.startLimitHit = true;
    await this.run(driver.resetFailed());
    return this.run(restart());
  }
}

/** Why a change was written but not proven: the service step did not (or could not) judge it. */
export type KeptBecause =
  | 'service-manager-failed'
  | 'daemon-stopped'
  | 'no-restart'
  | 'root'
  | 'no-service-manager'
  | 'desktop'
  | 'no-better-state';

/** What the service step ended in (the transaction adds refused, unchanged and dry-run). */
export type ServiceOutcome = 'verified' | 'nothing-to-do' | 'kept' | 'rolled-back' | 'rollback-failed' | 'failed';

/** How dockerd stood before the change: what a rollback may return to, and whether to act at all. */
export type DaemonState = 'running' | 'stopped' | 'failed' | 'unknown';

/**
 * What the service step will do, decided before anything is written: a consent that is missing
 * refuses the change while nothing has changed yet.
 */
export interface ServicePlan {
  driver: ServiceDriver;
  because: Reason;
  /** Nothing will be run: the report to give (no restart needed, --no-restart, --root, stopped). */
  early?: FinishReport;
  /** The change may not be written: e.g. a restart would stop containers without consent. */
  refusal?: Diagnostic;
  action?: Exclude<Action, 'none'>;
  status?: ServiceStatus;
  daemon: DaemonState;
  /** Running containers the restart will stop (live-restore off). */
  containers: string[];
  /** The journal's mark, when it could be taken while the containers were asked. */
  mark?: Promise<LogMark>;
}

const KEPT_EXIT_OK: ReadonlySet<KeptBecause> = new Set([
  'daemon-stopped',
  'no-restart',
  'root',
  'no-service-manager',
  'desktop',
]);

/** A kept change is a failure when something other than the person's choice or the host's set-up kept it unproven. */
export const keptIsFailure = (because: KeptBecause | undefined): boolean =>
  because !== undefined && !KEPT_EXIT_OK.has(because);

function driverFor(ctx: Ctx, request: FinishRequest): ServiceDriver {
  const { options } = request;
  const pidfile = request.after.settings.get('pidfile')?.value;
  return chooseDriver(ctx, request.sources, {
    timeoutMs: options.timeoutSeconds * 1000,
    ...(options.restartCmd !== undefined ? { restartCmd: options.restartCmd } : {}),
    ...(options.daemonLog !== undefined ? { daemonLog: options.daemonLog } : {}),
    ...(typeof pidfile === 'string' ? { pidfile } : {}),
  });
}

/** A report with nothing verified, rolled back or stopped yet: each outcome fills in what happened. */
const reportOf = (
  outcome: ServiceOutcome,
  service: ServiceReport,
  because: Reason,
  over: Partial<FinishReport> = {},
): FinishReport => ({
  outcome,
  service,
  because,
  verified: false,
  differences: [],
  answered: [],
  rolledBack: false,
  restored: [],
  stoppedContainers: [],
  diagnostics: [],
  ...over,
});

/** Nothing was run: no change dockerd reads, --no-restart, --root, a stopped daemon. */
const emptyReport = (
  driver: ServiceDriver,
  because: Reason,
  outcome: ServiceOutcome,
  diagnostics: Diagnostic[],
  kept?: KeptBecause,
): FinishReport =>
  reportOf(
    outcome,
    {
      manager: driver.kind,
      action: 'none',
      ok: true,
      daemonReload: false,
      startLimitHit: false,
      reason: englishReason(because),
      commands: [],
    },
    because,
    { diagnostics, ...(kept ? { kept } : {}) },
  );

/** How dockerd stands now: a stopped daemon whose log ends in a failed start counts as failed. */
async function daemonState(driver: ServiceDriver, status: ServiceStatus): Promise<DaemonState> {
  if (status.state === 'failed' || status.autoRestart) return 'failed';
  if (status.state === 'active' || status.state === 'reloading' || status.state === 'activating') return 'running';
  if (status.state === 'inactive') return (await driver.lastStartFailed?.()) ? 'failed' : 'stopped';
  return 'unknown';
}

/** What the change needs: what the command asked for, or reload/restart as the settings need. */
function decide(request: FinishRequest): { action: Action; because: Reason } {
  if (request.mode !== 'auto') return { action: request.mode, because: { why: 'asked', mode: request.mode } };
  return decideAction({
    before: request.before.settings,
    after: request.after.settings,
    engine: request.after.engine,
    argsChanged: request.argsChanged,
  });
}

/** --dry-run: what the service step would do, without asking the daemon anything. */
export interface ServicePreview {
  action: Action;
  because: Reason;
  manager: ManagerKind;
  /** The command that would run. */
  runs?: string;
  /** Why nothing would run from here (--no-restart, --root, no service manager), in English ... */
  manual?: string;
  /** ... and for the reader's language. */
  manualSays?: Said;
}

export function previewService(ctx: Ctx, request: FinishRequest): ServicePreview {
  const driver = driverFor(ctx, request);
  const { action, because } = decide(request);
  const preview = { action, because, manager: driver.kind };
  if (action === 'none') return preview;
  if (!request.options.restart) return { ...preview, ...manualOf(said('service.manual.writtenOnly')) };
  if (!driver.canRestart) return { ...preview, ...(driver.manualSays ? manualOf(driver.manualSays) : {}) };
  const daemonReload =
    request.unitChanged && driver.daemonReload
      ? `${driver.kind === 'systemd-user' ? 'systemctl --user' : 'systemctl'} daemon-reload && `
      : '';
  return {
    ...preview,
    runs:
      action === 'reload' ? (driver.reloadCommand ?? driver.restartCommand) : `${daemonReload}${driver.restartCommand}`,
  };
}

/**
 * --dry-run: the refusal planService would make where nobody can be asked (--json, no terminal):
 * a restart that stops running containers without -y. A dry run then says what the real one does.
 */
export async function previewRefusal(
  ctx: Ctx,
  request: FinishRequest,
  preview: ServicePreview,
): Promise<Diagnostic | undefined> {
  if (preview.action !== 'restart' || preview.runs === undefined) return undefined;
  if (request.options.yes || request.consented || (ctx.isTTY && !request.options.json)) return undefined;
  const containers = await containersAtRisk(ctx, request.before);
  return containers.length > 0
    ? containersWouldStop(containers, false, driverFor(ctx, request).restartCommand)
    : undefined;
}

/**
 * Before anything is written: which service manager, what it will be asked (reload, restart, or
 * nothing: no change dockerd reads, --no-restart, --root, a daemon a person stopped), and whether
 * that may happen: a restart that stops running containers needs the prompt's yes or -y.
 */
export async function planService(ctx: Ctx, io: Interaction, request: FinishRequest): Promise<ServicePlan> {
  const { options } = request;
  const driver = driverFor(ctx, request);
  const decision = decide(request);
  const plan = (over: Partial<ServicePlan>): ServicePlan => ({
    driver,
    because: decision.because,
    daemon: 'unknown',
    containers: [],
    ...over,
  });
  const command =
    decision.action === 'reload' ? (driver.reloadCommand ?? driver.restartCommand) : driver.restartCommand;
  if (decision.action === 'none') return plan({ early: emptyReport(driver, decision.because, 'nothing-to-do', []) });
  if (!options.restart) {
    const note = info(
      'restart-needed',
      said('service.restart.writtenOnly', { action: decision.action }),
      said('service.restart.hint.run', { command }),
    );
    return plan({ early: emptyReport(driver, decision.because, 'kept', [note], 'no-restart') });
  }
  if (!driver.canRestart) {
    const kept: KeptBecause =
      driver.kind === 'desktop'
        ? 'desktop'
        : ctx.root !== '/' && options.restartCmd === undefined
          ? 'root'
          : 'no-service-manager';
    return plan({
      early: emptyReport(
        driver,
        decision.because,
        'kept',
        [info('restart-needed', said('service.restart.needed', { action: decision.action }), driver.manualSays)],
        kept,
      ),
    });
  }

  const status = await driver.status();
  const daemon = await daemonState(driver, status);
  // A daemon a person stopped stays stopped: the new files apply when they start it.
  if (request.mode === 'auto' && daemon === 'stopped') {
    const note = info(
      'daemon-stopped',
      said('service.stopped.message', { name: driver.name }),
      said('service.stopped.hint', { command: driver.startCommand ?? driver.restartCommand }),
    );
    return plan({ status, daemon, early: emptyReport(driver, decision.because, 'kept', [note], 'daemon-stopped') });
  }
  let action: Exclude<Action, 'none'> = decision.action;
  let because = decision.because;
  if (action === 'reload' && daemon !== 'running') {
    action = 'restart';
    because = { why: 'not-running', state: status.state };
  }
  const asksContainers = action === 'restart' && daemon === 'running';
  // dockerd up and settled (not starting, not reloading): no start of its own is still logging, so
  // the journal's mark can be taken while the containers are asked (in a row, ~30 ms of a restart).
  const mark = asksContainers && status.state === 'active' ? driver.markLog() : undefined;
  // Not awaited on every path (a refusal returns early): never an unhandled rejection.
  mark?.catch(() => undefined);
  const containers = asksContainers ? await containersAtRisk(ctx, request.before) : [];
  const needsConsent = containers.length > 0 && !options.yes && !request.consented;
  if (needsConsent) {
    const asked = ctx.isTTY && !options.json;
    const question = sayIn(io.lang ?? 'en', said('lifecycle.confirmRestart', { running: containers.length }));
    if (!asked || !(await io.confirm(question, false))) {
      return plan({
        status,
        daemon,
        action,
        because,
        refusal: containersWouldStop(containers, asked, driver.restartCommand),
      });
    }
  }
  // After a question, the mark is taken again: what dockerd logged while a person thought is not the change's.
  return plan({ status, daemon, action, because, containers, mark: needsConsent ? undefined : mark });
}

function containersWouldStop(containers: readonly string[], declined: boolean, restartCommand: string): Diagnostic {
  const names = [...containers];
  return declined
    ? problem(
        'containers-would-stop',
        'error',
        said('service.containers.declined', { names }),
        said('service.containers.hint.declined'),
      )
    : problem(
        'containers-would-stop',
        'error',
        said('service.containers.needsYes', { names }),
        said('service.containers.hint.needsYes', { command: restartCommand }),
      );
}

const manualOf = (says: Said): Pick<ServicePreview, 'manual' | 'manualSays'> => ({
  manual: english(says),
  manualSays: says,
});

/**
 * After the files changed: make the running dockerd use them (reload or restart through the
 * service manager) and prove it did. When dockerd refused them, put the old files back, bring the
 * old configuration up again and say why the new one failed; when it never got to judge them (the
 * service manager or init script failed first), keep them and say why.
 */
export async function runService(
  ctx: Ctx,
  io: Interaction,
  request: FinishRequest,
  plan: ServicePlan,
): Promise<FinishReport> {
  if (plan.early) return plan.early;
  if (plan.refusal || !plan.action)
    return emptyReport(plan.driver, plan.because, 'nothing-to-do', plan.refusal ? [plan.refusal] : []);
  const { driver, action, because } = plan;
  const timeoutMs = request.options.timeoutSeconds * 1000;
  const journal = new Journal();
  const say = (s: Said): string => sayIn(io.lang ?? 'en', s);
  const service = (a: Action, ok: boolean, why: Reason = because): ServiceReport => ({
    manager: driver.kind,
    action: a,
    ok,
    daemonReload: journal.daemonReload,
    startLimitHit: journal.startLimitHit,
    reason: englishReason(why),
    commands: journal.commands,
  });
  const report = (outcome: ServiceOutcome, over: Partial<FinishReport>): FinishReport =>
    reportOf(outcome, service(action, outcome === 'verified'), because, {
      stoppedContainers: action === 'restart' ? plan.containers : [],
      ...over,
    });

  const mark = await (plan.mark ?? driver.markLog());
  io.step?.(
    say(said(action === 'reload' ? 'lifecycle.step.reloading' : 'lifecycle.step.restarting', { name: driver.name })),
  );
  await journal.prepare(driver, request.unitChanged, plan.status);
  const step = await journal.act(driver, action, request.unitChanged);
  io.step?.(say(said('lifecycle.step.verifying')));
  const proof = await proveRunning(ctx, driver, { action, step, mark, config: request.after, timeoutMs });
  if (proof.ok) {
    return report('verified', {
      verified: true,
      answered: proof.answered,
      diagnostics: journal.startLimitHit ? [startLimitNote()] : [],
    });
  }

  const log = await driver.logSince(mark);
  // dockerd judged the files only if it ran: a service command that failed with no new dockerd in the log never got that far.
  if (!step.ok && !dockerdStarted(log)) {
    return report('kept', {
      kept: 'service-manager-failed',
      answered: proof.answered,
      diagnostics: [serviceManagerFailure(driver, step, log)],
    });
  }
  const file = request.sources.daemonJson.systemPath;
  const failure = whyItFailed(driver, log, proof, step, action, file);
  const failed = { differences: proof.differences, answered: proof.answered, diagnostics: failure };
  if (request.backups.length === 0) return report('failed', failed);
  // Rollback only ever returns to a better state: not to files dockerd refused, or would refuse.
  if (request.beforeBroken || plan.daemon === 'failed') {
    const note = problem(
      'rollback-skipped',
      'warning',
      said('service.rollback.skipped'),
      said('service.rollback.hint.skipped'),
    );
    return report('kept', { ...failed, kept: 'no-better-state', diagnostics: [...failure, note] });
  }
  io.step?.(say(said('lifecycle.step.rollingBack')));
  return rollBack(ctx, driver, journal, request, {
    action,
    because,
    failure,
    proof,
    timeoutMs,
    service,
    containers: plan.containers,
  });
}

/** planService, then runService: the service step of a change that needs no consent before writing (tests, restart, reload). */
export async function finishChange(ctx: Ctx, io: Interaction, request: FinishRequest): Promise<FinishReport> {
  return runService(ctx, io, request, await planService(ctx, io, request));
}

/** The service manager failed before dockerd ran: its own words, classified as explain classifies them. */
function serviceManagerFailure(driver: ServiceDriver, step: Step, log: string): Diagnostic {
  const text = [step.output, log].filter(Boolean).join('\n');
  const cause = explainLog(text).cause;
  const control = /Control process exited, code=\S+ status=\S+|ExecStartPre=|ExecStart=\S+ .*failed/.exec(log)?.[0];
  const output = lastLines(step.output);
  if (cause && cause.id === 'service-manager-failed') return { ...causeDiagnostic(cause), severity: 'error' };
  return problem(
    'service-manager-failed',
    'error',
    said('service.manager.failed', {
      command: step.command,
      exitCode: step.exitCode,
      ...(output ? { output } : {}),
      ...(control ? { journal: control } : {}),
    }),
    driver.kind.startsWith('systemd')
      ? said('service.manager.hint.systemd')
      : said('service.manager.hint.other', {
          command: step.command,
          start: driver.startCommand ?? driver.restartCommand,
        }),
  );
}

/** A command's last three lines on one line (blank ones dropped unless `keepBlank`): what it said last. */
const lastLines = (output: string, keepBlank = false): string =>
  output
    .split('\n')
    .filter((l) => keepBlank || l.trim() !== '')
    .slice(-3)
    .join(' / ');

function startLimitNote(): Diagnostic {
  return problem('start-limit-hit', 'warning', said('service.startLimit.cleared'), said('service.startLimit.hint'));
}

/** The cause from dockerd's own first error line, else what we saw from outside. */
function whyItFailed(
  driver: ServiceDriver,
  log: string,
  proof: Proof,
  step: Step,
  action: Action,
  file: string,
): Diagnostic[] {
  // A refused reload leaves dockerd running: its error is in the reload's lines, not a start's.
  const cause = action === 'reload' ? reloadOutcome(log, { file }).cause : explainLog(log, { file }).cause;
  const out: Diagnostic[] = [];
  if (cause) out.push(causeDiagnostic(cause));
  if (proof.differences.length > 0) {
    out.push(
      problem(
        'config-not-applied',
        'error',
        said('service.verify.notApplied', { action, settings: proof.differences.map((d) => d.setting) }),
        said(action === 'reload' ? 'service.verify.hint.reloadPartial' : 'service.verify.hint.whichFile'),
      ),
    );
  } else if (!cause) {
    const where = driver.logHint ?? (driver.kind.startsWith('systemd') ? 'journalctl -u docker' : undefined);
    out.push(
      problem(
        'daemon-unreachable',
        'error',
        said('service.verify.unreachable', {
          action,
          missing: proof.missing,
          ...(step.ok
            ? {}
            : {
                command: step.command,
                exitCode: step.exitCode,
                ...(step.output ? { output: lastLines(step.output, true) } : {}),
              }),
        }),
        where ? said('service.verify.hint.readLog', { where }) : said('service.verify.hint.readDaemonLog'),
      ),
    );
  }
  return out;
}

interface Failed {
  action: Exclude<Action, 'none'>;
  because: Reason;
  failure: Diagnostic[];
  proof: Proof;
  timeoutMs: number;
  service: (action: Action, ok: boolean, because?: Reason) => ServiceReport;
  containers: string[];
}

/** Put the old files back, bring the old configuration up, and report both outcomes. */
async function rollBack(
  ctx: Ctx,
  driver: ServiceDriver,
  journal: Journal,
  request: FinishRequest,
  failed: Failed,
): Promise<FinishReport> {
  const restored = await restoreBackups(ctx, request.backups, {
    reason: 'automatic rollback after a failed restart',
    rejected: true,
  });
  const files = restored.entries.map((e, i) => ({
    path: e.path,
    ...(restored.files[i]?.backup ? { rejectedBackup: restored.files[i]?.backup } : {}),
  }));
  const mark = await driver.markLog();
  await journal.prepare(driver, request.unitChanged);
  const step = await journal.act(driver, failed.action, request.unitChanged);
  const proof = await proveRunning(ctx, driver, {
    action: failed.action,
    step,
    mark,
    config: request.before,
    timeoutMs: failed.timeoutMs,
  });
  const diagnostics = [...failed.failure];
  if (journal.startLimitHit) diagnostics.push(startLimitNote());
  if (!proof.ok) {
    diagnostics.push(
      problem(
        'rollback-failed',
        'error',
        said('service.rollback.failed', { down: proof.answered.length === 0, restored: files }),
        said('service.rollback.hint.failed'),
      ),
    );
    const log = await driver.logSince(mark);
    diagnostics.push(
      ...whyItFailed(driver, log, proof, step, failed.action, request.sources.daemonJson.systemPath).map((d) => ({
        ...d,
        ...messageOf(said('service.rollback.previous', { message: d.says ?? d.message })),
      })),
    );
  }
  return {
    outcome: proof.ok ? 'rolled-back' : 'rollback-failed',
    stoppedContainers: failed.action === 'restart' ? failed.containers : [],
    service: failed.service(failed.action, false, failed.because),
    because: failed.because,
    verified: false,
    differences: failed.proof.differences,
    answered: proof.answered,
    rolledBack: true,
    restored: files,
    diagnostics,
  };
}
