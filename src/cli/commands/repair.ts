import type { Proposal } from '../../change/transaction.js';
import type { RepairResult } from '../../repair/index.js';
import { english, said, sayIn } from '../../i18n/said.js';
import { defineCommand } from '../command.js';
import { EXIT } from '../errors.js';
import { withMutatingOptions, type MutatingOptions } from '../options.js';

type RepairProposal = Proposal & { path: string; repaired?: RepairResult };

/** How many sequences of `bytes` decoding turned into U+FFFD (0 when the file is UTF-8, or not UTF-8 at all). */
function invalidUtf8Sequences(bytes: Uint8Array | null, text: string): number {
  if (bytes === null || bytes[0] === 0xfe || bytes[0] === 0xff) return 0; // UTF-16 is decoded by its BOM
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 0;
  } catch {
    const inText = [...text.matchAll(/\ufffd/g)].length;
    const written = Buffer.from(bytes).toString('latin1').split('\xef\xbf\xbd').length - 1;
    return Math.max(1, inText - written);
  }
}

export const repairCommand = defineCommand<MutatingOptions>({
  command: 'repair',
  describe: (t) => t('help.command.repair'),
  builder: (y, t) => withMutatingOptions(y, t),
  run: async (args, rt) => {
    const { io } = rt;
    // The write path and the repairer are chunks of their own (see ../lazy.ts).
    const [
      { runChange },
      { changeExitCode, changeJson },
      { sayChange },
      { validateState },
      { repairDaemonJson, repairFailureDiagnostic },
      { insecureTcpRefusals },
    ] = await Promise.all([
      import('../../change/transaction.js'),
      import('../../change/report.js'),
      import('../../output/change-text.js'),
      import('../../change/state.js'),
      import('../../repair/index.js'),
      import('../../change/judge.js'),
    ]);
    const result = await runChange<RepairProposal>(rt.ctx, io, args, {
      reason: 'repair',
      propose: (state) => {
        const { path, text } = state.plan.daemonJson;
        const none: RepairProposal = { path, changes: [], diagnostics: [], refused: false };
        if (text === null) return none;
        const decoded = repairDaemonJson(text);
        if (!decoded.ok)
          return { ...none, repaired: decoded, refused: true, diagnostics: [repairFailureDiagnostic(path, decoded)] };
        // Bytes that are not UTF-8 were read as U+FFFD, as Go reads them inside a string: writing
        // that down is a repair too, never "already strict".
        const replaced = invalidUtf8Sequences(state.daemonJsonBytes, text);
        const repaired: RepairResult = replaced
          ? { ...decoded, actions: [...decoded.actions, said('files.repair.action.invalidUtf8', { count: replaced })] }
          : decoded;
        if (repaired.text === text && !replaced) return { ...none, repaired };
        // What is left once the syntax is right (unknown keys, bad values) is for the other commands.
        const remaining = validateState(state, repaired.text, state.plan.args, args.strict).filter(
          (d) => d.severity !== 'info',
        );
        // dockerd could not read the file, so it listened on none of it: a mended tcp://0.0.0.0 opens anew.
        const tcp = insecureTcpRefusals(
          state,
          Buffer.from(repaired.text, 'utf8'),
          state.plan.args,
          args.allowInsecureTcp,
        );
        if (tcp.length > 0) return { ...none, repaired, refused: true, diagnostics: tcp };
        return {
          ...none,
          repaired,
          diagnostics: remaining,
          changes: [{ path, kind: 'daemon-json', before: state.daemonJsonBytes, after: repaired.text }],
        };
      },
    });
    const repaired = result.proposal?.repaired;
    const actions = repaired?.ok ? repaired.actions : [];
    io.result(changeJson(result, args, { actions: actions.map(english) }));
    const path = result.proposal?.path;
    if (path !== undefined && !repaired && result.outcome === 'unchanged') {
      io.say(io.t('repair.missing', { path }));
      return EXIT.ok;
    }
    if (
      path !== undefined &&
      repaired?.ok &&
      result.outcome === 'unchanged' &&
      (result.proposal?.changes.length ?? 0) === 0
    ) {
      io.say(io.t('repair.alreadyStrict', { path }));
      return EXIT.ok;
    }
    for (const action of actions) if (result.outcome !== 'refused') io.say(`  - ${sayIn(io.lang, action)}`);
    sayChange(io, result, {
      ...args,
      fileLine: (c, applied) =>
        args.dryRun
          ? io.t('repair.would', { path: c.path })
          : io.t('repair.done', { path: c.path, backup: applied?.backup }),
    });
    return changeExitCode(result, args);
  },
});
