import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers/temp-root.js';

// The catalogue spreads one area's messages over the next: a key defined twice silently takes the
// later file's sentence (a help text once said "mirror URLs to test" for the wrong command).
describe('the message catalogue', () => {
  it('defines each key in one file only', async () => {
    const dir = join(repoRoot, 'src', 'i18n', 'messages');
    const files = [
      ...readdirSync(dir).filter((f) => f.endsWith('.ts')),
      ...readdirSync(join(dir, 'said')).map((f) => join('said', f)),
    ];
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const file of files) {
      const area = (await import(join(dir, file))) as { en?: Record<string, unknown> };
      for (const key of Object.keys(area.en ?? {})) {
        if (owner.has(key)) twice.push(`${key}: ${owner.get(key)} and ${file}`);
        owner.set(key, file);
      }
    }
    expect(owner.size).toBeGreaterThan(1000);
    expect(twice).toEqual([]);
  });
});
