import { describe, expect, it } from 'vitest';
import { createIo } from '../../../src/cli/io.js';
import type { Diagnostic } from '../../../src/diagnostics/types.js';
import { said } from '../../../src/i18n/said.js';

const PW = 'hunter2';
function capture(json: boolean, lang: 'en' | 'zh' = 'en') {
  const out: string[] = [];
  const err: string[] = [];
  const streams = {
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s) },
  } as unknown as NodeJS.Process;
  return { io: createIo({ json, verbose: true, color: true, lang }, streams), out, err };
}

const diagnostic: Diagnostic = {
  id: 'invalid-mirror',
  severity: 'error',
  message: `mirror "https://u:${PW}@m" is refused`,
  hint: `remove "u:${PW}@" from it`,
  dockerd: `invalid mirror: username/password not allowed in URI "https://u:${PW}@m"`,
  says: said('change.fixed', { finding: `https://u:${PW}@m` }),
  fixable: false,
};

describe('the terminal edge masks credentials', () => {
  it.each(['en', 'zh'] as const)('say, note and diagnostics (%s)', (lang) => {
    const { io, out, err } = capture(false, lang);
    io.say(`-  "http-proxy": "http://bob:${PW}@p:3128"`);
    io.note(`DOCKER_OPTS="--registry-mirror=https://u:${PW}@m"`);
    io.diagnostics([diagnostic]);
    const all = [...out, ...err].join('');
    expect(all).not.toContain(PW);
    expect(out[0]).toBe('-  "http-proxy": "http://bob:xxxxx@p:3128"\n');
    expect(err[0]).toBe('DOCKER_OPTS="--registry-mirror=https://u:xxxxx@m"\n');
  });

  it('--json: every string masked, the document otherwise unchanged', () => {
    const { io, out } = capture(true);
    const doc = {
      ok: true,
      settings: [{ key: 'proxies', value: { 'http-proxy': `bob:${PW}@p:3128`, n: 1 } }],
      diagnostics: [diagnostic],
    };
    io.result(doc);
    expect(out.join('')).not.toContain(PW);
    const back = JSON.parse(out.join('')) as typeof doc;
    expect(back.settings).toEqual([{ key: 'proxies', value: { 'http-proxy': 'bob:xxxxx@p:3128', n: 1 } }]);
    expect(back.diagnostics[0]).toMatchObject({
      id: 'invalid-mirror',
      message: 'mirror "https://u:xxxxx@m" is refused',
    });
    // The caller's data is untouched: it may still be written.
    expect(doc.settings[0]!.value['http-proxy']).toBe(`bob:${PW}@p:3128`);
  });
});
