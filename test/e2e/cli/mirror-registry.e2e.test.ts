// `mirror test --registry REGISTRY --image NAME`, through the built CLI, against real node:http
// servers on 127.0.0.1: the registry itself (behind an anonymous token, as ghcr.io is), a mirror
// serving the same digest (only when asked with ?ns=ghcr.io, as a multi-registry mirror does), one
// serving another digest without Docker-Content-Digest (so the body is hashed), one without the
// image (404). The mirrors come from <root>/etc/docker/certs.d/ghcr.io/hosts.toml.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';
import { tempRoot, type TempRoot } from '../../helpers/temp-root.js';

const API = { 'docker-distribution-api-version': 'registry/2.0' };
const LAYER = Buffer.alloc(64 * 1024, 7);
const LAYER_DIGEST = `sha256:${createHash('sha256').update(LAYER).digest('hex')}`;
const manifest = (label: string): string =>
  JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: `sha256:${'c'.repeat(64)}`, size: 2 },
    layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: LAYER_DIGEST, size: LAYER.length }],
    annotations: { label },
  });
const sha256 = (text: string): string => `sha256:${createHash('sha256').update(text).digest('hex')}`;
const CURRENT = manifest('current');
const OLD = manifest('old');

interface Fake {
  server: Server;
  port: number;
  /** Every request's method and path (with its query). */
  seen: string[];
}

/**
 * A registry for org/app:1: `body` as its manifest (404 when absent), the digest header unless
 * `noDigestHeader`, a Bearer token when `token`, and only with ?ns=ghcr.io when `wantNs`.
 */
async function fake(options: {
  body?: string;
  noDigestHeader?: boolean;
  token?: boolean;
  wantNs?: boolean;
}): Promise<Fake> {
  const seen: string[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    seen.push(`${req.method} ${req.url}`);
    const url = new URL(req.url ?? '/', 'http://x');
    const self = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (url.pathname === '/token') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ token: 'anon' }));
      return;
    }
    if (options.token && req.headers.authorization !== 'Bearer anon') {
      res.writeHead(401, {
        ...API,
        'www-authenticate': `Bearer realm="${self}/token",service="fake",scope="repository:org/app:pull"`,
      });
      res.end('{"errors":[{"code":"UNAUTHORIZED"}]}');
      return;
    }
    if (url.pathname === '/v2/') {
      res.writeHead(200, { ...API, 'content-type': 'application/json' });
      res.end('{}');
      return;
    }
    const nsOk = !options.wantNs || url.searchParams.get('ns') === 'ghcr.io';
    if (url.pathname === '/v2/org/app/manifests/1' && options.body !== undefined && nsOk) {
      res.writeHead(200, {
        ...API,
        'content-type': 'application/vnd.oci.image.manifest.v1+json',
        ...(options.noDigestHeader ? {} : { 'docker-content-digest': sha256(options.body) }),
      });
      res.end(req.method === 'HEAD' ? undefined : options.body);
      return;
    }
    if (url.pathname === `/v2/org/app/blobs/${LAYER_DIGEST}` && options.body !== undefined) {
      res.writeHead(200, { ...API, 'content-length': String(LAYER.length) });
      res.end(LAYER);
      return;
    }
    res.writeHead(404, { ...API, 'content-type': 'application/json' });
    res.end('{"errors":[{"code":"MANIFEST_UNKNOWN"}]}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port, seen };
}

let upstream: Fake;
let good: Fake;
let stale: Fake;
let missing: Fake;
let closedPort: number;
const at = (f: Fake): string => `http://127.0.0.1:${f.port}`;

beforeAll(async () => {
  [upstream, good, stale, missing] = await Promise.all([
    fake({ body: CURRENT, token: true }),
    fake({ body: CURRENT, wantNs: true }),
    fake({ body: OLD, noDigestHeader: true }),
    fake({}),
  ]);
  // A port that was free a moment ago: the registry that cannot be reached.
  const probe = await fake({});
  closedPort = probe.port;
  await new Promise<void>((r) => probe.server.close(() => r()));
});
afterAll(async () => {
  for (const f of [upstream, good, stale, missing])
    await new Promise<void>((r) => {
      f.server.closeAllConnections();
      f.server.close(() => r());
    });
});

let root: TempRoot;
afterEach(() => root?.cleanup());

const HOSTS = '/etc/docker/certs.d/ghcr.io/hosts.toml';
const hostsToml = (server: string, mirrors: Fake[]): string =>
  [
    `server = "${server}"`,
    '',
    ...mirrors.flatMap((m) => [`[host."${at(m)}"]`, '  capabilities = ["pull", "resolve"]', '']),
  ].join('\n');
const cli = (...args: string[]) =>
  runCli(['--root', root.dir, '--engine-version', '28.5.2', 'mirror', 'test', '--timeout', '3', ...args]);

