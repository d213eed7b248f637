import { formatVersion } from '../../engine/version.js';
import { dim } from '../../output/render.js';
import { defineCommand } from '../command.js';
import { EXIT } from '../errors.js';
import { loadState } from '../load.js';
import type { GlobalOptions } from '../options.js';
import { describeSource, effectiveSettings } from '../settings-view.js';

type ShowOptions = GlobalOptions & { sources: boolean; effective: boolean };

export const showCommand = defineCommand<ShowOptions>({
  command: 'show',
  describe: 'the configuration from every source merged, each setting with where it comes from',
  builder: (y) =>
    y
      .option('sources', { type: 'boolean', default: false, describe: 'also list the files and flags read' })
      .option('effective', { type: 'boolean', default: true, describe: 'merged settings (the default)' }),
  run: async (args, { ctx, io }) => {
    const state = await loadState(ctx, args);
    const settings = [...effectiveSettings(state).values()].sort((a, b) => a.key.localeCompare(b.key));
    io.result({
      ok: true,
      engineVersion: formatVersion(state.engine.version),
      manager: state.plan.manager,
      sources: state.sources,
      settings: settings.map((s) => ({ key: s.key, value: s.value, from: s.from, source: s.source })),
    });
    if (args.sources) {
      io.say(`engine: dockerd ${formatVersion(state.engine.version)} (${state.engine.how})`);
      io.say(`service manager: ${state.plan.manager}`);
      for (const s of state.sources) io.say(`${s.role}: ${s.path}${s.exists ? '' : dim(io.style, ' (missing)')}${s.note ? dim(io.style, ` — ${s.note}`) : ''}`);
      io.say('');
    }
    if (settings.length === 0) io.say('(no settings: dockerd runs with its defaults)');
    const width = Math.min(32, Math.max(0, ...settings.map((s) => s.key.length)));
    for (const s of settings) {
      io.say(`${s.key.padEnd(width)}  ${JSON.stringify(s.value)}  ${dim(io.style, describeSource(s.source))}`);
    }
    return EXIT.ok;
  },
});
