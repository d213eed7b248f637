/**
 * An insecure-registries entry over https and http at once: which answers as a registry. dockerd
 * tries https first (skipping verification) and then plain http for these.
 */
import { probeRegistry } from './registry.js';
import type { InsecureProbe, ProbeCtx } from './types.js';

const isCidr = (entry: string): boolean => /\/\d{1,3}$/.test(entry);

export async function probeInsecureRegistry(
  ctx: ProbeCtx,
  address: string,
  options: { timeoutMs: number; ca?: string[] },
): Promise<InsecureProbe> {
  if (isCidr(address)) return { address, answers: 'not-probed' };
  const [https, http] = await Promise.all([
    probeRegistry(ctx, `https://${address}`, options),
    probeRegistry(ctx, `http://${address}`, options),
  ]);
  const s = https.kind === 'registry';
  const h = http.kind === 'registry';
  // A registry whose certificate does not verify still answers https for dockerd (no verification here).
  const untrusted = https.kind === 'tls-error' && !https.plainHttp;
  const answers = (s || untrusted) && h ? 'both' : s || untrusted ? 'https' : h ? 'http' : 'none';
  return { address, answers, https, http, trustedTls: s };
}
