import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_IDS } from '../../../src/diagnostics/types.js';
import { CHECKS } from '../../../src/doctor/checks/index.js';
import { CATALOGUES } from '../../../src/i18n/catalogue.js';
import { repoRoot } from '../../helpers/temp-root.js';

const say = (lang: 'en' | 'zh', key: string): string | undefined =>
  (CATALOGUES[lang] as Record<string, ((p?: unknown) => string) | undefined>)[key]?.();
const CJK = /[\u4e00-\u9fff]/;
/** `code`, paths and commands in backticks: a translation must keep them as they are. */
const quoted = (text: string): string[] => [...text.matchAll(/`[^`]+`/g)].map((m) => m[0]).sort();

describe('the diagnostics catalogue', () => {
  it.each(DIAGNOSTIC_IDS)('%s has a headline and a remedy in English and Chinese', (id) => {
    for (const part of ['title', 'fix']) {
      expect(say('en', `diag.${id}.${part}`), `en diag.${id}.${part}`).toMatch(/\w/);
      expect(say('zh', `diag.${id}.${part}`), `zh diag.${id}.${part}`).toMatch(CJK);
    }
  });

  it('has no headline or remedy for an id that does not exist', () => {
    const ids = Object.keys(CATALOGUES.en)
      .map((key) => /^diag\.(.+)\.(title|fix)$/.exec(key)?.[1])
      .filter((id): id is string => id !== undefined);
    expect(ids.filter((id) => !(DIAGNOSTIC_IDS as readonly string[]).includes(id))).toEqual([]);
  });

  it.each(DIAGNOSTIC_IDS)('the Chinese remedy for %s keeps every command, flag and path of the English one', (id) => {
    expect(quoted(say('zh', `diag.${id}.fix`)!)).toEqual(quoted(say('en', `diag.${id}.fix`)!));
  });

  it('names every doctor check: the English is the title in the check, the Chinese is Chinese', () => {
    for (const check of CHECKS) {
      expect(say('en', `doctor.check.${check.id}`), check.id).toBe(check.title);
      expect(say('zh', `doctor.check.${check.id}`), check.id).toMatch(CJK);
    }
    const named = Object.keys(CATALOGUES.en)
      .filter((key) => key.startsWith('doctor.check.'))
      .map((key) => key.slice('doctor.check.'.length));
    expect(named.sort()).toEqual(CHECKS.map((c) => c.id).sort());
  });

  it('every skip reason in the catalogue is one a check gives, by its key', () => {
    const dir = join(repoRoot, 'src', 'doctor', 'checks');
    const sources = readdirSync(dir)
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    const reasons = Object.keys(CATALOGUES.en).filter((key) => key.startsWith('doctor.skip.'));
    expect(reasons.length).toBeGreaterThan(5);
    for (const key of reasons) expect(sources, key).toContain(`'${key}'`);
  });
});
