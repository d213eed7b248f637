// The repair promise (issue 14), as a property over seeded damaged files: repair either writes
// strict JSON that every dockerd reads, in which each setting the damage left in sight keeps its
// path and value, or refuses; it never throws. REPAIR_FUZZ_SEED / REPAIR_FUZZ_COUNT (bench/repair-fuzz.sh)
// run a longer campaign.
import { describe, expect, it } from 'vitest';
import { JSON_SYNTAX_IDS, type DiagnosticId } from '../../../src/diagnostics/types.js';
import { parseEngineVersion, type EngineVersion } from '../../../src/engine/version.js';
import { repairDaemonJson } from '../../../src/repair/index.js';
import { validateConfig } from '../../../src/validate/index.js';
import { damageCases, validDaemonJson, type DamageCase } from '../../fuzz/damage.js';
import { mulberry32 } from '../../fuzz/prng.js';

const SEED = Number(process.env.REPAIR_FUZZ_SEED ?? 1);
const COUNT = Number(process.env.REPAIR_FUZZ_COUNT ?? 3000);
const ENGINES = ['20.10.24', '26.1.5', '28.5.2'].map((v) => parseEngineVersion(v) as EngineVersion);
const SYNTAX: ReadonlySet<DiagnosticId> = new Set(JSON_SYNTAX_IDS);
const host = { groupExists: () => true, fileReadable: () => false, readFile: () => undefined };

function at(value: unknown, path: ReadonlyArray<string | number>): unknown {
  let v = value;
  for (const seg of path) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[seg] : undefined;
  return v;
}

/** What breaks the promise for one case ('' when kept). */
function broken(c: DamageCase): string {
  let result;
  try {
    result = repairDaemonJson(c.damaged);
  } catch (error) {
    return `threw ${String(error)}`;
  }
  if (!result.ok) return '';
  let parsed: unknown;
  try {
    parsed = JSON.parse(result.text);
  } catch {
    return 'wrote text that is not JSON';
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return 'wrote a non-object';
  for (const leaf of c.visible) {
    // A list item keeps its list, not its index: an item commented out before it shifts it.
    const inList = typeof leaf.path.at(-1) === 'number';
    const got = at(parsed, inList ? leaf.path.slice(0, -1) : leaf.path);
    const kept = inList
      ? Array.isArray(got) && got.some((v) => JSON.stringify(v) === JSON.stringify(leaf.value))
      : JSON.stringify(got) === JSON.stringify(leaf.value);
    if (!kept)
      return `lost or moved ${JSON.stringify(leaf.path)} = ${JSON.stringify(leaf.value)} (there now: ${JSON.stringify(got)})`;
  }
  for (const engine of ENGINES) {
    const bytes = Buffer.from(result.text, 'utf8');
    const { diagnostics } = validateConfig({
      daemonJson: { path: '/etc/docker/daemon.json', bytes, explicit: false },
      args: [],
      engine,
      host,
      strict: false,
    });
    const syntax = diagnostics.find((d) => SYNTAX.has(d.id));
    if (syntax) return `not strict for ${engine.raw}: ${syntax.id} ${syntax.message}`;
  }
  return '';
}

describe(`repair on damaged files (seed ${SEED}, ${COUNT} cases)`, () => {
  const cases = damageCases(SEED, COUNT);

  it('generates valid originals', () => {
    const rng = mulberry32(SEED);
    for (let i = 0; i < 50; i++) expect(() => JSON.parse(validDaemonJson(rng))).not.toThrow();
  });

  it(
    'keeps every visible setting at its path and value, writes strict JSON, or refuses; never throws',
    () => {
      const failures = cases.flatMap((c) => {
        const why = broken(c);
        return why ? [`${c.name} [${c.kind}]: ${why}\n    ${JSON.stringify(c.damaged)}`] : [];
      });
      expect(failures.slice(0, 20)).toEqual([]);
    },
    10_000 + COUNT * 10,
  );

  it(
    'still repairs most damage (a property that refuses everything would pass)',
    () => {
      const repaired = cases.filter((c) => repairDaemonJson(c.damaged).ok).length;
      expect(repaired / cases.length).toBeGreaterThan(0.5);
    },
    10_000 + COUNT * 2,
  );
});
