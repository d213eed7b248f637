import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';
import { tempRoot, type TempRoot } from '../../helpers/temp-root.js';

let root: TempRoot;
afterEach(() => root?.cleanup());

const cli = (...args: string[]) => runCli(['--root', root.dir, ...args]);
const CERTS = '/etc/docker/certs.d';
const GHCR = `server = "https://ghcr.io"\n\n[host."https://ghcr-mirror.example"]\n  capabilities = ["pull", "resolve"]\n`;

describe('registry list', () => {
  it('lists what a pull tries per registry under the containerd store of 28.5, and where each comes from', async () => {
    root = tempRoot('debian-docker-io', {
      '/etc/docker/daemon.json':
        '{"features": {"containerd-snapshotter": true}, "registry-mirrors": ["https://hub.example"]}\n',
      [`${CERTS}/ghcr.io/hosts.toml`]: GHCR,
      [`${CERTS}/reg.local_5000_/ca.crt`]: '',
    });
    const run = await cli('registry', 'list', '--engine-version', '28.5.2', '--json');
    expect(run.exitCode).toBe(0);
    const doc = run.json() as {
      imageStore: string;
      imageStoreFrom: string;
      registries: { registry: string; endpoints: { endpoint: string; origin: string }[] }[];
    };
    expect([doc.imageStore, doc.imageStoreFrom]).toEqual(['containerd', 'daemon-json']);
    expect(doc.registries.map((r) => [r.registry, r.endpoints.map((e) => `${e.origin} ${e.endpoint}`)])).toEqual([
      ['docker.io', ['daemon-json https://hub.example/v2', 'default https://registry-1.docker.io/v2']],
      ['ghcr.io', ['hosts-toml https://ghcr-mirror.example/v2', 'hosts-toml https://ghcr.io/v2']],
      ['reg.local:5000', ['default https://reg.local:5000/v2']],
    ]);
    const text = await cli('registry', 'list', '--engine-version', '28.5.2');
    expect(text.stdout).toContain('1. https://ghcr-mirror.example/v2  from hosts.toml; for pull, resolve');
  });

  it('says which file wins: a Hub hosts.toml with hosts ends daemon.json mirrors; the classic store reads no hosts.toml', async () => {
    root = tempRoot('debian-docker-io', {
      '/etc/docker/daemon.json': '{"registry-mirrors": ["https://hub.example"]}\n',
      [`${CERTS}/docker.io/hosts.toml`]: '[host."https://toml-mirror.example"]\n',
    });
    const classic = await cli('registry', 'list', '--engine-version', '28.5.2');
    expect(classic.stdout).toContain('hosts.toml is not read by the classic image store');
    const containerd = await cli('registry', 'list', '--engine-version', '29.1.0');
    expect(containerd.stdout).toContain("daemon.json's registry-mirrors do not apply: hosts.toml defines 1 host");
  });

  it('reports a hosts.toml containerd would drop at its line and column, exit 1, and changes nothing', async () => {
    const broken = '[host."https://m.example"]\ncapabilities = "pull"\n';
    root = tempRoot('debian-docker-io', { [`${CERTS}/ghcr.io/hosts.toml`]: broken });
    const run = await cli('registry', 'list', '--engine-version', '28.5.2');
    expect(run.exitCode).toBe(1);
    expect(run.stdout + run.stderr).toMatch(
      /ghcr\.io\/hosts\.toml:2:1[\s\S]*must be an array of strings[\s\S]*\[hosts-toml-invalid\]/,
    );
    expect(root.read(`${CERTS}/ghcr.io/hosts.toml`)).toBe(broken);
  });
});
