// rankMirrors: usable first (fastest download, else lowest latency), then the rest as given.
import { describe, expect, it } from 'vitest';
import { rankMirrors, type Ranked, type RegistryProbe } from '../../../src/probe/index.js';

const probe = (url: string, ok: boolean, latencyMs?: number): RegistryProbe => ({
  url,
  ok,
  kind: ok ? 'registry' : 'unreachable',
  ...(latencyMs === undefined ? {} : { latencyMs }),
  detail: '',
});
const speed = (bytesPerSec: number): Ranked['throughput'] => ({ ok: true, bytes: 1, ms: 1, bytesPerSec });
const order = (results: Ranked[]): string[] => rankMirrors(results).map((r) => r.probe.url);

describe('rankMirrors', () => {
  it('fastest download first, then lowest latency, then the unusable ones', () => {
    expect(
      order([
        { probe: probe('dead', false, 1) },
        { probe: probe('slow', true, 90) },
        { probe: probe('fast', true, 10) },
        { probe: probe('fat', true, 200), throughput: speed(9e6) },
        { probe: probe('thin', true, 5), throughput: speed(1e3) },
      ]),
    ).toEqual(['fat', 'thin', 'fast', 'slow', 'dead']);
  });

  it('a failed download ranks like no download: by latency', () => {
    expect(
      order([
        { probe: probe('a', true, 50), throughput: { ok: false, detail: 'blob: HTTP 403' } },
        { probe: probe('b', true, 20) },
      ]),
    ).toEqual(['b', 'a']);
  });

  it('a usable mirror without a latency goes after those with one', () => {
    expect(order([{ probe: probe('unknown', true) }, { probe: probe('known', true, 900) }])).toEqual([
      'known',
      'unknown',
    ]);
  });

  it('unusable mirrors keep the order given, even when they answered faster', () => {
    expect(
      order([{ probe: probe('z', false, 1) }, { probe: probe('ok', true, 999) }, { probe: probe('a', false, 0) }]),
    ).toEqual(['ok', 'z', 'a']);
  });

  it('does not reorder its input', () => {
    const input: Ranked[] = [{ probe: probe('b', false) }, { probe: probe('a', true, 1) }];
    rankMirrors(input);
    expect(input.map((r) => r.probe.url)).toEqual(['b', 'a']);
  });
});
