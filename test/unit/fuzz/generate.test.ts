import { describe, expect, it } from 'vitest';
import { catalogueFor } from '../../../src/engine/catalogue.js';
import { parseEngineVersion } from '../../../src/engine/version.js';
import { EXCLUDED, FORBIDDEN_QUOTED } from '../../fuzz/exclusions.js';
import { generateCases, isExcluded, unsafe } from '../../fuzz/generate.js';
import { mulberry32 } from '../../fuzz/prng.js';
import { KEY_VALUES } from '../../fuzz/values.js';

const VERSIONS = ['20.10.24', '26.1.5', '28.5.2', '29.7.2'].map((v) => parseEngineVersion(v)!);
/** Each address of the fuzzer's safe table, as it appears quoted in a file. */
const SAFE_HOSTS = new Set(KEY_VALUES.hosts!.flat().map((h) => JSON.stringify(h)));
/** Every hosts/host value in the text, in any case (Go decodes "HOSTS" into the same field), duplicates too, that is not in the table. */
function unsafeHostCopies(file: string): string[] {
  return [...file.matchAll(/"hosts?"\s*:\s*(\[(?:\s*"[^"]*"\s*,?)*\s*\]|"[^"]*"|[^,}]*)/gi)].flatMap((m) =>
    (m[1]!.match(/"[^"]*"/g) ?? [m[1]!]).filter((value) => !SAFE_HOSTS.has(value)).map((v) => `${m[0]}: ${v}`),
  );
}

const sub = (text: string): string => text.replaceAll('@TMP@', '/tmp/x').replaceAll('@PORT@', '23456');

describe('mulberry32', () => {
  it('is deterministic and spreads over [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(Array.from({ length: 1000 }, () => b.next())).toEqual(xs);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(xs.filter((x) => x < 0.5).length).toBeGreaterThan(400);
    expect(mulberry32(43).next()).not.toBe(xs[0]);
  });
});

describe('generateCases: whole-file mutations', () => {
  it('keeps a duplicated or upper-cased restricted key to its safe values (seed 13 once wrote "hosts": ["x"])', () => {
    const cases = generateCases(13, 900, parseEngineVersion('26.1.5')!);
    expect(cases.flatMap((c) => unsafeHostCopies(c.json.toString('utf8')).map((u) => `${c.name} ${u}`))).toEqual([]);
  });
});

describe.each(VERSIONS)('generateCases on $raw', (engine) => {
  const cases = generateCases(7, 300, engine);

  it('gives the same cases for the same seed and count, and a prefix for a smaller count', () => {
    const again = generateCases(7, 300, engine);
    expect(again.map((c) => [c.name, c.json.toString('latin1'), c.flags])).toEqual(
      cases.map((c) => [c.name, c.json.toString('latin1'), c.flags]),
    );
    expect(generateCases(7, 20, engine).map((c) => c.json.toString('latin1'))).toEqual(
      cases.slice(0, 20).map((c) => c.json.toString('latin1')),
    );
    expect(generateCases(8, 20, engine).map((c) => c.json.toString('latin1'))).not.toEqual(
      cases.slice(0, 20).map((c) => c.json.toString('latin1')),
    );
  });

  it('names the cases fuzz-SEED-I', () => {
    expect(cases.map((c) => c.name)).toEqual(cases.map((_, i) => `fuzz-7-${i}`));
  });

  it('never uses an excluded key or flag, nor a string the harness reads as one', () => {
    for (const c of cases) {
      expect(unsafe(c), c.name).toBeUndefined();
      const text = c.json.toString('latin1');
      expect(FORBIDDEN_QUOTED.test(text), c.name).toBe(false);
      for (const key of Object.keys(EXCLUDED)) expect(text.includes(`"${key}":`), `${c.name} ${key}`).toBe(false);
      for (const line of c.flags) {
        const flag = /^--?([a-zA-Z0-9-]+)/.exec(line)?.[1];
        if (flag) expect(isExcluded(flag), `${c.name} ${line}`).toBe(false);
      }
    }
  });

  it('listens only on the temp dir or 127.0.0.1/::1 at the case port, and uses only vfs', () => {
    for (const c of cases) {
      const file = c.json.toString('utf8');
      const hosts = [
        ...c.flags.filter((l) => l.startsWith('--host')),
        ...c.settings
          .filter((s) => s.key === 'hosts' || s.key === 'host')
          .filter((s) => s.value !== undefined)
          .map((s) => JSON.stringify(s.value)),
      ];
      for (const h of hosts)
        expect(h, c.name).not.toMatch(
          /unix:\/\/(?!@TMP@)|tcp:\/\/(?!(127\.0\.0\.1|\[::1\]|localhost):@PORT@)|"\s*"|\[\]|null/,
        );
      expect(unsafeHostCopies(file), c.name).toEqual([]);
      if (/"hosts"\s*:\s*(null|\[\])/.test(file))
        throw new Error(`${c.name}: hosts would fall back to the default socket`);
      const drivers = c.settings.filter((s) => s.key === 'storage-driver');
      for (const d of drivers) expect(d.value ?? 'vfs', c.name).not.toBe(null);
      for (const l of c.flags.filter((f) => f.startsWith('--storage-driver')))
        expect(l, c.name).toBe('--storage-driver=vfs');
    }
  });

  it('writes JSON that parses whenever it is meant to', () => {
    const valid = cases.filter((c) => c.validJson);
    expect(valid.length).toBeGreaterThan(cases.length * 0.8);
    for (const c of valid) expect(() => JSON.parse(sub(c.json.toString('utf8'))), c.name).not.toThrow();
  });

  it('draws from the catalogue: many keys, mostly accepted by this version, some of other versions', () => {
    const cat = catalogueFor(engine);
    const keys = new Set(cases.flatMap((c) => c.settings.map((s) => s.key)));
    expect(keys.size).toBeGreaterThan(50);
    const settings = cases.flatMap((c) => c.settings);
    expect(settings.filter((s) => s.mode === 'other-version').every((s) => !cat.accepts(s.key))).toBe(true);
    expect(settings.filter((s) => s.mode === 'other-version').length).toBeGreaterThan(5);
    expect(settings.filter((s) => s.mode === 'flag').length).toBeGreaterThan(10);
    expect(settings.filter((s) => s.mode === 'both').length).toBeGreaterThan(5);
    for (const c of cases) expect(c.settings.length, c.name).toBeGreaterThan(0);
  });
});

it('prints a sample (FUZZ_PRINT=1)', () => {
  if (!process.env.FUZZ_PRINT) return;
  for (const engine of VERSIONS.slice(0, 3)) {
    for (const c of generateCases(Number(process.env.FUZZ_PRINT), 12, engine))
      console.log(engine.raw, c.name, c.summary, '|', c.json.toString().trim().slice(0, 160), '|', c.flags.join(' '));
  }
});
