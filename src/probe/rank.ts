import type { Throughput } from './throughput.js';
import type { RegistryProbe } from './types.js';

export interface Ranked {
  probe: RegistryProbe;
  throughput?: Throughput;
}

/** Usable mirrors first — fastest download, else lowest latency — then the rest in the order given. Pure. */
export function rankMirrors(results: readonly Ranked[]): Ranked[] {
  const speed = (r: Ranked): number => (r.throughput?.ok ? r.throughput.bytesPerSec : -1);
  const usable = results
    .filter((r) => r.probe.ok)
    .sort((a, b) => speed(b) - speed(a) || (a.probe.latencyMs ?? Infinity) - (b.probe.latencyMs ?? Infinity));
  return [...usable, ...results.filter((r) => !r.probe.ok)];
}
