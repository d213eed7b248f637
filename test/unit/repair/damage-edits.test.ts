// The edit promise (issue 14), as a property over the same seeded damaged files as repair's: every
// edit command's judgement (mirror add, set, unset, insecure add) and validate never throw; a file
// that does not parse is refused with nothing to write (only repair edits it); and an edit that
// goes through writes strict JSON in which every other setting keeps its value.
// EDIT_FUZZ_SEED / EDIT_FUZZ_COUNT run a longer campaign.
import { describe, expect, it } from 'vitest';
import { judgeChange } from '../../../src/change/judge.js';
import { isUnparsable, loadState } from '../../../src/change/state.js';
import { CliError } from '../../../src/diagnostics/errors.js';
import { parseEngineVersion, type EngineVersion } from '../../../src/engine/version.js';
import type { Intent } from '../../../src/plan/make-plan.js';
import { validateConfig } from '../../../src/validate/index.js';
import { damageCases, type DamageCase } from '../../fuzz/damage.js';
import { makeRoot, rootCtx } from '../targets/fixture-root.js';

const SEED = Number(process.env.EDIT_FUZZ_SEED ?? 1);
const COUNT = Number(process.env.EDIT_FUZZ_COUNT ?? 200);
const ENGINES = ['20.10.24', '26.1.5', '28.5.2'].map((v) => parseEngineVersion(v) as EngineVersion);
const host = { groupExists: () => true, fileReadable: () => false, readFile: () => undefined };
const OPTIONS = { json: true, yes: true, verbose: false, color: false, strict: false, daemonArgs: '' };

const EDITS: readonly [string, Intent][] = [
  ['mirror add', { kind: 'add', key: 'registry-mirrors', values: ['https://mirror.example.com'] }],
  ['set registry-mirrors', { kind: 'set', key: 'registry-mirrors', value: ['https://mirror.example.com'] }],
  ['unset registry-mirrors', { kind: 'unset', key: 'registry-mirrors' }],
  ['insecure add', { kind: 'add', key: 'insecure-registries', values: ['10.0.0.1:5000'] }],
  ['set debug', { kind: 'set', key: 'debug', value: false }],
];

// A BOM that 26.1+ reads is kept by edits (issue 14, point 7): the JSON is what follows it.
const topLevel = (text: string): Record<string, unknown> =>
  JSON.parse(text.replace(/^\ufeff/, '')) as Record<string, unknown>;
const without = (o: Record<string, unknown>, key: string): string =>
  JSON.stringify(Object.fromEntries(Object.entries(o).filter(([k]) => k !== key)));

/** How many judgements refused a file that does not parse, and how many edited one: both must happen. */
const seen = { refusedUnparsable: 0, edited: 0 };

/** What breaks the promise for one case and engine ('' when kept). */
async function broken(c: DamageCase, engine: EngineVersion): Promise<string> {
  try {
    validateConfig({
      daemonJson: { path: '/etc/docker/daemon.json', bytes: Buffer.from(c.damaged, 'utf8'), explicit: false },
      args: [],
      engine,
      host,
      strict: false,
    });
  } catch (error) {
    return `validate threw ${String(error)}`;
  }
  const root = makeRoot({ '/etc/docker/daemon.json': c.damaged });
  let state;
  try {
    state = await loadState(rootCtx(root), { ...OPTIONS, root, engineVersion: engine.raw });
  } catch (error) {
    return error instanceof CliError ? '' : `loadState threw ${String(error)}`;
  }
  for (const [name, intent] of EDITS) {
    let judged;
    try {
      judged = judgeChange(state, { intents: [intent] }, { strict: false });
    } catch (error) {
      if (error instanceof CliError) continue;
      return `${name} threw ${String(error)}`;
    }
    const unparsable = judged.diagnostics.some(isUnparsable);
    if (unparsable && (!judged.refused || judged.plan.changes.length > 0))
      return `${name} would edit a file that does not parse`;
    if (unparsable) seen.refusedUnparsable++;
    if (judged.refused || judged.plan.changes.length === 0) continue;
    seen.edited++;
    const after = judged.jsonAfter;
    if (after === null) return `${name} removed daemon.json`;
    let next: Record<string, unknown>;
    try {
      next = topLevel(after);
    } catch {
      return `${name} wrote text that is not JSON: ${JSON.stringify(after)}`;
    }
    const before = topLevel(state.plan.daemonJson.text ?? '{}');
    if (without(before, intent.key) !== without(next, intent.key))
      return `${name} changed another setting: ${without(before, intent.key)} -> ${without(next, intent.key)}`;
  }
  return '';
}

describe(`every edit on damaged files (seed ${SEED}, ${COUNT} cases)`, () => {
  it(
    'never throws; refuses a file that does not parse with nothing to write; keeps every other setting',
    async () => {
      const failures: string[] = [];
      for (const c of damageCases(SEED, COUNT))
        for (const engine of ENGINES) {
          const why = await broken(c, engine);
          if (why) failures.push(`${c.name} [${c.kind}] ${engine.raw}: ${why}\n    ${JSON.stringify(c.damaged)}`);
        }
      expect(failures.slice(0, 10).join('\n')).toBe('');
      // Not a vacuous property: the damage both breaks files and leaves some editable.
      expect(seen.refusedUnparsable).toBeGreaterThan(COUNT);
      expect(seen.edited).toBeGreaterThan(COUNT);
    },
    Math.max(60_000, COUNT * 300),
  );
});
