import { translator, type Translate } from '../i18n/index.js';

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

export function reasonText(reason: Reason, t: Translate): string {
  switch (reason.why) {
    case 'unchanged':
      return t('lifecycle.reason.unchanged');
    case 'args-changed':
      return t('lifecycle.reason.argsChanged');
    case 'removed':
      return t('lifecycle.reason.removed', { keys: reason.keys });
    case 'from-flags':
      return t('lifecycle.reason.fromFlags', { keys: reason.keys });
    case 'read-at-start':
      return t('lifecycle.reason.readAtStart', { keys: reason.keys });
    case 'reloadable':
      return t('lifecycle.reason.reloadable', { keys: reason.keys });
    case 'asked':
      return t('lifecycle.reason.asked', { mode: reason.mode });
    case 'not-running':
      return t('lifecycle.reason.notRunning', { state: reason.state });
    case 'declined':
      return t('lifecycle.reason.declined');
  }
}

const english = translator('en');

/** The reason in English: what --json carries, whatever the language of the text. */
export const englishReason = (reason: Reason): string => reasonText(reason, english);
