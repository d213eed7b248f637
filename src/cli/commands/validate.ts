import { formatVersion } from '../../engine/version.js';
import { renderSummary } from '../../output/render.js';
import { hasErrors } from '../../diagnostics/types.js';
import { defineCommand } from '../command.js';
import { EXIT } from '../errors.js';
import { loadState, validateState } from '../load.js';
import type { GlobalOptions } from '../options.js';

type ValidateOptions = GlobalOptions & { file?: string };

export const validateCommand = defineCommand<ValidateOptions>({
  command: 'validate [file]',
  describe: 'check daemon.json and the daemon flags as the installed dockerd would (exit 1: it would refuse to start)',
  builder: (y) => y.positional('file', { type: 'string', describe: 'the daemon.json to check (default: the one dockerd reads)' }),
  run: async (args, { ctx, io }) => {
    const state = await loadState(ctx, { ...args, configFile: args.file ?? args.configFile });
    const diagnostics = validateState(state, state.plan.daemonJson.text, state.plan.args, args.strict, state.daemonJsonBytes);
    const ok = !hasErrors(diagnostics);
    io.result({ ok, engineVersion: formatVersion(state.engine.version), file: state.plan.daemonJson.path, diagnostics });
    io.diagnostics(diagnostics);
    const engine = `dockerd ${formatVersion(state.engine.version)} (${state.engine.how})`;
    io.say(
      ok
        ? `${state.plan.daemonJson.path}: ${engine} would accept this configuration${diagnostics.length > 0 ? ` (${renderSummary(diagnostics)})` : ''}.`
        : `${state.plan.daemonJson.path}: ${engine} would refuse to start (${renderSummary(diagnostics)}).`,
    );
    return ok ? EXIT.ok : EXIT.problems;
  },
});
