import { CATALOGUES, type MessageKey, type Params } from './catalogue.js';
import type { Lang } from './lang.js';

export { LANGS, pickLang, type Lang } from './lang.js';
export type { MessageKey } from './catalogue.js';

/** t('doctor.summary', {…}): the message in the chosen language. */
export type Translate = <K extends MessageKey>(
  key: K,
  ...params: Params<K> extends undefined ? [] : [Params<K>]
) => string;

export function translator(lang: Lang): Translate {
  const catalogue = CATALOGUES[lang];
  return ((key: MessageKey, params?: unknown) => (catalogue[key] as (p: unknown) => string)(params)) as Translate;
}
