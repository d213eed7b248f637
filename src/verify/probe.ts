/**
 * Asking the running daemon: does each endpoint answer /_ping, and what does /info say? All
 * I/O goes through ctx.api (HTTP) and ctx.fs (TLS files); waiting through ctx.sleep/ctx.clock.
 */
import type { Ctx } from '../context.js';
import type { ApiTarget } from '../edges/docker-api.js';
import type { RefusedAfterHandshake } from '../edges/http-request.js';
import type { Endpoint } from './endpoints.js';
import { parseInfo, type DaemonInfo } from './info.js';
import { readBytes } from '../sources/fs-read.js';

export type ProbeCtx = Pick<Ctx, 'api' | 'fs'>;

export interface PingResult {
  address: string;
  ok: boolean;
  detail?: string;
}

// A type-only import keeps node:http out of this module; the type checks the spelling.
const REFUSED_AFTER_HANDSHAKE: RefusedAfterHandshake = 'TLS_REFUSED_AFTER_HANDSHAKE';

type Prepared = { ok: true; target: ApiTarget; note?: string } | { ok: false; error: string };

function readText(ctx: ProbeCtx, path: string): { text: string } | { error: string } {
  const read = readBytes(ctx, path);
  return read.ok ? { text: Buffer.from(read.bytes).toString('utf8') } : { error: read.code };
}

/** The request target with the TLS files' contents: the CA checks the server; the pair is offered as client certificate. */
function prepare(ctx: ProbeCtx, endpoint: Endpoint): Prepared {
  if (endpoint.unusable !== undefined) return { ok: false, error: `dockerd cannot listen on it: ${endpoint.unusable}` };
  const tls = endpoint.tls;
  if (!tls) return { ok: true, target: endpoint.target };
  const clientTls: NonNullable<ApiTarget['tls']> = { verify: false };
  let note: string | undefined;
  if (tls.caPath === undefined) note = 'server certificate not checked: no tlscacert';
  else {
    const ca = readText(ctx, tls.caPath);
    if ('error' in ca) {
      // dockerd itself needs the CA only when it verifies clients.
      if (tls.verify) return { ok: false, error: `cannot read tlscacert ${tls.caPath}: ${ca.error}` };
      note = `server certificate not checked: cannot read tlscacert ${tls.caPath} (${ca.error})`;
    } else {
      clientTls.ca = ca.text;
      clientTls.verify = true;
    }
  }
  if (tls.certPath !== undefined && tls.keyPath !== undefined) {
    const cert = readText(ctx, tls.certPath);
    const key = readText(ctx, tls.keyPath);
    if ('text' in cert && 'text' in key) Object.assign(clientTls, { cert: cert.text, key: key.text });
  }
  if (tls.servername !== undefined) clientTls.servername = tls.servername;
  const target: ApiTarget = { ...endpoint.target, tls: clientTls };
  return note === undefined ? { ok: true, target } : { ok: true, target, note };
}

const joined = (...parts: Array<string | undefined>): string | undefined => {
  const present = parts.filter((p): p is string => p !== undefined && p !== '');
  return present.length > 0 ? present.join('; ') : undefined;
};

const bodyExcerpt = (body: string): string => JSON.stringify(body.trim().slice(0, 100));

/** GET /_ping: ok when the daemon answers "OK", or when TLS got as far as a verified handshake. */
export async function ping(ctx: ProbeCtx, endpoint: Endpoint, timeoutMs: number): Promise<PingResult> {
  const { address } = endpoint;
  const prepared = prepare(ctx, endpoint);
  if (!prepared.ok) return { address, ok: false, detail: prepared.error };
  const r = await ctx.api(prepared.target, '/_ping', { timeoutMs });
  const result = (ok: boolean, detail: string | undefined): PingResult =>
    detail === undefined ? { address, ok } : { address, ok, detail };
  if (!r.ok) {
    // It listens and speaks TLS with the configured certificate; it only will not talk to us.
    if (r.code === REFUSED_AFTER_HANDSHAKE) return result(true, joined(r.error, prepared.note));
    return result(false, r.error);
  }
  if (r.status === 200 && r.body.trim() === 'OK') return result(true, prepared.note);
  return result(false, `answered HTTP ${r.status}: ${bodyExcerpt(r.body)}`);
}

export interface WaitOptions {
  timeoutMs: number;
  /** Pause between rounds (default 50 ms: dockerd starts in about a second). */
  intervalMs?: number;
  /** Longest single probe (default 1000 ms): a listener that is not served yet holds the request. */
  pingTimeoutMs?: number;
  /** Asked between rounds; a reason stops the wait (e.g. the unit failed: no point waiting). */
  stopWaiting?: () => Promise<string | undefined>;
}

export interface WaitResult {
  ok: boolean;
  /** Addresses that answered, in the endpoints' order. */
  answered: string[];
  /** Addresses that did not, with the last reason. */
  missing: Array<{ address: string; detail: string }>;
  waitedMs: number;
  stoppedBecause?: string;
}

