import { describe, expect, it } from 'vitest';
import { readJsonDocument, type JsonDialect } from '../../../src/jsonfile/read.js';

const bytes = (s: string): Uint8Array => Buffer.from(s, 'latin1');
const utf8 = (s: string): Uint8Array => Buffer.from(s, 'utf8');
const utf16 = (s: string, le: boolean): Uint8Array => {
  const body = Buffer.from(s, 'utf16le');
  if (!le) body.swap16();
  return Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
};

const problems = (b: Uint8Array, dialect: JsonDialect) =>
  readJsonDocument(b, dialect).problems.map((p) => `${p.kind}${p.fatal ? '!' : ''}${p.go ? ` ${p.go}` : ''}`);

describe('readJsonDocument: bytes as each dockerd reads them', () => {
  it.each([
    [
      'UTF-8 BOM',
      bytes('\xef\xbb\xbf{"debug": true}'),
      ["bom! invalid character 'ï' looking for beginning of value"],
      ['bom'],
    ],
    [
      'UTF-16 LE BOM',
      utf16('{"debug": true}', true),
      ["bom! invalid character 'ÿ' looking for beginning of value"],
      ['bom'],
    ],
    [
      'UTF-16 BE BOM',
      utf16('{"debug": true}', false),
      ["bom! invalid character 'þ' looking for beginning of value"],
      ['bom'],
    ],
    [
      'invalid UTF-8 in a string',
      bytes('{"labels": ["a=\xff"]}\n'),
      ['invalid-utf8'],
      ['invalid-utf8! failed to decode configuration JSON at offset 20: encoding: invalid UTF-8'],
    ],
    ['empty', bytes(''), ['empty! EOF'], ['empty']],
    ['white space only', bytes(' \n\t\r\n'), ['empty! EOF'], ['empty']],
    [
      'Unicode spaces only (Go trims them on 23+)',
      utf8('\u00a0\u2003\n'),
      ["syntax! invalid character 'Â' looking for beginning of value"],
      ['empty'],
    ],
    [
      'stray brace',
      bytes('{"debug": true}\n}\n'),
      ["trailing-content invalid character '}' after top-level value"],
      ["trailing-content! invalid character '}' after top-level value"],
    ],
    [
      'two objects',
      bytes('{"a": 1}\n{"b": 2}'),
      ["trailing-content invalid character '{' after top-level value"],
      ["trailing-content! invalid character '{' after top-level value"],
    ],
    [
      'trailing NUL',
      bytes('{"a": 1}\x00'),
      ["trailing-content invalid character '\\x00' after top-level value"],
      ["trailing-content! invalid character '\\x00' after top-level value"],
    ],
    [
      'null then a brace',
      bytes('null }'),
      ["trailing-content invalid character '}' after top-level value"],
      ["trailing-content! invalid character '}' after top-level value"],
    ],
    [
      'top-level array',
      bytes('[1]'),
      ['top-level! json: cannot unmarshal array into Go value of type map[string]interface {}'],
      ['top-level! json: cannot unmarshal array into Go value of type map[string]interface {}'],
    ],
    [
      'top-level string',
      bytes('"x"'),
      ['top-level! json: cannot unmarshal string into Go value of type map[string]interface {}'],
      ['top-level! json: cannot unmarshal string into Go value of type map[string]interface {}'],
    ],
    [
      'top-level true',
      bytes('true'),
      ['top-level! json: cannot unmarshal bool into Go value of type map[string]interface {}'],
      ['top-level! json: cannot unmarshal bool into Go value of type map[string]interface {}'],
    ],
    ['truncated', bytes('{"debug": true'), ['syntax! unexpected EOF'], ['syntax! unexpected end of JSON input']],
    [
      'trailing NBSP (trimmed by 23+)',
      utf8('{"a": 1}\u00a0'),
      ["trailing-content invalid character 'Â' after top-level value"],
      [],
    ],
    ['top-level null', bytes('null'), [], []],
    ['CRLF', bytes('{\r\n  "debug": true\r\n}\r\n'), [], []],
  ])('%s', (_name, input, legacy, modern) => {
    expect(problems(input, 'go-decoder')).toEqual(legacy);
    expect(problems(input, 'go-unmarshal')).toEqual(modern);
  });

  it('reads a UTF-16 file with a BOM on 23+ as text', () => {
    const doc = readJsonDocument(utf16('{"debug": true}', true), 'go-unmarshal');
    expect(doc.encoding).toBe('utf-16le');
    expect(doc.root).toMatchObject({ kind: 'object', members: [{ key: 'debug', value: { value: true } }] });
  });

  it('gives 1-based positions of problems in the decoded text', () => {
    const doc = readJsonDocument(utf8('{\n  "debug": true,\n  "x": 1,\n}\n'), 'go-unmarshal');
    const [problem] = doc.problems;
    expect(problem).toMatchObject({ kind: 'syntax', message: expect.stringContaining('trailing comma') });
    expect(doc.positionAt(problem?.offset ?? -1)).toEqual({ line: 4, column: 1 });
  });

  it('reports the offset of invalid UTF-8 in 4 KiB steps, as x/text does', () => {
    const big = bytes(`{"labels": ["a=\xff"]}${' '.repeat(5000)}`);
    expect(problems(big, 'go-unmarshal')[0]).toContain('at offset 4096:');
  });
});
