import type { Argv } from 'yargs';
import { PromptCancelled } from '../../wizard/questions.js';
import type { WizardOptions } from '../../wizard/session.js';
import { defineCommand } from '../command.js';
import { EXIT, UsageError } from '../errors.js';
import { withMutatingOptions, type GlobalOptions } from '../options.js';

export const wizardCommand = defineCommand<WizardOptions>({
  command: 'wizard',
  describe: (t) => t('wizard.help'),
  builder: (y: Argv<GlobalOptions>, t) =>
    withMutatingOptions(y, t).option('probe-timeout', {
      type: 'number',
      default: 5,
      describe: t('wizard.help.probeTimeout'),
    }) as unknown as Argv<WizardOptions>,
  run: async (args, rt) => {
    if (!rt.ctx.isTTY || args.json) throw new UsageError(rt.io.t('wizard.notTty'));
    const [{ terminalPrompter }, { runWizard }] = await Promise.all([
      import('../../edges/terminal-prompter.js'),
      import('../../wizard/run-wizard.js'),
    ]);
    try {
      return await runWizard(rt, args, terminalPrompter(rt.io.t, rt.io.style.color));
    } catch (error) {
      if (!(error instanceof PromptCancelled)) throw error;
      rt.io.say(rt.io.t('wizard.cancelled'));
      return EXIT.cancelled;
    }
  },
});
