import { describe, expect, it } from 'vitest';
import { parseValue } from '../../../src/change/values.js';
import { editDaemonJson, JsonNumber, parseJsonKeepingNumbers } from '../../../src/targets/daemon-json.js';
import { jsonEqual } from '../../../src/targets/json/deep-equal.js';
import { roundTrips, stringifyKeepingNumbers } from '../../../src/targets/json/json-number.js';
import { flagWord } from '../../../src/plan/flag-words.js';

const edited = (text: string | null, key: string | string[], value: unknown): string => {
  const result = editDaemonJson(text, [{ op: 'set', key, value }]);
  if (!result.ok) throw new Error(result.failure.message);
  return result.text;
};

describe('numbers keep the text they were given (issue 14, point 6)', () => {
  it.each([
    '9007199254740993',
    '1e400',
    '-1e400',
    '1e3',
    '1500.0',
    '1E2',
    '-0',
    '0.1e1',
    '1e-400',
    '12345678901234567890',
  ])('set KEY %s writes exactly that text', (text) => {
    expect(roundTrips(text)).toBe(false);
    expect(parseValue(text)).toEqual(new JsonNumber(text));
    expect(edited('{}\n', 'mtu', parseValue(text))).toBe(`{\n  "mtu": ${text}\n}\n`);
  });

  it.each(['0', '1500', '-3', '1.5', '9007199254740991', '1e+21'])('%s is a plain number', (text) => {
    // JSON.stringify(1e21) is "1e+21": that text survives as it is.
    expect(parseValue(text)).toBe(Number(text));
  });

  it('inside objects and arrays, as set and apply give them', () => {
    const value = parseJsonKeepingNumbers('{"nofile": {"Name": "nofile", "Hard": 9007199254740993, "Soft": 1e400}}');
    expect(edited('{}\n', 'default-ulimits', value)).toBe(
      '{\n  "default-ulimits": {\n    "nofile": {\n      "Name": "nofile",\n      "Hard": 9007199254740993,\n      "Soft": 1e400\n    }\n  }\n}\n',
    );
    expect(edited('{"a": [1]}', 'a', parseJsonKeepingNumbers('[9007199254740993, 2]'))).toBe(
      '{"a": [9007199254740993, 2]}',
    );
    expect(edited('{}', ['log-opts', 'max-file'], parseValue('1e400'))).toBe(
      '{\n  "log-opts": {\n    "max-file": 1e400\n  }\n}',
    );
  });

  it('the same text is no change; another spelling of the same double is', () => {
    const text = '{\n  "shutdown-timeout": 9007199254740993\n}\n';
    expect(
      editDaemonJson(text, [{ op: 'set', key: 'shutdown-timeout', value: parseValue('9007199254740993') }]),
    ).toEqual({
      ok: true,
      text,
      changed: false,
    });
    // JSON.parse reads both as 9007199254740992; dockerd's int64 does not.
    expect(edited(text, 'shutdown-timeout', parseValue('9007199254740992'))).toBe(
      '{\n  "shutdown-timeout": 9007199254740992\n}\n',
    );
    expect(jsonEqual(new JsonNumber('1e3'), 1000)).toBe(false);
    expect(jsonEqual(new JsonNumber('1e3'), new JsonNumber('1e3'))).toBe(true);
  });

  it('array elements are compared by their text too', () => {
    const result = editDaemonJson('{"x": [9007199254740993]}', [
      {
        op: 'add-elements',
        key: 'x',
        values: [new JsonNumber('9007199254740993'), new JsonNumber('9007199254740992')],
      },
    ]);
    expect(result).toMatchObject({ ok: true, text: '{"x": [9007199254740993, 9007199254740992]}' });
  });

  it('a "__proto__" key stays data, as JSON.parse keeps it', () => {
    const value = parseJsonKeepingNumbers('{"__proto__": {"x": 1}, "n": 1e400}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__', 'n']);
  });

  it('a flag word takes the text (DOCKER_OPTS)', () => {
    expect(flagWord({ long: 'mtu' }, String(parseValue('9007199254740993')))).toBe('--mtu=9007199254740993');
  });

  it('what is not JSON stays a string', () => {
    expect(parseValue('1e')).toBe('1e');
    expect(parseValue('0x10')).toBe('0x10');
    expect(parseValue('"9007199254740993"')).toBe('9007199254740993');
  });
});

describe('stringifyKeepingNumbers: what get, show and --json print', () => {
  it('writes a kept number as its text, everything else as JSON.stringify does', () => {
    const value = {
      big: new JsonNumber('9007199254740993'),
      list: [new JsonNumber('1e400'), 2, 'x'],
      s: 'json-number-1',
    };
    expect(stringifyKeepingNumbers(value)).toBe('{"big":9007199254740993,"list":[1e400,2,"x"],"s":"json-number-1"}');
    expect(stringifyKeepingNumbers({ a: 1 }, undefined, 2)).toBe(JSON.stringify({ a: 1 }, undefined, 2));
  });

  it('hands the replacer its holder as `this`, and never a kept number', () => {
    const seen: unknown[] = [];
    const text = stringifyKeepingNumbers({ n: new JsonNumber('1.50e3'), k: 'v' }, function (this: unknown, key, v) {
      if (key === 'k') seen.push(this);
      return typeof v === 'string' ? v.toUpperCase() : v;
    });
    expect(text).toBe('{"n":1.50e3,"k":"V"}');
    expect(seen).toEqual([{ n: new JsonNumber('1.50e3'), k: 'v' }]);
  });
});
