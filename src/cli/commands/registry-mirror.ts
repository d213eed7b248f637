// `registry mirror add|remove|list REGISTRY [URL…]`: a registry's mirrors in its certs.d hosts.toml,
// written through the one change transaction (lock, backup, atomic write, read back).
import type { Argv } from 'yargs';
import {
  askRunningDaemon,
  registryFacts,
  registryMirrorEdit,
  type RegistryMirrorEdit,
  type RunningDaemon,
} from '../../change/registries.js';
import { changeExitCode, changeJson } from '../../change/report.js';
import { loadState, type LoadedState } from '../../change/state.js';
import { runChange, type Proposal } from '../../change/transaction.js';
import { message, hint } from '../../diagnostics/say.js';
import { CliError, EXIT } from '../../diagnostics/errors.js';
import { hasErrors } from '../../diagnostics/types.js';
import { formatVersion } from '../../engine/version.js';
import type { Translate } from '../../i18n/index.js';
import { sayChange } from '../../output/change-text.js';
import { MIRRORS } from '../../plan/list-settings.js';
import { parseRegistryName, type RegistryName } from '../../registries/names.js';
import { registryEntry } from '../../registries/report.js';
import { defineCommand, type Command, type Runtime } from '../command.js';
import { withMutatingOptions, type GlobalOptions, type MutatingOptions } from '../options.js';
import { sayRegistry } from './registry.js';

type RegistryArgs = GlobalOptions & { registry: string };
type MirrorArgs = MutatingOptions & { registry: string; urls: string[] };

/** The REGISTRY argument, or a usage error that says what a registry name is. */
export function registryArgument(input: string): RegistryName {
  const parsed = parseRegistryName(input);
  if (parsed.ok) return parsed.registry;
  throw new CliError(EXIT.usage, {
    id: 'invalid-value',
    severity: 'error',
    ...message('registries.name.invalid', { name: input, why: parsed.why }),
    ...hint('registries.name.hint'),
    fixable: false,
  });
}

const withRegistry = <T>(y: Argv<T>, t: Translate) =>
  y.positional('registry', { type: 'string', describe: t('help.option.registry'), demandOption: true });

const withUrls = (y: Argv<GlobalOptions>, t: Translate) =>
  withRegistry(withMutatingOptions(y, t), t).positional('urls', {
    type: 'string',
    array: true,
    describe: t('help.option.registryMirrorUrls'),
    demandOption: true,
  }) as unknown as Argv<MirrorArgs>;

async function changeMirrors(op: 'add' | 'remove', args: MirrorArgs, rt: Runtime): Promise<number> {
  const { ctx, io } = rt;
  const registry = registryArgument(args.registry);
  let edit: RegistryMirrorEdit | undefined;
  let daemon: RunningDaemon | undefined;
  const propose = async (state: LoadedState): Promise<Proposal> => {
    daemon ??= await askRunningDaemon(ctx, state);
    edit = registryMirrorEdit(
      ctx,
      state,
      registry,
      op === 'add' ? { add: args.urls, remove: [] } : { add: [], remove: args.urls },
      daemon,
    );
    return { changes: edit.change ? [edit.change] : [], diagnostics: edit.diagnostics, refused: edit.refused };
  };
  const reason = `registry mirror ${op} ${registry.name} ${args.urls.join(' ')}`;
  const result = await runChange(ctx, io, args, { reason, propose });
  // Docker Hub under a store that does not read hosts.toml: offer daemon.json, where its mirrors work.
  const hubClassic = result.outcome === 'refused' && result.diagnostics.some((d) => d.id === 'hosts-toml-ignored');
  if (hubClassic && ctx.isTTY && !args.json && !args.dryRun) {
    io.diagnostics(result.diagnostics);
    if (await io.confirm(io.t('registries.mirror.offerHub', { urls: args.urls.join(' ') }), true)) {
      const { runMutation } = await import('../mutate.js');
      return runMutation(rt, args, `mirror add ${args.urls.join(' ')}`, () => ({
        intents: [{ kind: 'add', key: MIRRORS.key, values: args.urls }],
      }));
    }
    return EXIT.problems;
  }
  const endpoints = edit?.planned?.endpoints;
  io.result(
    changeJson(result, args, {
      registry: registry.name,
      ...(edit?.facts
        ? {
            engineVersion: formatVersion(edit.facts.engine),
            imageStore: edit.facts.store.store,
            imageStoreFrom: edit.facts.store.from,
          }
        : {}),
      ...(edit ? { added: edit.added, removed: edit.removed } : {}),
      ...(endpoints ? { endpoints: endpoints.endpoints, notes: endpoints.notes } : {}),
    }),
  );
  sayChange(io, result, args);
  const written = result.outcome === 'applied' && result.files.some((f) => f.changed);
  if (written && !result.diagnostics.some((d) => d.id === 'hosts-toml-ignored'))
    io.say(io.t('registries.mirror.perPull'));
  return changeExitCode(result, args);
}

const add = defineCommand<MirrorArgs>({
  command: 'add <registry> <urls..>',
  describe: (t) => t('help.command.registryMirrorAdd'),
  builder: withUrls,
  run: (args, rt) => changeMirrors('add', args, rt),
});

const remove = defineCommand<MirrorArgs>({
  command: 'remove <registry> <urls..>',
  describe: (t) => t('help.command.registryMirrorRemove'),
  builder: withUrls,
  run: (args, rt) => changeMirrors('remove', args, rt),
});

const list = defineCommand<RegistryArgs>({
  command: 'list <registry>',
  describe: (t) => t('help.command.registryMirrorList'),
  builder: (y, t) => withRegistry(y, t) as unknown as Argv<RegistryArgs>,
  run: async (args, { ctx, io }) => {
    const registry = registryArgument(args.registry);
    const state = await loadState(ctx, args);
    const facts = registryFacts(ctx, state, await askRunningDaemon(ctx, state));
    const { engine } = facts;
    const entry = registryEntry(
      { engine, store: facts.store.store, mirrors: facts.mirrors, dirs: facts.dirs },
      registry,
    );
    const ok = !hasErrors(entry.diagnostics);
    io.result({
      ok,
      engineVersion: formatVersion(engine),
      imageStore: facts.store.store,
      imageStoreFrom: facts.store.from,
      ...entry,
    });
    io.say(io.t('registries.list.store', { ...facts.store, version: formatVersion(engine) }));
    sayRegistry(io, entry);
    if (entry.endpoints.every((e) => e.origin === 'default'))
      io.note(io.t('registries.mirror.none', { registry: registry.name }));
    io.diagnostics(entry.diagnostics);
    return ok ? EXIT.ok : EXIT.problems;
  },
});

export const registryMirrorCommand = defineCommand({
  command: 'mirror <action>',
  describe: (t) => t('help.command.registryMirror'),
  run: async () => EXIT.usage,
  subcommands: [add, remove, list] as Command<never>[],
});
