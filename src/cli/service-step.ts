import type { AppliedFile } from '../apply/index.js';
import { givenPath } from '../context.js';
import { decideAction, type Decision } from '../lifecycle/decide.js';
import { finishChange, type FinishReport, type FinishRequest } from '../lifecycle/finish.js';
import { reasonText } from '../lifecycle/reason.js';
import type { FileChange } from '../plan/types.js';
import { loadDaemonConfig } from '../validate/model.js';
import type { DaemonArg } from '../validate/types.js';
import type { Runtime } from './command.js';
import type { Io } from './io.js';
import type { LoadedState } from './load.js';
import { noteLine } from './note-line.js';
import type { ServiceOptions } from './options.js';

/** The effective settings of daemon.json bytes plus flags, as dockerd of this version reads them. */
export function configurationOf(state: LoadedState, bytes: Uint8Array | null, args: readonly DaemonArg[]): FinishRequest['before'] {
  const engine = state.engine.version;
  const settings = loadDaemonConfig({ daemonJson: { path: state.plan.daemonJson.path, bytes, explicit: state.explicit }, args, engine }).settings;
  return { settings, engine };
}

export function finishOptions(rt: Runtime, options: ServiceOptions & { restart?: boolean }): FinishRequest['options'] {
  return {
    restart: options.restart ?? true,
    yes: options.yes,
    json: options.json,
    timeoutSeconds: options.timeout,
    ...(options.restartCmd !== undefined ? { restartCmd: options.restartCmd } : {}),
    ...(options.daemonLog !== undefined ? { daemonLog: givenPath(rt.ctx, options.daemonLog) } : {}),
  };
}

/** A change as written: daemon.json's bytes afterwards (exactly, even when they are not UTF-8) and dockerd's flags. */
type Written = { state: LoadedState; changes: readonly FileChange[]; files: readonly AppliedFile[]; jsonAfter: Uint8Array | null; argsAfter: readonly DaemonArg[] };

/** Before and after a change, as dockerd reads them, and which of our file kinds changed. */
function beforeAfter(written: Written, changedOnly: boolean) {
  const { state, changes, files } = written;
  const kinds = new Set(changes.filter((c) => !changedOnly || files.some((f) => f.path === c.path && f.changed)).map((c) => c.kind));
  return {
    before: configurationOf(state, state.daemonJsonBytes, state.plan.args),
    after: configurationOf(state, kinds.has('daemon-json') ? written.jsonAfter : state.daemonJsonBytes, written.argsAfter),
    argsChanged: kinds.has('env-file') || kinds.has('drop-in'),
    unitChanged: kinds.has('drop-in'),
  };
}

/** --dry-run: whether the change would reload or restart dockerd, and why. */
export function decisionFor(written: Written): Decision {
  const { before, after, argsChanged } = beforeAfter(written, false);
  return decideAction({ before: before.settings, after: after.settings, engine: after.engine, argsChanged });
}

/**
 * After a write: restart or reload (as the change needs, unless `mode` says which), verify, roll
 * back on failure. Undefined when nothing was written.
 */
export async function finishAfterWrite(rt: Runtime, options: ServiceOptions & { restart: boolean }, written: Written, mode: FinishRequest['mode'] = 'auto'): Promise<FinishReport | undefined> {
  const backups = written.files.filter((f) => f.changed && f.backup).map((f) => f.backup as string);
  if (backups.length === 0) return undefined;
  return finishChange(rt.ctx, rt.io, { mode, ...beforeAfter(written, true), backups, sources: written.state.raw, options: finishOptions(rt, options) });
}

/** No file changed: restart or reload what the files already say, and verify (nothing to roll back). */
export function finishUnchanged(rt: Runtime, options: ServiceOptions, state: LoadedState, mode: 'restart' | 'reload'): Promise<FinishReport> {
  const current = configurationOf(state, state.daemonJsonBytes, state.plan.args);
  // A unit edited by hand is re-read when systemd noticed (NeedDaemonReload).
  return finishChange(rt.ctx, rt.io, { mode, before: current, after: current, argsChanged: false, unitChanged: false, backups: [], sources: state.raw, options: finishOptions(rt, options) });
}

/** The service part of a mutating command's --json document. */
export function serviceFields(finish: FinishReport | undefined): Record<string, unknown> {
  if (!finish) return { service: { manager: 'none', action: 'none', ok: true, daemonReload: false }, verified: false, rolledBack: false };
  return {
    service: finish.service,
    verified: finish.verified,
    ...(finish.differences.length > 0 ? { differences: finish.differences } : {}),
    ...(finish.answered.length > 0 ? { listeners: finish.answered } : {}),
    rolledBack: finish.rolledBack,
    ...(finish.rolledBack ? { restored: finish.restored } : {}),
  };
}

/** What the service step found (problems first), one line for its outcome, then its notes. */
export function sayService(rt: Runtime, finish: FinishReport): void {
  const { io } = rt;
  io.diagnostics(finish.diagnostics.filter((d) => d.severity !== 'info'));
  const outcome = serviceOutcome(io, finish);
  if (outcome) {
    if (io.verbose) for (const c of finish.service.commands) io.say(io.t('service.ran', { command: c }));
    io.say(outcome);
  }
  for (const d of finish.diagnostics.filter((x) => x.severity === 'info')) io.say(noteLine(io, d));
}

/** What was run, whether it was verified, what was rolled back; nothing when nothing was run. */
function serviceOutcome(io: Io, finish: FinishReport): string | undefined {
  const s = finish.service;
  if (s.action === 'none') return undefined;
  if (finish.verified) {
    const reason = finish.because ? reasonText(finish.because, io.t) : s.reason;
    return io.t('service.verified', { action: s.action, reason, answered: finish.answered });
  }
  if (finish.rolledBack) {
    const stillDown = finish.diagnostics.some((d) => d.id === 'rollback-failed');
    return io.t('service.rolledBack', { stillDown, paths: finish.restored.map((f) => f.path) });
  }
  return io.t('service.failed', { action: s.action });
}
