// Probes run at once: ten dead mirrors, each waiting out its timeout, cost one timeout, not ten.
import { describe, expect, it } from 'vitest';
import { mirrorDiagnostics, probeRegistry } from '../../../src/probe/index.js';
import { API, blackHole, scripted } from './scripted-http.js';

const TIMEOUT = 300;

describe('concurrent probes', () => {
  it('ten black holes finish in about one timeout', async () => {
    const { ctx, requests } = scripted({ 'http://10.': blackHole });
    const started = performance.now();
    const probes = await Promise.all(
      Array.from({ length: 10 }, (_, i) => probeRegistry(ctx, `http://10.0.0.${i}`, { timeoutMs: TIMEOUT })),
    );
    const elapsed = performance.now() - started;
    expect(probes.every((p) => p.kind === 'unreachable' && p.detail === `no answer within ${TIMEOUT} ms`)).toBe(true);
    expect(requests.every((r) => r.timeoutMs <= TIMEOUT && r.timeoutMs > TIMEOUT - 50)).toBe(true);
    expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT - 5);
    expect(elapsed).toBeLessThan(2 * TIMEOUT); // one after the other: ≥ 10 × 300 ms
    expect(mirrorDiagnostics(probes).filter((d) => d.severity === 'error')).toHaveLength(1);
  });

  it('a live mirror among dead ones answers at its own speed, not theirs', async () => {
    const { ctx } = scripted({ 'http://10.': blackHole, 'http://live/v2/': { status: 200, headers: API } });
    const live = probeRegistry(ctx, 'http://live', { timeoutMs: TIMEOUT }).then((p) => ({ p, at: performance.now() }));
    const started = performance.now();
    await Promise.all([
      live,
      ...Array.from({ length: 5 }, (_, i) => probeRegistry(ctx, `http://10.0.0.${i}`, { timeoutMs: TIMEOUT })),
    ]);
    const { p, at } = await live;
    expect(p.ok).toBe(true);
    expect(at - started).toBeLessThan(TIMEOUT / 2);
  });

  it('a bearer flow shares one deadline: a slow token service leaves less time for the retry', async () => {
    const { ctx, requests } = scripted({
      'https://m.example/v2/': (r) =>
        r.headers?.authorization
          ? blackHole(r)
          : {
              ok: true,
              status: 401,
              headers: { ...API, 'www-authenticate': 'Bearer realm="https://auth.example/t"' },
              body: '',
              bytes: 0,
              timing: { connectedMs: 1, firstByteMs: 1, totalMs: 1 },
            },
      'https://auth.example/t': () =>
        new Promise((resolve) =>
          setTimeout(
            () =>
              resolve({
                ok: true,
                status: 200,
                headers: {},
                body: '{"token":"x"}',
                bytes: 13,
                timing: { connectedMs: 1, firstByteMs: 1, totalMs: 1 },
              }),
            150,
          ),
        ),
    });
    const started = performance.now();
    const p = await probeRegistry(ctx, 'https://m.example', { timeoutMs: TIMEOUT });
    expect(p).toMatchObject({ ok: false, auth: 'token-refused' });
    expect(performance.now() - started).toBeLessThan(TIMEOUT + 100);
    expect(requests.at(-1)!.timeoutMs).toBeLessThanOrEqual(TIMEOUT - 140);
  });
});
