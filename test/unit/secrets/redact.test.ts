import { describe, expect, it } from 'vitest';
import { maskCredentials, maskJsonValue } from '../../../src/diagnostics/redact.js';

describe('maskCredentials', () => {
  it.each([
    ['https://user:secret@host', 'https://user:xxxxx@host'],
    ['http://TOKEN@proxy:3128', 'http://xxxxx@proxy:3128'],
    // Go's url.Parse: the userinfo runs to the last '@' of the authority.
    ['http://bob:p@ss@proxy/x', 'http://bob:xxxxx@proxy/x'],
    ['http://bob:pa/ss@p:3128', 'http://bob:xxxxx@p:3128'],
    ['tcp://u:p@0.0.0.0:2376', 'tcp://u:xxxxx@0.0.0.0:2376'],
    ['{"http-proxy":"http://bob:a\\"b@p:3128"}', '{"http-proxy":"http://bob:xxxxx@p:3128"}'],
    ['x https://u:p@h and https://v:q@h2 y', 'x https://u:xxxxx@h and https://v:xxxxx@h2 y'],
    // A proxy without a scheme, as Go reads it (http:// assumed).
    ['"http-proxy": "bob:pw@p:3128"', '"http-proxy": "bob:xxxxx@p:3128"'],
    ['HTTP_PROXY=bob:pw@p', 'HTTP_PROXY=bob:xxxxx@p'],
    ['--https-proxy bob:pw@p', '--https-proxy bob:xxxxx@p'],
    ['  "https-proxy": "https://alice:S3cret@p"', '  "https-proxy": "https://alice:xxxxx@p"'],
    // dockerd cuts the scheme before it quotes an insecure registry.
    [
      'insecure registry erin:pw@reg:5000 is not valid: invalid host "erin:pw@reg:5000"',
      'insecure registry erin:xxxxx@reg:5000 is not valid: invalid host "erin:xxxxx@reg:5000"',
    ],
    ['{"https-proxy":"alice:pw@p"}', '{"https-proxy":"alice:xxxxx@p"}'],
  ])('%s', (text, masked) => {
    expect(maskCredentials(text)).toBe(masked);
    expect(maskCredentials(masked)).toBe(masked);
  });

  it.each([
    `nginx:1.25@sha256:${'a1'.repeat(32)}`,
    'Started user@1000.service',
    'git@github.com',
    'https://example.com/@scope/pkg',
    ',a:b,a:b/x@y',
    'unix:///var/run/docker.sock',
    'tcp://0.0.0.0:2375',
    'https://mirror.example.com/v2/',
  ])('leaves %s alone', (text) => expect(maskCredentials(text)).toBe(text));

  it('masks each line of a diff without joining lines', () => {
    const diff = '-  "a": "http://u:OLD@p"\n+  "a": "http://u:NEW@p"\n   "b": 1';
    expect(maskCredentials(diff)).toBe('-  "a": "http://u:xxxxx@p"\n+  "a": "http://u:xxxxx@p"\n   "b": 1');
  });
});

describe('maskJsonValue', () => {
  const stringify = (doc: unknown): string => JSON.stringify(doc, (k, v: unknown) => maskJsonValue(k, v));

  it('masks strings at any depth, keys included, and keeps the types', () => {
    const doc = {
      value: { 'http-proxy': 'bob:pw@p:3128', 'no-proxy': 'localhost', n: 3, ok: true },
      list: ['https://u:PW@x', null],
      ['https://k:PW@key']: 1,
    };
    const back = JSON.parse(stringify(doc)) as Record<string, unknown>;
    expect(back).toEqual({
      value: { 'http-proxy': 'bob:xxxxx@p:3128', 'no-proxy': 'localhost', n: 3, ok: true },
      list: ['https://u:xxxxx@x', null],
      ['https://k:xxxxx@key']: 1,
    });
  });

  it('does not touch the object it was given', () => {
    const doc = { v: 'https://u:PW@x' };
    stringify(doc);
    expect(doc.v).toBe('https://u:PW@x');
  });
});

describe('maskCredentials on large outputs', () => {
  it('stays linear: 20,000 mirrors on one line, one of them with a password', () => {
    const urls = Array.from({ length: 20_000 }, (_, i) => `"https://m${i}.example.com:443/v2"`);
    urls[10_000] = '"https://u:pw@m.example.com"';
    const line = `[${urls.join(',')}]`;
    const started = performance.now();
    const masked = maskCredentials(line);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(masked).toContain('"https://u:xxxxx@m.example.com"');
    expect(masked.length).toBe(line.length + 3);
  });

  it('stays linear on a long word of "//x:" without an "@" in it', () => {
    const text = `${'//x:y'.repeat(50_000)} a@b`;
    const started = performance.now();
    expect(maskCredentials(text)).toBe(text);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('maskCredentials stays linear on hostile text', () => {
  it.each([
    ['"//x:" repeated, no "@" after it', `a@b ${'//x:y'.repeat(50_000)}`],
    ['",a:b" repeated before a "/"', `${',a:b'.repeat(50_000)}/ a@b`],
    ['"a@" repeated', 'a@'.repeat(100_000)],
  ])('%s', (_name, text) => {
    const started = performance.now();
    maskCredentials(text);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
