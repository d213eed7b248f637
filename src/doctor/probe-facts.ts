/**
 * The network probes doctor runs: every mirror, every insecure registry, all at once, each
 * bounded by the per-probe timeout (ten dead mirrors cost one timeout, not ten).
 */
import type { Ctx } from '../context.js';
import {
  probeInsecureRegistry,
  probeRegistry,
  trustFor,
  type InsecureProbe,
  type RegistryProbe,
} from '../probe/index.js';
import type { LocatedSetting } from '../validate/model.js';

export interface ProbeFacts {
  mirrors: RegistryProbe[];
  insecure: InsecureProbe[];
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

export async function gatherProbes(
  ctx: Ctx,
  settings: ReadonlyMap<string, LocatedSetting>,
  certsDir: string,
  timeoutMs: number,
): Promise<ProbeFacts> {
  const mirrors = strings(settings.get('registry-mirrors')?.value);
  const insecure = strings(settings.get('insecure-registries')?.value);
  const [mirrorProbes, insecureProbes] = await Promise.all([
    Promise.all(mirrors.map((url) => probeRegistry(ctx, url, { timeoutMs, ...trustFor(ctx, certsDir, url) }))),
    Promise.all(
      insecure.map((address) =>
        probeInsecureRegistry(ctx, address, { timeoutMs, ...trustFor(ctx, certsDir, address) }),
      ),
    ),
  ]);
  return { mirrors: mirrorProbes, insecure: insecureProbes };
}
