// Smoke test of the real-component harness (test/infra/, test/helpers/boxes.ts, registry.ts):
// each box really runs what issue 3's tests need, and leaves nothing behind. Needs root and
// `bash scripts/provision.sh`; a missing prerequisite fails, it never skips.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bootSdbox,
  checkout,
  cli,
  initScriptOf,
  nsboxHostPath,
  sdboxHostPath,
  setInitScript,
  startNsbox,
  type Nsbox,
  type Sdbox,
} from '../helpers/boxes.js';
import { pushTinyImage, startRegistry, type Registry, type TinyImage } from '../helpers/registry.js';

const timings: string[] = [];
async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await fn();
  } finally {
    timings.push(`${label}: ${Math.round(performance.now() - start)} ms`);
  }
}

// The host's own docker configuration must come out of this byte for byte.
const HOST_FILES = ['/etc/docker/daemon.json', '/etc/default/docker', '/etc/init.d/docker'];
const fingerprint = (): Record<string, string> =>
  Object.fromEntries(
    HOST_FILES.map((f) => [f, existsSync(f) ? createHash('md5').update(readFileSync(f)).digest('hex') : 'absent']),
  );
const hostBefore = fingerprint();

/** Host-side traces a box could leave: its instance dir, mounts, cgroups. */
function traces(kind: 'sdbox' | 'nsbox', name: string): string[] {
  const dir = `/var/tmp/dockerd-config-${kind}/${name}`;
  const found = readFileSync('/proc/mounts', 'utf8')
    .split('\n')
    .filter((l) => l.includes(`${dir} `) || l.includes(`${dir}/`));
  if (existsSync(dir)) found.push(dir);
  for (const cg of [
    `/sys/fs/cgroup/systemd/sdbox-${name}`,
    `/sys/fs/cgroup/unified/sdbox-${name}`,
    `/sys/fs/cgroup/sdbox-${name}`,
  ]) {
    if (existsSync(cg)) found.push(cg);
  }
  return found;
}

function ping(socketPath: string): Promise<string> {
  return new Promise((resolve) => {
    const req = request({ socketPath, path: '/_ping', timeout: 2000 }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve(body));
    });
    req.on('error', (err) => resolve(`error: ${err.message}`));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}

