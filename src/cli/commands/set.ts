import { parseValue } from '../../change/values.js';
import { defineCommand } from '../command.js';
import { runMutation } from '../lazy.js';
import { withMutatingOptions, type MutatingOptions } from '../options.js';

type SetOptions = MutatingOptions & { key: string; value: string };

export const setCommand = defineCommand<SetOptions>({
  command: 'set <key> <value>',
  describe: (t) => t('help.command.set'),
  builder: (y, t) =>
    withMutatingOptions(y, t)
      .positional('key', { type: 'string', demandOption: true })
      .positional('value', { type: 'string', demandOption: true }),
  run: (args, rt) => {
    const value = parseValue(String(args.value));
    return runMutation(rt, args, `set ${args.key}`, () => ({ intents: [{ kind: 'set', key: args.key, value }] }));
  },
});
