/**
 * The one rule for every path that writes hosts or TLS settings (issue 14): a TCP listener beyond
 * loopback (0.0.0.0, ::, a LAN address, any host name but localhost) without TLS client
 * verification gives root on this host to whoever reaches the port.
 */
import type { EngineVersion } from '../../../engine/version.js';
import { tlsState } from '../tls/tls-state.js';
import type { Setting } from '../types.js';
import { isLoopbackHost, parseDaemonHost } from './daemon-host.js';

export interface OpenTcpListener {
  /** As written in hosts / -H. */
  value: string;
  /** What dockerd listens on, e.g. tcp://0.0.0.0:2375: the same listener however it is spelled. */
  normalized: string;
}

/**
 * Clients must show a certificate signed by the configured CA. tlsverify without tlscacert checks
 * them against the system's CA store, where any public CA's customer passes: not verification
 * (a --tlsverify flag brings the flags' default CA path, ~/.docker/ca.pem).
 */
export function clientsVerified(settings: ReadonlyMap<string, Setting>): boolean {
  const tls = tlsState(settings);
  const ca = settings.get('tlscacert')?.value;
  return tls.verify && ((typeof ca === 'string' && ca.trim() !== '') || tls.viaFlag);
}

/** The merged configuration's (daemon.json and flags together) unverified TCP listeners beyond loopback, each once. */
export function openTcpListeners(settings: ReadonlyMap<string, Setting>, engine: EngineVersion): OpenTcpListener[] {
  if (clientsVerified(settings)) return [];
  const hosts = settings.get('hosts')?.value;
  if (!Array.isArray(hosts)) return [];
  const seen = new Set<string>();
  return hosts.flatMap((value: unknown): OpenTcpListener[] => {
    if (typeof value !== 'string') return [];
    const parsed = parseDaemonHost(value, engine);
    if (!parsed.ok || parsed.proto !== 'tcp' || isLoopbackHost(parsed.hostname ?? '')) return [];
    if (seen.has(parsed.normalized)) return [];
    seen.add(parsed.normalized);
    return [{ value, normalized: parsed.normalized }];
  });
}
