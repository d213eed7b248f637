import type { Argv } from 'yargs';
import { examine, sayFixes, shownAs } from '../../doctor/examine.js';
import type { CheckResult, Finding, Group } from '../../doctor/types.js';
import { defineCommand } from '../command.js';
import { EXIT } from '../errors.js';
import type { Translate } from '../../i18n/index.js';
import { english } from '../../i18n/said.js';
import { withMutatingOptions, type GlobalOptions, type MutatingOptions } from '../options.js';
import { changeExitCode, serviceFields } from '../../change/report.js';

// --fix is a change like any other: it takes every mutating option (--timeout stays the probes' here).
type DoctorOptions = MutatingOptions & {
  fix: boolean;
  offline: boolean;
  only?: Group;
};

// How long a fix's restart may take to come up (the probes' --timeout is much shorter).
const RESTART_WAIT_SECONDS = 30;

const builder = (y: Argv<GlobalOptions>, t: Translate) =>
  withMutatingOptions(y, t)
    .option('fix', { type: 'boolean', default: false, describe: t('doctor.help.fix') })
    .option('offline', { type: 'boolean', default: false, describe: t('doctor.help.offline') })
    .option('only', {
      type: 'string',
      choices: ['config', 'service', 'network', 'security'],
      describe: t('doctor.help.only'),
    })
    .option('timeout', { type: 'number', default: 5, describe: t('doctor.help.timeout') })
    .option('dry-run', { type: 'boolean', default: false, describe: t('doctor.help.dryRun') })
    .option('daemon-log', { type: 'string', describe: t('doctor.help.daemonLog') }) as unknown as Argv<DoctorOptions>;

/** A finding for --json: the diagnostic, with its fix and the log's evidence as English words. */
function jsonFinding(f: Finding, check: string): Record<string, unknown> {
  const { fix, evidence, ...diagnostic } = f;
  const described =
    fix === undefined
      ? undefined
      : fix.kind === 'repair'
        ? 'repair daemon.json'
        : fix.kind === 'chmod'
          ? `chmod ${fix.mode.toString(8).padStart(4, '0')} ${fix.path}`
          : english(fix.describe);
  return {
    ...diagnostic,
    check,
    ...(evidence ? { evidence: english(evidence) } : {}),
    ...(described ? { fix: described } : {}),
  };
}

const findingsOf = (results: readonly CheckResult[]): Finding[] => results.flatMap((r) => r.findings);

export const doctorCommand = defineCommand<DoctorOptions>({
  command: 'doctor',
  describe: (t) => t('doctor.help'),
  builder,
  run: async (args, rt) => {
    const { io } = rt;
    const { renderReport, summaryLine } = await import('../../doctor/render.js');
    let { results, engine } = await examine(rt, args);
    let fixed: Awaited<ReturnType<typeof import('../../doctor/fix.js').applyFixes>> | undefined;
    let doneInEnglish: string[] = [];

    if (args.fix) {
      const fixable = findingsOf(results).filter((f) => f.fix && f.severity !== 'info');
      if (fixable.length > 0) {
        const { applyFixes, fixStepSaid } = await import('../../doctor/fix.js');
        const options: MutatingOptions = { ...args, timeout: Math.max(RESTART_WAIT_SECONDS, args.timeout) };
        if (!io.json) {
          io.say(renderReport(results, io.style, args.verbose, io.t).join('\n'));
          io.say('');
          io.say(io.t(args.dryRun ? 'doctor.wouldFix' : 'doctor.fixing'));
        }
        fixed = await applyFixes(rt, options, fixable);
        // In English whatever the language: --json is for scripts.
        doneInEnglish = fixed.done.map((step) => english(fixStepSaid(step, args.dryRun)));
        if (!io.json) await sayFixes(rt, fixed, args.dryRun, new Set(findingsOf(results).map(shownAs)));
        // What is true now, after the fixes.
        if (!args.dryRun) ({ results, engine } = await examine(rt, args));
      } else if (!io.json) io.note(io.t('doctor.nothingToFix'));
    }

    const findings = findingsOf(results);
    const fixFailed = fixed?.result !== undefined && changeExitCode(fixed.result, args) === EXIT.problems;
    const failed =
      findings.some((f) => f.severity === 'error') ||
      (fixed !== undefined && (fixed.diagnostics.length > 0 || fixFailed));
    io.result({
      ok: !failed,
      engineVersion: engine,
      checks: results.map((r) => ({
        id: r.check.id,
        title: r.check.title,
        group: r.check.group,
        status: r.status,
        ...(r.note ? { note: r.note } : {}),
      })),
      diagnostics: results.flatMap((r) => r.findings.map((f) => jsonFinding(f, r.check.id))),
      ...(fixed
        ? {
            fixed: {
              dryRun: args.dryRun,
              done: doneInEnglish,
              files: fixed.files.filter((f) => f.changed).map((f) => ({ path: f.path, backup: f.backup ?? null })),
              ...(fixed.result
                ? {
                    outcome: fixed.result.outcome,
                    ...(fixed.result.kept ? { kept: { because: fixed.result.kept } } : {}),
                  }
                : {}),
              ...(fixed.finish ? serviceFields(fixed.finish) : {}),
              diagnostics: [...fixed.diagnostics, ...(fixed.finish?.diagnostics ?? [])],
            },
          }
        : {}),
    });
    // The report once; again after fixes only when they changed something (a dry run's "after" is its "before").
    const reportedBefore = fixed !== undefined;
    const changedSomething = fixed !== undefined && !args.dryRun && fixed.done.length > 0;
    if (!io.json) {
      if (!reportedBefore || changedSomething) {
        io.say(renderReport(results, io.style, args.verbose, io.t).join('\n'));
        io.say('');
      }
      // After --fix ran, "N can be fixed with doctor --fix" is not news: what it did or refused is said above.
      io.say(summaryLine(results, io.t, { offerFix: !reportedBefore }));
      if (!args.verbose && findings.some((f) => f.severity === 'info')) io.say(io.t('doctor.details'));
    }
    if (failed) return EXIT.problems;
    return changedSomething && args.detailedExitcode ? EXIT.changed : EXIT.ok;
  },
});
