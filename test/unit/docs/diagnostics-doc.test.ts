import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_IDS } from '../../../src/diagnostics/types.js';
import { repoRoot } from '../../helpers/temp-root.js';

describe('docs/diagnostics.md', () => {
  const doc = readFileSync(join(repoRoot, 'docs', 'diagnostics.md'), 'utf8');
  const documented = new Set([...doc.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]));

  it.each(DIAGNOSTIC_IDS)('documents %s with its cause and fix', (id) => {
    expect(documented.has(id)).toBe(true);
  });

  it('documents no id that does not exist', () => {
    expect([...documented].filter((id) => !(DIAGNOSTIC_IDS as readonly string[]).includes(id!))).toEqual([]);
  });
});
