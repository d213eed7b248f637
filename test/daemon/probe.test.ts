// `mirror test` and doctor's registry probes against real servers on 127.0.0.1: Debian's
// docker-registry over plain HTTP and over TLS (a CA made here with openssl), a web server that
// answers HTML, a listener that accepts and never answers, a closed port.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createTcpServer, type Server as TcpServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

interface MirrorResult {
  url: string;
  kind: string;
  ok: boolean;
  latencyMs: number | null;
  auth?: string;
  throughputBytesPerSec?: number;
  bytes?: number;
  detail: string;
}
interface MirrorTest {
  ok: boolean;
  mirrors: MirrorResult[];
  diagnostics: { id: string; severity: string; message: string }[];
}

const dir = mkdtempSync('/var/tmp/dcprobe-');
const children: ChildProcess[] = [];
const servers: (Server | TcpServer)[] = [];
// Accepted connections, ended by us: a black hole's are never ended by its peer's protocol.
const sockets = new Set<import('node:net').Socket>();
const track = <S extends Server | TcpServer>(server: S): S => {
  server.on('connection', (socket: import('node:net').Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  servers.push(server);
  return server;
};

async function freePort(): Promise<number> {
  const s = createTcpServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

function openssl(...args: string[]): void {
  const r = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`openssl ${args.join(' ')}: ${r.stderr}`);
}

/** A CA, and server certificates signed by it for 127.0.0.1 and for another name only. */
function makeCertificates(): void {
  openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '2', '-subj', '/CN=dockerd-config test CA');
  for (const [name, san] of [
    ['good', 'IP:127.0.0.1'],
    ['wrong', 'DNS:other.example'],
  ] as const) {
    openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${name}`);
    writeFileSync(join(dir, `${name}.ext`), `subjectAltName=${san}\n`);
    openssl('x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${name}.crt`, '-days', '2', '-extfile', `${name}.ext`);
  }
}

/** Debian's docker-registry on 127.0.0.1:port, plain or with this certificate; resolves when /v2/ answers. */
async function startRegistry(name: string, port: number, tls?: string): Promise<void> {
  const root = join(dir, name);
  mkdirSync(root, { recursive: true });
  const config = [
    'version: 0.1',
    'log:',
    '  level: error',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${join(root, 'data')}`,
    'http:',
    `  addr: "127.0.0.1:${port}"`,
    ...(tls ? ['  tls:', `    certificate: ${join(dir, `${tls}.crt`)}`, `    key: ${join(dir, `${tls}.key`)}`] : []),
    '',
  ].join('\n');
  writeFileSync(join(root, 'config.yml'), config);
  const child = spawn('docker-registry', ['serve', join(root, 'config.yml')], { stdio: 'ignore' });
  children.push(child);
  for (let i = 0; i < 200; i++) {
    const r = spawnSync('curl', ['-sk', '-o', '/dev/null', '-w', '%{http_code}', `${tls ? 'https' : 'http'}://127.0.0.1:${port}/v2/`], { encoding: 'utf8' });
    if (r.stdout === '200') return;
    if (child.exitCode !== null) throw new Error(`docker-registry ${name} exited ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`docker-registry ${name} did not answer on ${port}`);
}

/** library/tiny:latest in the registry, with a 5 MB layer: pushed with the registry API itself. */
async function pushImage(base: string): Promise<void> {
  const upload = async (bytes: Buffer): Promise<string> => {
    const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    const started = await fetch(`${base}/v2/library/tiny/blobs/uploads/`, { method: 'POST' });
    const location = new URL(started.headers.get('location') ?? '', base);
    location.searchParams.set('digest', digest);
    const put = await fetch(location, { method: 'PUT', body: bytes, headers: { 'content-type': 'application/octet-stream' } });
    if (put.status !== 201) throw new Error(`blob upload: HTTP ${put.status}`);
    return digest;
  };
  const layer = randomBytes(5 * 1024 * 1024);
  const config = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] } }));
  const manifest = {
    schemaVersion: 2,
    mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    config: { mediaType: 'application/vnd.docker.container.image.v1+json', size: config.length, digest: await upload(config) },
    layers: [{ mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', size: layer.length, digest: await upload(layer) }],
  };
  const put = await fetch(`${base}/v2/library/tiny/manifests/latest`, { method: 'PUT', body: JSON.stringify(manifest), headers: { 'content-type': manifest.mediaType } });
  if (put.status !== 201) throw new Error(`manifest: HTTP ${put.status} ${await put.text()}`);
}

let plain: number;
let secure: number;
let wrongName: number;
let html: number;
let blackHoles: number[];
let closed: number;
const root = join(dir, 'root');

beforeAll(async () => {
  makeCertificates();
  [plain, secure, wrongName, closed] = [await freePort(), await freePort(), await freePort(), await freePort()];
  await Promise.all([startRegistry('plain', plain), startRegistry('secure', secure, 'good'), startRegistry('wrong', wrongName, 'wrong')]);
  await pushImage(`http://127.0.0.1:${plain}`);
  const web = track(createHttpServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><h1>Welcome to nginx!</h1>')));
  await new Promise<void>((r) => web.listen(0, '127.0.0.1', r));
  html = (web.address() as { port: number }).port;
  blackHoles = [];
  for (let i = 0; i < 5; i++) {
    const hole = track(createTcpServer(() => undefined)); // accepts, never answers
    await new Promise<void>((r) => hole.listen(0, '127.0.0.1', r));
    blackHoles.push((hole.address() as { port: number }).port);
  }
  mkdirSync(join(root, 'etc/docker'), { recursive: true });
}, 120_000);

afterAll(async () => {
  for (const c of children) if (c.pid !== undefined && c.exitCode === null) process.kill(c.pid, 'SIGTERM');
  for (const socket of sockets) socket.destroy();
  await Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r()))));
  rmSync(dir, { recursive: true, force: true });
});

