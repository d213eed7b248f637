import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyChanges, lockPath, SafeWriteError, stateDir, withLock } from '../../../src/apply/index.js';
import { identityOf } from '../../../src/apply/process-identity.js';
import { tempRoot } from './temp-root.js';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

/** A running process that is not us, to hold a lock. */
function liveProcess(): number {
  const child = spawn('sleep', ['30'], { stdio: 'ignore' });
  children.push(child);
  if (!child.pid) throw new Error('could not start sleep');
  return child.pid;
}

/** A pid that just exited (and was reaped). */
function deadPid(): number {
  return Number(spawnSync('sh', ['-c', 'echo $$'], { encoding: 'utf8' }).stdout.trim());
}

function writeLock(ctx: ReturnType<typeof tempRoot>, content: object | string): string {
  const path = lockPath(ctx);
  mkdirSync(stateDir(ctx), { recursive: true, mode: 0o700 });
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const holderOf = (ctx: ReturnType<typeof tempRoot>, pid: number, patch: object = {}) => ({
  ...identityOf(ctx.fs, pid),
  nonce: 'cafe',
  since: '2026-11-28T01:00:00.000Z',
  ...patch,
});

describe('withLock', () => {
  it('holds a lock file naming this process while fn runs, and removes it after', async () => {
    const ctx = tempRoot();
    let mode = 0;
    const seen = await withLock(ctx, () => {
      mode = statSync(stateDir(ctx)).mode & 0o7777;
      return JSON.parse(readFileSync(lockPath(ctx), 'utf8')) as Record<string, unknown>;
    });
    expect(seen).toMatchObject({
      pid: process.pid,
      start: identityOf(ctx.fs, process.pid).start,
      nonce: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    expect(seen.boot).toBe(readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim());
    expect(existsSync(lockPath(ctx))).toBe(false);
    expect(mode).toBe(0o700);
    // No draft left: the directory the lock created, empty again, went with it (issue 14, 11).
    expect(existsSync(stateDir(ctx))).toBe(false);
  });

  it('releases the lock when fn throws', async () => {
    const ctx = tempRoot();
    await expect(
      withLock(ctx, () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(existsSync(lockPath(ctx))).toBe(false);
  });

  it('is re-entrant: applyChanges inside withLock uses the held lock', async () => {
    const ctx = tempRoot();
    const path = join(ctx.root, 'etc/docker/daemon.json');
    const result = await withLock(ctx, () =>
      withLock(ctx, () => applyChanges(ctx, [{ path, kind: 'daemon-json', before: null, after: '{}' }])),
    );
    expect(result.files[0]?.changed).toBe(true);
  });

  it('serialises concurrent calls in one process', async () => {
    const ctx = tempRoot();
    const log: string[] = [];
    const task = (name: string) =>
      withLock(ctx, async () => {
        log.push(`${name} in`);
        await new Promise((r) => setTimeout(r, 15));
        log.push(`${name} out`);
      });
    await Promise.all([task('a'), task('b'), task('c')]);
    expect(log).toEqual(['a in', 'a out', 'b in', 'b out', 'c in', 'c out']);
  });

  it('waits for a live holder, tells onWait once, then fails with lock-timeout naming it', async () => {
    const ctx = tempRoot();
    const pid = liveProcess();
    const path = writeLock(ctx, holderOf(ctx, pid));
    const waits: unknown[] = [];
    let ran = false;
    const started = performance.now();
    const error = await withLock(ctx, () => (ran = true), { timeoutMs: 300, onWait: (h) => waits.push(h) }).catch(
      (e: unknown) => e,
    );
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(ran).toBe(false);
    expect(waits).toEqual([expect.objectContaining({ pid, nonce: 'cafe' })]);
    expect(error).toBeInstanceOf(SafeWriteError);
    expect((error as SafeWriteError).diagnostic).toMatchObject({
      id: 'lock-timeout',
      message: `another dockerd-config run (pid ${pid}, since 2026-11-28T01:00:00.000Z) holds the lock ${path}; gave up after 0 s`,
      hint: `wait for it to finish and run the command again; if pid ${pid} is not dockerd-config, remove ${path}`,
    });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ pid, nonce: 'cafe' }); // not stolen
  });

  it('takes over as soon as the holder exits', async () => {
    const ctx = tempRoot();
    const pid = liveProcess();
    writeLock(ctx, holderOf(ctx, pid));
    setTimeout(() => children[0]?.kill('SIGKILL'), 100);
    await expect(withLock(ctx, () => 'mine', { timeoutMs: 5_000 })).resolves.toBe('mine');
  });

  const stale: Array<[string, (ctx: ReturnType<typeof tempRoot>) => object | string]> = [
    ['its pid has exited', (ctx) => holderOf(ctx, deadPid())],
    [
      'its pid now belongs to another process (start time differs)',
      (ctx) => holderOf(ctx, process.ppid, { start: '1' }),
    ],
    [
      'it was taken before a reboot',
      (ctx) => holderOf(ctx, process.ppid, { boot: '00000000-0000-0000-0000-000000000000' }),
    ],
    ['it is unreadable and old', () => ''],
  ];

  it.each(stale)('breaks a stale lock: %s', async (_name, content) => {
    const ctx = tempRoot();
    const path = writeLock(ctx, content(ctx));
    const old = new Date(Date.now() - 60_000);
    utimesSync(path, old, old);
    const owner = await withLock(ctx, () => JSON.parse(readFileSync(path, 'utf8')) as { pid: number }, {
      timeoutMs: 200,
    });
    expect(owner.pid).toBe(process.pid);
  });

  it('does not break an unreadable lock that is fresh', async () => {
    const ctx = tempRoot();
    writeLock(ctx, '');
    await expect(withLock(ctx, () => 'mine', { timeoutMs: 150 })).rejects.toMatchObject({
      diagnostic: { id: 'lock-timeout', message: expect.stringMatching(/is taken and unreadable/) },
    });
  });

  it('does not break a lock held by a live process with the recorded start time', async () => {
    const ctx = tempRoot();
    writeLock(ctx, holderOf(ctx, process.ppid));
    await expect(withLock(ctx, () => 'mine', { timeoutMs: 150 })).rejects.toBeInstanceOf(SafeWriteError);
  });

  it('removes drafts left by killed runs', async () => {
    const ctx = tempRoot();
    mkdirSync(stateDir(ctx), { recursive: true });
    writeFileSync(`${lockPath(ctx)}.${deadPid()}.tmp`, '{}');
    await withLock(ctx, () => undefined);
    expect(readdirSync(stateDir(ctx))).toEqual([]);
  });

  it('notices when its lock file was removed by hand before writing', async () => {
    const ctx = tempRoot();
    const path = join(ctx.root, 'etc/docker/daemon.json');
    const error = await withLock(ctx, () => {
      unlinkSync(lockPath(ctx));
      return applyChanges(ctx, [{ path, kind: 'daemon-json', before: null, after: '{}' }]);
    }).catch((e: unknown) => e);
    expect((error as SafeWriteError).diagnostic?.message).toBe(
      `the lock ${lockPath(ctx)} was removed while this command held it`,
    );
    expect(existsSync(path)).toBe(false);
  });

  it('reports a state directory it cannot create', async () => {
    const ctx = tempRoot();
    writeFileSync(join(ctx.root, 'var'), 'a file where a directory should be');
    await expect(withLock(ctx, () => undefined)).rejects.toMatchObject({
      diagnostic: {
        id: 'write-failed',
        message: expect.stringMatching(
          /^cannot open the directory .*\/var\/lib\/dockerd-config: a part of the path is not a directory$/,
        ),
      },
    });
  });
});