interface Doc {
  ok: boolean;
  registry: string;
  upstream: string;
  image?: string;
  reference?: { from: string; url: string | null; digest: string | null; upstream?: Record<string, unknown> };
  mirrors: {
    url: string;
    origin: string;
    ok: boolean;
    digest: string | null;
    digestMatches: boolean | null;
    imageMissing?: boolean;
    bytes?: number;
    throughputError?: string;
  }[];
  diagnostics: { id: string; severity: string; message: string; file?: string; line?: number }[];
}

describe('mirror test --registry ghcr.io --image', () => {
  it('compares each mirror with the registry: the same digest first, the stale one after, the 404 last; exit 1', async () => {
    // The hosts.toml lists them worst first: the ranking, not the file, puts the matching one first.
    root = tempRoot('debian-docker-io', {
      '/etc/docker/daemon.json': '{"features": {"containerd-snapshotter": true}}\n',
      [HOSTS]: hostsToml(at(upstream), [missing, stale, good]),
    });
    for (const f of [upstream, good, stale, missing]) f.seen.length = 0;
    const run = await cli('--registry', 'ghcr.io', '--image', 'org/app:1', '--json');
    expect(run.exitCode).toBe(1);
    const doc = run.json<Doc>();
    expect([doc.ok, doc.registry, doc.upstream, doc.image]).toEqual([
      false,
      'ghcr.io',
      `${at(upstream)}/v2`,
      'ghcr.io/org/app:1',
    ]);
    expect(doc.reference).toMatchObject({ from: 'upstream', url: `${at(upstream)}/v2`, digest: sha256(CURRENT) });
    expect(doc.mirrors.map((m) => [m.url, m.origin, m.ok, m.digest, m.digestMatches])).toEqual([
      [at(good), 'hosts-toml', true, sha256(CURRENT), true],
      [at(stale), 'hosts-toml', true, sha256(OLD), false],
      [at(missing), 'hosts-toml', true, null, null],
    ]);
    expect(doc.mirrors[2]?.imageMissing).toBe(true);
    // The layer was read through the mirror that has the image (asked with ?ns=).
    expect(doc.mirrors[0]?.bytes).toBe(LAYER.length);
    expect(doc.diagnostics.map((d) => [d.id, d.severity, d.file?.endsWith(HOSTS), d.line])).toEqual([
      ['mirror-digest-differs', 'warning', true, 6],
      ['mirror-image-missing', 'warning', true, 3],
    ]);
    expect(doc.diagnostics[0]!.message).toBe(
      `mirror ${at(stale)} serves ghcr.io/org/app:1 as ${sha256(OLD)}, but ${at(upstream)}/v2 serves ${sha256(CURRENT)}: a pull through this mirror gets other content`,
    );
    // containerd's ?ns= to every mirror, never to the registry itself; the registry's token was fetched.
    for (const m of [good, stale, missing])
      expect(m.seen.filter((s) => s.includes('/manifests/')).every((s) => s.endsWith('?ns=ghcr.io'))).toBe(true);
    expect(upstream.seen.filter((s) => s.includes('/manifests/')).some((s) => s.includes('ns='))).toBe(false);
    expect(upstream.seen).toContain('GET /token?service=fake&scope=repository%3Aorg%2Fapp%3Apull');
    // HEAD gave the stale mirror no digest: its manifest was fetched and hashed.
    expect(stale.seen).toContain('GET /v2/org/app/manifests/1?ns=ghcr.io');
  });

  it('says it as text, in English and in Chinese', async () => {
    root = tempRoot('debian-docker-io', { [HOSTS]: hostsToml(at(upstream), [stale, good, missing]) });
    const en = await cli('--registry', 'ghcr.io', '--image', 'ghcr.io/org/app:1');
    expect(en.exitCode).toBe(1);
    const lines = en.stdout.split('\n');
    expect(lines[0]).toBe(`ghcr.io: 3 mirrors (${root.path(HOSTS)}); the registry itself: ${at(upstream)}/v2`);
    expect(lines[1]).toBe(`ghcr.io/org/app:1 is ${sha256(CURRENT)} at ${at(upstream)}/v2`);
    expect(lines[2]).toMatch(
      new RegExp(`^✓ ${at(good)}\\s+registry\\s+\\d+ ms .* ${sha256(CURRENT).slice(0, 19)}… same$`),
    );
    expect(lines[3]).toMatch(
      new RegExp(`^! ${at(stale)}\\s+registry .* ${sha256(OLD).slice(0, 19)}… differs \\(stale\\)$`),
    );
    expect(lines[4]).toMatch(new RegExp(`^! ${at(missing)}\\s+registry .*image missing \\(404\\)$`));
    // The classic store of this root does not read hosts.toml: said, though its mirrors are tested.
    expect(en.stdout).toContain('hosts.toml is not read by the classic image store (dockerd 28.5.2)');
    expect(en.stdout).toContain(`${root.path(HOSTS)}:3: mirror ${at(stale)} serves ghcr.io/org/app:1 as`);
    expect(en.stdout).toContain(`pull by digest (ghcr.io/org/app@${sha256(CURRENT)})`);

    const zh = await cli('--registry', 'ghcr.io', '--image', 'org/app:1', '--lang', 'zh');
    expect(zh.exitCode).toBe(1);
    expect(zh.stdout).toContain(`ghcr.io：3 个镜像加速器（${root.path(HOSTS)}）；仓库本身：${at(upstream)}/v2`);
    expect(zh.stdout).toContain('不一致（过时）');
    expect(zh.stdout).toContain('没有这个镜像（404）');
    expect(zh.stdout).toContain('镜像加速地址提供的镜像摘要与仓库本身不同：');
  });

  it('a registry that cannot be reached: said, and the mirrors are compared with the first that served the image', async () => {
    root = tempRoot('debian-docker-io', {
      [HOSTS]: hostsToml(`http://127.0.0.1:${closedPort}`, [missing, good, stale]),
    });
    const run = await cli('--registry', 'ghcr.io', '--image', 'org/app:1', '--json');
    const doc = run.json<Doc>();
    expect(doc.reference).toMatchObject({
      from: 'mirror',
      url: at(good),
      digest: sha256(CURRENT),
      upstream: { ok: false, missing: false, detail: 'connection refused' },
    });
    expect(doc.mirrors.map((m) => [m.url, m.digestMatches])).toEqual([
      [at(good), true],
      [at(stale), false],
      [at(missing), null],
    ]);
    const text = await cli('--registry', 'ghcr.io', '--image', 'org/app:1');
    expect(text.stdout).toContain(
      `ghcr.io/org/app:1: the registry (http://127.0.0.1:${closedPort}/v2) could not be asked: connection refused`,
    );
    expect(text.stdout).toContain(
      `the mirrors are compared with the first that served it: ${at(good)} (${sha256(CURRENT)})`,
    );
  });

  it("only mirrors that serve the registry's digest: exit 0, no findings", async () => {
    root = tempRoot('debian-docker-io', { [HOSTS]: hostsToml(at(upstream), [good]) });
    const run = await cli('--registry', 'ghcr.io', '--image', 'org/app:1', '--json');
    expect(run.exitCode).toBe(0);
    const doc = run.json<Doc>();
    expect([doc.ok, doc.diagnostics]).toEqual([true, []]);
    expect(doc.mirrors.map((m) => m.digestMatches)).toEqual([true]);
  });
});

