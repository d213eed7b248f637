/** The languages of the message catalogue. Diagnostic ids and --json keys stay English in both. */
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * --lang wins; else the locale as POSIX orders it (LC_ALL, LC_MESSAGES, LANG): zh_CN.UTF-8,
 * zh_TW, zh → Chinese; anything else (C, POSIX, en_US.UTF-8, unset) → English.
 */
export function pickLang(option: string | undefined, env: Record<string, string | undefined>): Lang {
  if (option === 'zh' || option === 'en') return option;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh([_.@-]|$)/i.test(locale) ? 'zh' : 'en';
}
