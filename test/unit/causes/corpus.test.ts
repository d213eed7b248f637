// Every line a real dockerd (20.10.24, 26.1.5, 28.5.2) printed when it refused one of our corpus
// cases gets a cause we know, of the family the case is about.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/causes/index.js';
import { JSON_SYNTAX_IDS, type DiagnosticId } from '../../../src/diagnostics/types.js';
import { refusals, VERDICTS } from './refusals.js';

const JSON_IDS: readonly DiagnosticId[] = JSON_SYNTAX_IDS;

/** The case's topic (its name's first word) → the causes its refusal may have. */
const FAMILY: Record<string, readonly DiagnosticId[]> = {
  mirror: ['invalid-mirror'],
  insecure: ['invalid-insecure-registry'],
  tls: ['invalid-tls', 'tls-file-missing'],
  hosts: ['invalid-host', 'invalid-value'],
  conflict: ['flag-file-conflict', 'unknown-flag'],
  conf: ['flag-file-conflict'],
  debian: ['flag-file-conflict'],
  syntax: [...JSON_IDS, 'unknown-key', 'invalid-type'],
  syn: [...JSON_IDS, 'invalid-value'],
  type: ['invalid-type', 'invalid-value', 'unknown-key'],
  value: ['invalid-value'],
  bridge: ['invalid-value', 'network-controller-failed'],
  key: [
    'unknown-key',
    'removed-key',
    'invalid-type',
    'invalid-value',
    'flag-file-conflict',
    'network-controller-failed',
  ],
  cli: [
    'unknown-flag',
    'invalid-flag',
    'invalid-value',
    'invalid-mirror',
    'invalid-insecure-registry',
    'invalid-host',
    'json-trailing-content',
  ],
  flag: ['unknown-flag', 'invalid-flag', 'invalid-value'],
  host: ['invalid-value'],
};

describe('classify against real dockerd refusals', () => {
  it('has the corpus to check (3 versions, both case sets)', () => {
    expect(refusals.length).toBeGreaterThan(600);
    expect(new Set(refusals.map((r) => r.file)).size).toBe(VERDICTS.length);
  });

  it("knows every refusal (no catch-all) and keeps to the case's family", () => {
    const wrong = refusals.flatMap((r) => {
      const id = classify(r.line)?.id;
      const family = FAMILY[r.name.split('-')[0]!];
      return id !== undefined && family !== undefined && family.includes(id)
        ? []
        : [`${r.name} (${r.file}): ${id} ← ${r.line}`];
    });
    expect(wrong).toEqual([]);
  });

  it('names a setting for every refused value of a named daemon.json key', () => {
    const unnamed = refusals.flatMap((r) => {
      const cause = classify(r.line)!;
      const keyed = [
        'invalid-mirror',
        'invalid-insecure-registry',
        'invalid-host',
        'flag-file-conflict',
        'tls-file-missing',
        'invalid-tls',
      ].includes(cause.id);
      return keyed && cause.setting === undefined ? [`${r.name}: ${r.line}`] : [];
    });
    expect(unnamed).toEqual([]);
  });
});
