/**
 * A diagnostic's message and hint from the catalogue: `{ id, severity, ...message('key', {…}) }`
 * sets `message` (English, what --json prints) and `says` (for the reader's language) together.
 */
import type { MessageKey } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';
import { english, said, sayIn, type Said, type SaidArgs } from '../i18n/said.js';
import type { Diagnostic } from './types.js';

export const message = <K extends MessageKey>(key: K, ...params: SaidArgs<K>): { message: string; says: Said } => {
  const says = said(key, ...params);
  return { message: english(says), says };
};

export const hint = <K extends MessageKey>(key: K, ...params: SaidArgs<K>): { hint: string; hintSays: Said } => {
  const hintSays = said(key, ...params);
  return { hint: english(hintSays), hintSays };
};

/** The same, from a Said built elsewhere (a reason a value check returned). */
export const messageOf = (says: Said): { message: string; says: Said } => ({ message: english(says), says });
export const hintOf = (hintSays: Said): { hint: string; hintSays: Said } => ({ hint: english(hintSays), hintSays });

/** The message in the reader's language (the English string when no catalogue sentence was given). */
export const messageIn = (lang: Lang, d: Pick<Diagnostic, 'message' | 'says'>): string =>
  d.says ? sayIn(lang, d.says) : d.message;

export const hintIn = (lang: Lang, d: Pick<Diagnostic, 'hint' | 'hintSays'>): string | undefined =>
  d.hintSays ? sayIn(lang, d.hintSays) : d.hint;

/**
 * `--json` keeps its English `message` and `hint` and gains nothing: the catalogue copies stay out.
 * Only a diagnostic's own (an object with `id`, `severity` and `message`): a setting's value may
 * have keys of any name.
 */
export function jsonReplacer(this: unknown, key: string, value: unknown): unknown {
  if (key !== 'says' && key !== 'hintSays') return value;
  const holder = this as Partial<Record<'id' | 'severity' | 'message', unknown>> | null;
  const isDiagnostic =
    typeof holder === 'object' &&
    holder !== null &&
    typeof holder.id === 'string' &&
    typeof holder.severity === 'string' &&
    typeof holder.message === 'string';
  return isDiagnostic ? undefined : value;
}
