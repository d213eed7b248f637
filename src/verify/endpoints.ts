/**
 * The API endpoints a configuration makes dockerd listen on, as addresses we can probe: every
 * `hosts` entry (or dockerd's default), with the TLS files dockerd reads for TCP listeners. Pure.
 */
import { posix } from 'node:path';
import { atLeast, type EngineVersion } from '../engine/version.js';
import {
  DEFAULT_UNIX_SOCKET,
  defaultHost,
  parseDaemonHost,
  type ParsedDaemonHost,
} from '../validate/values/hosts/daemon-host.js';
import { goParseIP } from '../validate/values/go/ip.js';
import { FLAG_DEFAULT_CERT_DIR } from '../validate/values/tls/tls-rule.js';
import { tlsForDefaultHost, tlsState } from '../validate/values/tls/tls-state.js';
import type { ApiTarget } from '../edges/docker-api.js';
import { stringOf, stringsOf, type Settings } from './settings.js';

/** The TLS files dockerd reads for its TCP listeners (paths under --root; contents are read by the probe). */
export interface EndpointTls {
  /** tlscacert: dockerd checks client certificates against it; we check the server's against it. */
  caPath?: string;
  /** tlscert/tlskey: the server's pair, offered as our client certificate (accepted when it allows client auth). */
  certPath?: string;
  keyPath?: string;
  /** dockerd requires client certificates (tlsverify). */
  verify: boolean;
  /** SNI for a listener on a host name. */
  servername?: string;
}

export interface Endpoint {
  /** As configured, e.g. "tcp://0.0.0.0:2376", "fd://", or dockerd's default. */
  address: string;
  /** Where we connect: the unix socket under --root, or a loopback address for a wildcard listener. */
  target: Omit<ApiTarget, 'tls'>;
  tls?: EndpointTls;
  /** dockerd cannot listen on this address (it would not have started): the probe never connects. */
  unusable?: string;
}

export interface EndpointEnv {
  /** --root: unix sockets and TLS files are resolved under it. */
  root: string;
  /** Rootless dockerd: its default socket is $XDG_RUNTIME_DIR/docker.sock. */
  rootless?: { runtimeDir: string };
}

/** A path dockerd opens (relative to its working directory, /), under --root. */
function rooted(env: EndpointEnv, path: string): string {
  const absolute = posix.resolve('/', path);
  return env.root === '/' ? absolute : posix.join(env.root, absolute);
}

const isName = (hostname: string): boolean => hostname !== '' && !goParseIP(hostname);

/** Go's net.Listen takes a wildcard for all addresses and the first IPv4 address of a name. */
function probeHost(hostname: string): string {
  if (hostname === '' || hostname === '0.0.0.0' || hostname === 'localhost') return '127.0.0.1';
  if (hostname === '::') return '::1';
  return hostname;
}

function tlsFiles(settings: Settings, env: EndpointEnv): EndpointTls | undefined {
  const state = tlsState(settings);
  if (!state.enabled) return undefined;
  // With --tls/--tlsverify the flags' defaults apply; TLS switched on in daemon.json has none.
  const path = (key: string, file: string): string | undefined => {
    const given = stringOf(settings, key);
    if (given !== undefined && given !== '') return rooted(env, given);
    return state.viaFlag ? rooted(env, `${FLAG_DEFAULT_CERT_DIR}/${file}`) : undefined;
  };
  const tls: EndpointTls = { verify: state.verify };
  const ca = path('tlscacert', 'ca.pem');
  const cert = path('tlscert', 'cert.pem');
  const key = path('tlskey', 'key.pem');
  if (ca !== undefined) tls.caPath = ca;
  if (cert !== undefined) tls.certPath = cert;
  if (key !== undefined) tls.keyPath = key;
  return tls;
}

function endpointOf(
  address: string,
  parsed: ParsedDaemonHost,
  env: EndpointEnv,
  tls: EndpointTls | undefined,
): Endpoint {
  const unusable = parsed.normalizedError ?? parsed.listenError;
  const base = unusable !== undefined ? { unusable } : {};
  switch (parsed.proto) {
    case 'unix':
      return { address, target: { socketPath: rooted(env, parsed.address) }, ...base };
    case 'fd':
      // Socket activation: the sockets come from docker.socket, which listens on the default
      // socket (/run/docker.sock on Debian, the same file as /var/run/docker.sock).
      return { address, target: { socketPath: defaultSocket(env) }, ...base };
    case 'tcp': {
      const hostname = parsed.hostname ?? 'localhost';
      const host = probeHost(hostname);
      const endpoint: Endpoint = { address, target: { host, port: Number(parsed.port) }, ...base };
      if (tls) endpoint.tls = isName(hostname) ? { ...tls, servername: hostname } : tls;
      return endpoint;
    }
    case 'npipe':
      return { address, target: {}, unusable: unusable ?? 'a Windows named pipe' };
  }
}

function defaultSocket(env: EndpointEnv): string {
  return env.rootless ? posix.join(env.rootless.runtimeDir, 'docker.sock') : rooted(env, DEFAULT_UNIX_SOCKET);
}

/** The configured hosts, or none: 29.x drops blank entries before falling back to the default. */
function configuredHosts(settings: Settings, engine: EngineVersion): string[] {
  const hosts = stringsOf(settings, 'hosts') ?? [];
  return atLeast(engine, '29.0.0') ? hosts.filter((h) => h.trim() !== '') : hosts;
}

/** Every endpoint dockerd listens on with these settings, in the configured order, without duplicates. */
export function endpointsFor(settings: Settings, env: EndpointEnv, engine: EngineVersion): Endpoint[] {
  const tls = tlsFiles(settings, env);
  const defaultTls = tlsForDefaultHost(settings, atLeast(engine, '23.0.0'));
  const hosts = configuredHosts(settings, engine);
  if (hosts.length === 0) {
    if (env.rootless && !defaultTls)
      return [{ address: `unix://${defaultSocket(env)}`, target: { socketPath: defaultSocket(env) } }];
    hosts.push(defaultHost(defaultTls));
  }
  const seen = new Set<string>();
  const endpoints: Endpoint[] = [];
  for (const address of hosts) {
    const parsed = parseDaemonHost(address, engine, { tls: defaultTls });
    if (!parsed.ok) {
      endpoints.push({ address, target: {}, unusable: parsed.reason });
      continue;
    }
    if (seen.has(parsed.normalized)) continue;
    seen.add(parsed.normalized);
    endpoints.push(endpointOf(address, parsed, env, parsed.proto === 'tcp' ? tls : undefined));
  }
  return endpoints;
}
