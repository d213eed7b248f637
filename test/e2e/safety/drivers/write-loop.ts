// node write-loop.mjs ROOT PATH A_FILE B_FILE: once a line arrives on stdin (so that node can
// start up ahead of time; it says "booted"), rewrite PATH forever, alternating A and B, each time under the lock
// with a fresh read. Prints "wrote N" after each write.
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { applyChanges, withLock } from '../../../../src/apply/index.js';
import { createContext } from '../../../../src/context.js';

const [root = '/', path = '', aFile = '', bFile = ''] = process.argv.slice(2);
const a = readFileSync(aFile, 'utf8');
const b = readFileSync(bFile, 'utf8');
const ctx = createContext({ root });
process.stdout.write('booted\n');
await once(process.stdin, 'data');
for (let round = 1; ; round++) {
  await withLock(
    ctx,
    async () => {
      const before = readFileSync(path);
      await applyChanges(ctx, [{ path, kind: 'daemon-json', before, after: before.toString('utf8') === a ? b : a }], {
        reason: 'e2e write loop',
      });
    },
    { timeoutMs: 10_000 },
  );
  process.stdout.write(`wrote ${round}\n`);
}
