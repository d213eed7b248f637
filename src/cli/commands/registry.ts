import { loadState, readableSettings } from '../../change/state.js';
import { hasErrors } from '../../diagnostics/types.js';
import { formatVersion } from '../../engine/version.js';
import { certsDirFor } from '../../probe/trust.js';
import { imageStore } from '../../registries/endpoints.js';
import { registryReport } from '../../registries/report.js';
import { readCertsDir } from '../../sources/certs-d.js';
import { sayUnparsable, unparsableJson } from '../../output/unparsable-text.js';
import { defineCommand, type Command } from '../command.js';
import { EXIT } from '../errors.js';
import type { GlobalOptions } from '../options.js';

/** `registry list`: what a pull from each registry tries, in order, and where each endpoint comes from. */
const registryList = defineCommand<GlobalOptions>({
  command: 'list',
  describe: (t) => t('help.command.registryList'),
  run: async (args, { ctx, io }) => {
    const state = await loadState(ctx, args);
    const readable = readableSettings(state);
    const broken = readable.unparsable.length > 0;
    if (broken) sayUnparsable(io, readable);
    const engine = state.engine.version;
    const mirrors = readable.settings.get('registry-mirrors')?.value;
    const features = readable.settings.get('features')?.value;
    const store = imageStore({
      engine,
      features: typeof features === 'object' && features !== null ? (features as Record<string, unknown>) : undefined,
    });
    const certsDir = certsDirFor(ctx, state.raw.daemonJson.flavour);
    const registries = registryReport({
      engine,
      store: store.store,
      mirrors: Array.isArray(mirrors) ? mirrors.map(String) : [],
      dirs: readCertsDir(ctx, certsDir),
    });
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
    io.diagnostics(diagnostics);
    return ok ? EXIT.ok : EXIT.problems;
  },
});

/** `registry …`: every registry's own endpoints (certs.d/<registry>/hosts.toml). */
export const registryCommand = defineCommand({
  command: 'registry <action>',
  describe: (t) => t('help.command.registry'),
  run: async () => EXIT.usage,
  subcommands: [registryList] as Command<never>[],
});
