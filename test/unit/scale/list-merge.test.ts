// Issue 14, point 10: thousands of list values at once. Merging, deduping and appending must be
// linear: each value normalised once (a mirror's URL parse is the slow part) and the array
// appended in one edit, laid out exactly as one append at a time would lay it out. No timers:
// the work is counted.
import { describe, expect, it } from 'vitest';
import { parseEngineVersion } from '../../../src/engine/version.js';
import { distinctEntries, MIRRORS, sameEntry, type ListSetting } from '../../../src/plan/list-settings.js';
import { makePlan } from '../../../src/plan/make-plan.js';
import type { PlanState } from '../../../src/plan/state.js';
import { editDaemonJson } from '../../../src/targets/daemon-json.js';

const engine = parseEngineVersion('28.5.2')!;
const urls = (n: number, salt: string) => Array.from({ length: n }, (_, i) => `https://m${i}-${salt}.example.com`);

/** MIRRORS, counting how often a value is normalised. */
function counting(): { setting: ListSetting; calls: () => number } {
  let calls = 0;
  return {
    setting: {
      ...MIRRORS,
      normalize: (value, e) => {
        calls++;
        return MIRRORS.normalize(value, e);
      },
    },
    calls: () => calls,
  };
}

describe("sameEntry: dockerd's comparison, each value normalised once", () => {
  it('compares as dockerd normalises (a trailing slash is the same mirror)', () => {
    const same = sameEntry(MIRRORS, engine);
    expect(same('https://m.example.com', 'https://m.example.com/')).toBe(true);
    expect(same('https://m.example.com', 'https://n.example.com')).toBe(false);
    expect(same(1, 1)).toBe(true);
    expect(same('1', 1)).toBe(false);
    expect(same.key('https://m.example.com/')).toBe(same.key('https://m.example.com'));
  });
  it('a value dockerd refuses is compared as typed', () => {
    const same = sameEntry(MIRRORS, engine);
    expect(same('not a url', 'not a url')).toBe(true);
    expect(same('not a url', 'not  a url')).toBe(false);
  });
  it('distinctEntries keeps the first of equals, in order', () => {
    const same = sameEntry(MIRRORS, engine);
    expect(distinctEntries(['https://a.example', 'https://b.example', 'https://a.example/'], same)).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
  });
});

describe('2,000 mirrors added to 1,000 present: linear work', () => {
  const present = urls(1000, 'a');
  const adding = [...present, ...urls(1000, 'b'), ...urls(1000, 'b')];
  const text = `${JSON.stringify({ 'registry-mirrors': present }, null, 2)}\n`;

  it('each distinct value is normalised once, however many comparisons', () => {
    const { setting, calls } = counting();
    const result = editDaemonJson(text, [
      { op: 'add-elements', key: 'registry-mirrors', values: adding, same: sameEntry(setting, engine) },
    ]);
    expect(result.ok).toBe(true);
    const written = JSON.parse(result.ok ? result.text : '{}')['registry-mirrors'] as string[];
    expect(written).toEqual([...present, ...urls(1000, 'b')]);
    expect(calls()).toBeLessThanOrEqual(2000);
  });

  it('the plan (mirror add) too', () => {
    const state: PlanState = {
      engine,
      daemonJson: { path: '/etc/docker/daemon.json', text },
      envFile: { path: '/etc/default/docker', text: null, words: [], readBy: [] },
      args: [],
      manager: 'systemd',
    };
    const plan = makePlan(state, [{ kind: 'add', key: 'registry-mirrors', values: adding }], {});
    const after = JSON.parse(plan.changes[0]?.after ?? '{}')['registry-mirrors'] as string[];
    expect(after).toHaveLength(2000);
  });

  it('DOCKER_OPTS (--target env-file): each value once, deduped against the flags present', () => {
    const state: PlanState = {
      engine,
      daemonJson: { path: '/etc/docker/daemon.json', text: null },
      envFile: {
        path: '/etc/default/docker',
        text: `DOCKER_OPTS="--registry-mirror ${present[0]}"\n`,
        words: ['--registry-mirror', present[0]!],
        readBy: ['init script'],
      },
      args: [
        { value: '--registry-mirror', source: { kind: 'env-file', path: '/etc/default/docker' } },
        { value: present[0]!, source: { kind: 'env-file', path: '/etc/default/docker' } },
      ],
      manager: 'sysvinit',
    };
    const plan = makePlan(state, [{ kind: 'add', key: 'registry-mirrors', values: adding }], { target: 'env-file' });
    const line = plan.changes[0]?.after ?? '';
    expect(line.match(/--registry-mirror/g)).toHaveLength(2000);
  });
});