async function mirrorTest(...args: string[]): Promise<{ exitCode: number; doc: MirrorTest; ms: number }> {
  const started = Date.now();
  const run = await runCli(['--root', root, 'mirror', 'test', ...args, '--json']);
  return { exitCode: run.exitCode, doc: run.json<MirrorTest>(), ms: Date.now() - started };
}
const byUrl = (doc: MirrorTest, port: number): MirrorResult => doc.mirrors.find((m) => m.url.includes(`:${port}`))!;

describe('mirror test against real servers', () => {
  it('ranks the live registry first; names the web page, the black hole and the closed port', async () => {
    const { exitCode, doc } = await mirrorTest(`http://127.0.0.1:${closed}`, `http://127.0.0.1:${blackHoles[0]}`, `http://127.0.0.1:${html}`, `http://127.0.0.1:${plain}`, '--timeout', '1');
    expect(exitCode).toBe(1);
    expect(doc.mirrors[0]).toMatchObject({ url: `http://127.0.0.1:${plain}`, kind: 'registry', ok: true, auth: 'none' });
    expect(byUrl(doc, html)).toMatchObject({ kind: 'not-registry', detail: expect.stringContaining('HTML page') });
    expect(byUrl(doc, blackHoles[0]!)).toMatchObject({ kind: 'unreachable', detail: 'no answer within 1000 ms' });
    expect(byUrl(doc, closed)).toMatchObject({ kind: 'unreachable', detail: 'connection refused' });
  });

  it('only live registries: exit 0; --image measures a ranged read of the largest layer', async () => {
    const { exitCode, doc } = await mirrorTest(`http://127.0.0.1:${plain}`, '--image', 'tiny');
    expect(exitCode).toBe(0);
    expect(doc.mirrors[0]).toMatchObject({ ok: true, bytes: 4 * 1024 * 1024 });
    expect(doc.mirrors[0]?.throughputBytesPerSec).toBeGreaterThan(0);
  });

  it('TLS: unknown authority without the CA; a registry with it in certs.d; the wrong name named', async () => {
    const url = `https://127.0.0.1:${secure}`;
    const without = await mirrorTest(url, `https://127.0.0.1:${wrongName}`);
    expect(byUrl(without.doc, secure)).toMatchObject({ kind: 'tls-error', detail: expect.stringContaining('unknown authority') });
    const certs = join(root, `etc/docker/certs.d/127.0.0.1:${secure}`);
    mkdirSync(certs, { recursive: true });
    writeFileSync(join(certs, 'ca.crt'), readFileSync(join(dir, 'ca.crt')));
    const other = join(root, `etc/docker/certs.d/127.0.0.1:${wrongName}`);
    mkdirSync(other, { recursive: true });
    writeFileSync(join(other, 'ca.crt'), readFileSync(join(dir, 'ca.crt')));
    const withCa = await mirrorTest(url, `https://127.0.0.1:${wrongName}`);
    expect(byUrl(withCa.doc, secure)).toMatchObject({ kind: 'registry', ok: true });
    expect(byUrl(withCa.doc, wrongName)).toMatchObject({ kind: 'tls-error', detail: expect.stringMatching(/valid for other\.example, not 127\.0\.0\.1/) });
  });

  it('an https:// URL on the plain registry is the "HTTP response to HTTPS client" mismatch', async () => {
    const { doc } = await mirrorTest(`https://127.0.0.1:${plain}`);
    expect(doc.diagnostics[0]).toMatchObject({ id: 'registry-http-https-mismatch' });
  });

  it('five black holes cost one timeout', async () => {
    const { ms, doc } = await mirrorTest(...blackHoles.map((p) => `http://127.0.0.1:${p}`), '--timeout', '1');
    expect(doc.mirrors.every((m) => m.kind === 'unreachable')).toBe(true);
    expect(ms).toBeLessThan(2500); // one after the other: ≥ 5 s
  });

  it('doctor: which scheme each insecure registry answers', async () => {
    writeFileSync(join(root, 'etc/docker/daemon.json'), `${JSON.stringify({ 'insecure-registries': [`127.0.0.1:${plain}`, `127.0.0.1:${secure}`, `127.0.0.1:${closed}`] })}\n`);
    const run = await runCli(['--root', root, 'doctor', '--only', 'network', '--json', '--timeout', '2', '-v']);
    const findings = run.json<{ diagnostics: { id: string; severity: string; message: string; check: string }[] }>().diagnostics.filter((d) => d.check === 'network.insecure-registries');
    const about = (port: number) => findings.find((d) => d.message.includes(`127.0.0.1:${port}`));
    expect(about(plain)).toMatchObject({ id: 'registry-http-https-mismatch', severity: 'info', message: expect.stringContaining('answers plain HTTP only') });
    // Its CA is in certs.d now (previous test): HTTPS verifies, so listing it only turns verification off.
    expect(about(secure)).toMatchObject({ id: 'insecure-registry-unneeded', severity: 'warning' });
    expect(about(closed)).toMatchObject({ id: 'registry-unreachable', severity: 'warning' });
  });
});
