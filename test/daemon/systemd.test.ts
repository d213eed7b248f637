// Issue 3 against a real systemd: a Debian rootfs booted with systemd-nspawn (test/infra/sdbox.sh),
// Debian's stock docker.io unit, our built CLI run inside. A fresh box per test: no order effects.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bootSdbox, cliEntry, type Sdbox } from '../helpers/boxes.js';
import { expectPortTakenRolledBack, expectTcpHostAdded, holdPort, runJson as run, sh } from '../helpers/cli-report.js';
import { keepAliveImage } from '../helpers/keepalive-image.js';
import { pushTinyImage, startRegistry, type Registry, type TinyImage } from '../helpers/registry.js';

const DROP_IN = '/etc/systemd/system/docker.service.d/dockerd-config-hosts.conf';
const sha = (path: string): string =>
  existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : 'absent';

let box: Sdbox | undefined;
afterEach(async () => {
  await box?.stop();
  box = undefined;
});

let serial = 0;
async function boot(): Promise<Sdbox> {
  box = await bootSdbox(`sd3-${process.pid % 10000}-${serial++}`);
  return box;
}

const mainPid = (b: Sdbox) => sh(b, 'systemctl show -p MainPID --value docker');
const registryConfig = async (b: Sdbox) =>
  JSON.parse(await sh(b, "docker info --format '{{json .RegistryConfig}}'")) as { Mirrors: string[] | null };

