/**
 * A sentence of ours as data: a catalogue key and its parameters. Pure layers build these instead of
 * English strings, so the edge can say them in the reader's language; `english` gives the text that
 * `--json` and logs carry. A parameter may itself be a Said (a reason inside a message): it is said
 * in the same language first.
 */
import { CATALOGUES, type MessageKey, type Params } from './catalogue.js';
import type { Lang } from './lang.js';

export interface Said {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, unknown>>;
}

/** A message's parameters, where any string may be given as a Said to be translated in place. */
type Nested<P> = { [K in keyof P]: P[K] extends string ? string | Said : P[K] };
export type SaidArgs<K extends MessageKey> = Params<K> extends undefined ? [] : [Nested<Params<K>>];

export function said<K extends MessageKey>(key: K, ...params: SaidArgs<K>): Said {
  return params.length === 0 ? { key } : { key, params: params[0] as Record<string, unknown> };
}

export const isSaid = (value: unknown): value is Said =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Said).key === 'string' &&
  (value as Said).key in CATALOGUES.en;

export function sayIn(lang: Lang, s: Said): string {
  const params =
    s.params === undefined
      ? undefined
      : Object.fromEntries(Object.entries(s.params).map(([k, v]) => [k, isSaid(v) ? sayIn(lang, v) : v]));
  return (CATALOGUES[lang][s.key] as (p: unknown) => string)(params);
}

export const english = (s: Said): string => sayIn('en', s);

/** A string as given, or a Said in English: for fields that `--json` prints. */
export const inEnglish = (s: string | Said): string => (typeof s === 'string' ? s : english(s));
