import { defineCommand } from '../command.js';
import { EXIT } from '../errors.js';
import { loadState, validateState } from '../load.js';
import { withMutatingOptions, type MutatingOptions } from '../options.js';
import { finishAfterWrite, sayService, serviceFields } from '../service-step.js';

export const repairCommand = defineCommand<MutatingOptions>({
  command: 'repair',
  describe: (t) => t('help.command.repair'),
  builder: (y, t) => withMutatingOptions(y, t),
  run: async (args, rt) => {
    const { ctx, io } = rt;
    // The write path and the repairer are chunks of their own (see ../lazy.ts).
    const [{ applyChanges, SafeWriteError, withLock }, { repairDaemonJson, repairFailureDiagnostic }, { colorDiff, unifiedDiff }] = await Promise.all([
      import('../../apply/index.js'),
      import('../../repair/index.js'),
      import('../../output/diff.js'),
    ]);
    const attempt = async () => {
      const state = await loadState(ctx, args);
      const { path, text } = state.plan.daemonJson;
      if (text === null) return { path, result: undefined, files: [], state, finish: undefined };
      const result = repairDaemonJson(text);
      if (!result.ok || result.text === text) return { path, result, files: [], state, finish: undefined };
      const change = { path, kind: 'daemon-json' as const, before: state.daemonJsonBytes, after: result.text };
      const applied = await applyChanges(ctx, [change], { dryRun: args.dryRun, reason: 'repair' });
      const finish = args.dryRun
        ? undefined
        : await finishAfterWrite(rt, args, { state, changes: [change], files: applied.files, jsonAfter: Buffer.from(result.text, 'utf8'), argsAfter: state.plan.args });
      return { path, result, files: applied.files, state, finish };
    };
    let outcome: Awaited<ReturnType<typeof attempt>>;
    try {
      outcome = args.dryRun ? await attempt() : await withLock(ctx, attempt);
    } catch (error) {
      if (!(error instanceof SafeWriteError)) throw error;
      io.result({ ok: false, changed: false, dryRun: args.dryRun, files: [], diagnostics: [error.diagnostic] });
      io.diagnostics([error.diagnostic]);
      return error.exitCode;
    }
    const { path, result, state } = outcome;
    if (!result) {
      io.result({ ok: true, changed: false, dryRun: args.dryRun, files: [], actions: [], diagnostics: [] });
      io.say(io.t('repair.missing', { path }));
      return EXIT.ok;
    }
    if (!result.ok) {
      const diagnostic = repairFailureDiagnostic(path, result);
      io.result({ ok: false, changed: false, dryRun: args.dryRun, files: [], actions: [], diagnostics: [diagnostic] });
      io.diagnostics([diagnostic]);
      io.say(io.t('repair.nothingChanged'));
      return EXIT.problems;
    }
    const changed = result.text !== state.plan.daemonJson.text;
    // What is left once the syntax is right (unknown keys, bad values) is for the other commands.
    const remaining = changed ? validateState(state, result.text, state.plan.args, args.strict).filter((d) => d.severity !== 'info') : [];
    const file = outcome.files[0];
    const { finish } = outcome;
    const failed = finish !== undefined && (!finish.service.ok || finish.rolledBack);
    io.result({
      ok: !failed,
      changed,
      dryRun: args.dryRun,
      files: changed ? [{ path, changed: true, backup: file?.backup ?? null }] : [],
      actions: result.actions,
      ...serviceFields(finish),
      diagnostics: [...remaining, ...(finish?.diagnostics ?? [])],
    });
    if (!changed) {
      io.say(io.t('repair.alreadyStrict', { path }));
      return EXIT.ok;
    }
    if (args.dryRun || args.diff) io.say(colorDiff(unifiedDiff(path, state.plan.daemonJson.text, result.text).trimEnd(), io.style));
    for (const action of result.actions) io.say(`  - ${action}`);
    io.say(args.dryRun ? io.t('repair.would', { path }) : io.t('repair.done', { path, backup: file?.backup }));
    io.diagnostics(remaining);
    if (finish) sayService(rt, finish);
    if (failed) return EXIT.problems;
    return args.detailedExitcode ? EXIT.changed : EXIT.ok;
  },
});
