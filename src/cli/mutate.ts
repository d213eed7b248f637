import { applyChanges, SafeWriteError, withLock, type AppliedFile } from '../apply/index.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { hasErrors } from '../diagnostics/types.js';
import type { Plan } from '../plan/make-plan.js';
import { planChange, type IntentsFor } from './plan-change.js';
import type { PlanState } from '../plan/state.js';
import { changeDiff } from '../output/diff.js';
import { renderSummary } from '../output/render.js';
import { formatVersion } from '../engine/version.js';
import type { Runtime } from './command.js';
import { EXIT } from './errors.js';
import type { LoadedState } from './load.js';
import { noteLine } from './note-line.js';
import type { MutatingOptions } from './options.js';
import { decisionFor, finishAfterWrite, sayService, serviceFields } from './service-step.js';
import type { Decision } from '../lifecycle/decide.js';
import { englishReason, reasonText } from '../lifecycle/reason.js';
import { translator, type Translate } from '../i18n/index.js';
import type { FinishReport } from '../lifecycle/finish.js';

export type { IntentsFor } from './plan-change.js';

/**
 * The one path every mutating command takes: lock → re-read → plan → validate the whole
 * resulting configuration → (dry run: show) → back up and write atomically → report.
 */
export async function runMutation(rt: Runtime, options: MutatingOptions, reason: string, intentsFor: IntentsFor): Promise<number> {
  const { ctx } = rt;
  const attempt = async () => {
    const { state, plan, diagnostics, refused, jsonAfter, argsAfter } = await planChange(ctx, options, intentsFor);
    if (refused) return { state, plan, diagnostics, files: [] as AppliedFile[], refused: true };

    const result = await applyChanges(ctx, plan.changes, { dryRun: options.dryRun, reason });
    // Still under the lock: nobody else writes while dockerd is restarted, verified, rolled back.
    const written = { state, changes: plan.changes, files: result.files, jsonAfter: jsonAfter === null ? null : Buffer.from(jsonAfter, 'utf8'), argsAfter };
    const finish = options.dryRun ? undefined : await finishAfterWrite(rt, options, written);
    const wouldDo = options.dryRun && plan.changes.length > 0 ? decisionFor(written) : undefined;
    return { state, plan, diagnostics, files: result.files, refused: false, finish, wouldDo };
  };

  let outcome: Awaited<ReturnType<typeof attempt>>;
  try {
    outcome = options.dryRun ? await attempt() : await withLock(ctx, attempt);
  } catch (error) {
    if (!(error instanceof SafeWriteError)) throw error;
    report(rt, options, { diagnostics: [error.diagnostic], files: [], plan: undefined, state: undefined, refused: true });
    return error.exitCode;
  }
  report(rt, options, outcome);
  if (outcome.refused || hasErrors(outcome.diagnostics) || (outcome.finish && !outcome.finish.service.ok) || outcome.finish?.rolledBack) return EXIT.problems;
  const changed = outcome.plan.changes.length > 0;
  return changed && options.detailedExitcode ? EXIT.changed : EXIT.ok;
}

interface Outcome {
  state: LoadedState | undefined;
  plan: Plan | undefined;
  diagnostics: Diagnostic[];
  files: AppliedFile[];
  refused: boolean;
  finish?: FinishReport | undefined;
  /** --dry-run: what the service manager would be asked to do. */
  wouldDo?: Decision | undefined;
}

function report(rt: Runtime, options: MutatingOptions, outcome: Outcome): void {
  const { io } = rt;
  const { plan, state, finish } = outcome;
  const changes = outcome.refused ? [] : (plan?.changes ?? []);
  const changed = changes.length > 0;
  const wouldDo = outcome.wouldDo;
  const wouldAct = changed && wouldDo && wouldDo.action !== 'none' && state ? { action: wouldDo.action, because: wouldDo.because, state: state.plan, plan: plan! } : undefined;
  // --json carries the note in English; the text says it in the reader's language.
  const dryRunNote: Diagnostic | undefined = wouldAct
    ? {
        id: 'restart-needed',
        severity: 'info',
        message: `dockerd would be ${wouldAct.action === 'reload' ? 'reloaded' : 'restarted'} (${englishReason(wouldAct.because)})`,
        hint: restartHint(english, wouldAct.state, wouldAct.plan, wouldAct.action),
        fixable: false,
      }
    : undefined;
  const diagnostics = [...outcome.diagnostics, ...(finish?.diagnostics ?? []), ...(dryRunNote ? [dryRunNote] : [])];

  if (io.json) {
    io.result({
      ok: !outcome.refused && !diagnostics.some((d) => d.severity === 'error') && (finish?.service.ok ?? true),
      changed,
      dryRun: options.dryRun,
      engineVersion: state ? formatVersion(state.engine.version) : undefined,
      files: outcome.refused
        ? []
        : (plan?.changes ?? []).map((c) => {
            const applied = outcome.files.find((f) => f.path === c.path);
            return { path: c.path, changed: applied?.changed ?? true, backup: applied?.backup ?? null };
          }),
      ...(finish ? serviceFields(finish) : { service: { manager: state?.plan.manager ?? 'none', action: 'none', ok: true, daemonReload: false }, verified: false, rolledBack: false }),
      diagnostics,
    });
    return;
  }
  if (options.dryRun || options.diff) {
    for (const c of changes) io.say(changeDiff(c, io.style));
  }
  // What the files say first; what the daemon did with them after the files are named.
  io.diagnostics(outcome.diagnostics.filter((d) => d.severity !== 'info'));
  if (outcome.refused) {
    io.say(io.t('mutate.refused', { summary: renderSummary(outcome.diagnostics, io.lang) }));
    return;
  }
  if (!changed) {
    io.say(io.t('mutate.nothingToChange'));
    return;
  }
  for (const c of changes) {
    const applied = outcome.files.find((f) => f.path === c.path);
    io.say(options.dryRun ? io.t('mutate.wouldChange', { path: c.path }) : io.t('mutate.changed', { path: c.path, backup: applied?.backup }));
  }
  if (finish) sayService(rt, finish);
  for (const d of outcome.diagnostics.filter((x) => x.severity === 'info')) io.say(noteLine(io, d));
  if (wouldAct) {
    const runs = restartHint(io.t, wouldAct.state, wouldAct.plan, wouldAct.action);
    io.say(io.t('mutate.wouldAct', { action: wouldAct.action, reason: reasonText(wouldAct.because, io.t), runs }));
  }
}

const english = translator('en');

function restartHint(t: Translate, state: PlanState, plan: Plan, action: 'reload' | 'restart'): string {
  if (state.manager === 'systemd') return action === 'reload' ? t('mutate.runs.systemdReload') : t('mutate.runs.systemdRestart', { daemonReload: plan.needsDaemonReload });
  if (state.manager === 'sysvinit') return t(action === 'reload' ? 'mutate.runs.sysvinitReload' : 'mutate.runs.sysvinitRestart');
  return t('mutate.runs.other');
}
