// Real servers on 127.0.0.1 for the registry probes: Debian's docker-registry over plain HTTP and
// over TLS (certificates made here with openssl: signed by a test CA for 127.0.0.1, for another
// name only, expired), a web server answering HTML, listeners that accept and never answer, and a
// closed port. Random free ports; everything started is stopped by pid, the temp dir removed.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { connect, createServer as createTcpServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { cleanEnv, killQuietly } from './boxes.js';

export interface ProbeServers {
  /** Temp dir: ca.crt, the server certificates, each registry's config, data and log. */
  dir: string;
  /** The test CA (PEM) that signed every registry certificate. */
  caPem: string;
  /** docker-registry over plain HTTP. */
  plain: number;
  /** docker-registry over TLS, certificate for IP 127.0.0.1 signed by the CA. */
  tls: number;
  /** docker-registry over TLS, certificate for DNS:other.example only. */
  wrongName: number;
  /** docker-registry over TLS, certificate for 127.0.0.1 that expired yesterday. */
  expired: number;
  /** A web server that answers every path with an HTML page. */
  html: number;
  /** Listeners that accept connections and never answer. */
  blackHoles: number[];
  /** A port nothing listens on. */
  closed: number;
  /** Pushes `repo`:latest (one random layer of `layerBytes`) with the registry API; resolves to the layer's digest. */
  pushImage(port: number, repo: string, layerBytes: number): Promise<string>;
  /** Stops every server (registries by pid, SIGKILL after 2 s), removes the temp dir. Safe to call twice. */
  stop(): Promise<void>;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return (server.address() as { port: number }).port;
}

/** A port that was free a moment ago (the kernel's choice; closed again at once). */
async function freePort(): Promise<number> {
  const probe = createTcpServer();
  const port = await listen(probe);
  await new Promise<void>((r) => probe.close(() => r()));
  return port;
}

/** Does something accept TCP connections on 127.0.0.1:port? */
const accepts = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const done = (yes: boolean): void => {
      socket.destroy();
      resolve(yes);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.setTimeout(500, () => done(false));
  });

function makeCertificates(dir: string): void {
  const openssl = (...args: string[]): void => {
    const r = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`openssl ${args.join(' ')}: ${r.stderr}`);
  };
  openssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.crt',
    '-days',
    '2',
    '-subj',
    '/CN=dockerd-config test CA',
  );
  // -days -1: notAfter a day before notBefore (now), so the certificate has expired.
  for (const [name, san, days] of [
    ['good', 'IP:127.0.0.1', '2'],
    ['wrong', 'DNS:other.example', '2'],
    ['expired', 'IP:127.0.0.1', '-1'],
  ] as const) {
    openssl(
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      `${name}.key`,
      '-out',
      `${name}.csr`,
      '-subj',
      `/CN=${name}`,
    );
    writeFileSync(join(dir, `${name}.ext`), `subjectAltName=${san}\n`);
    openssl(
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      'ca.crt',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      `${name}.crt`,
      '-days',
      days,
      '-extfile',
      `${name}.ext`,
    );
  }
}

