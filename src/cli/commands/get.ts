import { defineCommand } from '../command.js';
import { EXIT } from '../errors.js';
import { loadState } from '../../change/state.js';
import type { GlobalOptions } from '../options.js';
import { effectiveSettings } from '../../change/state.js';

type GetOptions = GlobalOptions & { key: string };

export const getCommand = defineCommand<GetOptions>({
  command: 'get <key>',
  describe: (t) => t('help.command.get'),
  builder: (y, t) => y.positional('key', { type: 'string', demandOption: true, describe: t('help.option.getKey') }),
  run: async (args, { ctx, io }) => {
    const state = await loadState(ctx, args);
    const setting = effectiveSettings(state).get(args.key);
    io.result({
      ok: setting !== undefined,
      key: args.key,
      value: setting?.value ?? null,
      source: setting?.source ?? null,
    });
    if (!setting) {
      io.note(io.t('get.notSet', { key: args.key }));
      return EXIT.problems;
    }
    io.say(typeof setting.value === 'string' ? setting.value : JSON.stringify(setting.value, null, 2));
    return EXIT.ok;
  },
});
