/**
 * -H / "hosts" addresses read the way dockerd's parseDaemonHost does, per engine version,
 * plus the failures that only show when dockerd opens the listener.
 */
import { atLeast, type EngineVersion } from '../../../engine/version.js';
import { goJoinHostPort, goSplitHostPort } from '../go/host-port.js';
import { goParseIP, isLoopbackIP } from '../go/ip.js';
import { goParseAddrError } from '../go/netip.js';
import { goQuote } from '../go/quote.js';
import { goAtoi } from '../go/strconv.js';
import { goToolchainOf } from '../go/toolchain.js';
import { goParseURL, goURLHostPort } from '../go/url.js';

export type HostProto = 'tcp' | 'unix' | 'fd' | 'npipe';

export const DEFAULT_UNIX_SOCKET = '/var/run/docker.sock';

/** A listener local clients reach without DOCKER_HOST: a unix socket, or systemd's socket activation. */
export const isLocalListener = (value: string): boolean => /^\s*(unix|fd):\/\//.test(value);
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
  /**
   * 23.0+ check the normalised hosts again (config.Validate after normalizeHosts); this is
   * that check's refusal, printed on its own line.
   */
  normalizedError?: string;
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
      const reason = atLeast(engine, '23.0.0')
        ? `invalid proto, expected ${proto}: ${rest}`
        : `Invalid proto, expected ${proto}: ${rest}`;
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
    return {
      ok: true,
      proto: 'tcp',
      address: `localhost:${DEFAULT_TCP_PORT}`,
      normalized: `tcp://localhost:${DEFAULT_TCP_PORT}`,
      hostname: 'localhost',
      port: DEFAULT_TCP_PORT,
      portGiven: false,
    };
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
  const parsed: ParsedDaemonHost = {
    ok: true,
    proto: 'tcp',
    address,
    normalized: `tcp://${address}`,
    hostname: host,
    port,
    portGiven,
  };
  // 20.10 keeps a path and hands "host:port/path" to net.Listen, which cannot read the port.
  // Go resolves the port before the host.
  if (u.url.path !== '') parsed.listenError = `listen tcp: address tcp/${port}${u.url.path}: unknown port`;
  else {
    const bad =
      portListenError(port) ??
      (isColonName(host)
        ? `listen tcp: lookup ${host}: no such host`
        : portTakenForGroup(host)
          ? `listen tcp [${host}]:${port}: bind: cannot assign requested address`
          : bindError(host, port));
    if (bad) parsed.listenError = bad;
  }
  return parsed;
}

/**
 * A host with colons that is no IP address: an unbracketed IPv6 address whose last group
 * was taken for a port (23.0+: "tcp://::1" is host ":" and port 1) or for part of the host
 * (20.10: "tcp://::1:42363" is host "::1:42363" on port 2375). No resolver knows such a name.
 */
const isColonName = (host: string): boolean => host.includes(':') && !goParseIP(host);

/** Linux binds an IPv6 link-local address (fe80::/10) only with a zone ("%eth0"), which -H cannot carry. */
function bindError(host: string, port: string): string | undefined {
  const ip = goParseIP(host);
  const linkLocal =
    ip !== undefined && ip.bytes.length === 16 && ip.bytes[0] === 0xfe && ((ip.bytes[1] ?? 0) & 0xc0) === 0x80;
  return linkLocal ? `listen tcp [${host}]:${port}: bind: invalid argument` : undefined;
}

/**
 * 20.10 keeps "::1:2399" whole as an IPv6 address (0:…:1:2399) on port 2375. Addresses of the
 * deprecated ::/96 block other than :: and ::1 are never assigned, so the bind fails.
 */
function portTakenForGroup(host: string): boolean {
  const ip = host.includes(':') ? goParseIP(host) : undefined;
  if (!ip || ip.bytes.length !== 16 || ip.bytes.slice(0, 12).some((b) => b !== 0)) return false;
  const low = ip.bytes.slice(12);
  const unspecified = low.every((b) => b === 0);
  const loopback = low.slice(0, 3).every((b) => b === 0) && low[3] === 1;
  return !unspecified && !loopback;
}

/** Newer Go's url.Parse: a "[…]" host must be an IPv6 address (netip.ParseAddr), not IPv4. */
function ipLiteralError(host: string): string | undefined {
  if (!host.startsWith('[')) return undefined;
  const inner = host.slice(1, host.lastIndexOf(']'));
  const why = goParseAddrError(inner);
  if (why) return `invalid host: ${why}`;
  return inner.includes(':') ? undefined : 'invalid IP-literal';
}

/**
 * 23.0+: parseTCPAddr, then what dockerd listens on. `recheck`: also run config.Validate's
 * second parse of the normalised form (normalizeHosts brackets a host that has colons).
 */
function tcp23(whole: string, engine: EngineVersion, recheck = true): DaemonHostResult {
  const fail = (why: string): DaemonHostResult => ({ ok: false, reason: `invalid bind address (${whole}): ${why}` });
  const raw = whole.includes('://') ? whole : `tcp://${whole}`;
  const u = goParseURL(raw);
  if (!u.ok) return fail(u.error);
  const literal = goToolchainOf(engine).urlChecksIPLiteral ? ipLiteralError(u.url.host) : undefined;
  if (literal) return fail(`parse ${goQuote(raw)}: ${literal}`);
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
  const normalized = `tcp://${address}`;
  const parsed: ParsedDaemonHost = {
    ok: true,
    proto: 'tcp',
    address,
    normalized,
    hostname: host,
    port: finalPort,
    portGiven: port !== '',
  };
  const again = recheck ? tcp23(normalized, engine, false) : parsed;
  if (!again.ok) parsed.normalizedError = again.reason;
  else {
    // Older Go listens on "[:]:1" and then fails to look the name up for the port allocator.
    const bad =
      portListenError(finalPort) ??
      bindError(host, finalPort) ??
      (isColonName(host) ? `failed to lookup ${host} address in host specification` : undefined);
    if (bad) parsed.listenError = bad;
  }
  return parsed;
}

/**
 * Parse one -H value as `engine` would. Blank means dockerd's default (see defaultHost).
 * `reason` is dockerd's parse error, e.g. "invalid bind address (ssh://h): unsupported proto 'ssh'".
 */
export function parseDaemonHost(
  value: string,
  engine: EngineVersion,
  options: { tls?: boolean } = {},
): DaemonHostResult {
  const addr = trimSpace(value);
  if (addr === '') return parseDaemonHost(defaultHost(options.tls ?? false), engine);
  const modern = atLeast(engine, '23.0.0');
  const sep = addr.indexOf('://');
  const [proto, rest] = sep < 0 ? ['tcp', addr] : [addr.slice(0, sep), addr.slice(sep + 3)];
  switch (proto) {
    case 'tcp':
      return modern ? tcp23(addr, engine) : tcp2010(sep < 0 ? addr : rest);
    case 'unix':
    case 'npipe':
      return simpleProto(proto, rest, addr, engine);
    case 'fd':
      return { ok: true, proto: 'fd', address: rest, normalized: addr };
    default:
      return {
        ok: false,
        reason: modern
          ? `invalid bind address (${addr}): unsupported proto '${proto}'`
          : `Invalid bind address format: ${addr}`,
      };
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
