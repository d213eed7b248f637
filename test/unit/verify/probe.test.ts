// ping/daemonInfo against real servers started here: HTTP on a unix socket in a temp dir and on
// 127.0.0.1, TLS with the throwaway certificates of test/unit/values/fixtures/tls, with and
// without required client certificates. Requests go through the real edge (node:http/https).
import * as fs from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createTcpServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeDockerApi } from '../../../src/edges/node-docker-api.js';
import {
  daemonInfo,
  endpointsFor,
  firstDaemonInfo,
  ping,
  waitForDaemon,
  type Endpoint,
  type ProbeCtx,
} from '../../../src/verify/index.js';
import { settingsOf, V28 } from './helpers.js';

const TLS_DIR = fileURLToPath(new URL('../values/fixtures/tls/', import.meta.url));
const pem = (name: string): string => fs.readFileSync(join(TLS_DIR, name), 'utf8');
const fixture = (name: string): string => join(TLS_DIR, name);

const ctx: ProbeCtx = { api: nodeDockerApi, fs };
const INFO = { Name: 'test', ServerVersion: '28.5.2', ContainersRunning: 2, RegistryConfig: { Mirrors: null } };

/** A fake dockerd API: /_ping → OK, /info → JSON, anything else 404. */
function dockerApi(req: IncomingMessage, res: ServerResponse): void {
  if (req.url === '/_ping') res.end('OK');
  else if (req.url === '/info') res.end(JSON.stringify(INFO));
  else res.writeHead(404).end('{"message":"page not found"}');
}

const listening = (server: Server, ...args: unknown[]): Promise<void> =>
  new Promise((resolve) => (server.listen as (...a: unknown[]) => void)(...args, () => resolve()));
const portOf = (server: Server): number => (server.address() as { port: number }).port;
const closed = (server: Server): Promise<void> => new Promise((resolve) => server.close(() => resolve()));

let dir: string;
let socketPath: string;
const servers: Server[] = [];
const ports: Record<string, number> = {};
const sockets = new Set<Socket>();

async function start(name: string, server: Server, at?: string): Promise<void> {
  servers.push(server);
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  // Servers here log nothing; a client that goes away mid-handshake is expected.
  server.on('tlsClientError', () => undefined);
  if (at) await listening(server, at);
  else {
    await listening(server, 0, '127.0.0.1');
    ports[name] = portOf(server);
  }
}

beforeAll(async () => {
  dir = fs.mkdtempSync(join(tmpdir(), 'dockerd-config-probe-'));
  socketPath = join(dir, 'docker.sock');
  await start('unix', createHttpServer(dockerApi), socketPath);
  await start('http', createHttpServer(dockerApi));
  await start('tls', createHttpsServer({ cert: pem('cert.pem'), key: pem('key.pem') }, dockerApi));
  await start(
    'mtls',
    createHttpsServer(
      { cert: pem('cert.pem'), key: pem('key.pem'), ca: pem('ca.pem'), requestCert: true, rejectUnauthorized: true },
      dockerApi,
    ),
  );
  await start('selfsigned', createHttpsServer({ cert: pem('other-cert.pem'), key: pem('other-key.pem') }, dockerApi));
  await start(
    'broken',
    createHttpServer((req, res) => res.writeHead(500).end(req.url === '/info' ? 'not json' : 'daemon is starting')),
  );
  await start(
    'info-not-json',
    createHttpServer((req, res) => res.end(req.url === '/info' ? '<html>' : 'OK')),
  );
  // Accepts connections and never answers: a listener dockerd has opened but does not serve yet.
  const silent = createTcpServer(() => undefined);
  servers.push(silent as unknown as Server);
  silent.on('connection', (s) => sockets.add(s));
  await listening(silent as unknown as Server, 0, '127.0.0.1');
  ports.silent = portOf(silent as unknown as Server);
  // A port nothing listens on.
  const gone = createTcpServer();
  await listening(gone as unknown as Server, 0, '127.0.0.1');
  ports.closed = portOf(gone as unknown as Server);
  await closed(gone as unknown as Server);
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await Promise.all(servers.map(closed));
  fs.rmSync(dir, { recursive: true, force: true });
});