async function waitFor(what: string, probe: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

beforeAll(() => {
  if (process.getuid?.() !== 0) throw new Error('the infra smoke test needs root');
});

afterAll(() => {
  console.log(`infra timings:\n  ${timings.join('\n  ')}`);
});

describe('path mapping (no box needed)', () => {
  it('maps nsbox paths to its own files and refuses the host’s', () => {
    expect(nsboxHostPath('/b', '/etc/docker/daemon.json')).toBe('/b/etc-docker/daemon.json');
    expect(nsboxHostPath('/b', '/var/run/docker.sock')).toBe('/b/run/docker.sock');
    expect(nsboxHostPath('/b', '/var/log/docker.log')).toBe('/b/var/log/docker.log');
    expect(nsboxHostPath('/b', '/etc/default/docker')).toBe('/b/etc-default/docker');
    expect(() => nsboxHostPath('/b', '/etc/hosts')).toThrow(/host/);
    expect(() => nsboxHostPath('/b', '/etc/dockerx')).toThrow(/host/);
  });
});

describe('sdbox: systemd as PID 1 with Debian docker.io', () => {
  let box: Sdbox;
  beforeAll(async () => {
    box = await timed('sdbox boot', () => bootSdbox('infra-sd'));
  });
  afterAll(async () => {
    await timed('sdbox stop', () => box?.stop());
    expect(traces('sdbox', 'infra-sd')).toEqual([]);
  });

  it('runs systemd as PID 1 and docker.service is active', async () => {
    const comm = await box.exec(['cat', '/proc/1/comm']);
    expect(comm.stdout.trim()).toBe('systemd');
    const active = await timed('sdbox exec (systemctl is-active)', () =>
      box.exec(['systemctl', 'is-active', 'docker']),
    );
    expect(active).toMatchObject({ exitCode: 0, stdout: 'active\n' });
    // the CLI's systemd detection looks for this
    expect((await box.exec(['test', '-d', '/run/systemd/system'])).exitCode).toBe(0);
  });

  it('has docker lines in the journal and answers /_ping', async () => {
    const journal = await box.exec(['journalctl', '-u', 'docker', '--no-pager', '-o', 'cat']);
    expect(journal.stdout).toMatch(/API listen on \/run\/docker\.sock/);
    expect((await box.exec(['curl', '-sS', '--unix-socket', '/run/docker.sock', 'http://x/_ping'])).stdout).toBe('OK');
  });

  it('runs the host’s node and sees the checkout read-only at the same path', async () => {
    const node = await timed('sdbox exec (node --version)', () => box.exec(['node', '--version']));
    expect(node).toMatchObject({ exitCode: 0, stdout: `${process.version}\n` });
    expect((await box.exec(['test', '-f', join(checkout, 'bin/dockerd-config.js')])).exitCode).toBe(0);
    const help = await timed('sdbox cli --help', () => cli(box, ['--help']));
    expect(help).toMatchObject({ exitCode: 0, stdout: expect.stringContaining('dockerd-config <command>') });
    const write = await box.exec(['touch', join(checkout, '.sdbox-write-test')]);
    expect(write.exitCode).not.toBe(0);
    expect(write.stderr).toMatch(/Read-only file system/);
  });

  it('sees files the test writes through root / hostPath, and passes stdin', async () => {
    expect(box.hostPath('/etc/docker/daemon.json')).toBe(join(box.root, 'etc/docker/daemon.json'));
    expect(() => sdboxHostPath(box.root, '/var/run/docker.sock')).toThrow(/symlink/);
    writeFileSync(box.hostPath('/etc/hostname-test'), 'from the host\n');
    expect((await box.exec(['cat', '/etc/hostname-test'])).stdout).toBe('from the host\n');
    expect((await box.exec(['cat'], { input: 'piped' })).stdout).toBe('piped');
    await expect(box.exec(['sleep', '5'], { timeoutMs: 300 })).rejects.toThrow(/no result after 300 ms/);
    // the timed-out command is gone inside too, not even a zombie (that would stall the poweroff)
    expect((await box.exec(['ps', '-eo', 'stat=,comm='])).stdout).not.toMatch(/sleep/);
  });
});

describe('nsbox: sysvinit `service docker` on a test-owned copy', () => {
  let box: Nsbox;
  beforeAll(async () => {
    box = await timed('nsbox start', () => startNsbox('infra-ns'));
  });
  afterAll(async () => {
    await timed('nsbox stop', () => box?.stop());
    expect(traces('nsbox', 'infra-ns')).toEqual([]);
  });

  it('has no systemd inside and a patched init script copy', async () => {
    expect((await box.exec(['test', '-e', '/run/systemd/system'])).exitCode).toBe(1);
    expect(await cli(box, ['--help'])).toMatchObject({
      exitCode: 0,
      stdout: expect.stringContaining('dockerd-config <command>'),
    });
    const script = readFileSync(box.hostPath('/etc/init.d/docker'), 'utf8');
    expect(script).toContain('ulimit -n "$(ulimit -Hn)"');
    expect(script).not.toContain('ulimit -n 1048576');
    expect((await box.exec(['cat', '/etc/init.d/docker'])).stdout).toBe(script);
  });

  it('service docker start → /_ping on the box’s socket → service docker stop', async () => {
    const sock = box.hostPath('/run/docker.sock');
    const start = await timed('nsbox service docker start', () => box.exec(['service', 'docker', 'start']));
    expect(start).toMatchObject({ exitCode: 0, stdout: expect.stringContaining('Starting Docker: docker') });
    await timed('nsbox start → /_ping', () => waitFor('/_ping', async () => (await ping(sock)) === 'OK'));
    expect(readFileSync(box.hostPath('/var/log/docker.log'), 'utf8')).toMatch(/API listen on \/var\/run\/docker\.sock/);
    expect(await box.exec(['service', 'docker', 'status'])).toMatchObject({
      exitCode: 0,
      stdout: expect.stringContaining('Docker is running'),
    });
    const stop = await timed('nsbox service docker stop', () => box.exec(['service', 'docker', 'stop']));
    expect(stop.exitCode).toBe(0);
    expect(await ping(sock)).toMatch(/^error/);
  });

  it('lets a restart script start a plain dockerd in the background and reload it with SIGHUP', async () => {
    writeFileSync(
      box.hostPath('/etc/docker/restart.sh'),
      '#!/bin/sh\nset -e\ndockerd -p /run/plain.pid >>/var/log/plain.log 2>&1 </dev/null &\n',
      { mode: 0o755 },
    );
    expect((await box.exec(['/etc/docker/restart.sh'])).exitCode).toBe(0);
    const sock = box.hostPath('/run/docker.sock');
    await waitFor('plain dockerd /_ping', async () => (await ping(sock)) === 'OK');
    writeFileSync(box.hostPath('/etc/docker/daemon.json'), '{"debug": true}\n');
    expect((await box.exec(['sh', '-c', 'kill -HUP "$(cat /run/plain.pid)"'])).exitCode).toBe(0);
    const log = box.hostPath('/var/log/plain.log');
    await waitFor('the reload line', async () =>
      /Reloaded configuration:.*\\"debug\\":true/.test(readFileSync(log, 'utf8')),
    );
    // left running on purpose: stop() must end it with the box
  });
});

describe("nsbox: Debian's init script unpatched, and swapped in place", () => {
  let box: Nsbox;
  beforeAll(async () => {
    box = await timed('nsbox start --unpatched', () => startNsbox('infra-ns-raw', { initScript: 'unpatched' }));
  });
  afterAll(async () => {
    await box?.stop();
    expect(traces('nsbox', 'infra-ns-raw')).toEqual([]);
  });
  const debian = () => readFileSync(join(box.dir, 'init.d-docker.debian'), 'utf8');
  const ulimitLine = () =>
    debian()
      .split('\n')
      .findIndex((l) => l.trim() === 'ulimit -n 1048576') + 1;

  it("is Debian's script byte for byte, and its start fails at `ulimit -n` before dockerd runs", async () => {
    expect(await initScriptOf(box)).toBe('unpatched');
    expect(readFileSync(box.hostPath('/etc/init.d/docker'), 'utf8')).toBe(readFileSync('/etc/init.d/docker', 'utf8'));
    const start = await box.exec(['service', 'docker', 'start']);
    expect(start).toMatchObject({ exitCode: 2, stdout: '' });
    expect(start.stderr.trim()).toBe(
      `/etc/init.d/docker: ${ulimitLine()}: ulimit: error setting limit (Operation not permitted)`,
    );
    // Nothing of dockerd ran: no process, no pidfile, no socket; the log was only touched (empty).
    expect((await box.exec(['pgrep', '-x', 'dockerd|containerd'])).exitCode).toBe(1);
    expect(readdirSync(box.hostPath('/run')).filter((f) => f.startsWith('docker') || f === 'containerd')).toEqual([]); // (mount/ is util-linux's utab)
    expect(readFileSync(box.hostPath('/var/log/docker.log'), 'utf8')).toBe('');
  });

  it('swaps to the patched copy and back in place: a running dockerd stops, then the start fails', async () => {
    const inode = statSync(box.hostPath('/etc/init.d/docker')).ino;
    await setInitScript(box, 'patched');
    expect(statSync(box.hostPath('/etc/init.d/docker')).ino).toBe(inode);
    expect((await box.exec(['cat', '/etc/init.d/docker'])).stdout).toContain('ulimit -n "$(ulimit -Hn)"');
    expect((await box.exec(['service', 'docker', 'start'])).exitCode).toBe(0);
    await waitFor('/_ping', async () => (await ping(box.hostPath('/run/docker.sock'))) === 'OK');

    await setInitScript(box, 'unpatched');
    expect(await initScriptOf(box)).toBe('unpatched');
    // What `service docker restart` does on a host whose hard limit is lower: the stop works, the start does not.
    const restart = await box.exec(['service', 'docker', 'restart']);
    expect(restart).toMatchObject({ exitCode: 2, stdout: 'Stopping Docker: docker.\n' });
    expect(restart.stderr).toMatch(/ulimit: error setting limit/);
    expect((await box.exec(['pgrep', '-x', 'dockerd'])).exitCode).toBe(1);
  });
});

describe('registry: offline Docker Hub mirror in a test-owned netns', () => {
  let registry: Registry;
  let image: TinyImage;
  let box: Sdbox | undefined;
  beforeAll(async () => {
    registry = await timed('registry start', () => startRegistry({ netns: 'dcfg-infra', port: 5000 }));
    image = await timed('registry push (dockerd up, import, push, down)', () => pushTinyImage(registry, 'infratiny'));
  });
  afterAll(async () => {
    await timed('sdbox stop (in netns)', async () => box?.stop());
    await timed('registry stop', async () => registry?.stop());
    expect(existsSync('/run/netns/dcfg-infra')).toBe(false);
    expect(existsSync(registry.dir)).toBe(false);
  });

  it('serves the pushed image', () => {
    expect(registry.url).toBe('http://127.0.0.1:5000');
    expect(image.reference).toBe('127.0.0.1:5000/library/infratiny:latest');
    expect(registry.requests()).toContain('PUT /v2/library/infratiny/manifests/latest');
  });

  it('an sdbox in the same netns pulls a Docker Hub name through registry-mirrors', async () => {
    box = await timed('sdbox boot (in netns)', () => bootSdbox('infra-mirror', { netns: registry.netns }));
    writeFileSync(box.hostPath('/etc/docker/daemon.json'), `{"registry-mirrors": ["${registry.url}"]}\n`);
    expect((await box.exec(['systemctl', 'reset-failed', 'docker'])).exitCode).toBe(0);
    const restart = await timed('sdbox systemctl restart docker', () => box!.exec(['systemctl', 'restart', 'docker']));
    expect(restart).toMatchObject({ exitCode: 0, stderr: '' });
    const info = await box.exec(['docker', 'info', '--format', '{{json .RegistryConfig.Mirrors}}']);
    expect(info.stdout.trim()).toBe(`["${registry.url}/"]`);
    const pull = await timed('docker pull through the mirror', () => box!.exec(['docker', 'pull', image.pullName]));
    expect(pull).toMatchObject({ exitCode: 0 });
    expect(pull.stdout).toMatch(/Downloaded newer image for infratiny:latest/);
    const served = registry.requests();
    expect(served).toContain('HEAD /v2/library/infratiny/manifests/latest');
    expect(served.filter((r) => r.startsWith('GET /v2/library/infratiny/blobs/sha256:'))).toHaveLength(2); // config + layer
    const run = await box.exec(['docker', 'run', '--rm', '--network', 'none', image.pullName]);
    expect(run.stdout).toMatch(image.runOutput);
  });
});

describe('the host', () => {
  it('kept its own docker configuration byte for byte', () => {
    expect(fingerprint()).toEqual(hostBefore);
  });
});
