import type { RegistryRequest, RegistryResponse } from '../edges/registry-http.js';
import { english, said } from '../i18n/said.js';
import type { ProbeCtx } from './types.js';

const MAX_REDIRECTS = 3;

/** GET with redirects followed (registries send blobs to storage), within one deadline. */
export async function fetchWithin(
  ctx: ProbeCtx,
  deadline: number,
  request: Omit<RegistryRequest, 'timeoutMs'>,
): Promise<RegistryResponse & { url: string }> {
  let url = request.url;
  let headers = request.headers;
  for (let hop = 0; ; hop++) {
    const left = Math.round(deadline - ctx.clock());
    if (left <= 0) {
      const says = said('probe.net.noTime');
      return { ok: false, code: 'ETIMEDOUT', error: english(says), says, url };
    }
    const response = await ctx.http({ ...request, url, ...(headers ? { headers } : {}), timeoutMs: left });
    const location =
      response.ok && response.status >= 300 && response.status < 400 ? response.headers.location : undefined;
    if (location === undefined || hop >= MAX_REDIRECTS) return { ...response, url };
    const next = new URL(location, url);
    // Credentials stay with the host they were meant for.
    if (next.host !== new URL(url).host && headers?.authorization) {
      const { authorization: _dropped, ...rest } = headers;
      headers = rest;
    }
    url = next.toString();
  }
}