const tcp = (name: string, tls?: Endpoint['tls']): Endpoint => ({
  address: `tcp://127.0.0.1:${ports[name]}`,
  target: { host: '127.0.0.1', port: ports[name]! },
  ...(tls ? { tls } : {}),
});
const CA_ONLY = { caPath: fixture('ca.pem'), verify: true };
const WITH_CLIENT_CERT = { ...CA_ONLY, certPath: fixture('cert.pem'), keyPath: fixture('key.pem') };

describe('ping over unix sockets and plain TCP', () => {
  it('answers on a unix socket and on 127.0.0.1', async () => {
    expect(await ping(ctx, { address: `unix://${socketPath}`, target: { socketPath } }, 2000)).toEqual({
      address: `unix://${socketPath}`,
      ok: true,
    });
    expect(await ping(ctx, tcp('http'), 2000)).toMatchObject({ ok: true });
  });

  it('says why nothing answered: a missing socket, a closed port', async () => {
    const missing = join(dir, 'nothing.sock');
    expect(await ping(ctx, { address: `unix://${missing}`, target: { socketPath: missing } }, 2000)).toEqual({
      address: `unix://${missing}`,
      ok: false,
      detail: 'no such socket',
    });
    expect(await ping(ctx, tcp('closed'), 2000)).toMatchObject({ ok: false, detail: 'connection refused' });
  });

  it('gives up after the timeout on a listener that does not answer', async () => {
    const started = performance.now();
    expect(await ping(ctx, tcp('silent'), 300)).toMatchObject({ ok: false, detail: 'no answer within 300 ms' });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('counts only "OK" from /_ping', async () => {
    expect(await ping(ctx, tcp('broken'), 2000)).toMatchObject({
      ok: false,
      detail: 'answered HTTP 500: "daemon is starting"',
    });
  });

  it('never connects to an address dockerd cannot listen on', async () => {
    const endpoint: Endpoint = { address: 'ssh://h', target: {}, unusable: "unsupported proto 'ssh'" };
    expect(await ping(ctx, endpoint, 2000)).toEqual({
      address: 'ssh://h',
      ok: false,
      detail: "dockerd cannot listen on it: unsupported proto 'ssh'",
    });
  });
});

describe('ping over TLS', () => {
  it('verifies the server certificate against tlscacert', async () => {
    expect(await ping(ctx, tcp('tls', CA_ONLY), 2000)).toEqual({ address: `tcp://127.0.0.1:${ports.tls}`, ok: true });
  });

  it('refuses a server whose certificate the CA did not sign', async () => {
    expect(await ping(ctx, tcp('selfsigned', CA_ONLY), 2000)).toMatchObject({
      ok: false,
      detail: 'server certificate not trusted: self-signed certificate',
    });
  });

  it('without a tlscacert it connects unchecked and says so', async () => {
    expect(await ping(ctx, tcp('selfsigned', { verify: false }), 2000)).toMatchObject({
      ok: true,
      detail: 'server certificate not checked: no tlscacert',
    });
  });

  it('counts a verified handshake as listening when the server wants a client certificate we lack', async () => {
    const r = await ping(ctx, tcp('mtls', CA_ONLY), 2000);
    expect(r).toMatchObject({
      ok: true,
      detail: 'TLS handshake completed, then the server requires a client certificate',
    });
    expect(await daemonInfo(ctx, tcp('mtls', CA_ONLY), 2000)).toMatchObject({
      ok: false,
      error: 'TLS handshake completed, then the server requires a client certificate',
    });
  });

  it('presents the configured pair as client certificate, which a server of the same CA accepts', async () => {
    expect(await ping(ctx, tcp('mtls', WITH_CLIENT_CERT), 2000)).toMatchObject({ ok: true });
    expect(await daemonInfo(ctx, tcp('mtls', WITH_CLIENT_CERT), 2000)).toEqual({
      ok: true,
      address: `tcp://127.0.0.1:${ports.mtls}`,
      info: INFO,
    });
  });

  it('reports a client certificate the server does not trust, still as listening', async () => {
    // Go sends an alert; node's server just closes the connection.
    const foreign = { ...CA_ONLY, certPath: fixture('other-cert.pem'), keyPath: fixture('other-key.pem') };
    const r = await ping(ctx, tcp('mtls', foreign), 2000);
    expect(r.ok).toBe(true);
    expect(r.detail).toMatch(
      /^TLS handshake completed, then the server (does not trust the CA of our client certificate|refused our client certificate|closed the connection \(it may require a client certificate\))$/,
    );
  });

  it('TLS to a plain HTTP listener, and plain HTTP to a TLS listener, do not count', async () => {
    expect(await ping(ctx, tcp('http', CA_ONLY), 2000)).toMatchObject({
      ok: false,
      detail: 'not a TLS server (it answers plain HTTP?)',
    });
    expect((await ping(ctx, tcp('tls'), 2000)).ok).toBe(false);
  });

  it('says so when the TLS files are not usable (a key that does not match, text that is not PEM)', async () => {
    const garbage = join(dir, 'garbage.pem');
    fs.writeFileSync(garbage, 'not a certificate');
    const mismatch = { ...CA_ONLY, certPath: fixture('cert.pem'), keyPath: fixture('other-key.pem') };
    expect(await ping(ctx, tcp('mtls', mismatch), 2000)).toMatchObject({
      ok: false,
      detail: 'unusable TLS files: key values mismatch',
    });
    expect(await ping(ctx, tcp('mtls', { ...CA_ONLY, certPath: garbage, keyPath: garbage }), 2000)).toMatchObject({
      ok: false,
      detail: 'unusable TLS files: no start line',
    });
  });

  it('cannot probe when the CA that dockerd verifies clients with is unreadable', async () => {
    const missing = join(dir, 'no-ca.pem');
    expect(await ping(ctx, tcp('tls', { caPath: missing, verify: true }), 2000)).toMatchObject({
      ok: false,
      detail: `cannot read tlscacert ${missing}: ENOENT`,
    });
    // dockerd without client verification does not read it; we connect unchecked.
    expect(await ping(ctx, tcp('tls', { caPath: missing, verify: false }), 2000)).toMatchObject({
      ok: true,
      detail: `server certificate not checked: cannot read tlscacert ${missing} (ENOENT)`,
    });
  });
});

describe('daemonInfo and firstDaemonInfo', () => {
  it('parses /info; says what is wrong with an answer that is not JSON', async () => {
    expect(await daemonInfo(ctx, tcp('http'), 2000)).toMatchObject({
      ok: true,
      info: { ServerVersion: '28.5.2', ContainersRunning: 2 },
    });
    expect(await daemonInfo(ctx, tcp('info-not-json'), 2000)).toMatchObject({
      ok: false,
      error: '/info did not answer JSON: "<html>"',
    });
    expect(await daemonInfo(ctx, tcp('broken'), 2000)).toMatchObject({
      ok: false,
      error: 'answered HTTP 500: "not json"',
    });
  });

  it('asks unix sockets first and falls through endpoints that fail', async () => {
    const endpoints = endpointsFor(
      settingsOf({
        hosts: [`tcp://127.0.0.1:${ports.mtls}`, `unix://${join(dir, 'none.sock')}`, `unix://${socketPath}`],
        tlsverify: true,
        tlscacert: fixture('ca.pem'),
      }),
      { root: '/' },
      V28,
    );
    expect(await firstDaemonInfo(ctx, endpoints, 2000)).toMatchObject({
      ok: true,
      address: `unix://${socketPath}`,
      info: INFO,
    });
    expect(await firstDaemonInfo(ctx, endpoints.slice(0, 2), 2000)).toMatchObject({
      ok: false,
      error: expect.stringContaining('no such socket'),
    });
  });
});

describe('waitForDaemon with real servers', () => {
  it('waits for a socket that appears after a while', async () => {
    const late = join(dir, 'late.sock');
    const server = createHttpServer(dockerApi);
    const opening = new Promise<void>((resolve) =>
      setTimeout(() => void start('late', server, late).then(resolve), 300),
    );
    const real = {
      ...ctx,
      sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, ms)),
      clock: () => performance.now(),
    };
    const endpoints = [{ address: `unix://${late}`, target: { socketPath: late } }, tcp('tls', CA_ONLY)];
    const result = await waitForDaemon(real, endpoints, { timeoutMs: 5000 });
    await opening;
    expect(result).toMatchObject({
      ok: true,
      answered: [`unix://${late}`, `tcp://127.0.0.1:${ports.tls}`],
      missing: [],
    });
    expect(result.waitedMs).toBeGreaterThanOrEqual(250);
    expect(result.waitedMs).toBeLessThan(2000);
  });
});
