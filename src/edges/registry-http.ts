import type { Said } from '../i18n/said.js';
/**
 * One HTTP(S) request to a registry or mirror (GET /v2/, the token service, a blob). The network
 * edge for probes; a fake with the same shape is injected in unit tests.
 */
export interface RegistryRequest {
  url: string;
  /** One deadline for the whole request: connect, TLS, first byte and body. */
  timeoutMs: number;
  headers?: Record<string, string>;
  method?: 'GET' | 'HEAD';
  /** Extra trusted CAs (PEM), e.g. certs.d/<host:port>/ca.crt; the system's roots stay trusted. */
  ca?: string[];
  /** Stop keeping the body after this many bytes (default 64 KiB); bytes and timing still count all of it. */
  maxBodyBytes?: number;
}

export interface Timing {
  /** TCP (and TLS) connected. */
  connectedMs: number;
  firstByteMs: number;
  totalMs: number;
}

export type RegistryResponse =
  | { ok: true; status: number; headers: Record<string, string>; body: string; bytes: number; timing: Timing }
  /**
   * `error` is short and plain: "connection refused", "no answer within 5000 ms", "TLS: …"; `says`
   * is the same as a catalogue sentence when the words are ours (a known code), not the system's.
   */
  | { ok: false; code: string; error: string; says?: Said };

export type RegistryHttp = (request: RegistryRequest) => Promise<RegistryResponse>;

export const nodeRegistryHttp: RegistryHttp = async (request) =>
  (await import('./node-registry-http.js')).registryRequest(request);
