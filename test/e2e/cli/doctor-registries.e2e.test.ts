// The built binary's doctor on registries, over --root trees with daemon.json and certs.d: which of
// daemon.json and hosts.toml a pull uses under the image store, hosts.toml problems at their line,
// certs.d modes (fixed by --fix), and (without --offline) hosts.toml endpoints that are all dead.
import { chmodSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';
import { tempRoot, type TempRoot } from '../../helpers/temp-root.js';

let root: TempRoot;
afterEach(() => root?.cleanup());

const DAEMON_JSON = '/etc/docker/daemon.json';
const CERTS = '/etc/docker/certs.d';
const CONTAINERD = '"features": {"containerd-snapshotter": true}';
const HUB_TOML = '[host."https://toml-mirror.example"]\n  capabilities = ["pull", "resolve"]\n';

interface Doc {
  ok: boolean;
  checks: { id: string; status: string; note?: string }[];
  diagnostics: {
    id: string;
    severity: string;
    check: string;
    message: string;
    file?: string;
    line?: number;
    column?: number;
    fix?: string;
  }[];
  fixed?: { done: string[] };
}
const doctor = (...args: string[]) => runCli(['--root', root.dir, 'doctor', ...args]);
const about = (doc: Doc, check: string) =>
  doc.diagnostics
    .filter((d) => d.check === check)
    .map((d) => [d.id, d.severity, d.file?.slice(root.dir.length), d.line]);

/** A port on 127.0.0.1 nothing listens on (bound, then closed). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('doctor: registries', () => {
  it("containerd store on 28.5: Docker Hub's hosts.toml wins over registry-mirrors, and an insecure entry it ends", async () => {
    root = tempRoot('debian-docker-io', {
      [DAEMON_JSON]: `{${CONTAINERD}, "registry-mirrors": ["https://hub.example"], "insecure-registries": ["reg.local:5000"]}\n`,
      [`${CERTS}/docker.io/hosts.toml`]: `# Hub\n${HUB_TOML}`,
      [`${CERTS}/reg.local:5000/hosts.toml`]: '[host."https://mirror.local:5000"]\n',
    });
    const run = await doctor('--offline', '--engine-version', '28.5.2', '--json');
    const doc = run.json<Doc>();
    expect(about(doc, 'network.registries')).toEqual([
      ['mirror-overridden', 'warning', `${CERTS}/docker.io/hosts.toml`, 2],
      ['insecure-registry-overridden', 'warning', `${CERTS}/reg.local:5000/hosts.toml`, undefined],
    ]);
    expect(doc.diagnostics.find((d) => d.id === 'mirror-overridden')?.message).toContain(
      "the containerd image store of dockerd 28.5.2 (daemon.json's features.containerd-snapshotter)",
    );
    // Warnings only: exit 0. The text names the file and line.
    expect(run.exitCode).toBe(0);
    const text = await doctor('--offline', '--engine-version', '28.5.2');
    expect(text.stdout).toMatch(/docker\.io\/hosts\.toml:2:1\) \[mirror-overridden\]/);
    const zh = await doctor('--offline', '--engine-version', '28.5.2', '--lang', 'zh');
    expect(zh.stdout).toMatch(/daemon\.json 的 registry-mirrors（1 个）不用于 Docker Hub：.*以它为准/);
  });

  it('the classic store never reads hosts.toml: said per file, and daemon.json wins for Docker Hub', async () => {
    root = tempRoot('debian-docker-io', {
      [DAEMON_JSON]: '{"registry-mirrors": ["https://hub.example"]}\n',
      [`${CERTS}/docker.io/hosts.toml`]: HUB_TOML,
      [`${CERTS}/ghcr.io/hosts.toml`]: HUB_TOML,
    });
    const doc = (await doctor('--offline', '--engine-version', '28.5.2', '--json')).json<Doc>();
    expect(about(doc, 'network.registries')).toEqual([
      ['hosts-toml-not-read', 'warning', `${CERTS}/docker.io/hosts.toml`, undefined],
      ['hosts-toml-not-read', 'warning', `${CERTS}/ghcr.io/hosts.toml`, undefined],
    ]);
    expect(doc.diagnostics.find((d) => d.file?.endsWith('docker.io/hosts.toml'))?.message).toContain(
      "daemon.json's registry-mirrors apply instead",
    );
  });

  it('a hosts.toml containerd would drop: an error at its line and column, exit 1, the file untouched', async () => {
    const broken = '[host."https://m.example"]\ncapabilities = "pull"\n';
    root = tempRoot('debian-docker-io', {
      [DAEMON_JSON]: `{${CONTAINERD}}\n`,
      [`${CERTS}/ghcr.io/hosts.toml`]: broken,
    });
    const run = await doctor('--offline', '--engine-version', '28.5.2', '--json');
    expect(run.exitCode).toBe(1);
    expect(run.json<Doc>().diagnostics.find((d) => d.id === 'hosts-toml-invalid')).toMatchObject({
      check: 'network.registries',
      severity: 'error',
      line: 2,
      column: 1,
    });
    expect(root.read(`${CERTS}/ghcr.io/hosts.toml`)).toBe(broken);
  });

  it('certs.d writable by others and a readable client key: --fix mends the modes, nothing else', async () => {
    root = tempRoot('debian-docker-io', {
      [DAEMON_JSON]: '{}\n',
      [`${CERTS}/reg.local:5000/client.key`]: 'KEY\n',
      [`${CERTS}/reg.local:5000/client.cert`]: 'CERT\n',
    });
    chmodSync(root.path(CERTS), 0o777);
    chmodSync(root.path(`${CERTS}/reg.local:5000/client.key`), 0o644);
    const before = (await doctor('--offline', '--json')).json<Doc>();
    expect(
      before.diagnostics
        .filter((d) => d.file?.includes('certs.d'))
        .map((d) => [d.id, d.file?.slice(root.dir.length), d.fix]),
    ).toEqual([
      ['file-permissions', CERTS, `chmod 0755 ${root.path(CERTS)}`],
      [
        'tls-key-permissions',
        `${CERTS}/reg.local:5000/client.key`,
        `chmod 0600 ${root.path(`${CERTS}/reg.local:5000/client.key`)}`,
      ],
    ]);
    const fixed = (await doctor('--offline', '--fix', '--json')).json<Doc>();
    expect(fixed.fixed?.done).toEqual(
      expect.arrayContaining([
        `chmod 0755 ${root.path(CERTS)}`,
        `chmod 0600 ${root.path(`${CERTS}/reg.local:5000/client.key`)}`,
      ]),
    );
    expect(statSync(root.path(CERTS)).mode & 0o777).toBe(0o755);
    expect(statSync(root.path(`${CERTS}/reg.local:5000/client.key`)).mode & 0o777).toBe(0o600);
    expect(root.read(`${CERTS}/reg.local:5000/client.key`)).toBe('KEY\n');
    expect(fixed.diagnostics.filter((d) => d.file?.includes('certs.d'))).toEqual([]);
  });

  it('without --offline: every hosts.toml endpoint of a registry dead (a closed port) is one warning; --offline skips it', async () => {
    const port = await closedPort();
    root = tempRoot('debian-docker-io', {
      [DAEMON_JSON]: `{${CONTAINERD}}\n`,
      [`${CERTS}/reg.local:5000/hosts.toml`]: `[host."http://127.0.0.1:${port}"]\n  capabilities = ["pull", "resolve"]\n`,
    });
    const run = await doctor('--only', 'network', '--timeout', '2', '--engine-version', '28.5.2', '--json');
    const doc = run.json<Doc>();
    expect(about(doc, 'network.registry-hosts')).toEqual([
      ['registry-hosts-unreachable', 'warning', `${CERTS}/reg.local:5000/hosts.toml`, 1],
    ]);
    expect(doc.diagnostics.find((d) => d.id === 'registry-hosts-unreachable')?.message).toContain(
      `http://127.0.0.1:${port}/v2`,
    );
    const offline = (
      await doctor('--only', 'network', '--offline', '--engine-version', '28.5.2', '--json')
    ).json<Doc>();
    expect(offline.checks.find((c) => c.id === 'network.registry-hosts')).toMatchObject({
      status: 'skipped',
      note: '--offline',
    });
  });
});
