/**
 * doctor --fix: the findings' fixes as one transaction through the safe write path. Under the
 * lock: re-read, repair daemon.json's syntax, plan the setting changes on the repaired text,
 * refuse anything that leaves a new error, back up and write, then restart or reload, verify,
 * roll back on failure. File modes are mended on their own (they do not touch dockerd).
 */
import type { AppliedFile } from '../apply/index.js';
import type { MutatingOptions } from '../change/options.js';
import { validateState, type LoadedState } from '../change/state.js';
import { runChange, type ChangeResult, type Proposal } from '../change/transaction.js';
import { insecureTcpRefusals } from '../change/judge.js';
import type { Runtime } from '../output/io.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { said, type Said } from '../i18n/said.js';
import type { FinishReport } from '../lifecycle/finish.js';
import { argsAfterPlan } from '../plan/args-after.js';
import { makePlan, type Intent } from '../plan/make-plan.js';
import type { FileChange } from '../plan/types.js';
import { repairDaemonJson, repairFailureDiagnostic } from '../repair/index.js';
import type { DaemonArg } from '../model/daemon-arg.js';
import type { Finding } from './types.js';
import { validationFix } from './validation-fixes.js';

/** One thing --fix did (or would do, with --dry-run): data, put into words by `fixStepSaid`. */
export type FixStep =
  | { kind: 'chmod'; mode: number; path: string }
  | { kind: 'repaired'; action: Said }
  | { kind: 'changed'; path: string; backup?: string }
  | { kind: 'service'; action: 'reload' | 'restart' };

export function fixStepSaid(step: FixStep, dryRun: boolean): Said {
  switch (step.kind) {
    case 'chmod':
      return said('doctor.step.chmod', { mode: octal(step.mode), path: step.path, dryRun });
    case 'repaired':
      return said('doctor.step.repaired', { action: step.action });
    case 'changed':
      return dryRun
        ? said('mutate.wouldChange', { path: step.path })
        : said('mutate.changed', { path: step.path, backup: step.backup });
    case 'service':
      return said('doctor.step.service', { action: step.action });
  }
}

export interface FixOutcome {
  /** What was done (or would be, with --dry-run), in order. */
  done: FixStep[];
  changes: FileChange[];
  files: AppliedFile[];
  finish?: FinishReport;
  /** Why a fix was not applied. */
  diagnostics: Diagnostic[];
  /** The change transaction's result (its outcome for --json). */
  result?: ChangeResult;
}

/** The fixes of these findings, merged: one repair, the intents in order, the strongest service action. */
export function mergeFixes(findings: readonly Finding[]): {
  repair: boolean;
  intents: Intent[];
  service?: 'reload' | 'restart';
  chmod: { path: string; mode: number }[];
} {
  const merged = {
    repair: false,
    intents: [] as Intent[],
    service: undefined as 'reload' | 'restart' | undefined,
    chmod: [] as { path: string; mode: number }[],
  };
  for (const f of findings) {
    const fix = f.fix;
    if (!fix) continue;
    switch (fix.kind) {
      case 'repair':
        merged.repair = true;
        break;
      case 'intents':
        merged.intents.push(...fix.intents);
        break;
      case 'restart':
        merged.service = merged.service === 'restart' || fix.mode === 'restart' ? 'restart' : 'reload';
        break;
      case 'chmod':
        if (!merged.chmod.some((c) => c.path === fix.path)) merged.chmod.push({ path: fix.path, mode: fix.mode });
        break;
    }
  }
  return merged;
}

const octal = (mode: number): string => mode.toString(8).padStart(4, '0');

/** The file changes of the merged fixes on the state read under the lock; refusals as diagnostics. */
interface PlannedFixes {
  changes: FileChange[];
  jsonAfter: string | null;
  argsAfter: readonly DaemonArg[];
  /** The fixes would add an error: nothing is written. */
  refusals: Diagnostic[];
  /** Errors no fix mends: dockerd would still refuse the files, so none is written. */
  remaining: Diagnostic[];
  actions: Said[];
}

const sameProblem = (d: Diagnostic): string => `${d.id}|${d.key ?? d.message}`;
const errorsOf = (list: readonly Diagnostic[]): Diagnostic[] => list.filter((d) => d.severity === 'error');

