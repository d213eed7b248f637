import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../src/i18n/catalogue.js';
import { pickLang } from '../../../src/i18n/index.js';

describe('pickLang', () => {
  it.each([
    [undefined, {}, 'en'],
    [undefined, { LANG: 'zh_CN.UTF-8' }, 'zh'],
    [undefined, { LANG: 'zh_TW.UTF-8' }, 'zh'],
    [undefined, { LANG: 'zh' }, 'zh'],
    [undefined, { LANG: 'en_US.UTF-8' }, 'en'],
    [undefined, { LANG: 'C.UTF-8' }, 'en'],
    [undefined, { LANG: 'zu_ZA.UTF-8' }, 'en'],
    // POSIX order: LC_ALL over LC_MESSAGES over LANG.
    [undefined, { LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' }, 'en'],
    [undefined, { LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }, 'zh'],
    ['en', { LC_ALL: 'zh_CN.UTF-8' }, 'en'],
    ['zh', { LANG: 'C' }, 'zh'],
  ] as const)('--lang %s with %j → %s', (option, env, want) => {
    expect(pickLang(option, env)).toBe(want);
  });

  it('the Chinese catalogue has every English key, and none of its messages is left in English', () => {
    expect(Object.keys(CATALOGUES.zh).sort()).toEqual(Object.keys(CATALOGUES.en).sort());
    for (const [key, message] of Object.entries(CATALOGUES.zh)) {
      const text = (message as (p: unknown) => string)({
        errors: 1,
        warnings: 1,
        groups: 1,
        fixable: 1,
        what: 'x',
        line: 'x',
        why: 'x',
        names: ['x'],
        because: 'x',
      });
      expect(text, key).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
