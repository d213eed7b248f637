import type { Translate } from '../i18n/index.js';
import { english, said, type Said } from '../i18n/said.js';

/** Why dockerd is reloaded, restarted or left alone: data, put into words in the reader's language. */
export type Reason =
  | { why: 'unchanged' }
  | { why: 'args-changed' }
  | { why: 'removed'; keys: string[] }
  | { why: 'from-flags'; keys: string[] }
  | { why: 'read-at-start'; keys: string[] }
  | { why: 'reloadable'; keys: string[] }
  | { why: 'asked'; mode: 'reload' | 'restart' }
  | { why: 'not-running'; state: string }
  | { why: 'declined' };

/** The reason as a catalogue sentence: the edge says it in the reader's language. */
export function reasonSaid(reason: Reason): Said {
  switch (reason.why) {
    case 'unchanged':
      return said('lifecycle.reason.unchanged');
    case 'args-changed':
      return said('lifecycle.reason.argsChanged');
    case 'removed':
      return said('lifecycle.reason.removed', { keys: reason.keys });
    case 'from-flags':
      return said('lifecycle.reason.fromFlags', { keys: reason.keys });
    case 'read-at-start':
      return said('lifecycle.reason.readAtStart', { keys: reason.keys });
    case 'reloadable':
      return said('lifecycle.reason.reloadable', { keys: reason.keys });
    case 'asked':
      return said('lifecycle.reason.asked', { mode: reason.mode });
    case 'not-running':
      return said('lifecycle.reason.notRunning', { state: reason.state });
    case 'declined':
      return said('lifecycle.reason.declined');
  }
}

/** The reason with a caller's translator (the text's language); its params hold no nested sentence. */
export function reasonText(reason: Reason, t: Translate): string {
  const s = reasonSaid(reason);
  return (t as (key: Said['key'], params?: unknown) => string)(s.key, s.params);
}

/** The reason in English: what --json carries, whatever the language of the text. */
export const englishReason = (reason: Reason): string => english(reasonSaid(reason));
