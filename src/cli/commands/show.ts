import { formatVersion } from '../../engine/version.js';
import { dim } from '../../output/render.js';
import { defineCommand } from '../command.js';
import { EXIT } from '../errors.js';
import { loadState, readableSettings, sourcesRead } from '../../change/state.js';
import { recoveredMark, sayUnparsable, unparsableJson } from '../../output/unparsable-text.js';
import type { GlobalOptions } from '../options.js';
import { describeSource } from '../../output/source-text.js';
import { stringifyKeepingNumbers } from '../../targets/json/json-number.js';

type ShowOptions = GlobalOptions & { sources: boolean; effective: boolean };

const SOURCE_LINE = {
  'daemon.json': 'show.source.daemonJson',
  'systemd unit': 'show.source.unit',
  'env file': 'show.source.envFile',
} as const;
type Role = keyof typeof SOURCE_LINE;

export const showCommand = defineCommand<ShowOptions>({
  command: 'show',
  describe: (t) => t('help.command.show'),
  builder: (y, t) =>
    y
      .option('sources', { type: 'boolean', default: false, describe: t('help.option.sources') })
      .option('effective', { type: 'boolean', default: true, describe: t('help.option.effective') }),
  run: async (args, { ctx, io }) => {
    const state = await loadState(ctx, args);
    const readable = readableSettings(state);
    const broken = readable.unparsable.length > 0;
    const settings = [...readable.settings.values()].sort((a, b) => a.key.localeCompare(b.key));
    io.result({
      ok: !broken,
      engineVersion: formatVersion(state.engine.version),
      manager: state.plan.manager,
      sources: state.sources,
      settings: settings.map((s) => ({
        key: s.key,
        value: s.value,
        from: s.from,
        source: s.source,
        ...(readable.recovered.has(s.key) ? { recovered: true } : {}),
      })),
      ...unparsableJson(readable),
    });
    if (broken) sayUnparsable(io, readable);
    if (args.sources) {
      io.say(
        io.t('show.engineLine', {
          engine: io.t('show.engine', { version: formatVersion(state.engine.version), how: state.engine.how }),
        }),
      );
      io.say(io.t('show.manager', { manager: state.plan.manager }));
      for (const s of sourcesRead(state.raw, io.lang)) {
        io.say(
          `${io.t(SOURCE_LINE[s.role as Role], { path: s.path })}${s.exists ? '' : dim(io.style, io.t('show.missing'))}${s.note ? dim(io.style, ` — ${s.note}`) : ''}`,
        );
      }
      io.say('');
    }
    if (settings.length === 0) io.say(io.t('show.noSettings'));
    const width = Math.min(32, Math.max(0, ...settings.map((s) => s.key.length)));
    for (const s of settings) {
      const mark = readable.recovered.has(s.key) ? `  ${recoveredMark(io)}` : '';
      io.say(
        `${s.key.padEnd(width)}  ${stringifyKeepingNumbers(s.value)}  ${dim(io.style, describeSource(s.source, io.t))}${mark}`,
      );
    }
    return broken ? EXIT.problems : EXIT.ok;
  },
});
