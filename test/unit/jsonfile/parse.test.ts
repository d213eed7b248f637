import { describe, expect, it } from 'vitest';
import { goSyntaxMessage, parseFirstValue } from '../../../src/jsonfile/parse.js';
import type { JsonNode } from '../../../src/jsonfile/types.js';

/** Go's message for the first syntax error of `text` (json.Unmarshal wording), or "ok". */
function goError(text: string, legacy = false): string {
  const r = parseFirstValue(text);
  if (!r.error) return r.end < text.length ? `trailing at ${r.end}` : 'ok';
  return goSyntaxMessage(text, r.error, { legacy });
}

describe('parseFirstValue: what Go accepts and how it words a refusal', () => {
  it.each([
    ['{}', 'ok'],
    ['{"debug": true}', 'ok'],
    [' \t\r\n{"a": [1, -2.5e+3, "x", null, false, {"b": {}}]}\n', 'ok'],
    ['{"a": "\\u00e9\\n\\/"}', 'ok'],
    ['{"debug": true // on\n}', "invalid character '/' after object key:value pair"],
    ['// c\n{}', "invalid character '/' looking for beginning of value"],
    ['{/* c */}', "invalid character '/' looking for beginning of object key string"],
    ['# c\n{}', "invalid character '#' looking for beginning of value"],
    ['{"debug": true,}', "invalid character '}' looking for beginning of object key string"],
    ['{"a": [1,]}', "invalid character ']' looking for beginning of value"],
    ["{'debug': true}", "invalid character '\\'' looking for beginning of object key string"],
    ['{debug: true}', "invalid character 'd' looking for beginning of object key string"],
    ['{"debug" true}', "invalid character 't' after object key"],
    ['{"debug": true "x": 1}', `invalid character '"' after object key:value pair`],
    ['{"a": [1 2]}', "invalid character '2' after array element"],
    ['{"mtu": NaN}', "invalid character 'N' looking for beginning of value"],
    ['{"mtu": 01500}', "invalid character '1' after object key:value pair"],
    ['{"mtu": 1e}', "invalid character '}' in exponent of numeric literal"],
    ['{"mtu": -}', "invalid character '}' in numeric literal"],
    ['{"mtu": 1.}', "invalid character '}' after decimal point in numeric literal"],
    ['{"mtu": .5}', "invalid character '.' looking for beginning of value"],
    ['{"debug": tru}', "invalid character '}' in literal true (expecting 'e')"],
    ['{"debug": True}', "invalid character 'T' looking for beginning of value"],
    ['{"debug": nul}', "invalid character '}' in literal null (expecting 'l')"],
    ['{"a": "x\ty"}', "invalid character '\\t' in string literal"],
    ['{"a": "x\u0001y"}', "invalid character '\\x01' in string literal"],
    ['{"a": "\\q"}', "invalid character 'q' in string escape code"],
    ['{"a": "\\u12g4"}', "invalid character 'g' in \\u hexadecimal character escape"],
    ['{\u201cdebug\u201d: true}', "invalid character 'â' looking for beginning of object key string"],
    ['\ufeff{}', "invalid character 'ï' looking for beginning of value"],
    ['{"a": 1}\u0000', 'trailing at 8'],
    ['{"a": 1} }', 'trailing at 9'],
  ])('%j → %s', (text, expected) => {
    expect(goError(text)).toBe(expected);
  });

  it.each([
    ['{"debug": true', 'unexpected end of JSON input', 'unexpected EOF'],
    ['{"a": "x', 'unexpected end of JSON input', 'unexpected EOF'],
    ['{"a": [1, 2', 'unexpected end of JSON input', 'unexpected EOF'],
    ['{"a": tr', 'unexpected end of JSON input', 'unexpected EOF'],
  ])('%j ends too early: %s (23+) / %s (20.10)', (text, modern, legacy) => {
    expect(goError(text)).toBe(modern);
    expect(goError(text, true)).toBe(legacy);
  });

  it('keeps offsets, raw numbers, decoded keys and every duplicate', () => {
    const text = '{"\\u0064ebug": false, "mtu": 99999999999999999999, "debug": true}';
    const root = parseFirstValue(text).value as Extract<JsonNode, { kind: 'object' }>;
    expect(root.members.map((m) => m.key)).toEqual(['debug', 'mtu', 'debug']);
    expect(root.members[1]?.value).toMatchObject({ kind: 'number', raw: '99999999999999999999' });
    expect(text.slice(root.members[0]?.keyStart, root.members[0]?.keyEnd)).toBe('"\\u0064ebug"');
    expect(root).toMatchObject({ start: 0, end: text.length });
  });

  it('turns an unpaired surrogate escape into U+FFFD, as Go does', () => {
    const root = parseFirstValue('["a\\ud800b"]').value as Extract<JsonNode, { kind: 'array' }>;
    expect(root.items[0]).toMatchObject({ value: 'a\ufffdb' });
  });

  it("parses nesting far deeper than the JS stack allows, and stops at Go's limit", () => {
    const deep = (n: number): string => `${'['.repeat(n)}${']'.repeat(n)}`;
    expect(parseFirstValue(deep(9000)).error).toBeUndefined();
    expect(parseFirstValue(deep(10001)).error).toMatchObject({ kind: 'character', context: 'exceeded max depth' });
  });

  it("ends the first value where Go's decoder ends it", () => {
    expect(parseFirstValue('{"a":1}  {"b":2}')).toMatchObject({ end: 9 });
    expect(parseFirstValue('null}').end).toBe(4);
  });
});
