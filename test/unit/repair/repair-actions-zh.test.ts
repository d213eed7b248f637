import { describe, expect, it } from 'vitest';
import { english, sayIn } from '../../../src/i18n/said.js';
import { repairDaemonJson } from '../../../src/repair/index.js';
import { englishSentences } from '../../helpers/english.js';

// Damage of every kind the repairer undoes, so each action sentence is said at least once.
const damaged = [
  '\ufeff{\n  // mirrors\n  "debug": true,\n  /* x */ "log-level": "info",\n}\n',
  '{"debug": true,, "log-level": "info"}\n}\n]\n,\n\0\0',
  '{\n  "a": [1, 2,]\n  "b": 1,\n',
  '"debug": true\n}\n',
  '{"a": 1}\n{"b": 2, "a": 1}\n{}\n',
  '{}\n{"a": 1}\n',
  '# only a comment\n',
  '',
  'null\n',
  '{\u00a0"a": 1,\u200b "b": 2\n',
];

describe('repair actions in Chinese', () => {
  it.each(damaged.map((text) => ({ text })))('has no English sentence: $text', ({ text }) => {
    const result = repairDaemonJson(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.actions.length).toBeGreaterThan(0);
    for (const action of result.actions) {
      const zh = sayIn('zh', action);
      expect(zh).not.toBe(english(action));
      expect(englishSentences(zh)).toEqual([]);
    }
  });
});
