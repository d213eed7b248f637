import type { Argv } from 'yargs';
import type { ListSetting } from '../plan/list-settings.js';
import type { Translate } from '../i18n/index.js';
import { checkValues } from '../change/values.js';
import { defineCommand, type Command, type Describe } from './command.js';
import { loadState, readableSettings } from '../change/state.js';
import { recoveredMark, sayUnparsable, unparsableJson } from '../output/unparsable-text.js';
import { runMutation } from './lazy.js';
import { withMutatingOptions, type GlobalOptions, type MutatingOptions } from './options.js';
import { EXIT } from './errors.js';

type ValuesOptions = MutatingOptions & { values: string[] };

const withValues = (y: Argv<GlobalOptions>, t: Translate, setting: ListSetting) =>
  withMutatingOptions(y, t).positional('values', {
    type: 'string',
    array: true,
    describe: t('help.option.listValues', named(setting)),
    demandOption: true,
  }) as unknown as Argv<ValuesOptions>;

/** What the messages about a list setting need: which one it is, and its English noun. */
const named = (setting: ListSetting) => ({ command: setting.command, noun: setting.noun });

/** `mirror`, `insecure` and `host`: add, remove and list one list setting (plus any extra sub-commands, e.g. `mirror test`). */
export function listCommand(setting: ListSetting, describe: Describe, extra: readonly Command<never>[] = []): Command {
  const add = defineCommand<ValuesOptions>({
    command: 'add <values..>',
    describe: (t) => t('help.command.listAdd', named(setting)),
    builder: (y, t) => withValues(y, t, setting),
    run: (args, rt) =>
      runMutation(rt, args, `${setting.command} add ${args.values.map(setting.display).join(' ')}`, (state) => {
        // A TCP listener without TLS client verification is judged on the result, as for every change (change/judge.ts).
        const checked = checkValues(setting, args.values, state);
        return { intents: [{ kind: 'add', key: setting.key, values: checked.ok }], diagnostics: checked.diagnostics };
      }),
  });
  const remove = defineCommand<ValuesOptions>({
    command: 'remove <values..>',
    describe: (t) => t('help.command.listRemove', named(setting)),
    builder: (y, t) => withValues(y, t, setting),
    run: (args, rt) =>
      runMutation(rt, args, `${setting.command} remove ${args.values.map(setting.display).join(' ')}`, () => ({
        intents: [{ kind: 'remove', key: setting.key, values: args.values }],
      })),
  });
  const list = defineCommand({
    command: 'list',
    describe: (t) => t('help.command.listList', named(setting)),
    run: async (args, rt) => {
      const readable = readableSettings(await loadState(rt.ctx, args));
      const entry = readable.settings.get(setting.key);
      const values = Array.isArray(entry?.value) ? entry.value.map(String) : [];
      const broken = readable.unparsable.length > 0;
      rt.io.result({
        ok: !broken,
        key: setting.key,
        values: values.map(setting.display),
        source: entry?.source ?? null,
        ...unparsableJson(readable),
      });
      if (broken) sayUnparsable(rt.io, readable);
      const mark = readable.recovered.has(setting.key) ? `  ${recoveredMark(rt.io)}` : '';
      for (const value of values) rt.io.say(`${setting.display(value)}${mark}`);
      if (values.length === 0) rt.io.note(rt.io.t('list.none', named(setting)));
      return broken ? EXIT.problems : EXIT.ok;
    },
  });
  return defineCommand({
    command: `${setting.command} <action>`,
    describe,
    run: async () => EXIT.usage,
    subcommands: [add, remove, list, ...extra] as Command<never>[],
  });
}
