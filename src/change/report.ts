// A change's result as the contract states it: its exit code and its one --json document.
import { EXIT } from '../diagnostics/errors.js';
import { maskCredentials } from '../diagnostics/redact.js';
import { shownTexts } from '../output/diff.js';
import type { FileChange } from '../plan/types.js';
import { hasErrors, type Diagnostic } from '../diagnostics/types.js';
import { formatVersion } from '../engine/version.js';
import { reasonSaid } from '../lifecycle/reason.js';
import { hint, message } from '../diagnostics/say.js';
import { said } from '../i18n/said.js';
import { keptIsFailure, type FinishReport } from '../lifecycle/finish.js';
import type { MutatingOptions } from './options.js';
import type { ChangeResult } from './transaction.js';

/** The files the change touches (or would touch, with --dry-run). */
export const changedFiles = (result: ChangeResult): number =>
  result.outcome === 'refused' ? 0 : (result.proposal?.changes.length ?? 0);

/** Every finding, the service step's after the plan's. */
export const allDiagnostics = (result: ChangeResult): Diagnostic[] => [
  ...result.diagnostics,
  ...(result.finish?.diagnostics ?? []),
];

export function changeExitCode(result: ChangeResult, options: Pick<MutatingOptions, 'detailedExitcode'>): number {
  switch (result.outcome) {
    case 'refused':
      return result.writeExitCode ?? EXIT.problems;
    case 'rolled-back':
    case 'rollback-failed':
    case 'failed':
      return EXIT.problems;
    case 'kept':
      if (keptIsFailure(result.kept)) return EXIT.problems;
  }
  if (hasErrors(result.diagnostics)) return EXIT.problems;
  return changedFiles(result) > 0 && result.outcome !== 'unchanged' && options.detailedExitcode
    ? EXIT.changed
    : EXIT.ok;
}

/** The service part of a --json document. */
export function serviceFields(finish: FinishReport | undefined, manager = 'none'): Record<string, unknown> {
  if (!finish)
    return { service: { manager, action: 'none', ok: true, daemonReload: false }, verified: false, rolledBack: false };
  return {
    service: finish.service,
    verified: finish.verified,
    ...(finish.differences.length > 0 ? { differences: finish.differences } : {}),
    ...(finish.answered.length > 0 ? { listeners: finish.answered } : {}),
    rolledBack: finish.rolledBack,
    ...(finish.rolledBack ? { restored: finish.restored } : {}),
    ...(finish.stoppedContainers.length > 0 ? { stoppedContainers: finish.stoppedContainers } : {}),
  };
}

/**
 * With --diff, a touched file's text before and after the change (before null: the file is new), as
 * the text diff shows it (output/diff.ts shownTexts), credentials masked.
 */
export function fileTexts(change: FileChange): { before: string | null; after: string } {
  const { before, after } = shownTexts({ ...change, after: change.remove ? '' : change.after });
  return { before: before === null ? null : maskCredentials(before), after: maskCredentials(after) };
}

/** The --json document of a change: the contract's fields, then the command's own. */
export function changeJson(
  result: ChangeResult,
  options: MutatingOptions,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const exit = changeExitCode(result, options);
  const notes: Diagnostic[] = [];
  const wouldDo = result.wouldDo;
  if (wouldDo && wouldDo.action !== 'none' && changedFiles(result) > 0) {
    notes.push({
      id: 'restart-needed',
      severity: 'info',
      ...message('change.wouldAct', { action: wouldDo.action, reason: reasonSaid(wouldDo.because) }),
      ...(wouldDo.runs
        ? hint('mutate.runs.command', { line: wouldDo.runs })
        : hint('mutate.runs.none', { why: wouldDo.manualSays ?? wouldDo.manual ?? said('change.noServiceManager') })),
      fixable: false,
    });
  }
  return {
    ok: exit === EXIT.ok || exit === EXIT.changed,
    outcome: result.outcome,
    ...(result.kept ? { kept: { because: result.kept } } : {}),
    changed: changedFiles(result) > 0 && result.outcome !== 'unchanged',
    dryRun: options.dryRun,
    engineVersion: result.state ? formatVersion(result.state.engine.version) : undefined,
    files:
      result.outcome === 'refused'
        ? []
        : (result.proposal?.changes ?? []).map((c) => {
            const applied = result.files.find((f) => f.path === c.path);
            return {
              path: c.path,
              changed: applied?.changed ?? true,
              backup: applied?.backup ?? null,
              ...(options.diff ? fileTexts(c) : {}),
            };
          }),
    ...serviceFields(result.finish, wouldDo?.manager ?? result.state?.plan.manager),
    ...extra,
    ...(result.proposal?.fixed?.length && result.outcome !== 'refused' ? { fixed: result.proposal.fixed } : {}),
    diagnostics: [...allDiagnostics(result), ...notes],
  };
}
