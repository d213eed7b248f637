import type { Argv, Options } from 'yargs';
import type { Translate } from '../i18n/index.js';
import type { GlobalOptions, MutatingOptions, ServiceOptions } from '../change/options.js';
import { UsageError } from './errors.js';

export type { GlobalOptions, MutatingOptions, ServiceOptions } from '../change/options.js';

/**
 * An option that takes the next word as its value whatever it begins with (`--daemon-args "-H fd://"`,
 * as getopt does; withGlobalOptions turns on yargs' nargs-eats-options for it). It also keeps
 * `--x="'a b'"`'s quotes: yargs strips them from the `=` form of a plain option, not of one with nargs.
 */
export const VALUED = { requiresArg: true } as const satisfies Options;

/** `--timeout -1` reaches us as -1 (and `--timeout x` as NaN): the caller's mistake (64), not an internal error. */
const seconds = (t: Translate) => (value: number) => {
  if (Number.isFinite(value) && value >= 0) return value;
  throw new UsageError(t('main.badTimeout', Number.isNaN(value) ? {} : { value: String(value) }));
};

/** The options every command takes; on the top-level parser (it sets the parser's configuration). */
export function withGlobalOptions<T>(y: Argv<T>, t: Translate): Argv<T & GlobalOptions> {
  return y
    .parserConfiguration({ 'nargs-eats-options': true })
    .option('root', { ...VALUED, type: 'string', default: '/', describe: t('help.option.root'), global: true })
    .option('config-file', { ...VALUED, type: 'string', describe: t('help.option.configFile'), global: true })
    .option('engine-version', { ...VALUED, type: 'string', describe: t('help.option.engineVersion'), global: true })
    .option('daemon-args', { ...VALUED, type: 'string', describe: t('help.option.daemonArgs'), global: true })
    .option('json', { type: 'boolean', default: false, describe: t('help.option.json'), global: true })
    .option('yes', { alias: 'y', type: 'boolean', default: false, describe: t('help.option.yes'), global: true })
    .option('lang', {
      ...VALUED,
      type: 'string',
      choices: ['en', 'zh'],
      describe: t('help.option.lang'),
      global: true,
    })
    .option('verbose', { alias: 'v', type: 'boolean', default: false, global: true })
    .option('color', {
      type: 'boolean',
      default: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
      describe: t('help.option.color'),
      global: true,
    })
    .option('strict', {
      type: 'boolean',
      default: false,
      describe: t('help.option.strict'),
      global: true,
    }) as unknown as Argv<T & GlobalOptions>;
}

export function withServiceOptions<T>(y: Argv<T>, t: Translate): Argv<T & ServiceOptions> {
  return y
    .option('restart-cmd', { ...VALUED, type: 'string', describe: t('help.option.restartCmd') })
    .option('daemon-log', { ...VALUED, type: 'string', describe: t('help.option.daemonLog') })
    .option('timeout', {
      ...VALUED,
      type: 'number',
      default: 30,
      describe: t('help.option.timeout'),
      coerce: seconds(t),
    }) as unknown as Argv<T & ServiceOptions>;
}

export function withMutatingOptions<T>(y: Argv<T>, t: Translate): Argv<T & MutatingOptions> {
  return withServiceOptions(y, t)
    .option('dry-run', { type: 'boolean', default: false, describe: t('help.option.dryRun') })
    .option('diff', { type: 'boolean', default: false, describe: t('help.option.diff') })
    .option('restart', { type: 'boolean', default: true, describe: t('help.option.restart') })
    .option('target', {
      ...VALUED,
      type: 'string',
      choices: ['daemon-json', 'env-file'],
      describe: t('help.option.target'),
    })
    .option('detailed-exitcode', { type: 'boolean', default: false, describe: t('help.option.detailedExitcode') })
    .option('allow-insecure-tcp', {
      type: 'boolean',
      default: false,
      describe: t('help.option.allowInsecureTcp'),
    }) as unknown as Argv<T & MutatingOptions>;
}
