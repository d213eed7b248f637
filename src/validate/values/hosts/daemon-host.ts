/**
 * -H / "hosts" addresses read the way dockerd's parseDaemonHost does, per engine version,
 * plus the failures that only show when dockerd opens the listener.
 */
import { atLeast, type EngineVersion } from '../../../engine/version.js';
import { goJoinHostPort, goSplitHostPort } from '../go/host-port.js';
import { goParseIP, isLoopbackIP } from '../go/ip.js';
import { goAtoi } from '../go/strconv.js';
import { goParseURL, goURLHostPort } from '../go/url.js';

export type HostProto = 'tcp' | 'unix' | 'fd' | 'npipe';

export const DEFAULT_UNIX_SOCKET = '/var/run/docker.sock';
export const DEFAULT_TCP_PORT = '2375';
export const DEFAULT_TLS_HOST = 'tcp://localhost:2376';

export interface ParsedDaemonHost {
  ok: true;
  proto: HostProto;
  /** The part after "proto://" once normalised (tcp: host:port; unix: the socket path). */
  address: string;
  /** What dockerd listens on, e.g. "tcp://0.0.0.0:2375", "unix:///var/run/docker.sock". */
  normalized: string;
  /** tcp only: the host, the port dockerd uses, and whether a port was written. */
  hostname?: string;
  port?: string;
  portGiven?: boolean;
  /** Found only when dockerd opens the listener (after parsing succeeded). */
  listenError?: string;
}

export type DaemonHostResult = ParsedDaemonHost | { ok: false; reason: string };

/** Go's strings.TrimSpace for the ASCII and Unicode spaces people paste. */
const trimSpace = (s: string): string => s.trim();

function simpleProto(proto: 'unix' | 'npipe', addr: string, whole: string, engine: EngineVersion): DaemonHostResult {
  const fallback = proto === 'unix' ? DEFAULT_UNIX_SOCKET : '//./pipe/docker_engine';
  let rest = addr;
  if (!atLeast(engine, '24.0.0')) {
    rest = rest.startsWith(`${proto}://`) ? rest.slice(proto.length + 3) : rest;
    if (rest.includes('://')) {
      const reason = atLeast(engine, '23.0.0') ? `invalid proto, expected ${proto}: ${rest}` : `Invalid proto, expected ${proto}: ${rest}`;
      return { ok: false, reason };
    }
  } else if (rest.includes('://')) {
    return { ok: false, reason: `invalid bind address (${whole}): invalid ${proto} address: ${rest}` };
  }
  const address = rest === '' ? fallback : rest;
  const parsed: ParsedDaemonHost = { ok: true, proto, address, normalized: `${proto}://${address}` };
  if (proto === 'npipe') parsed.listenError = 'invalid protocol format: "npipe"';
  return parsed;
}

/** Listening on a port number Go refuses only fails when the socket is opened. */
function portListenError(port: string): string | undefined {
  const n = goAtoi(port);
  return n.ok && n.value > 65535n ? `listen tcp: address ${port}: invalid port` : undefined;
}

