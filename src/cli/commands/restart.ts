import { defineCommand, type Describe } from '../command.js';
import { withServiceOptions, type ServiceOptions } from '../options.js';

/** `restart` and `reload`: through the service manager, then wait and verify (nothing to roll back). */
const serviceCommand = (mode: 'restart' | 'reload', describe: Describe) =>
  defineCommand<ServiceOptions>({
    command: mode,
    describe,
    builder: (y, t) => withServiceOptions(y, t),
    run: async (args, rt) => {
      const [{ runChange }, { changeExitCode, changeJson }, { sayChange, sayService }] = await Promise.all([
        import('../../change/transaction.js'),
        import('../../change/report.js'),
        import('../../output/change-text.js'),
      ]);
      const options = {
        ...args,
        dryRun: false,
        diff: false,
        restart: true,
        detailedExitcode: false,
        allowInsecureTcp: false,
      };
      // Asking for a restart is the consent to the containers it stops.
      const result = await runChange(rt.ctx, rt.io, options, {
        reason: mode,
        consented: true,
        propose: () => ({ changes: [], diagnostics: [], refused: false, service: mode }),
      });
      const { files: _files, changed: _changed, dryRun: _dryRun, ...doc } = changeJson(result, options);
      rt.io.result(doc);
      if (result.finish) sayService(rt.io, result.finish);
      else sayChange(rt.io, result, options);
      return changeExitCode(result, options);
    },
  });

export const restartCommand = serviceCommand('restart', (t) => t('help.command.restart'));
export const reloadCommand = serviceCommand('reload', (t) => t('help.command.reload'));
