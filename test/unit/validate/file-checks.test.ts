import { describe, expect, it } from 'vitest';
import { brief, check, PATH } from './check.js';

const ids = (json: string | Uint8Array | null, engine: string, strict = false): string[] =>
  check(json, { engine, strict }).map(brief);

describe('the file: missing, encoding, syntax, top level', () => {
  it('a missing daemon.json is fine unless named with --config-file', () => {
    expect(check(null)).toEqual([]);
    const [d] = check(null, { explicit: true });
    expect(d).toMatchObject({
      id: 'config-file-missing',
      severity: 'error',
      file: PATH,
      dockerd: `unable to configure the Docker daemon with file ${PATH}: open ${PATH}: no such file or directory`,
    });
    expect(check(null, { args: `--config-file=${PATH}` }).map(brief)).toEqual(['config-file-missing error']);
  });

  it.each([
    // bytes, 20.10, 23+ (28.5), 23+ under --strict
    ['\ufeff{}', ['json-bom error 1:1'], ['json-bom warning 1:1'], ['json-bom error 1:1']],
    ['', ['json-empty error 1:1'], ['json-empty warning 1:1'], ['json-empty error 1:1']],
    ['  \n', ['json-empty error 1:1'], ['json-empty warning 1:1'], ['json-empty error 1:1']],
    [
      '{"debug": true}\n}\n',
      ['json-trailing-content warning 2:1'],
      ['json-trailing-content error 2:1'],
      ['json-trailing-content error 2:1'],
    ],
    ['{}', [], [], []],
    ['null', [], [], []],
  ])('%j', (json, legacy, modern, strict) => {
    expect(ids(json, '20.10.24')).toEqual(legacy);
    expect(ids(json, '28.5.2')).toEqual(modern);
    expect(ids(json, '28.5.2', true)).toEqual(strict);
  });

  it('invalid UTF-8: accepted by 20.10 (a warning), refused by 23+', () => {
    const bytes = Buffer.from('{"labels": ["a=\xff"]}', 'latin1');
    expect(ids(bytes, '20.10.24')).toEqual(['json-invalid-utf8 warning 1:16']);
    expect(ids(bytes, '26.1.5')).toEqual(['json-invalid-utf8 error 1:16']);
    expect(ids(bytes, '20.10.24', true)).toEqual(['json-invalid-utf8 error 1:16']);
  });

  it("points at the syntax error and says what was expected, in dockerd's words too", () => {
    const [d] = check('{\n  "registry-mirrors": ["https://m.example.com"],\n}\n', { engine: '26.1.5' });
    expect(d).toMatchObject({
      id: 'json-syntax',
      severity: 'error',
      line: 3,
      column: 1,
      message: expect.stringMatching(/trailing comma.*expected a key in double quotes/),
      dockerd: `unable to configure the Docker daemon with file ${PATH}: invalid character '}' looking for beginning of object key string`,
      fixable: true,
    });
  });

  it('adds Go 1.27\'s "invalid JSON: " for the builds that print it', () => {
    const [d] = check('{"a": 1,}', { engine: '28.5.2+dfsg4' });
    expect(d?.dockerd).toBe(
      `unable to configure the Docker daemon with file ${PATH}: invalid JSON: invalid character '}' looking for beginning of object key string`,
    );
    expect(check('{"a": 1,}', { engine: '28.5.2' })[0]?.dockerd).not.toContain('invalid JSON');
  });

  it.each([
    ['[]', 'json: cannot unmarshal array into Go value of type map[string]interface {}'],
    ['"debug"', 'json: cannot unmarshal string into Go value of type map[string]interface {}'],
    ['42', 'json: cannot unmarshal number into Go value of type map[string]interface {}'],
  ])('top level %s is refused', (json, go) => {
    expect(check(json)).toMatchObject([
      {
        id: 'json-top-level',
        severity: 'error',
        dockerd: `unable to configure the Docker daemon with file ${PATH}: ${go}`,
      },
    ]);
  });

  it('warns about every repeated key (the last one wins), an error under --strict', () => {
    expect(ids('{"debug": false,\n "debug": true,\n "log-opts": {"a": "1", "a": "2"}}', '28.5.2')).toEqual([
      'json-duplicate-key warning 1:2',
      'json-duplicate-key warning 3:15',
    ]);
    expect(ids('{"debug": false, "debug": true}', '28.5.2', true)).toEqual(['json-duplicate-key error 1:2']);
  });
});
