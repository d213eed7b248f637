import { defineCommand, type Describe } from '../command.js';
import { EXIT } from '../errors.js';
import { loadState } from '../load.js';
import { withServiceOptions, type ServiceOptions } from '../options.js';

/** `restart` and `reload`: through the service manager, then wait and verify (nothing to roll back). */
const serviceCommand = (mode: 'restart' | 'reload', describe: Describe) =>
  defineCommand<ServiceOptions>({
    command: mode,
    describe,
    builder: (y, t) => withServiceOptions(y, t),
    run: async (args, rt) => {
      const { ctx, io } = rt;
      const [{ withLock }, { finishUnchanged, sayService, serviceFields }] = await Promise.all([import('../../apply/index.js'), import('../service-step.js')]);
      // The lock: a write and its restart never interleave with ours.
      const finish = await withLock(ctx, async () => finishUnchanged(rt, args, await loadState(ctx, args), mode));
      const ok = finish.service.ok && (finish.verified || finish.service.action === 'none');
      io.result({ ok, ...serviceFields(finish), diagnostics: finish.diagnostics });
      sayService(rt, finish);
      return ok ? EXIT.ok : EXIT.problems;
    },
  });

export const restartCommand = serviceCommand('restart', (t) => t('help.command.restart'));
export const reloadCommand = serviceCommand('reload', (t) => t('help.command.reload'));
