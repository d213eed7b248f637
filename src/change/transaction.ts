/**
 * The change transaction: the one path every changing command takes (mirror|insecure|host, set,
 * unset, apply, repair, rollback, restart, reload, doctor --fix, the wizard).
 *
 *   lock → load (re-read) → propose (the command's plan, judged) → plan the service step and ask
 *   for consent → back up and write → reload or restart → verify → roll back, or keep and say why.
 *
 * Every run ends in exactly one outcome; nothing here prints (cli/ and wizard/ render the result).
 */
import {
  applyChanges,
  restoreBackups,
  SafeWriteError,
  undoInterruptedChange,
  withLock,
  type AppliedFile,
  type InterruptedChange,
} from '../apply/index.js';
import type { Ctx } from '../context.js';
import { message } from '../diagnostics/say.js';
import { hasErrors, type Diagnostic } from '../diagnostics/types.js';
import {
  planService,
  previewRefusal,
  previewService,
  runService,
  type FinishReport,
  type FinishRequest,
  type Interaction,
  type KeptBecause,
  type ServicePreview,
} from '../lifecycle/finish.js';
import type { FileChange } from '../plan/types.js';
import type { DaemonArg } from '../model/daemon-arg.js';
import { beforeAndAfter, finishOptions } from './configuration.js';
import type { MutatingOptions } from './options.js';
import { currentDiagnostics, loadState, type LoadedState } from './state.js';

/** What a command wants written, computed from the state read under the lock. */
export interface Proposal {
  changes: FileChange[];
  /** Rollback: make the files hold these backups' bytes exactly, instead of writing `changes`. */
  restore?: readonly string[];
  /** daemon.json as dockerd will read it afterwards (exact bytes; null: absent). Default: from `changes`. */
  jsonAfter?: Uint8Array | null;
  /** dockerd's flags afterwards. Default: as they are. */
  argsAfter?: readonly DaemonArg[];
  /** The request's and the plan's findings, then what the result introduces. */
  diagnostics: Diagnostic[];
  /** Findings of the current files the change mends. */
  fixed?: Diagnostic[];
  /** Nothing may be written: an error in the request, or the result is worse. */
  refused: boolean;
  /** auto: reload or restart as the change needs; restart/reload: the command of that name. */
  service?: FinishRequest['mode'];
}

export interface ChangeRequest<P extends Proposal = Proposal> {
  /** Stored with each backup ("mirror add https://m.example"). */
  reason: string;
  propose(state: LoadedState): P | Promise<P>;
  /** The person asked for this restart itself (`restart`): no question about the containers it stops. */
  consented?: boolean;
}

/** Exactly one of these ends every change (DESIGN.md, "Every change ends in exactly one outcome"). */
export type Outcome =
  | 'applied'
  | 'unchanged'
  | 'dry-run'
  | 'refused'
  | 'rolled-back'
  | 'kept'
  | 'rollback-failed'
  | 'failed';

export interface ChangeResult<P extends Proposal = Proposal> {
  outcome: Outcome;
  /** outcome "kept": why the change is written but not proven. */
  kept?: KeptBecause;
  state?: LoadedState;
  proposal?: P;
  /** What the write did to each file (empty when nothing was written). */
  files: AppliedFile[];
  /** The proposal's findings, a refusal, a write that failed; the service step's are in `finish`. */
  diagnostics: Diagnostic[];
  finish?: FinishReport;
  /** --dry-run: what the service step would do. */
  wouldDo?: ServicePreview;
  /** A write that failed: its exit code (77 for permission denied). */
  writeExitCode?: number;
}

const jsonAfterOf = (state: LoadedState, proposal: Proposal): Uint8Array | null => {
  if (proposal.jsonAfter !== undefined) return proposal.jsonAfter;
  const json = proposal.changes.find((c) => c.kind === 'daemon-json');
  return json ? Buffer.from(json.after, 'utf8') : state.daemonJsonBytes;
};

