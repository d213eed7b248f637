import { defineCommand } from '../command.js';
import { runMutation } from '../lazy.js';
import { withMutatingOptions, type MutatingOptions } from '../options.js';

type UnsetOptions = MutatingOptions & { key: string };

export const unsetCommand = defineCommand<UnsetOptions>({
  command: 'unset <key>',
  describe: (t) => t('help.command.unset'),
  builder: (y, t) => withMutatingOptions(y, t).positional('key', { type: 'string', demandOption: true }),
  run: (args, rt) =>
    runMutation(rt, args, `unset ${args.key}`, () => ({ intents: [{ kind: 'unset', key: args.key }] })),
});
