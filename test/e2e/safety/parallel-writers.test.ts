import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBackups, lockPath } from '../../../src/apply/index.js';
import { createContext } from '../../../src/context.js';
import { buildDrivers, makeRoot } from './harness.js';

const WRITERS = 8;
const EACH = 5;

let drivers: Awaited<ReturnType<typeof buildDrivers>>;
beforeAll(async () => {
  drivers = await buildDrivers();
});
const cleanups: Array<() => void> = [];
afterAll(() => {
  for (const cleanup of [...cleanups, () => drivers.remove()]) cleanup();
});

describe('parallel writers', () => {
  it(`serialise: ${WRITERS} processes × ${EACH} read-modify-writes, no entry lost`, async () => {
    const { root, remove } = makeRoot({ 'etc/docker/daemon.json': '{\n  "debug": true\n}\n' });
    cleanups.push(remove);
    const path = join(root, 'etc/docker/daemon.json');
    const writers = Array.from({ length: WRITERS }, (_, w) => {
      const child = spawn(process.execPath, [drivers.path('add-labels'), root, path, `writer${w}`, String(EACH)], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      return once(child, 'exit').then(([code]) => ({ code: code as number | null, out }));
    });
    const results = await Promise.all(writers);
    expect(results.map((r) => r.code)).toEqual(Array(WRITERS).fill(0));

    const config = JSON.parse(readFileSync(path, 'utf8')) as { debug: boolean; labels: string[] };
    const expected = Array.from({ length: WRITERS }, (_, w) =>
      Array.from({ length: EACH }, (_, i) => `writer${w}=${i}`),
    ).flat();
    expect(config.debug).toBe(true);
    expect([...config.labels].sort()).toEqual([...expected].sort());
    // Each writer's own entries land in its order: every change was planned from the latest file.
    for (let w = 0; w < WRITERS; w++)
      expect(config.labels.filter((l) => l.startsWith(`writer${w}=`))).toEqual(
        expected.slice(w * EACH, (w + 1) * EACH),
      );

    const ctx = createContext({ root });
    expect(listBackups(ctx)).toHaveLength(WRITERS * EACH);
    expect(existsSync(lockPath(ctx))).toBe(false);
  });
});
