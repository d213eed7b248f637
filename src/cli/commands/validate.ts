import { formatVersion } from '../../engine/version.js';
import { renderSummary } from '../../output/render.js';
import { hasErrors } from '../../diagnostics/types.js';
import { defineCommand } from '../command.js';
import { EXIT } from '../errors.js';
import { interruptedChangeNote } from '../../change/interrupted.js';
import { currentDiagnostics, loadState } from '../../change/state.js';
import type { GlobalOptions } from '../options.js';

type ValidateOptions = GlobalOptions & { file?: string };

export const validateCommand = defineCommand<ValidateOptions>({
  command: 'validate [file]',
  describe: (t) => t('help.command.validate'),
  builder: (y, t) => y.positional('file', { type: 'string', describe: t('help.option.validateFile') }),
  run: async (args, { ctx, io }) => {
    const state = await loadState(ctx, { ...args, configFile: args.file ?? args.configFile });
    const note = interruptedChangeNote(ctx);
    const diagnostics = [...(note ? [note] : []), ...currentDiagnostics(state, args.strict)];
    const ok = !hasErrors(diagnostics);
    io.result({
      ok,
      engineVersion: formatVersion(state.engine.version),
      file: state.plan.daemonJson.path,
      diagnostics,
    });
    io.diagnostics(diagnostics);
    const engine = io.t('show.engine', { version: formatVersion(state.engine.version), how: state.engine.how });
    const path = state.plan.daemonJson.path;
    const summary = renderSummary(diagnostics, io.lang);
    io.say(
      ok
        ? io.t('validate.accepts', { path, engine, summary: diagnostics.length > 0 ? summary : undefined })
        : io.t('validate.refuses', { path, engine, summary }),
    );
    return ok ? EXIT.ok : EXIT.problems;
  },
});
