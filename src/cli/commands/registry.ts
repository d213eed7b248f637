import { loadState } from '../../change/state.js';
import { askRunningDaemon, registryFacts } from '../../change/registries.js';
import { hasErrors } from '../../diagnostics/types.js';
import { formatVersion } from '../../engine/version.js';
import type { RegistryEntry } from '../../registries/report.js';
import { registryReport } from '../../registries/report.js';
import type { Io } from '../../output/io.js';
import { sayUnparsable, unparsableJson } from '../../output/unparsable-text.js';
import { defineCommand, type Command } from '../command.js';
import { EXIT } from '../errors.js';
import type { GlobalOptions } from '../options.js';
import { registryMirrorCommand } from './registry-mirror.js';
import { registryTrustCommand } from './registry-trust.js';

/** One registry: its file, the endpoints a pull tries in order, and why a setting does not apply. */
export function sayRegistry(io: Io, r: RegistryEntry): void {
  io.say(io.t('registries.list.registry', { registry: r.registry, file: r.hostsToml }));
  r.endpoints.forEach((e, i) =>
    io.say(
      io.t('registries.list.endpoint', {
        n: i + 1,
        endpoint: e.endpoint,
        origin: e.origin,
        capabilities: e.capabilities.join(', '),
      }),
    ),
  );
  for (const note of r.notes) io.say(io.t(`registries.note.${note.why}`, note as never));
}

/** `registry list`: what a pull from each registry tries, in order, and where each endpoint comes from. */
const registryList = defineCommand<GlobalOptions>({
  command: 'list',
  describe: (t) => t('help.command.registryList'),
  run: async (args, { ctx, io }) => {
    const state = await loadState(ctx, args);
    const facts = registryFacts(ctx, state, await askRunningDaemon(ctx, state));
    const { readable, store, certsDir, engine } = facts;
    const broken = readable.unparsable.length > 0;
    if (broken) sayUnparsable(io, readable);
    const registries = registryReport({ engine, store: store.store, mirrors: facts.mirrors, dirs: facts.dirs });
    const diagnostics = registries.flatMap((r) => r.diagnostics);
    const ok = !broken && !hasErrors(diagnostics);
    io.result({
      ok,
      engineVersion: formatVersion(engine),
      imageStore: store.store,
      imageStoreFrom: store.from,
      certsDir,
      registries,
      ...unparsableJson(readable),
    });
    io.say(io.t('registries.list.store', { ...store, version: formatVersion(engine) }));
    for (const r of registries) {
      io.say('');
      sayRegistry(io, r);
    }
    io.diagnostics(diagnostics);
    return ok ? EXIT.ok : EXIT.problems;
  },
});

/** `registry …`: every registry's own endpoints (certs.d/<registry>/hosts.toml) and trust. */
export const registryCommand = defineCommand({
  command: 'registry <action>',
  describe: (t) => t('help.command.registry'),
  run: async () => EXIT.usage,
  subcommands: [registryList, registryMirrorCommand, registryTrustCommand] as Command<never>[],
});
