import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { langOfArgv } from '../../../src/cli/lang-of-argv.js';
import { noteLine } from '../../../src/output/note-line.js';
import { YARGS_ZH } from '../../../src/cli/yargs-strings.js';
import type { Diagnostic } from '../../../src/diagnostics/types.js';
import { translator, type Lang } from '../../../src/i18n/index.js';
import { englishReason, reasonText, type Reason } from '../../../src/lifecycle/reason.js';
import { repoRoot } from '../../helpers/temp-root.js';

const CJK = /[\u4e00-\u9fff]/;

describe('langOfArgv: the language before yargs parses', () => {
  it.each([
    [['mirror', 'list'], {}, 'en'],
    [['mirror', 'list'], { LANG: 'zh_CN.UTF-8' }, 'zh'],
    [['--lang', 'zh', 'mirror', 'list'], { LANG: 'C.UTF-8' }, 'zh'],
    [['mirror', 'list', '--lang=zh'], {}, 'zh'],
    [['--lang', 'en', '--help'], { LANG: 'zh_CN.UTF-8' }, 'en'],
    [['--lang=en'], { LC_ALL: 'zh_CN.UTF-8' }, 'en'],
    // The last --lang wins, as yargs takes it.
    [['--lang', 'zh', '--lang', 'en'], {}, 'en'],
    // An unknown language is yargs's error to report; the text meanwhile follows the locale.
    [['--lang', 'fr'], { LANG: 'zh_CN.UTF-8' }, 'zh'],
    [['--lang'], {}, 'en'],
    // After `--` the words are values, not options.
    [['explain', '--', '--lang', 'zh'], {}, 'en'],
  ] as const)('%j with %j → %s', (argv, env, want) => {
    expect(langOfArgv(argv, env)).toBe(want);
  });
});

describe("yargs's own words in Chinese", () => {
  const english = JSON.parse(
    readFileSync(join(repoRoot, 'node_modules', 'yargs', 'locales', 'en.json'), 'utf8'),
  ) as Record<string, string | { one: string; other: string }>;
  const placeholders = (text: string): number => text.split('%s').length - 1;

  it('covers every string yargs has, so no heading or parse error stays English', () => {
    expect(Object.keys(YARGS_ZH).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(Object.keys(english))('%s: Chinese, with the same %%s slots (and both plural forms)', (key) => {
    const want = english[key]!;
    const have = YARGS_ZH[key]!;
    if (typeof want === 'string') {
      expect(typeof have).toBe('string');
      expect(placeholders(have as string)).toBe(placeholders(want));
      expect(have).toMatch(CJK);
    } else {
      expect(typeof have).toBe('object');
      for (const form of ['one', 'other'] as const) {
        const text = (have as { one: string; other: string })[form];
        expect(placeholders(text)).toBe(placeholders(want[form]));
        expect(text).toMatch(CJK);
      }
    }
  });
});

describe('noteLine: a note after an outcome', () => {
  const note: Diagnostic = {
    id: 'daemon-stopped',
    severity: 'info',
    message: 'docker.service is stopped: the new configuration applies when it starts',
    hint: 'start it when you want it: systemctl start docker',
    fixable: false,
  };
  const io = (lang: Lang) => ({ lang, t: translator(lang) });

  it('in English: the message and the hint, as before', () => {
    expect(noteLine(io('en'), note)).toBe(
      'docker.service is stopped: the new configuration applies when it starts: start it when you want it: systemctl start docker',
    );
    expect(noteLine(io('en'), { ...note, hint: undefined })).toBe(
      'docker.service is stopped: the new configuration applies when it starts',
    );
  });

  it("in Chinese: the id's headline, with the exact English hint labelled", () => {
    expect(noteLine(io('zh'), note)).toBe(
      'docker.service 已停止；修改会在它启动后生效（建议：start it when you want it: systemctl start docker）',
    );
    expect(noteLine(io('zh'), { ...note, hint: undefined })).toBe('docker.service 已停止；修改会在它启动后生效');
  });
});

describe('the service step says why, in either language', () => {
  const reasons: [Reason, string][] = [
    [{ why: 'unchanged' }, 'the configuration dockerd reads did not change'],
    [{ why: 'args-changed' }, "dockerd's command line changed: only a restart passes it new flags"],
    [{ why: 'removed', keys: ['debug'] }, 'debug removed: a reload keeps the old value'],
    [{ why: 'from-flags', keys: ['hosts'] }, "hosts comes from dockerd's flags"],
    [{ why: 'read-at-start', keys: ['hosts', 'tls'] }, 'hosts, tls are read only at start'],
    [{ why: 'reloadable', keys: ['debug'] }, 'debug is reloadable: containers keep running'],
    [{ why: 'asked', mode: 'reload' }, 'asked for a reload'],
    [{ why: 'not-running', state: 'failed' }, 'dockerd is not running (failed): it is started instead of reloaded'],
    [{ why: 'declined' }, 'declined at the prompt'],
  ];

  it.each(reasons)('%j: the English --json keeps, and a Chinese sentence', (reason, english) => {
    expect(englishReason(reason)).toBe(english);
    const chinese = reasonText(reason, translator('zh'));
    expect(chinese).toMatch(CJK);
    // Keys and dockerd's state stay as they are; a mode is a word, said in Chinese.
    const verbatim = 'keys' in reason ? reason.keys : 'state' in reason ? [reason.state] : [];
    for (const value of verbatim) expect(chinese).toContain(value);
  });
});
