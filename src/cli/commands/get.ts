import { defineCommand } from '../command.js';
import { EXIT } from '../errors.js';
import { loadState } from '../load.js';
import type { GlobalOptions } from '../options.js';
import { effectiveSettings } from '../settings-view.js';

type GetOptions = GlobalOptions & { key: string };

export const getCommand = defineCommand<GetOptions>({
  command: 'get <key>',
  describe: 'print one setting in effect (JSON); exit 1 when it is not set',
  builder: (y) => y.positional('key', { type: 'string', demandOption: true, describe: 'a daemon.json key, e.g. registry-mirrors' }),
  run: async (args, { ctx, io }) => {
    const state = await loadState(ctx, args);
    const setting = effectiveSettings(state).get(args.key);
    io.result({ ok: setting !== undefined, key: args.key, value: setting?.value ?? null, source: setting?.source ?? null });
    if (!setting) {
      io.note(`${args.key} is not set`);
      return EXIT.problems;
    }
    io.say(typeof setting.value === 'string' ? setting.value : JSON.stringify(setting.value, null, 2));
    return EXIT.ok;
  },
});
