/**
 * The network probes doctor runs: every mirror, every insecure registry, all at once, each
 * bounded by the per-probe timeout (ten dead mirrors cost one timeout, not ten).
 */
import type { Ctx } from '../context.js';
import { probeInsecureRegistry, probeRegistry, registryTrust, type InsecureProbe, type RegistryProbe } from '../probe/index.js';
import type { LocatedSetting } from '../validate/model.js';

export interface ProbeFacts {
  mirrors: RegistryProbe[];
  insecure: InsecureProbe[];
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** host[:port] of a URL, as certs.d names its directories. */
function hostPortOf(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

export async function gatherProbes(ctx: Ctx, settings: ReadonlyMap<string, LocatedSetting>, certsDir: string, timeoutMs: number): Promise<ProbeFacts> {
  const mirrors = strings(settings.get('registry-mirrors')?.value);
  const insecure = strings(settings.get('insecure-registries')?.value);
  const trust = (hostPort: string | undefined): { ca?: string[] } => {
    const ca = hostPort ? registryTrust(ctx, certsDir, hostPort) : [];
    return ca.length > 0 ? { ca } : {};
  };
  const [mirrorProbes, insecureProbes] = await Promise.all([
    Promise.all(mirrors.map((url) => probeRegistry(ctx, url, { timeoutMs, ...trust(hostPortOf(url)) }))),
    Promise.all(insecure.map((address) => probeInsecureRegistry(ctx, address, { timeoutMs, ...trust(address) }))),
  ]);
  return { mirrors: mirrorProbes, insecure: insecureProbes };
}
