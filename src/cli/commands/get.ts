import { defineCommand } from '../command.js';
import { EXIT } from '../errors.js';
import { loadState, readableSettings } from '../../change/state.js';
import { recoveredMark, sayUnparsable, unparsableJson } from '../../output/unparsable-text.js';
import type { GlobalOptions } from '../options.js';
import { stringifyKeepingNumbers } from '../../targets/json/json-number.js';

type GetOptions = GlobalOptions & { key: string };

export const getCommand = defineCommand<GetOptions>({
  command: 'get <key>',
  describe: (t) => t('help.command.get'),
  builder: (y, t) => y.positional('key', { type: 'string', demandOption: true, describe: t('help.option.getKey') }),
  run: async (args, { ctx, io }) => {
    const readable = readableSettings(await loadState(ctx, args));
    const setting = readable.settings.get(args.key);
    const broken = readable.unparsable.length > 0;
    io.result({
      ok: setting !== undefined && !broken,
      key: args.key,
      value: setting?.value ?? null,
      source: setting?.source ?? null,
      ...unparsableJson(readable),
    });
    if (broken) sayUnparsable(io, readable);
    if (!setting) {
      io.note(io.t('get.notSet', { key: args.key }));
      return EXIT.problems;
    }
    const mark = readable.recovered.has(args.key) ? `  ${recoveredMark(io)}` : '';
    io.say(
      `${typeof setting.value === 'string' ? setting.value : stringifyKeepingNumbers(setting.value, undefined, 2)}${mark}`,
    );
    return broken ? EXIT.problems : EXIT.ok;
  },
});
