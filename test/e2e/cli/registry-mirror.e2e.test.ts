import { existsSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';
import { tempRoot, type TempRoot } from '../../helpers/temp-root.js';
import { makeTestPki, type TestPki } from '../../helpers/test-pki.js';

let root: TempRoot;
afterEach(() => root?.cleanup());

const CERTS = '/etc/docker/certs.d';
const CONTAINERD_STORE = '{"features": {"containerd-snapshotter": true}}\n';
const cli = (...args: string[]) => runCli(['--root', root.dir, '--engine-version', '28.5.2', ...args]);
const hostsToml = (registry: string) => root.read(`${CERTS}/${registry}/hosts.toml`);

/** Every file under the root with its bytes: "nothing on disk changed" is this, before and after. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[p] = readFileSync(p, 'base64');
    }
  };
  walk(dir);
  return out;
}

describe('registry mirror add|remove|list', () => {
  it('adds mirrors of ghcr.io in order, is idempotent, lists them, and removes one with a minimal edit', async () => {
    root = tempRoot('debian-docker-io', { '/etc/docker/daemon.json': CONTAINERD_STORE });
    const add = await cli('registry', 'mirror', 'add', 'ghcr.io', 'http://127.0.0.1:5000', 'm2.example', '--json');
    expect(add.exitCode).toBe(0);
    const doc = add.json<{ outcome: string; changed: boolean; added: string[]; service: { action: string } }>();
    expect([doc.outcome, doc.changed, doc.added, doc.service.action]).toEqual([
      'applied',
      true,
      ['http://127.0.0.1:5000', 'https://m2.example'],
      'none',
    ]);
    expect(hostsToml('ghcr.io')).toBe(
      '# Mirrors of ghcr.io, tried in order before the registry itself (written by dockerd-config).\n' +
        '\n[host."http://127.0.0.1:5000"]\n  capabilities = ["pull", "resolve"]\n\n' +
        '[host."https://m2.example"]\n  capabilities = ["pull", "resolve"]\n',
    );
    const before = snapshot(root.dir);
    const again = await cli('registry', 'mirror', 'add', 'ghcr.io', 'http://127.0.0.1:5000', '--json');
    expect([again.exitCode, again.json().changed]).toEqual([0, false]);
    expect(snapshot(root.dir)).toEqual(before);

    const list = await cli('registry', 'mirror', 'list', 'ghcr.io');
    expect(list.stdout).toContain('1. http://127.0.0.1:5000/v2  from hosts.toml; for pull, resolve');
    expect(list.stdout).toContain('3. https://ghcr.io/v2  the registry itself; for pull, resolve, push');

    const remove = await cli('registry', 'mirror', 'remove', 'ghcr.io', 'https://m2.example');
    expect(remove.exitCode).toBe(0);
    expect(remove.stdout).toContain('the next pull uses it, without a reload or restart');
    expect(hostsToml('ghcr.io')).not.toContain('m2.example');
    expect(hostsToml('ghcr.io')).toContain('[host."http://127.0.0.1:5000"]');
  });

  it('keeps comments and other keys of an existing hosts.toml, and writes in host:port directories', async () => {
    const mine =
      '# ours\nserver = "https://reg:5000"\n\n[host."https://a.example"]  # fast\n  capabilities = ["pull"]\n';
    root = tempRoot('debian-docker-io', {
      '/etc/docker/daemon.json': CONTAINERD_STORE,
      [`${CERTS}/reg:5000/hosts.toml`]: mine,
    });
    const run = await cli('registry', 'mirror', 'add', 'reg:5000', 'https://b.example');
    expect(run.exitCode).toBe(0);
    expect(hostsToml('reg:5000')).toBe(`${mine}\n[host."https://b.example"]\n  capabilities = ["pull", "resolve"]\n`);
  });

  it('--dry-run shows the diff and writes nothing', async () => {
    root = tempRoot('debian-docker-io', { '/etc/docker/daemon.json': CONTAINERD_STORE });
    const before = snapshot(root.dir);
    const run = await cli('registry', 'mirror', 'add', 'quay.io', 'https://q.example', '--dry-run');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('+[host."https://q.example"]');
    expect(snapshot(root.dir)).toEqual(before);
  });

  it('refuses bad input with nothing on disk changed: a URL with a password (never printed), a bad name, a broken hosts.toml', async () => {
    root = tempRoot('debian-docker-io', {
      '/etc/docker/daemon.json': CONTAINERD_STORE,
      [`${CERTS}/ghcr.io/hosts.toml`]:
        'server = "https://ghcr.io"\n[host."https://a.example"]\n  capabilities = "pull"\n',
    });
    const before = snapshot(root.dir);
    const secret = await cli('registry', 'mirror', 'add', 'quay.io', 'https://me:hunter2@q.example', '--json');
    expect(secret.exitCode).toBe(1);
    expect(secret.stdout + secret.stderr).not.toContain('hunter2');
    const name = await cli('registry', 'mirror', 'add', 'https://ghcr.io', 'https://m.example');
    expect(name.exitCode).toBe(64);
    expect(name.stdout + name.stderr).toContain('a registry is a host, not a URL');
    const broken = await cli('registry', 'mirror', 'add', 'ghcr.io', 'https://m.example', '--json');
    expect(broken.exitCode).toBe(1);
    const diagnostic = broken.json<{ diagnostics: { id: string; line: number; file: string }[] }>().diagnostics[0];
    expect(diagnostic).toMatchObject({
      id: 'hosts-toml-invalid',
      line: 3,
      file: root.path(`${CERTS}/ghcr.io/hosts.toml`),
    });
    expect(snapshot(root.dir)).toEqual(before);
  });

  it("Docker Hub on the classic store: refused, daemon.json's registry-mirrors named as what applies", async () => {
    root = tempRoot('debian-docker-io', { '/etc/docker/daemon.json': '{}\n' });
    const run = await cli('registry', 'mirror', 'add', 'docker.io', 'https://hub.example');
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain("daemon.json's registry-mirrors is what applies");
    expect(run.stdout).toContain('Run: dockerd-config mirror add https://hub.example');
    expect(existsSync(root.path(`${CERTS}/docker.io`))).toBe(false);
  });

  it('another registry on the classic store: written, with a warning that pulls will not use it yet', async () => {
    root = tempRoot('debian-docker-io', { '/etc/docker/daemon.json': '{}\n' });
    const run = await cli('registry', 'mirror', 'add', 'ghcr.io', 'https://m.example', '--json');
    expect(run.exitCode).toBe(0);
    expect(run.json<{ diagnostics: { id: string; severity: string }[] }>().diagnostics).toContainEqual(
      expect.objectContaining({ id: 'hosts-toml-ignored', severity: 'warning' }),
    );
    expect(hostsToml('ghcr.io')).toContain('[host."https://m.example"]');
  });

  it('follows a symlinked registry directory as containerd does, and warns when a new one ends _default for it', async () => {
    root = tempRoot('debian-docker-io', {
      '/etc/docker/daemon.json': CONTAINERD_STORE,
      '/srv/reg/hosts.toml': '[host."https://a.example"]\n',
      [`${CERTS}/_default/hosts.toml`]: '[host."https://corp.example"]\n',
    });
    symlinkSync('../../../srv/reg', root.path(`${CERTS}/reg_5000_`));
    const linked = await cli('registry', 'mirror', 'add', 'reg:5000', 'https://b.example', '--json');
    expect(linked.exitCode).toBe(0);
    expect(root.read('/srv/reg/hosts.toml')).toContain('[host."https://b.example"]');
    expect(existsSync(root.path(`${CERTS}/reg:5000`))).toBe(false);

    const fresh = await cli('registry', 'mirror', 'add', 'quay.io', 'https://q.example', '--json');
    expect(fresh.exitCode).toBe(0);
    expect(fresh.json<{ diagnostics: { id: string; message: string }[] }>().diagnostics).toContainEqual(
      expect.objectContaining({ id: 'hosts-toml-ignored', message: expect.stringContaining('_default') }),
    );
  });

  it('rollback undoes a registry change like any other', async () => {
    root = tempRoot('debian-docker-io', { '/etc/docker/daemon.json': CONTAINERD_STORE });
    expect((await cli('registry', 'mirror', 'add', 'ghcr.io', 'https://m.example')).exitCode).toBe(0);
    const back = await cli('rollback', '--json');
    expect(back.exitCode).toBe(0);
    expect(existsSync(root.path(`${CERTS}/ghcr.io/hosts.toml`))).toBe(false);
  });
});

describe('registry trust', () => {
  let pki: TestPki;
  const pem = (name: Parameters<TestPki['path']>[0]) => pki.path(name);
  beforeAll(() => {
    pki = makeTestPki();
  });
  afterAll(() => pki.cleanup());
  /** registry trust reg.test:5443 with these files: --ca, then --cert and --key when given. */
  const trust = (ca: string, cert?: string, key?: string, ...more: string[]) =>
    cli(
      'registry',
      'trust',
      'reg.test:5443',
      '--ca',
      ca,
      ...(cert ? ['--cert', cert] : []),
      ...(key ? ['--key', key] : []),
      ...more,
    );

  it('installs the CA and a client pair into certs.d/HOST:PORT, the key 0600, never showing it', async () => {
    root = tempRoot('debian-docker-io', { '/etc/docker/daemon.json': '{"insecure-registries": ["reg.test:5443"]}\n' });
    const run = await trust(pem('ca.pem'), pem('c.pem'), pem('c.key'), '--diff');
    expect(run.exitCode).toBe(0);
    const dir = `${CERTS}/reg.test:5443`;
    expect(root.read(`${dir}/ca.crt`)).toBe(readFileSync(pem('ca.pem'), 'utf8'));
    expect(statSync(root.path(`${dir}/client.key`)).mode & 0o777).toBe(0o600);
    expect(statSync(root.path(`${dir}/ca.crt`)).mode & 0o777).toBe(0o644);
    const keyLine = readFileSync(pem('c.key'), 'utf8').split('\n')[1]!;
    expect(run.stdout).not.toContain(keyLine);
    expect(run.stdout).toContain('(private key: content not shown)');
    expect(run.stdout).toContain('dockerd-config insecure remove reg.test:5443');
  });

  it('names the files in an existing hosts.toml (containerd then reads no other file)', async () => {
    root = tempRoot('debian-docker-io', {
      '/etc/docker/daemon.json': CONTAINERD_STORE,
      [`${CERTS}/reg.test:5443/hosts.toml`]: 'server = "https://reg.test:5443"\n',
    });
    expect((await trust(pem('ca.pem'))).exitCode).toBe(0);
    expect(hostsToml('reg.test:5443')).toBe('server = "https://reg.test:5443"\nca = "ca.crt"\n');
  });

  it("refuses a key given as the CA, a key that is not the certificate's, or --cert alone: nothing written", async () => {
    root = tempRoot('debian-docker-io', { '/etc/docker/daemon.json': '{}\n' });
    const before = snapshot(root.dir);
    const asCa = await trust(pem('ca.key'));
    expect([asCa.exitCode, asCa.stdout.includes('holds a private key')]).toEqual([1, true]);
    const wrong = await trust(pem('ca.pem'), pem('c.pem'), pem('ca.key'));
    expect([wrong.exitCode, wrong.stdout.includes('is not the key of the client certificate')]).toEqual([1, true]);
    const alone = await trust(pem('ca.pem'), pem('c.pem'));
    expect(alone.exitCode).toBe(64);
    expect(snapshot(root.dir)).toEqual(before);
  });
});
