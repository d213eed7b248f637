import { AsyncLocalStorage } from 'node:async_hooks';
import type { Ctx } from '../context.js';
import { acquireLock, releaseLock, type HeldLock, type LockOptions } from './lock.js';
import { lockPath } from './paths.js';

/** The locks held by the current async call chain: a nested withLock shares its caller's. */
const held = new AsyncLocalStorage<ReadonlyMap<string, HeldLock>>();
/** Calls in this process queue here first (a lock file cannot tell two of our own calls apart). */
const queues = new Map<string, Promise<void>>();

/**
 * Run `fn` holding the lock of ctx.root, so that parallel runs (two scripts, Ansible and a
 * person) serialise: inside, re-read the files, plan, validate, then applyChanges. Re-entrant
 * within one call chain. Throws SafeWriteError (`lock-timeout`, `permission-denied`, …).
 */
export async function withLock<T>(ctx: Ctx, fn: () => Promise<T> | T, options: LockOptions = {}): Promise<T> {
  const path = lockPath(ctx);
  if (held.getStore()?.has(path)) return fn();

  const previous = queues.get(path) ?? Promise.resolve();
  let finished = (): void => {};
  const turn = new Promise<void>((resolve) => (finished = resolve));
  const mine = previous.then(() => turn);
  queues.set(path, mine);
  try {
    await previous;
    const lock = await acquireLock(ctx, path, options);
    try {
      const locks = new Map(held.getStore() ?? []);
      locks.set(path, lock);
      return await held.run(locks, fn);
    } finally {
      releaseLock(ctx.fs, lock);
    }
  } finally {
    finished();
    if (queues.get(path) === mine) queues.delete(path);
  }
}

/** The lock of ctx.root, if the current call chain holds it. */
export function heldLock(ctx: Pick<Ctx, 'root'>): HeldLock | undefined {
  return held.getStore()?.get(lockPath(ctx));
}