/** The service step's request: before and after as dockerd reads them, which file kinds change. */
function serviceRequest(
  ctx: Ctx,
  state: LoadedState,
  proposal: Proposal,
  options: MutatingOptions,
  consented: boolean,
): FinishRequest {
  return {
    mode: proposal.service ?? 'auto',
    ...beforeAndAfter(state, {
      changes: proposal.changes,
      jsonAfter: jsonAfterOf(state, proposal),
      argsAfter: proposal.argsAfter ?? state.plan.args,
    }),
    backups: [],
    sources: state.raw,
    options: finishOptions(ctx, options),
    beforeBroken: hasErrors(currentDiagnostics(state, options.strict)),
    consented,
  };
}

const OUTCOME_OF: Record<FinishReport['outcome'], Outcome> = {
  verified: 'applied',
  'nothing-to-do': 'applied',
  kept: 'kept',
  'rolled-back': 'rolled-back',
  'rollback-failed': 'rollback-failed',
  failed: 'failed',
};

/** Run one change to its outcome. Throws only what is not ours to explain (bugs). */
/** What the undo of a cut-off change did, as a note of the change that followed it. */
function undoneNote(undone: InterruptedChange): Diagnostic {
  return {
    id: 'interrupted-change',
    severity: 'info',
    ...message('change.interrupted.undone', { at: undone.intent.at, files: undone.restored.join(', ') }),
    fixable: false,
  };
}

export async function runChange<P extends Proposal>(
  ctx: Ctx,
  io: Interaction,
  options: MutatingOptions,
  request: ChangeRequest<P>,
): Promise<ChangeResult<P>> {
  const attempt = async (): Promise<ChangeResult<P>> => {
    // A change of several files an earlier run left half made is undone before anything is read.
    const undone = options.dryRun ? undefined : undoInterruptedChange(ctx);
    const state = await loadState(ctx, options);
    const proposal = await request.propose(state);
    const diagnostics =
      undone && !undone.finished ? [undoneNote(undone), ...proposal.diagnostics] : proposal.diagnostics;
    const base = { state, proposal, files: [] as AppliedFile[], diagnostics };
    if (proposal.refused) return { ...base, outcome: 'refused' };
    const mode = proposal.service ?? 'auto';
    const writes = proposal.changes.length > 0 || (proposal.restore?.length ?? 0) > 0;
    if (!writes && mode === 'auto') return { ...base, outcome: 'unchanged' };
    const service = serviceRequest(ctx, state, proposal, options, request.consented ?? false);
    if (options.dryRun) {
      const wouldDo = previewService(ctx, service);
      const refusal = await previewRefusal(ctx, service, wouldDo);
      if (refusal) return { ...base, outcome: 'refused', diagnostics: [...diagnostics, refusal], wouldDo };
      return { ...base, outcome: 'dry-run', wouldDo };
    }

    // Decided before writing: a missing consent refuses the change while nothing has changed.
    const plan = await planService(ctx, io, service);
    if (plan.refusal) return { ...base, outcome: 'refused', diagnostics: [...diagnostics, plan.refusal] };
    const applied = proposal.restore
      ? await restoreBackups(ctx, proposal.restore, { reason: request.reason })
      : await applyChanges(ctx, proposal.changes, { reason: request.reason });
    const backups = applied.files.filter((f) => f.changed && f.backup).map((f) => f.backup as string);
    if (backups.length === 0 && mode === 'auto') return { ...base, files: applied.files, outcome: 'unchanged' };
    const finish = await runService(ctx, io, { ...service, backups }, plan);
    return {
      ...base,
      files: applied.files,
      finish,
      outcome: OUTCOME_OF[finish.outcome],
      ...(finish.kept ? { kept: finish.kept } : {}),
    };
  };
  try {
    return options.dryRun ? await attempt() : await withLock(ctx, attempt);
  } catch (error) {
    if (!(error instanceof SafeWriteError)) throw error;
    return { outcome: 'refused', files: [], diagnostics: [error.diagnostic], writeExitCode: error.exitCode };
  }
}