function planFixes(state: LoadedState, merged: ReturnType<typeof mergeFixes>, strict: boolean): PlannedFixes {
  let text = state.plan.daemonJson.text;
  const actions: Said[] = [];
  const refused = (refusals: Diagnostic[]): PlannedFixes => ({
    changes: [],
    jsonAfter: text,
    argsAfter: state.plan.args,
    refusals,
    remaining: [],
    actions,
  });
  if (merged.repair && text !== null) {
    const repaired = repairDaemonJson(text);
    if (!repaired.ok) return refused([repairFailureDiagnostic(state.plan.daemonJson.path, repaired)]);
    actions.push(...repaired.actions);
    text = repaired.text;
  }
  // A second pass on the repaired text: the dangling comma hid what comes after it (ESLint's multipass, in two).
  const baseline = errorsOf(validateState(state, text, state.plan.args, strict));
  const intents = [...merged.intents];
  if (merged.repair) {
    for (const d of baseline) {
      const fix = validationFix(d, state);
      if (fix?.kind === 'intents') intents.push(...fix.intents);
    }
  }
  const planState = { ...state.plan, daemonJson: { ...state.plan.daemonJson, text } };
  const plan = makePlan(planState, intents);
  if (errorsOf(plan.diagnostics).length > 0) return refused(errorsOf(plan.diagnostics));
  const argsAfter = argsAfterPlan(planState, plan);
  const jsonAfter = plan.changes.find((c) => c.kind === 'daemon-json')?.after ?? text;
  const changes: FileChange[] = plan.changes.filter((c) => c.kind !== 'daemon-json');
  if (jsonAfter !== state.plan.daemonJson.text && jsonAfter !== null) {
    changes.unshift({
      path: state.plan.daemonJson.path,
      kind: 'daemon-json',
      before: state.daemonJsonBytes,
      after: jsonAfter,
      // UTF-16 stays UTF-16 while the text keeps its BOM (a repair removes it: then UTF-8).
      encoding: state.plan.daemonJson.read?.encoding,
    });
  }
  // Never leave the files worse: no error the repaired files did not already have.
  const after = errorsOf(validateState(state, jsonAfter, argsAfter, strict));
  const known = new Set(baseline.map(sameProblem));
  const introduced = after.filter((d) => !known.has(sameProblem(d)));
  if (introduced.length > 0) return refused(introduced);
  return { changes, jsonAfter, argsAfter, refusals: [], remaining: after, actions };
}

/** planFixes as the change transaction takes it; the fix's own lines ride along. */
type FixProposal = Proposal & { actions: Said[] };

/** A fix may not open a TCP listener beyond loopback without TLS client verification (host add refuses it too). */
function opensInsecureTcp(state: LoadedState, planned: PlannedFixes, allow: boolean): Diagnostic[] {
  const touchesListeners =
    planned.changes.some((c) => c.kind === 'drop-in') || planned.jsonAfter !== state.plan.daemonJson.text;
  if (!touchesListeners) return [];
  // The write path's rule: refused when the fix opens a listener that was not open before (issue 14).
  return insecureTcpRefusals(
    state,
    planned.jsonAfter === null ? null : Buffer.from(planned.jsonAfter, 'utf8'),
    planned.argsAfter,
    allow,
  );
}

export async function applyFixes(
  rt: Runtime,
  options: MutatingOptions,
  findings: readonly Finding[],
): Promise<FixOutcome> {
  const { ctx } = rt;
  const merged = mergeFixes(findings);
  const outcome: FixOutcome = { done: [], changes: [], files: [], diagnostics: [] };

  for (const c of merged.chmod) {
    if (!options.dryRun) ctx.fs.chmodSync(c.path, c.mode);
    outcome.done.push({ kind: 'chmod', mode: c.mode, path: c.path });
  }
  if (!merged.repair && merged.intents.length === 0 && merged.service === undefined) return outcome;

  const result = await runChange<FixProposal>(ctx, rt.io, options, {
    reason: 'doctor --fix',
    propose: (state) => {
      const planned = planFixes(state, merged, options.strict);
      const refusals =
        planned.refusals.length > 0
          ? planned.refusals
          : [...planned.remaining, ...opensInsecureTcp(state, planned, options.allowInsecureTcp)];
      const service =
        merged.service === 'restart'
          ? 'restart'
          : planned.changes.length === 0 && merged.service
            ? merged.service
            : 'auto';
      // dockerd would still refuse the files: all or nothing, so nothing is written (`repair` mends syntax alone).
      if (refusals.length > 0) return { changes: [], diagnostics: refusals, refused: true, actions: [] };
      return {
        changes: planned.changes,
        jsonAfter: planned.jsonAfter === null ? null : Buffer.from(planned.jsonAfter, 'utf8'),
        argsAfter: planned.argsAfter,
        diagnostics: [],
        refused: false,
        service,
        actions: planned.actions,
      };
    },
  });
  outcome.result = result;
  outcome.diagnostics.push(...(result.outcome === 'refused' ? result.diagnostics : []));
  if (result.outcome === 'refused') return outcome;
  outcome.changes = result.proposal?.changes ?? [];
  outcome.files = result.files;
  outcome.done.push(...(result.proposal?.actions ?? []).map((action) => ({ kind: 'repaired' as const, action })));
  if (options.dryRun) {
    for (const c of outcome.changes) outcome.done.push({ kind: 'changed', path: c.path });
    if (merged.service) outcome.done.push({ kind: 'service', action: merged.service });
    return outcome;
  }
  for (const f of result.files.filter((x) => x.changed))
    outcome.done.push({ kind: 'changed', path: f.path, ...(f.backup ? { backup: f.backup } : {}) });
  if (result.finish) outcome.finish = result.finish;
  return outcome;
}
