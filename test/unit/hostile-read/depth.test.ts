import { describe, expect, it } from 'vitest';
import { parseEngineVersion } from '../../../src/engine/version.js';
import { english } from '../../../src/i18n/said.js';
import { EDIT_MAX_DEPTH, nestingDepth, tooDeepToEdit } from '../../../src/jsonfile/depth.js';
import { parseFirstValue } from '../../../src/jsonfile/parse.js';
import { makePlan } from '../../../src/plan/make-plan.js';
import type { PlanState } from '../../../src/plan/state.js';
import { repairDaemonJson } from '../../../src/repair/index.js';
import { validateConfig } from '../../../src/validate/index.js';
import { jsValue, loadDaemonConfig } from '../../../src/validate/model.js';

const engine = parseEngineVersion('28.5.2')!;
const host = { groupExists: () => true, fileReadable: () => false, readFile: () => undefined };
const PATH = '/etc/docker/daemon.json';

/** daemon.json whose deepest value sits `levels` deep (the top object is level 1). */
const nested = (levels: number, open = '{"a":', close = '}'): string =>
  `{"debug":true,"runtimes":{"r":{"runtimeType":"io.containerd.runc.v2","options":${open.repeat(levels - 3)}1${close.repeat(levels - 3)}}}}`;

const state = (text: string): PlanState => ({
  engine,
  daemonJson: { path: PATH, text },
  envFile: { path: '/etc/default/docker', text: null, words: [], readBy: [] },
  args: [],
  manager: 'none',
});

describe('nestingDepth', () => {
  it.each([
    ['{}', 1],
    ['{"a":[[{}]]}', 4],
    ['{"a":"[[[{{{"}', 1],
    ['{"a":"\\"[[["}', 1],
    ['{"a":]]]]}', 1],
    [nested(1234), 1234],
  ])('case %#', (text, depth) => {
    expect(nestingDepth(text).depth).toBe(depth);
  });

  it('names the first bracket beyond the limit', () => {
    const text = nested(EDIT_MAX_DEPTH + 1);
    expect(tooDeepToEdit(nested(EDIT_MAX_DEPTH), PATH)).toBeUndefined();
    const d = tooDeepToEdit(text, PATH);
    expect(d).toMatchObject({ id: 'file-unparsable', severity: 'error', file: PATH, line: 1 });
    expect(text[nestingDepth(text).beyond!]).toBe('{');
    expect(d?.message).toMatch(/nested 1001 levels deep/);
  });
});

describe('no recursion overflows on what dockerd reads (up to 10000 levels)', () => {
  for (const [name, open, close] of [
    ['objects', '{"a":', '}'],
    ['arrays', '[', ']'],
  ] as const) {
    it(`10000 levels of ${name}: parsed, modelled and validated without a stack overflow`, () => {
      const text = nested(10000, open, close);
      const parsed = parseFirstValue(text);
      expect(parsed.error).toBeUndefined();
      expect(() => jsValue(parsed.value!)).not.toThrow();
      const bytes = Buffer.from(text);
      expect(() =>
        loadDaemonConfig({ daemonJson: { path: PATH, bytes, explicit: false }, args: [], engine }),
      ).not.toThrow();
      const result = validateConfig({
        daemonJson: { path: PATH, bytes, explicit: false },
        args: [],
        engine,
        host,
        strict: false,
      });
      expect(result.diagnostics.filter((d) => d.id.startsWith('json-'))).toEqual([]);
    });
  }

  it('10001 levels: "exceeded max depth", as Go says', () => {
    const text = nested(10001);
    const result = validateConfig({
      daemonJson: { path: PATH, bytes: Buffer.from(text), explicit: false },
      args: [],
      engine,
      host,
      strict: false,
    });
    expect(result.diagnostics[0]).toMatchObject({ id: 'json-syntax' });
    expect(result.diagnostics[0]?.dockerd).toMatch(/invalid character '\{' exceeded max depth/);
  });

  it('jsValue keeps document order, duplicates (last wins) and __proto__ as a plain key', () => {
    const parsed = parseFirstValue('{"b":[1,{"c":null}],"a":"x","b":[2],"__proto__":{"p":true}}');
    const value = jsValue(parsed.value!) as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['b', 'a', '__proto__']);
    expect(value.b).toEqual([2]);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toEqual({ p: true });
    expect(jsValue(parseFirstValue('[1,[2,[3]],{"k":[]}]').value!)).toEqual([1, [2, [3]], { k: [] }]);
  });
});

describe('recursive paths refuse beyond EDIT_MAX_DEPTH instead of crashing', () => {
  it('repair refuses a file nested 5000 deep, saying why', () => {
    for (const text of [nested(5000), nested(5000).slice(0, -3), nested(20000)]) {
      const repaired = repairDaemonJson(text);
      expect(repaired.ok).toBe(false);
      if (!repaired.ok) expect(english(repaired.says)).toMatch(/levels deep/);
    }
  });

  it('repair still mends a file at the limit', () => {
    const repaired = repairDaemonJson(`${nested(EDIT_MAX_DEPTH).slice(0, -1)},}`);
    expect(repaired.ok).toBe(true);
  });

  it('an edit of a file too deep is a refusal, not a plan', () => {
    const plan = makePlan(state(nested(5000)), [{ kind: 'set', key: 'debug', value: false }]);
    expect(plan.changes).toEqual([]);
    expect(plan.diagnostics).toMatchObject([{ id: 'file-unparsable', severity: 'error' }]);
  });

  it('an edit at the limit is planned', () => {
    const plan = makePlan(state(nested(EDIT_MAX_DEPTH)), [{ kind: 'set', key: 'debug', value: false }]);
    expect(plan.changes).toHaveLength(1);
  });

  it('a key without a value ({"registry-mirrors": }) does not crash planning', () => {
    for (const key of ['registry-mirrors', 'insecure-registries', 'debug']) {
      expect(() =>
        makePlan(state('{"registry-mirrors": }'), [{ kind: 'add', key, values: ['https://m.example'] }]),
      ).not.toThrow();
      expect(() => makePlan(state('{"registry-mirrors": }'), [{ kind: 'unset', key }])).not.toThrow();
    }
  });
});
