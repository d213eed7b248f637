import type { Argv } from 'yargs';
import type { Diagnostic } from '../diagnostics/types.js';
import { HOSTS, type ListSetting } from '../plan/list-settings.js';
import { parseDaemonHost, isLoopbackHost } from '../validate/values/hosts/daemon-host.js';
import { tlsState } from '../validate/values/tls/tls-state.js';
import { translator, type Translate } from '../i18n/index.js';
import { defineCommand, type Command, type Describe } from './command.js';
import { loadState } from './load.js';
import { runMutation } from './lazy.js';
import { withMutatingOptions, type GlobalOptions, type MutatingOptions } from './options.js';
import type { LoadedState } from './load.js';
import { EXIT } from './errors.js';
import { effectiveSettings } from './settings-view.js';

type ValuesOptions = MutatingOptions & { values: string[] };

const withValues = (y: Argv<GlobalOptions>, t: Translate, setting: ListSetting) =>
  withMutatingOptions(y, t).positional('values', { type: 'string', array: true, describe: t('help.option.listValues', named(setting)), demandOption: true }) as unknown as Argv<ValuesOptions>;

// Diagnostics are English; the wizard says the same rejection in the reader's language.
const english = translator('en');

/** What the messages about a list setting need: which one it is, and its English noun. */
const named = (setting: ListSetting) => ({ command: setting.command, noun: setting.noun });

/** Check and normalise what the user typed (here or in the wizard); every bad value is reported, nothing is written. */
export function checkValues(setting: ListSetting, values: readonly string[], state: LoadedState): { ok: string[]; diagnostics: Diagnostic[] } {
  const ok: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const value of values) {
    const result = setting.normalize(value, state.engine.version);
    if (!result.ok) {
      diagnostics.push({
        id: setting.invalidId,
        severity: 'error',
        message: english('list.invalid', { ...named(setting), value: setting.display(value), reason: result.reason }),
        key: setting.key,
        source: { kind: 'command-line' },
        hint: hintFor(setting),
        fixable: false,
      });
      continue;
    }
    if (result.warning) {
      diagnostics.push({ id: setting.key === 'insecure-registries' ? 'insecure-registry-scheme' : 'invalid-value', severity: 'warning', message: `${setting.display(value)}: ${result.warning}`, key: setting.key, source: { kind: 'command-line' }, fixable: false });
    }
    ok.push(setting.stored(value, result.value));
  }
  return { ok, diagnostics };
}

function hintFor(setting: ListSetting): string {
  switch (setting.command) {
    case 'mirror':
      return 'A mirror is an http:// or https:// URL without credentials, query or fragment, e.g. https://mirror.example.com';
    case 'insecure':
      return 'An insecure registry is host[:port] or a CIDR, without a scheme, e.g. registry.local:5000 or 10.0.0.0/8';
    case 'host':
      return 'An address is unix:///path, tcp://host:port or fd://, e.g. tcp://127.0.0.1:2375';
  }
}

/** TCP beyond loopback without client-verified TLS gives root to the network: refuse unless asked. */
function insecureTcp(values: readonly string[], state: LoadedState, allow: boolean): Diagnostic[] {
  if (tlsState(effectiveSettings(state)).verify) return [];
  return values.flatMap((value): Diagnostic[] => {
    const parsed = parseDaemonHost(value, state.engine.version);
    if (!parsed.ok || parsed.proto !== 'tcp' || isLoopbackHost(parsed.hostname ?? '')) return [];
    return [
      {
        id: 'tcp-without-tls',
        severity: allow ? 'warning' : 'error',
        message: `${value} exposes the Docker API to the network without TLS client verification: anyone who can reach it has root on this host`,
        key: 'hosts',
        source: { kind: 'command-line' },
        hint: allow
          ? 'Set "tlsverify": true with tlscacert, tlscert and tlskey, or listen on 127.0.0.1 only.'
          : 'Set "tlsverify": true with tlscacert, tlscert and tlskey first, listen on 127.0.0.1, or pass --allow-insecure-tcp if you really mean it.',
        fixable: false,
      },
    ];
  });
}

/** `mirror`, `insecure` and `host`: add, remove and list one list setting (plus any extra sub-commands, e.g. `mirror test`). */
export function listCommand(setting: ListSetting, describe: Describe, extra: readonly Command<never>[] = []): Command {
  const add = defineCommand<ValuesOptions>({
    command: 'add <values..>',
    describe: (t) => t('help.command.listAdd', named(setting)),
    builder: (y, t) => withValues(y, t, setting),
    run: (args, rt) =>
      runMutation(rt, args, `${setting.command} add ${args.values.map(setting.display).join(' ')}`, (state) => {
        const checked = checkValues(setting, args.values, state);
        const tcp = setting === HOSTS ? insecureTcp(checked.ok, state, args.allowInsecureTcp) : [];
        return { intents: [{ kind: 'add', key: setting.key, values: checked.ok }], diagnostics: [...checked.diagnostics, ...tcp] };
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
      const state = await loadState(rt.ctx, args);
      const entry = effectiveSettings(state).get(setting.key);
      const values = Array.isArray(entry?.value) ? entry.value.map(String) : [];
      rt.io.result({ ok: true, key: setting.key, values: values.map(setting.display), source: entry?.source ?? null });
      for (const value of values) rt.io.say(setting.display(value));
      if (values.length === 0) rt.io.note(rt.io.t('list.none', named(setting)));
      return EXIT.ok;
    },
  });
  return defineCommand({
    command: `${setting.command} <action>`,
    describe,
    run: async () => EXIT.usage,
    subcommands: [add, remove, list, ...extra] as Command<never>[],
  });
}
