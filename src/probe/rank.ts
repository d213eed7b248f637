import type { DigestCheck } from './digests.js';
import type { Throughput } from './throughput.js';
import type { RegistryProbe } from './types.js';

export interface Ranked {
  probe: RegistryProbe;
  throughput?: Throughput;
  /** With --image: the mirror's digest against the reference. */
  digest?: DigestCheck;
}

/** Serving the image the registry serves (or not asked) first, then another digest, then none at all. */
const tier = (r: Ranked): number =>
  r.digest?.state === 'stale' ? 1 : r.digest?.state === 'missing' || r.digest?.state === 'failed' ? 2 : 0;

/**
 * Usable mirrors first — those serving the registry's digest before a stale one before one without
 * the image; within each, fastest download, else lowest latency — then the rest in the order given. Pure.
 */
export function rankMirrors(results: readonly Ranked[]): Ranked[] {
  const speed = (r: Ranked): number => (r.throughput?.ok ? r.throughput.bytesPerSec : -1);
  const usable = results
    .filter((r) => r.probe.ok)
    .sort(
      (a, b) =>
        tier(a) - tier(b) || speed(b) - speed(a) || (a.probe.latencyMs ?? Infinity) - (b.probe.latencyMs ?? Infinity),
    );
  return [...usable, ...results.filter((r) => !r.probe.ok)];
}
