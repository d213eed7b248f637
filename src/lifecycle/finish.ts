import { restoreBackups } from '../apply/index.js';
import { causeDiagnostic, explainLog, reloadOutcome } from '../causes/index.js';
import type { Ctx } from '../context.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { translator, type Translate } from '../i18n/index.js';
import { chooseDriver, type LogMark, type ManagerKind, type ServiceDriver, type ServiceStatus, type Step } from '../service/index.js';
import type { Sources } from '../sources/types.js';
import type { Difference } from '../verify/index.js';
import { decideAction, type Action } from './decide.js';
import { containersAtRisk, proveRunning, type Configuration, type Proof } from './prove.js';
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
  diagnostics: Diagnostic[];
}

interface Interaction {
  confirm(question: string, defaultAnswer: boolean): Promise<boolean>;
  /** The question's language (English when absent). */
  t?: Translate;
  /** The step under way, for a progress line (the wizard's spinner); commands print nothing. */
  step?(text: string): void;
}

const english = translator('en');

const info = (id: Diagnostic['id'], message: string, hint?: string): Diagnostic => ({ id, severity: 'info', message, ...(hint ? { hint } : {}), fixable: false });

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

/**
 * After the files changed: make the running dockerd use them (reload or restart through the
 * service manager), prove it did, and if it did not, put the old files back, bring the old
 * configuration up again and say why the new one failed.
 */
export async function finishChange(ctx: Ctx, io: Interaction, request: FinishRequest): Promise<FinishReport> {
  const { options } = request;
  const timeoutMs = options.timeoutSeconds * 1000;
  const pidfile = request.after.settings.get('pidfile')?.value;
  const driver = chooseDriver(ctx, request.sources, {
    timeoutMs,
    ...(options.restartCmd !== undefined ? { restartCmd: options.restartCmd } : {}),
    ...(options.daemonLog !== undefined ? { daemonLog: options.daemonLog } : {}),
    ...(typeof pidfile === 'string' ? { pidfile } : {}),
  });
  const decision =
    request.mode === 'auto'
      ? decideAction({ before: request.before.settings, after: request.after.settings, engine: request.after.engine, argsChanged: request.argsChanged })
      : { action: request.mode, because: { why: 'asked', mode: request.mode } satisfies Reason };
  const journal = new Journal();
  const t = io.t ?? english;
  const service = (action: Action, ok: boolean, because: Reason = decision.because): ServiceReport => ({
    manager: driver.kind,
    action,
    ok,
    daemonReload: journal.daemonReload,
    startLimitHit: journal.startLimitHit,
    reason: englishReason(because),
    commands: journal.commands,
  });
  const nothing = (diagnostics: Diagnostic[], because: Reason = decision.because): FinishReport => ({
    service: service('none', true, because),
    because,
    verified: false,
    differences: [],
    answered: [],
    rolledBack: false,
    restored: [],
    diagnostics,
  });
  const command = decision.action === 'reload' ? (driver.reloadCommand ?? driver.restartCommand) : driver.restartCommand;

  if (decision.action === 'none') return nothing([]);
  if (!options.restart) return nothing([info('restart-needed', `written only (--no-restart): dockerd must ${decision.action} to use it`, `run \`${command}\``)]);
  if (!driver.canRestart) return nothing([info('restart-needed', `dockerd must ${decision.action} to use the new configuration`, driver.manualSteps)]);

  // Where the log stands before we act (taken with the status: every call costs start-up time).
  const [status, mark] = await Promise.all([driver.status(), driver.markLog()]);
  if (request.mode === 'auto' && status.state === 'inactive' && (driver.kind === 'systemd' || driver.kind === 'systemd-user')) {
    return nothing([info('daemon-stopped', 'docker.service is stopped: the new configuration applies when it starts', `start it when you want it: ${driver.startCommand ?? driver.restartCommand}`)]);
  }
  let action: Exclude<Action, 'none'> = decision.action;
  let because = decision.because;
  if (action === 'reload' && status.state !== 'active' && status.state !== 'reloading') {
    action = 'restart';
    because = { why: 'not-running', state: status.state };
  }
  if (action === 'restart' && !options.yes && !options.json && ctx.isTTY) {
    const running = await containersAtRisk(ctx, request.before);
    if (running > 0 && !(await io.confirm(t('lifecycle.confirmRestart', { running }), false))) {
      return nothing([info('restart-declined', 'not restarted: the new configuration is written but not in use', `run \`${driver.restartCommand}\` when the containers may stop`)], { why: 'declined' });
    }
  }

  io.step?.(t(action === 'reload' ? 'lifecycle.step.reloading' : 'lifecycle.step.restarting', { name: driver.name }));
  await journal.prepare(driver, request.unitChanged, status);
  const step = await journal.act(driver, action, request.unitChanged);
  io.step?.(t('lifecycle.step.verifying'));
  const proof = await proveRunning(ctx, driver, { action, step, mark, config: request.after, timeoutMs });
  if (proof.ok) {
    const diagnostics = journal.startLimitHit ? [startLimitNote()] : [];
    return { service: service(action, true, because), because, verified: true, differences: [], answered: proof.answered, rolledBack: false, restored: [], diagnostics };
  }

  const file = request.sources.daemonJson.systemPath;
  const failure = await whyItFailed(driver, mark, proof, step, action, file);
  if (request.backups.length === 0) {
    return { service: service(action, false, because), because, verified: false, differences: proof.differences, answered: proof.answered, rolledBack: false, restored: [], diagnostics: failure };
  }
  io.step?.(t('lifecycle.step.rollingBack'));
  return rollBack(ctx, driver, journal, request, { action, because, failure, proof, timeoutMs, service });
}

