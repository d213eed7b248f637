import { givenPath } from '../context.js';
import type { Runtime } from '../output/io.js';
import { loadState } from '../change/state.js';
import type { GlobalOptions } from '../change/options.js';
import { sayService } from '../output/change-text.js';
import { formatVersion } from '../engine/version.js';
import { said, sayIn } from '../i18n/said.js';
import { hintIn } from '../diagnostics/say.js';
import type { FixOutcome } from './fix.js';
import type { CheckResult, Group } from './types.js';
import type { Diagnostic } from '../diagnostics/types.js';

export interface ExamineOptions extends GlobalOptions {
  offline: boolean;
  only?: Group;
  /** Seconds per probe. */
  timeout: number;
  restartCmd?: string;
  daemonLog?: string;
}

/** Gather the facts once and run every check (or one group): doctor's report, and the wizard's first look. */
export async function examine(rt: Runtime, args: ExamineOptions): Promise<{ results: CheckResult[]; engine: string }> {
  const [{ gatherFacts }, { runChecks }, { CHECKS }] = await Promise.all([
    import('./facts.js'),
    import('./run.js'),
    import('./checks/index.js'),
  ]);
  const state = await loadState(rt.ctx, args);
  const facts = await gatherFacts(rt.ctx, state, {
    offline: args.offline,
    timeoutMs: Math.max(1, args.timeout) * 1000,
    strict: args.strict,
    ...(args.only !== undefined ? { only: args.only } : {}),
    ...(args.restartCmd !== undefined ? { restartCmd: args.restartCmd } : {}),
    ...(args.daemonLog !== undefined ? { daemonLog: givenPath(rt.ctx, args.daemonLog) } : {}),
  });
  return { results: runChecks(CHECKS, facts, args.only), engine: formatVersion(state.engine.version) };
}

/** A finding as the report shows it: the same id about the same key is the same finding. */
export const shownAs = (d: Pick<Diagnostic, 'id' | 'key'>): string => `${d.id}|${d.key ?? ''}`;

/**
 * What `--fix` did (or would do): one line per action, the diff with --dry-run, refusals, the service
 * step. A refusal for a finding the report above already showed (`shown`: shownAs) names it instead
 * of saying it again.
 */
export async function sayFixes(
  rt: Runtime,
  fixed: FixOutcome,
  dryRun: boolean,
  shown: ReadonlySet<string> = new Set(),
): Promise<void> {
  const { io } = rt;
  const { fixStepSaid } = await import('./fix.js');
  for (const step of fixed.done) io.say(`  ${sayIn(io.lang, fixStepSaid(step, dryRun))}`);
  if (dryRun) {
    const { changeDiff } = await import('../output/diff.js');
    for (const c of fixed.changes) io.say(changeDiff(c, io.style));
  }
  io.diagnostics(fixed.diagnostics.filter((d) => !shown.has(shownAs(d))));
  for (const d of fixed.diagnostics.filter((x) => shown.has(shownAs(x)))) {
    const hint = hintIn(io.lang, d);
    io.say(`✗ ${sayIn(io.lang, said('doctor.refusedAsAbove', { id: d.id }))}`);
    if (hint) io.say(`    → ${hint}`);
  }
  if (fixed.files.every((f) => !f.changed) && fixed.diagnostics.length > 0)
    io.say(io.t('doctor.nothingWritten', { dryRun }));
  if (fixed.finish) sayService(io, fixed.finish);
}