describe('mirror test --registry: which mirrors', () => {
  it('URLs on the command line are tested after the hosts.toml hosts; without --image no digest is asked', async () => {
    root = tempRoot('debian-docker-io', { [HOSTS]: hostsToml(at(upstream), [good]) });
    good.seen.length = 0;
    const run = await cli('--registry', 'ghcr.io', at(stale), '--json');
    expect(run.exitCode).toBe(0);
    const doc = run.json<Doc>();
    expect(doc.mirrors.map((m) => [m.url, m.origin, m.digest, m.digestMatches])).toEqual([
      [at(good), 'hosts-toml', null, null],
      [at(stale), 'command-line', null, null],
    ]);
    expect(good.seen).toEqual(['GET /v2/']);
  });

  it("docker.io: daemon.json's registry-mirrors, asked without ?ns=", async () => {
    root = tempRoot('debian-docker-io', { '/etc/docker/daemon.json': `{"registry-mirrors": ["${at(missing)}"]}\n` });
    const run = await cli('--registry', 'docker.io', '--json');
    expect(run.json<Doc>().mirrors.map((m) => [m.url, m.origin])).toEqual([[at(missing), 'daemon-json']]);
    // Another registry does not take Hub's mirrors: nothing to test, and why.
    const ghcr = await cli('--registry', 'quay.io');
    expect(ghcr.exitCode).toBe(0);
    expect(ghcr.stdout).toContain('quay.io has no mirrors to test (no hosts.toml)');
    expect(ghcr.stdout).toContain("daemon.json's registry-mirrors are for Docker Hub only");
  });

  it('without --registry, Docker Hub as before; a registry name, an image or a URL that is none is a usage error', async () => {
    root = tempRoot('debian-docker-io');
    const hub = await cli(at(good), '--json');
    expect(hub.exitCode).toBe(0);
    expect(hub.json<Doc>()).toMatchObject({ registry: 'docker.io', mirrors: [{ url: at(good), digest: null }] });
    for (const args of [
      ['--registry', 'https://ghcr.io'],
      ['--registry', 'ghcr.io', '--image', 'Org/App'],
      ['--registry', 'ghcr.io', '--image', 'quay.io/org/app'],
      ['--registry', 'ghcr.io', 'ftp://mirror.example'],
    ]) {
      const run = await cli(...args);
      expect(run.exitCode, args.join(' ')).toBe(64);
    }
  });
});
