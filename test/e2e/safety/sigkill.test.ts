import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupsDir, listBackups } from '../../../src/apply/index.js';
import { createContext } from '../../../src/context.js';
import { buildDrivers, makeRoot, runDriver, startDriver } from './harness.js';

const KILLS = 200;
/** On a loaded machine, stop early rather than time out; but never below MIN_KILLS. */
const BUDGET_MS = 40_000;
const MIN_KILLS = 60;
/** Kills land uniformly in this window after a writer starts: in lock, backup, write, attributes, rename … */
const WINDOW_MS = 200;

/** Two valid daemon.json files of ~32 KB, so that a write takes long enough to be cut. */
const content = (tag: string): string =>
  `${JSON.stringify({ labels: Array.from({ length: 700 }, (_, i) => `${tag}-${i}=${'x'.repeat(30)}`) }, null, 2)}\n`;

let drivers: Awaited<ReturnType<typeof buildDrivers>>;
beforeAll(async () => {
  drivers = await buildDrivers();
});
const cleanups: Array<() => void> = [];
/** Every writer started: killed before the root goes, even when the test failed midway. */
const spawned: ChildProcess[] = [];
afterAll(() => {
  for (const child of spawned) child.kill('SIGKILL');
  for (const cleanup of [...cleanups, () => drivers.remove()]) cleanup();
});

/** Resolves once the writer has loaded everything and waits for "go"; output() is what it printed. */
function booting(child: ChildProcess): Promise<{ child: ChildProcess; output: () => string }> {
  spawned.push(child);
  let out = '';
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const booted = new Promise<{ child: ChildProcess; output: () => string }>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.startsWith('booted')) resolve({ child, output: () => out });
    });
    child.on('exit', (code, signal) => reject(new Error(`writer ended (${code ?? signal}) before it booted: ${err}`)));
  });
  // Writers still booting when the test fails are killed, not reported.
  booted.catch(() => undefined);
  return booted;
}

describe('SIGKILL at random moments while writing', () => {
  it(`leaves daemon.json exactly old or new, never partial or missing (up to ${KILLS} kills)`, async () => {
    const a = content('a');
    const b = content('b');
    const { root, remove } = makeRoot({ 'etc/docker/daemon.json': a, 'contents/a.json': a, 'contents/b.json': b });
    cleanups.push(remove);
    const dir = join(root, 'etc/docker');
    const path = join(dir, 'daemon.json');
    const args = [root, path, join(root, 'contents/a.json'), join(root, 'contents/b.json')];
    let cutMidWrite = 0;
    let roundsWithWrites = 0;

    // Writers boot ahead, in a small pool: node's start-up is most of the cost of a round.
    const pool = Array.from({ length: 3 }, () => booting(startDriver(drivers.path('write-loop'), args)));
    const deadline = performance.now() + BUDGET_MS;
    let kills = 0;
    for (let kill = 1; kill <= KILLS && performance.now() < deadline; kill++) {
      kills = kill;
      const writer = pool.shift();
      if (!writer) throw new Error('empty pool');
      pool.push(booting(startDriver(drivers.path('write-loop'), args)));
      const { child, output } = await writer;
      child.stdin?.write('go\n');
      await new Promise((r) => setTimeout(r, Math.random() * WINDOW_MS));
      child.kill('SIGKILL');
      await once(child, 'exit');

      const now = readFileSync(path, 'utf8');
      if (now !== a && now !== b)
        throw new Error(`after kill ${kill}: daemon.json is neither version (${now.length} bytes)`);
      const temps = readdirSync(dir).filter((n) => n.endsWith('.tmp'));
      if (temps.length > 0) cutMidWrite++;
      // The next writer sweeps a killed one's temp file: they never pile up.
      expect(temps.length).toBeLessThanOrEqual(1);
      if (output().includes('wrote')) roundsWithWrites++;
    }
    for (const writer of pool) (await writer).child.kill('SIGKILL');
    expect(kills).toBeGreaterThanOrEqual(MIN_KILLS);

    // Some kills landed between creating the temp file and the rename, else this proves little.
    expect(cutMidWrite).toBeGreaterThan(0);
    // A writer killed holding the lock never blocks the next one: writes keep happening.
    expect(roundsWithWrites).toBeGreaterThan(kills / 10);
    const last = runDriver(drivers.path('write-once'), [root, path, path, join(root, 'contents/b.json')]);
    expect(last.report).toMatchObject({ ok: true });
    expect(readFileSync(path, 'utf8')).toBe(b);

    // Every listed backup is complete: its data is synced before the index names it.
    const ctx = createContext({ root });
    const backups = listBackups(ctx);
    expect(backups.length).toBeGreaterThanOrEqual(roundsWithWrites);
    for (const entry of backups) expect(statSync(join(backupsDir(ctx), entry.id)).size).toBe(entry.size);
    expect(backups.every((e) => e.size === a.length || e.size === b.length)).toBe(true);
    console.info(
      `sigkill: ${kills} kills, ${cutMidWrite} between temp file and rename, ${roundsWithWrites} rounds with writes, ${backups.length} backups`,
    );
  }, 90_000);
});
