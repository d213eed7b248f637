import type { Argv } from 'yargs';
import { translator, type Translate } from '../i18n/index.js';
import type { GlobalOptions, MutatingOptions, ServiceOptions } from '../change/options.js';

export type { GlobalOptions, MutatingOptions, ServiceOptions } from '../change/options.js';

// Help texts default to English for a caller that has no language at hand.
const english = translator('en');

export function withGlobalOptions<T>(y: Argv<T>, t: Translate = english): Argv<T & GlobalOptions> {
  return y
    .option('root', { type: 'string', default: '/', describe: t('help.option.root'), global: true })
    .option('config-file', { type: 'string', describe: t('help.option.configFile'), global: true })
    .option('engine-version', { type: 'string', describe: t('help.option.engineVersion'), global: true })
    .option('daemon-args', { type: 'string', describe: t('help.option.daemonArgs'), global: true })
    .option('json', { type: 'boolean', default: false, describe: t('help.option.json'), global: true })
    .option('yes', { alias: 'y', type: 'boolean', default: false, describe: t('help.option.yes'), global: true })
    .option('lang', { type: 'string', choices: ['en', 'zh'], describe: t('help.option.lang'), global: true })
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

export function withServiceOptions<T>(y: Argv<T>, t: Translate = english): Argv<T & ServiceOptions> {
  return y
    .option('restart-cmd', { type: 'string', describe: t('help.option.restartCmd') })
    .option('daemon-log', { type: 'string', describe: t('help.option.daemonLog') })
    .option('timeout', { type: 'number', default: 30, describe: t('help.option.timeout') }) as unknown as Argv<
    T & ServiceOptions
  >;
}

export function withMutatingOptions<T>(y: Argv<T>, t: Translate = english): Argv<T & MutatingOptions> {
  return withServiceOptions(y, t)
    .option('dry-run', { type: 'boolean', default: false, describe: t('help.option.dryRun') })
    .option('diff', { type: 'boolean', default: false, describe: t('help.option.diff') })
    .option('restart', { type: 'boolean', default: true, describe: t('help.option.restart') })
    .option('target', { type: 'string', choices: ['daemon-json', 'env-file'], describe: t('help.option.target') })
    .option('detailed-exitcode', { type: 'boolean', default: false, describe: t('help.option.detailedExitcode') })
    .option('allow-insecure-tcp', {
      type: 'boolean',
      default: false,
      describe: t('help.option.allowInsecureTcp'),
    }) as unknown as Argv<T & MutatingOptions>;
}