describe('systemd: restart or reload through systemctl, verify, roll back', () => {
  it('a mirror is reloaded (SIGHUP): same dockerd, running containers untouched, /info shows it', async () => {
    const b = await boot();
    const image = keepAliveImage();
    writeFileSync(b.hostPath('/root/keep.tar'), image);
    await sh(b, 'docker import /root/keep.tar keep:1 >/dev/null');
    const id = await sh(b, 'docker run -d --network none keep:1 /bin/sleep 600');
    const startedAt = await sh(b, `docker inspect -f '{{.State.StartedAt}}' ${id}`);
    const pid = await mainPid(b);

    const { exitCode, report } = await run(b, ['mirror', 'add', 'https://mirror.example.com']);
    expect(exitCode).toBe(0);
    expect(report).toMatchObject({ ok: true, changed: true, verified: true, rolledBack: false });
    expect(report.service).toMatchObject({ manager: 'systemd', action: 'reload', ok: true });
    expect(report.service.commands).toContain('systemctl reload docker.service');
    expect(await mainPid(b)).toBe(pid);
    expect(await sh(b, `docker inspect -f '{{.State.Running}} {{.State.StartedAt}}' ${id}`)).toBe(`true ${startedAt}`);
    expect((await registryConfig(b)).Mirrors).toEqual(['https://mirror.example.com/']);

    // Idempotent: the same command again changes nothing and touches no service.
    const again = await run(b, ['mirror', 'add', 'https://mirror.example.com']);
    expect(again.report).toMatchObject({ changed: false, service: { action: 'none' } });
    expect(await mainPid(b)).toBe(pid);
  });

  it('hosts on the -H fd:// unit: the drop-in, daemon-reload, a restart, and both sockets answer', async () => {
    const b = await boot();
    const { exitCode, report } = await run(b, ['host', 'add', 'tcp://127.0.0.1:2375']);
    await expectTcpHostAdded(b, exitCode, report);
    expect(await sh(b, 'curl -sS --unix-socket /var/run/docker.sock http://x/_ping')).toBe('OK');
    expect(await sh(b, 'systemctl show -p NeedDaemonReload --value docker')).toBe('no');
  });

  it('a change dockerd cannot start with (port taken) is rolled back: old files, old daemon, the cause', async () => {
    const b = await boot();
    const json = b.hostPath('/etc/docker/daemon.json');
    writeFileSync(json, '{\n  "debug": false\n}\n');
    await sh(b, 'systemctl restart docker');
    const before = sha(json);
    await holdPort(b, 2376);

    const { exitCode, report } = await run(b, ['host', 'add', 'tcp://127.0.0.1:2376']);
    expectPortTakenRolledBack(exitCode, report);
    expect(sha(json)).toBe(before);
    expect(existsSync(b.hostPath(DROP_IN))).toBe(false);
    expect(report.restored?.map((r) => r.path).sort()).toEqual(['/etc/docker/daemon.json', DROP_IN].sort());
    expect(await sh(b, 'systemctl is-active docker')).toBe('active');
    expect(await sh(b, 'systemctl cat docker | grep -c "^ExecStart=/usr/sbin/dockerd -H fd://" || true')).toBe('1');
    expect(await sh(b, 'curl -sS --unix-socket /var/run/docker.sock http://x/_ping')).toBe('OK');
  });

  it('a storage driver this host cannot run (btrfs on ext4) is rolled back, with the cause', async () => {
    const b = await boot();
    const json = b.hostPath('/etc/docker/daemon.json');
    writeFileSync(json, '{}\n');
    const { exitCode, report } = await run(b, ['set', 'storage-driver', 'btrfs']);
    expect(exitCode).toBe(1);
    expect(report).toMatchObject({ rolledBack: true, service: { action: 'restart' } });
    const cause = report.diagnostics.find((d) => d.severity === 'error');
    expect(cause).toMatchObject({ id: 'storage-driver-failed' });
    expect(cause?.dockerd).toMatch(/graphdriver/);
    expect(readFileSync(json, 'utf8')).toBe('{}\n');
    expect(await sh(b, "docker info --format '{{.Driver}}'")).toBe('overlay2');
  });

  it("after systemd's start limit was hit by a broken file, repair clears it, restarts and verifies", async () => {
    const b = await boot();
    // The famous mirror script: a dangling comma. Each restart fails; systemd gives up.
    writeFileSync(b.hostPath('/etc/docker/daemon.json'), '{"registry-mirrors": ["https://mirror.example.com"],}\n');
    for (let i = 0; i < 4; i++) await b.exec(['systemctl', 'restart', 'docker']);
    expect((await b.exec(['systemctl', 'is-active', 'docker'])).stdout.trim()).toBe('failed');

    // What the on-call person pastes: the real journal says why, under systemd's noise.
    const explained = await b.exec([
      'sh',
      '-c',
      `journalctl -u docker --no-pager | NO_COLOR=1 node ${cliEntry} explain --json`,
    ]);
    expect(explained.exitCode).toBe(1);
    const ids = (JSON.parse(explained.stdout) as { diagnostics: { id: string; dockerd?: string }[] }).diagnostics;
    expect(ids[0]).toMatchObject({
      id: 'json-syntax',
      dockerd: expect.stringMatching(/invalid character '\}' looking for beginning of object key string/),
    });
    expect(ids.map((d) => d.id)).toContain('start-limit-hit');

    const { exitCode, report } = await run(b, ['repair']);
    expect(exitCode).toBe(0);
    expect(report.service).toMatchObject({ action: 'restart', ok: true, startLimitHit: true });
    expect(report.service.commands).toContain('systemctl reset-failed docker.service docker.socket');
    expect(report.diagnostics.find((d) => d.id === 'start-limit-hit')).toBeTruthy();
    expect(report.verified).toBe(true);
    expect((await registryConfig(b)).Mirrors).toEqual(['https://mirror.example.com/']);
  });

  it('rollback undoes the last change through the same path, byte for byte, and verifies it', async () => {
    const b = await boot();
    const json = b.hostPath('/etc/docker/daemon.json');
    writeFileSync(json, '{\n\t"debug": false\n}\n');
    const before = readFileSync(json);
    expect((await run(b, ['mirror', 'add', 'https://mirror.example.com'])).report.verified).toBe(true);

    const { exitCode, report } = await run(b, ['rollback']);
    expect(exitCode).toBe(0);
    expect(readFileSync(json).equals(before)).toBe(true);
    // The mirrors key is gone: a reload would keep the old mirrors, so this restarts.
    expect(report.service).toMatchObject({ action: 'restart', ok: true });
    expect(report.verified).toBe(true);
    expect((await registryConfig(b)).Mirrors ?? []).toEqual([]);
  });

  it('restart and reload are commands of their own, verified', async () => {
    const b = await boot();
    const restart = await run(b, ['restart']);
    expect(restart.exitCode).toBe(0);
    expect(restart.report).toMatchObject({ ok: true, verified: true, service: { action: 'restart' } });
    const reload = await run(b, ['reload']);
    expect(reload.report).toMatchObject({ ok: true, verified: true, service: { action: 'reload' } });
  });
});

describe('a mirror that really serves: Debian docker-registry on loopback, in a test-owned netns', () => {
  let registry: Registry;
  let image: TinyImage;
  beforeAll(async () => {
    registry = await startRegistry({ netns: `dcfg-mirror-${process.pid % 10000}`, port: 5000 });
    image = await pushTinyImage(registry, 'mirrortiny');
  });
  afterAll(async () => {
    await registry?.stop();
  });

  it('after `mirror add`, docker pull of a Docker Hub name goes through the mirror', async () => {
    box = await bootSdbox(`sd3-mirror-${process.pid % 10000}`, { netns: registry.netns });
    // Before: no mirror, no way out of the netns: the pull fails.
    expect((await box.exec(['docker', 'pull', image.pullName])).exitCode).not.toBe(0);

    const { exitCode, report } = await run(box, ['mirror', 'add', registry.url]);
    expect(exitCode).toBe(0);
    expect(report).toMatchObject({ verified: true, service: { action: 'reload', ok: true } });
    const pull = await box.exec(['docker', 'pull', image.pullName]);
    expect(pull.exitCode).toBe(0);
    expect(pull.stdout).toMatch(/Downloaded newer image for mirrortiny:latest/);
    expect(registry.requests()).toContain('HEAD /v2/library/mirrortiny/manifests/latest');
  });
});
