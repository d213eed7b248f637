import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { english, said } from '../../../src/i18n/said.js';
import { repairDaemonJson, repairFailureDiagnostic } from '../../../src/repair/index.js';
import { sharedCorpusDir } from '../../helpers/corpus.js';

const corpus = (name: string): string => readFileSync(`${sharedCorpusDir()}/cases/${name}.json`, 'utf8');

/** before → exact after, and what each action must mention (with its line). */
const repaired: Array<{ name: string; before: string; after: string; actions: RegExp[] }> = [
  {
    name: 'DaoCloud set_mirror.sh on {}: dangling comma before }',
    before: '{"registry-mirrors": ["http://f1361db2.m.daocloud.io"],}\n',
    after: '{"registry-mirrors": ["http://f1361db2.m.daocloud.io"]}\n',
    actions: [/^line 1: removed the dangling ',' before '}'$/],
  },
  {
    name: 'DaoCloud on a nested {} too',
    before: '{"registry-mirrors": ["http://m"],\n  "log-opts": {"registry-mirrors": ["http://m"],}\n}\n',
    after: '{"registry-mirrors": ["http://m"],\n  "log-opts": {"registry-mirrors": ["http://m"]}\n}\n',
    actions: [/^line 2: removed the dangling ','/],
  },
  {
    name: 'dangling comma in a list (corpus syntax-trailing-comma-array)',
    before: corpus('syntax-trailing-comma-array'),
    after: '{"registry-mirrors": ["https://mirror.example.com"]}\n',
    actions: [/^line 1: removed the dangling ',' before ']'$/],
  },
  {
    name: 'dangling commas in a pretty file',
    before:
      '{\n  "registry-mirrors": [\n    "https://a.example",\n    "https://b.example",\n  ],\n  "debug": true,\n}\n',
    after: '{\n  "registry-mirrors": [\n    "https://a.example",\n    "https://b.example"\n  ],\n  "debug": true\n}\n',
    actions: [/^line 4: removed the dangling ',' before ']'$/, /^line 6: removed the dangling ',' before '}'$/],
  },
  {
    name: 'doubled comma',
    before: '{"debug": true,, "log-level": "warn"}',
    after: '{"debug": true, "log-level": "warn"}',
    actions: [/^line 1: removed an extra ','$/],
  },
  {
    name: 'stray } at the end (works on 20.10, refused by 23.0+)',
    before: '{\n  "debug": true\n}\n}\n',
    after: '{\n  "debug": true\n}\n',
    actions: [/^line 4: removed a stray '}'/],
  },
  {
    name: 'several stray closers on the last line',
    before: '{"debug": true}}]}\n',
    after: '{"debug": true}\n',
    actions: [/^line 1: removed a stray '}'/, /^line 1: removed a stray ']'/, /^line 1: removed a stray '}'/],
  },
  {
    name: 'missing closing brace (corpus syntax-missing-closing-brace)',
    before: corpus('syntax-missing-closing-brace'),
    after: '{\n  "debug": true\n}\n',
    actions: [/^line 2: added the missing '}' at the end of the file$/],
  },
  {
    name: 'missing closers of a nested object and the top one',
    before: '{\n  "debug": true,\n  "log-opts": {\n    "max-size": "10m"\n',
    after: '{\n  "debug": true,\n  "log-opts": {\n    "max-size": "10m"\n  }\n}\n',
    actions: [/^line 4: added the missing '}}'/],
  },
  {
    name: 'missing ] and } on one line',
    before: '{"registry-mirrors": ["https://a", "https://b"',
    after: '{"registry-mirrors": ["https://a", "https://b"]}',
    actions: [/^line 1: added the missing '\]}'/],
  },
  {
    name: 'missing closer after a dangling comma',
    before: '{\n  "debug": true,\n',
    after: '{\n  "debug": true\n}\n',
    actions: [/^line 2: removed the dangling ',' at the end of the file$/, /^line 2: added the missing '}'/],
  },
  {
    name: 'two objects (echo >> daemon.json; corpus syntax-two-objects)',
    before: corpus('syntax-two-objects'),
    after: '{"debug": true, "log-level": "nope"}\n',
    actions: [/^line 2: merged the second top-level object into the first \(added "log-level"\)/],
  },
  {
    name: 'a pretty object, then a one-line object appended',
    before: '{\n  "debug": true\n}\n{"registry-mirrors": ["https://x.example"]}\n',
    after: '{\n  "debug": true,\n  "registry-mirrors": ["https://x.example"]\n}\n',
    actions: [/^line 4: merged the second top-level object/],
  },
  {
    name: 'two pretty objects with different indentation (values re-indented)',
    before: '{\n    "debug": true\n}\n{\n  "log-opts": {\n    "max-size": "10m"\n  }\n}\n',
    after: '{\n    "debug": true,\n    "log-opts": {\n      "max-size": "10m"\n    }\n}\n',
    actions: [/merged the second/],
  },
  {
    name: 'three objects, one key repeated with the same value',
    before: '{"debug": true}\n{"debug": true, "labels": ["a=b"]}\n{"log-level": "warn"}\n',
    after: '{"debug": true, "labels": ["a=b"], "log-level": "warn"}\n',
    actions: [
      /second top-level object into the first \(added "labels"; dropped "debug", already set to the same value\)/,
      /third/,
    ],
  },
  {
    name: 'same key, equal value written differently, is not a conflict',
    before: '{"log-opts": {"max-size": "10m", "max-file": "3"}}\n{"log-opts": {"max-file":"3","max-size":"10m"}}\n',
    after: '{"log-opts": {"max-size": "10m", "max-file": "3"}}\n',
    actions: [/dropped "log-opts"/],
  },
  {
    name: 'an empty object, then the settings',
    before: '{}\n{\n  "debug": true\n}\n',
    after: '{\n  "debug": true\n}\n',
    actions: [/^line 1: removed an empty top-level object/],
  },
  {
    name: 'objects separated by a comma',
    before: '{"debug": true},\n{"log-level": "warn"}\n',
    after: '{"debug": true, "log-level": "warn"}\n',
    actions: [/removed a ',' after the end/, /merged the second/],
  },
  {
    name: '// comments, whole line and after code',
    before: '{\n  // mirrors for CN\n  "registry-mirrors": ["https://m.example"], // fast\n  "debug": true\n}\n',
    after: '{\n  "registry-mirrors": ["https://m.example"],\n  "debug": true\n}\n',
    actions: [/^line 2: removed a \/\/ comment$/, /^line 3: removed a \/\/ comment$/],
  },
  {
    name: '/* */ comment before the object (corpus syntax-block-comment)',
    before: corpus('syntax-block-comment'),
    after: '{"debug": true}\n',
    actions: [/^line 1: removed a \/\* \*\/ comment$/],
  },
  {
    name: 'multi-line /* */ comment inside',
    before: '{\n  /*\n   * old mirrors\n   */\n  "debug": true\n}\n',
    after: '{\n  "debug": true\n}\n',
    actions: [/^line 2: removed a \/\* \*\/ comment$/],
  },
  {
    name: '# comments (corpus syntax-hash-comment) and after a value',
    before: `${corpus('syntax-hash-comment')}# end\n`,
    after: '{"debug": true}\n',
    actions: [/^line 1: removed a # comment$/, /^line 3: removed a # comment$/],
  },
  {
    name: '# inside a string is not a comment',
    before: '{"labels": ["color=#fff"]} # note\n',
    after: '{"labels": ["color=#fff"]}\n',
    actions: [/^line 1: removed a # comment$/],
  },
  {
    name: 'UTF-8 BOM (corpus syntax-utf8-bom)',
    before: corpus('syntax-utf8-bom'),
    after: '{"debug": true}\n',
    actions: [/^line 1: removed the byte order mark/],
  },
  {
    name: 'BOM, then a comment line',
    before: '\ufeff// cfg\n{"debug": true}\n',
    after: '{"debug": true}\n',
    actions: [/byte order mark/, /comment/],
  },
  {
    name: 'CRLF kept, comments and commas fixed',
    before: '{\r\n  // c\r\n  "debug": true, # x\r\n  "labels": ["a=1","b=2",],\r\n}\r\n',
    after: '{\r\n  "debug": true,\r\n  "labels": ["a=1","b=2"]\r\n}\r\n',
    actions: [/comment/, /comment/, /before '\]'/, /before '}'/],
  },
  {
    name: 'CRLF file missing its closer gets a CRLF closer',
    before: '{\r\n  "debug": true\r\n',
    after: '{\r\n  "debug": true\r\n}\r\n',
    actions: [/added the missing '}'/],
  },
  {
    name: 'empty file (corpus syntax-empty-file)',
    before: corpus('syntax-empty-file'),
    after: '{}\n',
    actions: [/^line 1: the file is empty: wrote \{\}/],
  },
  {
    name: 'whitespace-only file (corpus syntax-whitespace-only)',
    before: corpus('syntax-whitespace-only'),
    after: '{}\n',
    actions: [/the file is empty/],
  },
  {
    name: 'only comments',
    before: '# nothing yet\n// later\n',
    after: '{}\n',
    actions: [/comment/, /comment/, /only comments: wrote \{\}/],
  },
  {
    name: 'a pasted snippet without braces',
    before: '"registry-mirrors": ["https://m.example"]\n',
    after: '{"registry-mirrors": ["https://m.example"]}\n',
    actions: [/added the missing '\{' at the start/, /added the missing '}'/],
  },
  {
    name: 'a lost first line',
    before: '  "debug": true,\n  "log-level": "warn"\n}\n',
    after: '{\n  "debug": true,\n  "log-level": "warn"\n}\n',
    actions: [/^line 1: added the missing '\{' at the start$/],
  },
  {
    name: 'a comma missing between members on separate lines',
    before: '{\n  "registry-mirrors": ["https://a"]\n  "debug": true\n}\n',
    after: '{\n  "registry-mirrors": ["https://a"],\n  "debug": true\n}\n',
    actions: [/^line 2: added the missing ',' before the string "debug"$/],
  },
  {
    name: 'a comma missing in a one-per-line list of mirrors',
    before: '{"registry-mirrors": [\n  "https://a"\n  "https://b"\n]}\n',
    after: '{"registry-mirrors": [\n  "https://a",\n  "https://b"\n]}\n',
    actions: [/^line 2: added the missing ','/],
  },
  {
    name: 'a full-width (ideographic) space from a CJK input method',
    before: '{\n\u3000\u3000"debug": true\n}\n',
    after: '{\n  "debug": true\n}\n',
    actions: [/U\+3000/],
  },
  {
    name: 'a no-break space pasted from a web page',
    before: '{"debug":\u00a0true}',
    after: '{"debug": true}',
    actions: [/U\+00A0/],
  },
  {
    name: 'NUL padding after a crash',
    before: '{"debug": true}\n\0\0\0\0',
    after: '{"debug": true}\n',
    actions: [/removed 4 NUL byte/],
  },
  {
    name: 'top-level null',
    before: 'null\n',
    after: '{}\n',
    actions: [/replaced the top-level null/],
  },
  {
    name: 'one nested object left open with a single member',
    before: '{"log-opts": {"max-size": "10m"',
    after: '{"log-opts": {"max-size": "10m"}}',
    actions: [/added the missing '}}'/],
  },
];

/** Strict JSON already: returned as is, nothing reported. */
const untouched = [
  corpus('syntax-valid-empty-object'),
  corpus('syntax-crlf-line-endings'),
  corpus('syntax-duplicate-key-last-wins'),
  '{\n\t"debug": true,\n\t"registry-mirrors": ["https://a/"]\n}',
  '{"labels": ["// not a comment", "/* nor this */", "# nor this"]}\n',
  '{"x": "\\u0064\\n\\"q\\""}',
];

/** Damage whose repair would be a guess: refused at the spot to fix by hand. */
const refused: Array<{ name: string; before: string; reason: RegExp; line: number; column: number }> = [
  { name: 'single quotes', before: corpus('syntax-single-quotes'), reason: /single-quoted string/, line: 1, column: 2 },
  {
    name: 'unquoted key',
    before: corpus('syntax-unquoted-key'),
    reason: /key debug is not quoted/,
    line: 1,
    column: 2,
  },
  { name: 'NaN', before: corpus('syntax-nan-value'), reason: /'NaN' is not a JSON number/, line: 1, column: 9 },
  {
    name: 'Python True',
    before: '{"debug": True}',
    reason: /write true, false or null in lower case/,
    line: 1,
    column: 11,
  },
  {
    name: 'top-level list',
    before: corpus('syntax-top-level-array'),
    reason: /must be a JSON object/,
    line: 1,
    column: 1,
  },
  {
    name: 'top-level string',
    before: corpus('syntax-top-level-string'),
    reason: /must be a JSON object/,
    line: 1,
    column: 1,
  },
  {
    name: 'text after the object',
    before: corpus('syntax-trailing-garbage'),
    reason: /found 'this' after the '}' that ends the configuration on line 1/,
    line: 1,
    column: 17,
  },
  {
    name: 'a } too early (unbalanced in the middle)',
    before: '{"debug": true}, "log-level": "warn"}\n',
    reason: /after the '}' that ends the configuration/,
    line: 1,
    column: 18,
  },
  {
    name: '] missing in the middle',
    before: '{\n  "registry-mirrors": ["https://a", "https://b"\n  "debug": true\n}\n',
    reason: /is the '\]' closing the list opened at line 2 missing\?/,
    line: 3,
    column: 3,
  },
  { name: 'mismatched closer', before: '{"a": [1, 2}', reason: /expected ',' or '\]'/, line: 1, column: 12 },
  {
    name: "'}' where ']' closes",
    before: '{"a": 1]',
    reason: /found '\]' where '}' should close the object opened at line 1/,
    line: 1,
    column: 8,
  },
  {
    name: 'open nested object with two members at EOF: where does } go?',
    before: '{\n  "log-opts": {\n    "max-size": "10m",\n    "max-file": "3"\n',
    reason: /could belong after any of its 2 entries/,
    line: 5,
    column: 1,
  },
  { name: 'open nested list of lists', before: '{"a": [[1, 2', reason: /list opened at line 1/, line: 1, column: 13 },
  {
    name: 'same key, different values, in two objects',
    before: '{"debug": true}\n{"debug": false}\n',
    reason: /"debug" is set on line 1 and again, to a different value, in the second/,
    line: 2,
    column: 2,
  },
  {
    name: 'file ends after a key',
    before: '{"debug": ',
    reason: /ends where a value was expected/,
    line: 1,
    column: 11,
  },
  {
    name: 'file ends after a colon-less key',
    before: '{"debug"',
    reason: /expected ':' after the key "debug"/,
    line: 1,
    column: 9,
  },
  {
    name: 'unterminated string',
    before: '{"registry-mirrors": ["https://a]}\n',
    reason: /never closed/,
    line: 1,
    column: 23,
  },
  {
    name: 'unterminated block comment',
    before: '{"debug": true} /* x',
    reason: /never closed with '\*\/'/,
    line: 1,
    column: 17,
  },
  {
    name: 'raw tab inside a string',
    before: '{"labels": ["a\tb"]}',
    reason: /tab or line break inside a string/,
    line: 1,
    column: 13,
  },
  {
    name: 'bad escape (Windows path)',
    before: '{"data-root": "D:\\docker"}',
    reason: /invalid escape/,
    line: 1,
    column: 15,
  },
  {
    name: 'leading zero',
    before: '{"mtu": 01500}',
    reason: /expected ',' or '}' after the value of "mtu"/,
    line: 1,
    column: 10,
  },
  {
    name: 'comma missing on the same line (a guess)',
    before: '{"a": 1 "b": 2}',
    reason: /expected ',' or '}'/,
    line: 1,
    column: 9,
  },
  {
    name: 'full-width comma',
    before: '{"debug": true， "log-level": "warn"}',
    reason: /full-width '，' \(U\+FF0C\)/,
    line: 1,
    column: 15,
  },
  { name: 'curly quotes', before: '{“debug”: true}', reason: /full-width '“'/, line: 1, column: 2 },
  { name: 'only NUL bytes', before: '\0\0\0\0', reason: /only NUL bytes/, line: 1, column: 1 },
  {
    name: 'an HTML page saved as daemon.json',
    before: '<html><body>404</body></html>\n',
    reason: /must be a JSON object|not JSON/,
    line: 1,
    column: 1,
  },
  {
    name: 'a second object left open',
    before: '{"debug": true}\n{"log-level": "warn"\n',
    reason: /starts on line 2 is not closed/,
    line: 2,
    column: 1,
  },
  {
    name: 'a key inside a list',
    before: '{"a": ["x": 1]}',
    reason: /expected ',' or '\]' after a list item, found ':'/,
    line: 1,
    column: 11,
  },
];

describe('repairDaemonJson: repairs', () => {
  it.each(repaired)('$name', ({ before, after, actions }) => {
    const result = repairDaemonJson(before);
    expect(result).toMatchObject({ ok: true, text: after });
    if (!result.ok) return;
    expect(() => JSON.parse(result.text)).not.toThrow();
    expect(result.actions).toHaveLength(actions.length);
    actions.forEach((pattern, i) => expect(english(result.actions[i] ?? said('files.repair.unsure'))).toMatch(pattern));
  });

  it('keeps every setting that was there', () => {
    for (const { before, after } of repaired) {
      const result = repairDaemonJson(before);
      expect(result.ok && result.text).toBe(after);
    }
    const merged = repairDaemonJson('{"a": 1, "b": {"c": [1, 2]}}\n{"d": "e"}\n{"f": null}\n');
    expect(merged.ok && JSON.parse(merged.text)).toEqual({ a: 1, b: { c: [1, 2] }, d: 'e', f: null });
  });

  it('is idempotent: a repaired file needs nothing more', () => {
    for (const { before } of repaired) {
      const once = repairDaemonJson(before);
      if (!once.ok) throw new Error(once.reason);
      expect(repairDaemonJson(once.text)).toEqual({ ok: true, text: once.text, actions: [] });
    }
  });
});

describe('repairDaemonJson: strict JSON is left alone', () => {
  it.each(untouched)('%j', (text) => {
    expect(repairDaemonJson(text)).toEqual({ ok: true, text, actions: [] });
  });
});

describe('repairDaemonJson: refuses to guess', () => {
  it.each(refused)('$name', ({ before, reason, line, column }) => {
    const result = repairDaemonJson(before);
    expect(result).toMatchObject({ ok: false, line, column });
    if (result.ok) return;
    expect(result.reason).toMatch(reason);
  });
});

describe('repairFailureDiagnostic', () => {
  it('names file, line, column and what to do', () => {
    const failure = repairDaemonJson(corpus('syntax-single-quotes'));
    if (failure.ok) throw new Error('expected a refusal');
    expect(repairFailureDiagnostic('/etc/docker/daemon.json', failure)).toEqual({
      id: 'repair-ambiguous',
      severity: 'error',
      message: expect.stringMatching(/^cannot repair \/etc\/docker\/daemon\.json safely: a single-quoted string/),
      file: '/etc/docker/daemon.json',
      line: 1,
      column: 2,
      source: { kind: 'daemon-json', path: '/etc/docker/daemon.json', line: 1 },
      hint: expect.stringMatching(/by hand at line 1, column 2.*rollback/),
      says: expect.objectContaining({ key: 'files.repair.failed' }),
      hintSays: expect.objectContaining({ key: 'files.repair.hint.byHand' }),
      fixable: false,
    });
  });
});

/**
 * Every corpus case that is a valid JSON object, damaged the ways files get damaged: the
 * repair must give back exactly the same settings.
 */
describe('repairDaemonJson: damage undone on every valid corpus file', () => {
  const dir = `${sharedCorpusDir()}/cases`;
  const valid = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ name: f, text: readFileSync(`${dir}/${f}`, 'utf8') }))
    .filter(({ text }) => {
      try {
        const value: unknown = JSON.parse(text);
        return value !== null && typeof value === 'object' && !Array.isArray(value);
      } catch {
        return false;
      }
    });

  const lastBrace = (t: string): number => t.lastIndexOf('}');
  const damage: Record<string, (t: string) => string> = {
    'a stray } appended': (t) => `${t.trimEnd()}\n}\n`,
    'the last } lost': (t) => t.slice(0, lastBrace(t)) + t.slice(lastBrace(t) + 1),
    'a dangling comma before the last }': (t) =>
      /^\{\s*\}\s*$/.test(t) ? t : `${t.slice(0, lastBrace(t))},${t.slice(lastBrace(t))}`,
    'a BOM': (t) => `\ufeff${t}`,
    'comments around': (t) => `// managed by hand\n# really\n${t}/* end */\n`,
    'CRLF line ends and a comment': (t) => `# crlf\n${t}`.replace(/\n/g, '\r\n'),
    'the whole file appended again': (t) => t + t,
  };

  it('has enough cases to mean something', () => expect(valid.length).toBeGreaterThan(50));

  it.each(Object.keys(damage))('%s', (kind) => {
    const hurt = damage[kind];
    if (!hurt) throw new Error(kind);
    for (const { name, text } of valid) {
      const result = repairDaemonJson(hurt(text));
      if (!result.ok) throw new Error(`${name}: ${result.reason} at ${result.line}:${result.column}`);
      expect(JSON.parse(result.text), name).toEqual(JSON.parse(text));
    }
  });
});

describe('repairDaemonJson: never repeats a password', () => {
  it.each([
    ['after the end', '{"debug": true} "https://bob:hunter2@mirror.example.com"', /bob:xxxxx@/],
    ['an unquoted URL', '{"registry-mirrors": [https://bob:hunter2@mirror.example.com]}', /key https is not quoted/],
    [
      'a string where a comma belongs',
      '{"registry-mirrors": ["https://a" "https://bob:hunter2@m.example"]}',
      /bob:xxxxx@/,
    ],
    ['a URL pasted as a key', '{"https://bob:hunter2@m.example" 1}', /after the key "https:\/\/bob:xxxxx@m\.example"/],
    [
      'the same URL key twice',
      '{"https://bob:hunter2@m": 1}\n{"https://bob:hunter2@m": 2}',
      /"https:\/\/bob:xxxxx@m" is set on line 1/,
    ],
  ])('%s', (_name, text, says) => {
    const result = repairDaemonJson(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).not.toContain('hunter2');
    expect(result.reason).toMatch(says);
  });
});
