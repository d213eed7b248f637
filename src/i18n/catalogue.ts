/**
 * Every sentence of ours, in English and Simplified Chinese, one file per area under messages/.
 * Diagnostic ids and --json keys are not sentences: they stay English.
 */
import type { Translation } from './types.js';
import * as cli from './messages/cli.js';
import * as diagnostics from './messages/diagnostics.js';
import * as doctor from './messages/doctor.js';
import * as wizard from './messages/wizard.js';
import * as saidValidate from './messages/said/validate.js';
import * as saidCauses from './messages/said/causes.js';
import * as saidDoctor from './messages/said/doctor.js';
import * as saidChange from './messages/said/change.js';
import * as saidFiles from './messages/said/files.js';
import * as saidService from './messages/said/service.js';
import * as saidLogging from './messages/said/logging.js';
import * as saidFlags from './messages/said/flags.js';
import * as saidHost from './messages/said/host.js';
import * as saidCompletion from './messages/said/completion.js';
import * as saidRegistries from './messages/said/registries.js';

const en = {
  ...cli.en,
  ...diagnostics.en,
  ...doctor.en,
  ...wizard.en,
  ...saidValidate.en,
  ...saidCauses.en,
  ...saidDoctor.en,
  ...saidChange.en,
  ...saidFiles.en,
  ...saidService.en,
  ...saidLogging.en,
  ...saidFlags.en,
  ...saidHost.en,
  ...saidCompletion.en,
  ...saidRegistries.en,
};

export type MessageKey = keyof typeof en;
export type Params<K extends MessageKey> = Parameters<(typeof en)[K]>[0];
type Catalogue = Translation<typeof en>;

const zh: Catalogue = {
  ...cli.zh,
  ...diagnostics.zh,
  ...doctor.zh,
  ...wizard.zh,
  ...saidValidate.zh,
  ...saidCauses.zh,
  ...saidDoctor.zh,
  ...saidChange.zh,
  ...saidFiles.zh,
  ...saidService.zh,
  ...saidLogging.zh,
  ...saidFlags.zh,
  ...saidHost.zh,
  ...saidCompletion.zh,
  ...saidRegistries.zh,
};

export const CATALOGUES: Readonly<Record<'en' | 'zh', Catalogue>> = { en, zh };