/** docker-registry on 127.0.0.1:port (with this certificate when given); resolves once it accepts connections. */
async function startRegistry(
  dir: string,
  name: string,
  port: number,
  children: ChildProcess[],
  cert?: string,
): Promise<void> {
  const home = join(dir, name);
  mkdirSync(home, { recursive: true });
  const config = [
    'version: 0.1',
    'log:',
    '  level: error',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${join(home, 'data')}`,
    'http:',
    `  addr: "127.0.0.1:${port}"`,
    ...(cert ? ['  tls:', `    certificate: ${join(dir, `${cert}.crt`)}`, `    key: ${join(dir, `${cert}.key`)}`] : []),
    '',
  ].join('\n');
  writeFileSync(join(home, 'config.yml'), config);
  const log = openSync(join(home, 'registry.log'), 'a');
  // setpriv --pdeathsig: a test process killed before its afterAll still leaves no registry behind.
  const child = spawn('setpriv', ['--pdeathsig', 'KILL', '--', 'docker-registry', 'serve', join(home, 'config.yml')], {
    stdio: ['ignore', log, log],
    env: cleanEnv(),
  });
  closeSync(log);
  children.push(child);
  for (let i = 0; i < 400; i++) {
    if (child.exitCode !== null)
      throw new Error(
        `docker-registry ${name} exited ${child.exitCode}: ${readFileSync(join(home, 'registry.log'), 'utf8')}`,
      );
    if (await accepts(port)) return;
    await sleep(25);
  }
  throw new Error(`docker-registry ${name} did not listen on ${port} within 10 s`);
}

async function pushImage(port: number, repo: string, layerBytes: number): Promise<string> {
  const base = `http://127.0.0.1:${port}`;
  const upload = async (bytes: Buffer): Promise<string> => {
    const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    const started = await fetch(`${base}/v2/${repo}/blobs/uploads/`, { method: 'POST' });
    if (started.status !== 202) throw new Error(`blob upload start: HTTP ${started.status}`);
    const location = new URL(started.headers.get('location') ?? '', base);
    location.searchParams.set('digest', digest);
    const put = await fetch(location, {
      method: 'PUT',
      body: bytes,
      headers: { 'content-type': 'application/octet-stream' },
    });
    if (put.status !== 201) throw new Error(`blob upload: HTTP ${put.status}`);
    return digest;
  };
  const layer = randomBytes(layerBytes);
  const config = Buffer.from(
    JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] } }),
  );
  const layerDigest = await upload(layer);
  const manifest = {
    schemaVersion: 2,
    mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    config: {
      mediaType: 'application/vnd.docker.container.image.v1+json',
      size: config.length,
      digest: await upload(config),
    },
    layers: [
      { mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', size: layer.length, digest: layerDigest },
    ],
  };
  const put = await fetch(`${base}/v2/${repo}/manifests/latest`, {
    method: 'PUT',
    body: JSON.stringify(manifest),
    headers: { 'content-type': manifest.mediaType },
  });
  if (put.status !== 201) throw new Error(`manifest: HTTP ${put.status} ${await put.text()}`);
  return layerDigest;
}

export async function startProbeServers(options: { blackHoles?: number } = {}): Promise<ProbeServers> {
  const dir = mkdtempSync('/var/tmp/dcprobe-');
  const children: ChildProcess[] = [];
  const servers: Server[] = [];
  // Connections we accepted: a black hole's never end by themselves, so stop() ends them.
  const sockets = new Set<Socket>();
  const track = (server: Server): Server => {
    server.on('connection', (socket: Socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    servers.push(server);
    return server;
  };
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    await Promise.all(
      children.map(async (child) => {
        if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
        const gone = new Promise<void>((r) => child.once('exit', () => r()));
        killQuietly(child.pid, 'SIGTERM');
        const timer = setTimeout(() => child.pid !== undefined && killQuietly(child.pid, 'SIGKILL'), 2000);
        await gone;
        clearTimeout(timer);
      }),
    );
    for (const socket of sockets) socket.destroy();
    await Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r()))));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    makeCertificates(dir);
    const [plain, tls, wrongName, expired, closed] = [
      await freePort(),
      await freePort(),
      await freePort(),
      await freePort(),
      await freePort(),
    ];
    await Promise.all([
      startRegistry(dir, 'plain', plain, children),
      startRegistry(dir, 'tls', tls, children, 'good'),
      startRegistry(dir, 'wrong', wrongName, children, 'wrong'),
      startRegistry(dir, 'expired', expired, children, 'expired'),
    ]);
    const html = await listen(
      track(
        createHttpServer((_req, res) =>
          res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><h1>Welcome to nginx!</h1>'),
        ),
      ),
    );
    const blackHoles: number[] = [];
    for (let i = 0; i < (options.blackHoles ?? 5); i++)
      blackHoles.push(await listen(track(createTcpServer(() => undefined))));
    return {
      dir,
      caPem: readFileSync(join(dir, 'ca.crt'), 'utf8'),
      plain,
      tls,
      wrongName,
      expired,
      html,
      blackHoles,
      closed,
      pushImage,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