describe('appending many at once lays the array out as one append at a time would', () => {
  const values = ['https://b.example', 'https://c.example', 'https://d.example'];
  const oneByOne = (text: string | null): string => {
    let current = text;
    for (const v of values) {
      const step = editDaemonJson(current, [{ op: 'add-elements', key: 'registry-mirrors', values: [v] }]);
      if (!step.ok) throw new Error('edit failed');
      current = step.text;
    }
    return current ?? '';
  };
  it.each([
    ['multi-line', '{\n  "registry-mirrors": [\n    "https://a.example"\n  ]\n}\n'],
    ['one line', '{"registry-mirrors": ["https://a.example"]}\n'],
    ['one line, spaced', '{ "registry-mirrors": [ "https://a.example" ] }\n'],
    ['two on one line', '{"registry-mirrors": ["https://a.example","https://z.example"]}\n'],
    ['empty array', '{"registry-mirrors": []}\n'],
    ['empty multi-line array', '{\n  "registry-mirrors": [\n  ]\n}\n'],
    ['no key', '{\n  "debug": true\n}\n'],
    ['CRLF', '{\r\n  "registry-mirrors": [\r\n    "https://a.example"\r\n  ]\r\n}\r\n'],
    ['tabs', '{\n\t"registry-mirrors": [\n\t\t"https://a.example"\n\t]\n}\n'],
  ])('%s', (_name, text) => {
    const all = editDaemonJson(text, [{ op: 'add-elements', key: 'registry-mirrors', values }]);
    expect(all.ok && all.text).toBe(oneByOne(text));
  });
});

describe('removing many at once: one edit, the bytes one removal at a time takes', () => {
  const multi =
    '{\n  "registry-mirrors": [\n    "https://a.example",\n    "https://b.example",\n    "https://c.example",\n    "https://d.example"\n  ]\n}\n';
  const remove = (text: string, values: string[], removeKeyIfEmpty = false) => {
    const r = editDaemonJson(text, [
      { op: 'remove-elements', key: 'registry-mirrors', values, same: sameEntry(MIRRORS, engine), removeKeyIfEmpty },
    ]);
    return r.ok ? r.text : r.failure.message;
  };
  const mirrors = (...names: string[]) => names.map((n) => `https://${n}.example`);
  it.each([
    [
      'a run in the middle',
      multi,
      mirrors('b', 'c'),
      '{\n  "registry-mirrors": [\n    "https://a.example",\n    "https://d.example"\n  ]\n}\n',
    ],
    [
      'a run at the end',
      multi,
      mirrors('c', 'd'),
      '{\n  "registry-mirrors": [\n    "https://a.example",\n    "https://b.example"\n  ]\n}\n',
    ],
    [
      'two runs',
      multi,
      mirrors('a', 'c'),
      '{\n  "registry-mirrors": [\n    "https://b.example",\n    "https://d.example"\n  ]\n}\n',
    ],
    ['all of them', multi, mirrors('a', 'b', 'c', 'd'), '{\n  "registry-mirrors": []\n}\n'],
    [
      'one line',
      '{"registry-mirrors": ["https://a.example", "https://b.example", "https://c.example"]}\n',
      mirrors('a', 'c'),
      '{"registry-mirrors": ["https://b.example"]}\n',
    ],
    [
      'a duplicate goes too',
      '{"registry-mirrors": ["https://a.example", "https://b.example", "https://a.example/"]}\n',
      mirrors('a'),
      '{"registry-mirrors": ["https://b.example"]}\n',
    ],
    ['none of them', multi, mirrors('z'), multi],
  ])('%s', (_name, text, values, expected) => {
    expect(remove(text, values)).toBe(expected);
  });
  it('all of them, and the key with them', () => {
    expect(remove(multi, mirrors('a', 'b', 'c', 'd'), true)).toBe('{}\n');
  });
  it('2,000 of 3,000: each value normalised once', () => {
    const { setting, calls } = counting();
    const all = urls(3000, 'a');
    const text = `${JSON.stringify({ 'registry-mirrors': all }, null, 2)}\n`;
    const r = editDaemonJson(text, [
      {
        op: 'remove-elements',
        key: 'registry-mirrors',
        values: all.slice(500, 2500),
        same: sameEntry(setting, engine),
      },
    ]);
    expect(r.ok && JSON.parse(r.text)['registry-mirrors']).toEqual([...all.slice(0, 500), ...all.slice(2500)]);
    expect(calls()).toBeLessThanOrEqual(3000);
  });
});
