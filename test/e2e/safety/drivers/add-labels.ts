// node add-labels.mjs ROOT PATH NAME COUNT: add labels NAME=0..COUNT-1 to daemon.json, one
// locked read-modify-write each, the way every mutating command works.
import { existsSync, readFileSync } from 'node:fs';
import { applyChanges, withLock } from '../../../../src/apply/index.js';
import { createContext } from '../../../../src/context.js';
import { report } from './report.js';

const [root = '/', path = '', name = '', count = '1'] = process.argv.slice(2);
const ctx = createContext({ root });
await report(async () => {
  for (let i = 0; i < Number(count); i++) {
    await withLock(ctx, async () => {
      const before = existsSync(path) ? readFileSync(path) : null;
      const config = (before ? JSON.parse(before.toString('utf8')) : {}) as { labels?: string[] };
      config.labels = [...(config.labels ?? []), `${name}=${i}`];
      await applyChanges(ctx, [{ path, kind: 'daemon-json', before, after: `${JSON.stringify(config, null, 2)}\n` }], {
        reason: `label ${name}=${i}`,
      });
    });
  }
  return count;
});