function tcp2010(tryAddr: string): DaemonHostResult {
  if (tryAddr === '' || tryAddr === 'tcp://') {
    return { ok: true, proto: 'tcp', address: `localhost:${DEFAULT_TCP_PORT}`, normalized: `tcp://localhost:${DEFAULT_TCP_PORT}`, hostname: 'localhost', port: DEFAULT_TCP_PORT, portGiven: false };
  }
  let addr = tryAddr.startsWith('tcp://') ? tryAddr.slice(6) : tryAddr;
  if (addr.includes('://') || addr === '') return { ok: false, reason: `Invalid proto, expected tcp: ${tryAddr}` };
  if (addr.endsWith(']:')) addr += DEFAULT_TCP_PORT;
  const u = goParseURL(`tcp://${addr}`);
  if (!u.ok) return { ok: false, reason: u.error };
  let split = goSplitHostPort(u.url.host);
  let portGiven = true;
  if (!split.ok) {
    split = goSplitHostPort(goJoinHostPort(u.url.host, DEFAULT_TCP_PORT));
    portGiven = false;
  }
  if (!split.ok) return { ok: false, reason: `Invalid bind address format: ${tryAddr}` };
  const host = split.host === '' ? 'localhost' : split.host;
  if (split.port === '') portGiven = false;
  const port = split.port === '' ? DEFAULT_TCP_PORT : split.port;
  const address = `${goJoinHostPort(host, port)}${u.url.path}`;
  const parsed: ParsedDaemonHost = { ok: true, proto: 'tcp', address, normalized: `tcp://${address}`, hostname: host, port, portGiven };
  // 20.10 keeps a path and hands "host:port/path" to net.Listen, which cannot read the port.
  if (u.url.path !== '') parsed.listenError = `listen tcp: address tcp/${port}${u.url.path}: unknown port`;
  else {
    const bad = portListenError(port);
    if (bad) parsed.listenError = bad;
  }
  return parsed;
}

function tcp23(whole: string): DaemonHostResult {
  const fail = (why: string): DaemonHostResult => ({ ok: false, reason: `invalid bind address (${whole}): ${why}` });
  const u = goParseURL(whole.includes('://') ? whole : `tcp://${whole}`);
  if (!u.ok) return fail(u.error);
  if (u.url.scheme !== 'tcp') return fail(`unsupported proto '${u.url.scheme}'`);
  if (u.url.path !== '') return fail('should not contain a path element');
  const { hostname, port } = goURLHostPort(u.url);
  if (port !== '') {
    const n = goAtoi(port);
    if (!n.ok || n.value === 0n) return fail(`invalid port: ${port}`);
  }
  const host = hostname === '' ? 'localhost' : hostname;
  const finalPort = port === '' ? DEFAULT_TCP_PORT : port;
  const address = goJoinHostPort(host, finalPort);
  const parsed: ParsedDaemonHost = { ok: true, proto: 'tcp', address, normalized: `tcp://${address}`, hostname: host, port: finalPort, portGiven: port !== '' };
  const bad = portListenError(finalPort);
  if (bad) parsed.listenError = bad;
  return parsed;
}

/**
 * Parse one -H value as `engine` would. Blank means dockerd's default (see defaultHost).
 * `reason` is dockerd's parse error, e.g. "invalid bind address (ssh://h): unsupported proto 'ssh'".
 */
export function parseDaemonHost(value: string, engine: EngineVersion, options: { tls?: boolean } = {}): DaemonHostResult {
  const addr = trimSpace(value);
  if (addr === '') return parseDaemonHost(defaultHost(options.tls ?? false), engine);
  const modern = atLeast(engine, '23.0.0');
  const sep = addr.indexOf('://');
  const [proto, rest] = sep < 0 ? ['tcp', addr] : [addr.slice(0, sep), addr.slice(sep + 3)];
  switch (proto) {
    case 'tcp':
      return modern ? tcp23(addr) : tcp2010(sep < 0 ? addr : rest);
    case 'unix':
    case 'npipe':
      return simpleProto(proto, rest, addr, engine);
    case 'fd':
      return { ok: true, proto: 'fd', address: rest, normalized: addr };
    default:
      return { ok: false, reason: modern ? `invalid bind address (${addr}): unsupported proto '${proto}'` : `Invalid bind address format: ${addr}` };
  }
}

/** What dockerd listens on when no host (or a blank one) is given. */
export function defaultHost(tls: boolean): string {
  return tls ? DEFAULT_TLS_HOST : `unix://${DEFAULT_UNIX_SOCKET}`;
}

/**
 * Does dockerd treat this TCP host as loopback (no 15 s slow-down)? It takes the literal
 * "localhost" and loopback IPs; any other name is resolved at start, which we cannot do offline.
 */
export function isLoopbackHost(hostname: string): boolean {
  if (hostname === 'localhost') return true;
  const ip = goParseIP(hostname);
  return ip !== undefined && isLoopbackIP(ip);
}
