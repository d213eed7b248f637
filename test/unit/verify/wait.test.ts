// waitForDaemon with a fake API and a fake clock: every sleep and every request advances time.
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ApiResponse, ApiTarget } from '../../../src/edges/docker-api.js';
import { waitForDaemon, type Endpoint } from '../../../src/verify/index.js';

const UNIX: Endpoint = { address: 'unix:///var/run/docker.sock', target: { socketPath: '/var/run/docker.sock' } };
const TCP: Endpoint = { address: 'tcp://0.0.0.0:2375', target: { host: '127.0.0.1', port: 2375 } };

const OK: ApiResponse = { ok: true, status: 200, body: 'OK' };
const REFUSED: ApiResponse = { ok: false, error: 'connection refused', code: 'ECONNREFUSED' };

/** A daemon whose endpoints start answering at given times (ms on the fake clock); each request takes 2 ms. */
function fakeDaemon(upAt: Record<string, number>) {
  let now = 0;
  const calls: Array<{ at: number; key: string; timeoutMs: number }> = [];
  const keyOf = (t: ApiTarget): string => t.socketPath ?? `${t.host}:${t.port}`;
  const ctx = {
    fs,
    clock: () => now,
    sleep: async (ms: number) => {
      now += ms;
    },
    api: async (target: ApiTarget, path: string, options: { timeoutMs: number }): Promise<ApiResponse> => {
      const key = keyOf(target);
      calls.push({ at: now, key, timeoutMs: options.timeoutMs });
      now += 2;
      expect(path).toBe('/_ping');
      const up = upAt[key];
      return up !== undefined && now >= up ? OK : REFUSED;
    },
  };
  return { ctx, calls };
}

describe('waitForDaemon', () => {
  it('polls until every endpoint answers (a slow start), and asks an endpoint that answered no more', async () => {
    const { ctx, calls } = fakeDaemon({ '/var/run/docker.sock': 300, '127.0.0.1:2375': 1200 });
    const r = await waitForDaemon(ctx, [UNIX, TCP], { timeoutMs: 30_000, intervalMs: 100 });
    expect(r).toEqual({ ok: true, answered: [UNIX.address, TCP.address], missing: [], waitedMs: expect.any(Number) });
    expect(r.waitedMs).toBeGreaterThanOrEqual(1200);
    expect(r.waitedMs).toBeLessThan(1400);
    const unixCalls = calls.filter((c) => c.key === '/var/run/docker.sock');
    expect(unixCalls.at(-1)!.at).toBeLessThan(400);
  });

  it('times out with the last reason of each endpoint that never answered', async () => {
    const { ctx, calls } = fakeDaemon({ '/var/run/docker.sock': 0 });
    const r = await waitForDaemon(ctx, [UNIX, TCP], { timeoutMs: 1000, intervalMs: 50 });
    expect(r).toMatchObject({
      ok: false,
      answered: [UNIX.address],
      missing: [{ address: TCP.address, detail: 'connection refused' }],
    });
    expect(r.waitedMs).toBeGreaterThanOrEqual(1000);
    expect(r.waitedMs).toBeLessThan(1100);
    expect(r.stoppedBecause).toBeUndefined();
    // No request may wait past the deadline (the per-request cap shrinks with the time left).
    expect(calls.every((c) => c.at + c.timeoutMs <= 1000 + 100)).toBe(true);
  });

  it('stops as soon as stopWaiting gives a reason (the unit failed: no point waiting 30 s)', async () => {
    const { ctx } = fakeDaemon({});
    let asked = 0;
    const stopWaiting = async (): Promise<string | undefined> =>
      ++asked >= 3 ? 'the service manager marked dockerd failed' : undefined;
    const r = await waitForDaemon(ctx, [UNIX], { timeoutMs: 30_000, intervalMs: 100, stopWaiting });
    expect(r).toMatchObject({
      ok: false,
      answered: [],
      stoppedBecause: 'the service manager marked dockerd failed',
      missing: [{ address: UNIX.address, detail: 'connection refused' }],
    });
    expect(asked).toBe(3);
    expect(r.waitedMs).toBeLessThan(400);
  });

  it('does not ask stopWaiting once everything answered', async () => {
    const { ctx } = fakeDaemon({ '/var/run/docker.sock': 0 });
    let asked = 0;
    const r = await waitForDaemon(ctx, [UNIX], { timeoutMs: 1000, stopWaiting: async () => (++asked, 'never') });
    expect(r.ok).toBe(true);
    expect(asked).toBe(0);
  });

  it('caps each request, so a listener that holds requests is asked again', async () => {
    const { ctx, calls } = fakeDaemon({});
    await waitForDaemon(ctx, [TCP], { timeoutMs: 5000, pingTimeoutMs: 700 });
    expect(Math.max(...calls.map((c) => c.timeoutMs))).toBe(700);
    expect(calls.length).toBeGreaterThan(10);
  });

  it('does not wait for an address dockerd cannot listen on, and never counts it', async () => {
    const { ctx, calls } = fakeDaemon({ '/var/run/docker.sock': 0 });
    const bad: Endpoint = { address: 'npipe://x', target: {}, unusable: 'invalid protocol format: "npipe"' };
    const r = await waitForDaemon(ctx, [UNIX, bad], { timeoutMs: 30_000 });
    expect(r).toMatchObject({
      ok: false,
      answered: [UNIX.address],
      missing: [{ address: 'npipe://x', detail: 'dockerd cannot listen on it: invalid protocol format: "npipe"' }],
    });
    expect(r.waitedMs).toBeLessThan(100);
    expect(calls).toHaveLength(1);
  });

  it('is not verified with nothing to probe', async () => {
    const { ctx } = fakeDaemon({});
    expect(await waitForDaemon(ctx, [], { timeoutMs: 1000 })).toEqual({
      ok: false,
      answered: [],
      missing: [],
      waitedMs: 0,
      stoppedBecause: 'no endpoint to probe',
    });
  });
});