function startLimitNote(): Diagnostic {
  return {
    id: 'start-limit-hit',
    severity: 'warning',
    message: "systemd's start limit for docker.service had been hit (it hides the real error); it was cleared with `systemctl reset-failed`",
    hint: 'read the first dockerd error in `journalctl -u docker`, not the last systemd line',
    fixable: false,
  };
}

/** The cause from dockerd's own first error line, else what we saw from outside. */
async function whyItFailed(driver: ServiceDriver, mark: LogMark, proof: Proof, step: Step, action: Action, file: string): Promise<Diagnostic[]> {
  const log = await driver.logSince(mark);
  // A refused reload leaves dockerd running: its error is in the reload's lines, not a start's.
  const cause = action === 'reload' ? reloadOutcome(log, { file }).cause : explainLog(log, { file }).cause;
  const out: Diagnostic[] = [];
  if (cause) out.push(causeDiagnostic(cause));
  if (proof.differences.length > 0) {
    out.push({
      id: 'config-not-applied',
      severity: 'error',
      message: `dockerd ${action === 'reload' ? 'reloaded' : 'restarted'} but does not use the new configuration: ${proof.differences.map((d) => d.setting).join(', ')} differ`,
      hint: action === 'reload' ? 'a reload applies only some keys; restart dockerd, or check its log for the reload error' : 'check which daemon.json dockerd reads (--config-file in its unit)',
      fixable: false,
    });
  } else if (!cause) {
    out.push({
      id: 'daemon-unreachable',
      severity: 'error',
      message: `dockerd did not answer after the ${action}${proof.missing.length ? ` on ${proof.missing.map((m) => `${m.address} (${m.detail})`).join(', ')}` : ''}${step.ok ? '' : `: ${step.command} failed: ${step.output.split('\n')[0] ?? ''}`}`,
      hint: `read its log: ${driver.kind.startsWith('systemd') ? 'journalctl -u docker' : 'the daemon log'}`,
      fixable: false,
    });
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
}

/** Put the old files back, bring the old configuration up, and report both outcomes. */
async function rollBack(ctx: Ctx, driver: ServiceDriver, journal: Journal, request: FinishRequest, failed: Failed): Promise<FinishReport> {
  const restored = await restoreBackups(ctx, request.backups, { reason: 'automatic rollback after a failed restart' });
  const files = restored.entries.map((e, i) => ({ path: e.path, ...(restored.files[i]?.backup ? { rejectedBackup: restored.files[i]?.backup } : {}) }));
  const mark = await driver.markLog();
  await journal.prepare(driver, request.unitChanged);
  const step = await journal.act(driver, failed.action, request.unitChanged);
  const proof = await proveRunning(ctx, driver, { action: failed.action, step, mark, config: request.before, timeoutMs: failed.timeoutMs });
  const diagnostics = [...failed.failure];
  if (journal.startLimitHit) diagnostics.push(startLimitNote());
  if (!proof.ok) {
    const names = files.map((f) => `${f.path}${f.rejectedBackup ? ` (the rejected version is backup ${f.rejectedBackup})` : ''}`).join(', ');
    diagnostics.push({
      id: 'rollback-failed',
      severity: 'error',
      message: `${proof.answered.length === 0 ? 'the previous configuration did not come up either: dockerd is down' : 'the previous configuration was put back, but dockerd does not show it either'}. Restored: ${names}`,
      hint: `read the first dockerd error in its log; the old files are back in place, and \`dockerd-config rollback --to ID\` restores either version`,
      fixable: false,
    });
    diagnostics.push(...(await whyItFailed(driver, mark, proof, step, failed.action, request.sources.daemonJson.systemPath)).map((d) => ({ ...d, message: `previous configuration: ${d.message}` })));
  }
  return {
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
