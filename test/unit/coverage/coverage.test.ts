import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOUNDARY_VERSIONS, catalogueFor, shortVersion } from '../../../src/engine/catalogue.js';
import { FLAG_TABLE } from '../../../src/engine/flag-table.js';
import { KEY_TABLE } from '../../../src/engine/key-table.js';
import { DIAGNOSTIC_IDS } from '../../../src/diagnostics/types.js';
import {
  coverageRows,
  DOCKERD_CHECKS,
  genericChecks,
  renderCoverage,
  rowOfFlag,
} from '../../../src/validate/coverage/render.js';
import type { ValueRule } from '../../../src/validate/values/types.js';
// @ts-expect-error: a plain .mjs script (its readers are shared with the test)
import { allCases } from '../../../scripts/coverage-doc.mjs';
import { repoRoot } from '../../helpers/temp-root.js';

const rows = coverageRows();
const rowKeys = new Set(rows.map((r) => r.key));

const isValueRule = (x: unknown): x is ValueRule =>
  typeof x === 'object' && x !== null && Array.isArray((x as ValueRule).keys) && typeof (x as ValueRule).check === 'function';

describe('docs/coverage.md: the inventory of dockerd checks', () => {
  it.each(BOUNDARY_VERSIONS.map((v) => [shortVersion(v), v] as const))(
    'has a row for every key and flag of %s',
    (_name, v) => {
      const cat = catalogueFor(v);
      const missing: string[] = [];
      for (const key of cat.acceptedKeys()) {
        const spec = cat.flags.get(key);
        const row = spec ? rowOfFlag(spec) : key;
        if (!rowKeys.has(row) || !Object.hasOwn(DOCKERD_CHECKS, row)) missing.push(key);
      }
      for (const spec of cat.flags.values())
        if (!Object.hasOwn(DOCKERD_CHECKS, rowOfFlag(spec))) missing.push(`--${spec.name}`);
      for (const key of Object.keys(KEY_TABLE))
        if (cat.field(key) && !Object.hasOwn(DOCKERD_CHECKS, key)) missing.push(key);
      expect(missing).toEqual([]);
    },
  );

  it('has no data for a key that no version knows', () => {
    expect(Object.keys(DOCKERD_CHECKS).filter((k) => !rowKeys.has(k))).toEqual([]);
  });

  it('names, for every check, a rule, or why it is known only at start and an existing diagnostic', () => {
    const bad: string[] = [];
    for (const [key, k] of Object.entries(DOCKERD_CHECKS))
      for (const c of k.checks) {
        if (c.rule !== undefined && c.atStart !== undefined) bad.push(`${key}: both rule and atStart`);
        if (c.atStart && c.atStart.instead !== 'none' && !(DIAGNOSTIC_IDS as readonly string[]).includes(c.atStart.instead))
          bad.push(`${key}: no diagnostic ${c.atStart.instead}`);
      }
    expect(bad).toEqual([]);
  });

  it('names rule modules that exist, whose value rule reads that key', async () => {
    const bad: string[] = [];
    const named = Object.entries(DOCKERD_CHECKS).flatMap(([key, k]) =>
      k.checks.flatMap((c) => (c.rule ? [[key, c.rule] as const] : [])),
    );
    const generic = rows.flatMap((r) => genericChecks(r).map((c) => [r.key, c.rule as string] as const));
    for (const [key, rule] of [...named, ...generic]) {
      const file = join(repoRoot, 'src/validate', `${rule}.ts`);
      if (!existsSync(file)) {
        bad.push(`${key}: no module src/validate/${rule}.ts`);
        continue;
      }
      if (!rule.startsWith('values/')) continue;
      const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
      const rules = Object.values(mod).filter(isValueRule);
      if (rules.length === 0) bad.push(`${key}: ${rule} exports no ValueRule`);
      else if (!rules.some((r) => r.keys.includes(key))) bad.push(`${key}: no ValueRule of ${rule} reads it`);
    }
    expect(bad).toEqual([]);
  });

  it('knows every flag of the flag table', () => {
    expect(Object.keys(FLAG_TABLE).filter((f) => !rows.some((r) => r.flags.includes(f)))).toEqual([]);
  });

  it('is what the renderer makes now (else run `npm run coverage:doc`)', () => {
    const doc = readFileSync(join(repoRoot, 'docs/coverage.md'), 'utf8');
    const now = renderCoverage({ cases: allCases() });
    expect(doc === now, 'docs/coverage.md is stale: run `npm run coverage:doc`').toBe(true);
  });
});