/** Poll every endpoint until all answer /_ping, the time is up, or `stopWaiting` gives a reason. */
export async function waitForDaemon(
  ctx: ProbeCtx & Pick<Ctx, 'sleep' | 'clock'>,
  endpoints: readonly Endpoint[],
  options: WaitOptions,
): Promise<WaitResult> {
  const started = ctx.clock();
  const deadline = started + options.timeoutMs;
  const interval = options.intervalMs ?? 50;
  const pingCap = options.pingTimeoutMs ?? 1000;
  const answered = new Set<Endpoint>();
  const lastDetail = new Map<Endpoint, string>();
  for (const e of endpoints)
    if (e.unusable !== undefined) lastDetail.set(e, `dockerd cannot listen on it: ${e.unusable}`);
  let pending = endpoints.filter((e) => e.unusable === undefined);
  let stoppedBecause: string | undefined = endpoints.length === 0 ? 'no endpoint to probe' : undefined;

  while (pending.length > 0) {
    const timeoutMs = Math.max(100, Math.min(pingCap, deadline - ctx.clock()));
    const results = await Promise.all(pending.map((e) => ping(ctx, e, timeoutMs)));
    results.forEach((r, i) => {
      const e = pending[i]!;
      if (r.ok) answered.add(e);
      else lastDetail.set(e, r.detail ?? 'no answer');
    });
    pending = pending.filter((e) => !answered.has(e));
    if (pending.length === 0 || ctx.clock() >= deadline) break;
    stoppedBecause = await options.stopWaiting?.();
    if (stoppedBecause !== undefined) break;
    await ctx.sleep(Math.max(0, Math.min(interval, deadline - ctx.clock())));
  }

  const missing = endpoints
    .filter((e) => !answered.has(e))
    .map((e) => ({ address: e.address, detail: lastDetail.get(e) ?? 'no answer' }));
  const result: WaitResult = {
    ok: endpoints.length > 0 && missing.length === 0,
    answered: endpoints.filter((e) => answered.has(e)).map((e) => e.address),
    missing,
    waitedMs: Math.round(ctx.clock() - started),
  };
  if (stoppedBecause !== undefined) result.stoppedBecause = stoppedBecause;
  return result;
}

export type InfoResult =
  | { ok: true; address: string; info: DaemonInfo }
  | { ok: false; address: string; error: string };

/** GET /info from one endpoint. */
export async function daemonInfo(ctx: ProbeCtx, endpoint: Endpoint, timeoutMs: number): Promise<InfoResult> {
  const { address } = endpoint;
  const prepared = prepare(ctx, endpoint);
  if (!prepared.ok) return { ok: false, address, error: prepared.error };
  const r = await ctx.api(prepared.target, '/info', { timeoutMs });
  if (!r.ok) return { ok: false, address, error: r.error };
  if (r.status !== 200) return { ok: false, address, error: `answered HTTP ${r.status}: ${bodyExcerpt(r.body)}` };
  const parsed = parseInfo(r.body);
  return parsed.ok ? { ok: true, address, info: parsed.info } : { ok: false, address, error: parsed.error };
}

/** Unix sockets first: a TLS listener that wants a client certificate we do not have refuses everything but /_ping. */
const unixFirst = (endpoints: readonly Endpoint[]): Endpoint[] =>
  [...endpoints].sort((a, b) => Number(a.target.socketPath === undefined) - Number(b.target.socketPath === undefined));

/**
 * /info from the first endpoint that gives it: unix sockets first (a TLS listener that wants a
 * client certificate we do not have answers /_ping with a refusal, never with /info).
 */
export async function firstDaemonInfo(
  ctx: ProbeCtx,
  endpoints: readonly Endpoint[],
  timeoutMs: number,
): Promise<InfoResult> {
  const ordered = unixFirst(endpoints);
  const failures: string[] = [];
  for (const e of ordered) {
    const r = await daemonInfo(ctx, e, timeoutMs);
    if (r.ok) return r;
    failures.push(`${e.address}: ${r.error}`);
  }
  return { ok: false, address: ordered[0]?.address ?? '', error: failures.join('; ') || 'no endpoint to ask' };
}

/** The names of the running containers (GET /containers/json), from the first endpoint that answers. */
export async function runningContainers(
  ctx: ProbeCtx,
  endpoints: readonly Endpoint[],
  timeoutMs: number,
): Promise<{ ok: true; names: string[] } | { ok: false; error: string }> {
  for (const e of unixFirst(endpoints)) {
    const prepared = prepare(ctx, e);
    if (!prepared.ok) continue;
    const r = await ctx.api(prepared.target, '/containers/json', { timeoutMs });
    if (!r.ok || r.status !== 200) continue;
    try {
      const list = JSON.parse(r.body) as { Id?: string; Names?: string[] }[];
      if (!Array.isArray(list)) continue;
      return { ok: true, names: list.map((c) => (c.Names?.[0] ?? c.Id?.slice(0, 12) ?? '?').replace(/^\//, '')) };
    } catch {
      continue;
    }
  }
  return { ok: false, error: 'no endpoint listed the containers' };
}
