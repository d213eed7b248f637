// Issue 3 without systemd: Debian's init script (a test-owned copy, test/infra/nsbox.sh) and a
// plain dockerd behind --restart-cmd, for each dockerd build we test against. Real dockerd, real
// files, our built CLI run inside the box's namespaces.
import { existsSync, linkSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startNsbox, type Nsbox } from '../helpers/boxes.js';
import { holdPort, runJson as run, sh } from '../helpers/cli-report.js';
import { dockerdPids } from '../helpers/daemon-state.js';

let box: Nsbox | undefined;
afterEach(async () => {
  await box?.stop();
  box = undefined;
});
let serial = 0;
const start = async (): Promise<Nsbox> => (box = await startNsbox(`ns3-${process.pid % 10000}-${serial++}`));
const ping = (b: Nsbox) => sh(b, 'curl -sS --unix-socket /var/run/docker.sock http://x/_ping');

describe('sysvinit: service docker through the init script', () => {
  it('a mirror is reloaded with SIGHUP to the pid in /var/run/docker.pid and verified', async () => {
    const b = await start();
    await sh(
      b,
      'service docker start >/dev/null; for i in $(seq 100); do curl -s --unix-socket /var/run/docker.sock http://x/_ping >/dev/null && exit 0; sleep 0.1; done; exit 1',
    );
    const pid = await sh(b, 'cat /var/run/docker.pid');

    const { exitCode, report } = await run(b, ['mirror', 'add', 'https://mirror.example.com']);
    expect(exitCode).toBe(0);
    expect(report).toMatchObject({
      ok: true,
      verified: true,
      service: { manager: 'sysvinit', action: 'reload', ok: true },
    });
    expect(report.service.commands).toEqual([`kill -HUP ${pid}`]);
    expect(await sh(b, 'cat /var/run/docker.pid')).toBe(pid);
    expect(await sh(b, "docker info --format '{{json .RegistryConfig.Mirrors}}'")).toBe(
      '["https://mirror.example.com/"]',
    );
  });

  it('`service docker restart` says "Starting Docker" while dockerd dies: read the log, roll back, start the old one', async () => {
    const b = await start();
    writeFileSync(b.hostPath('/etc/docker/daemon.json'), '{}\n');
    await sh(
      b,
      'service docker start >/dev/null; for i in $(seq 100); do curl -s --unix-socket /var/run/docker.sock http://x/_ping >/dev/null && exit 0; sleep 0.1; done; exit 1',
    );
    await holdPort(b, 2376);

    const { exitCode, report } = await run(b, ['host', 'add', 'tcp://127.0.0.1:2376']);
    expect(exitCode).toBe(1);
    expect(report).toMatchObject({ ok: false, rolledBack: true, service: { manager: 'sysvinit', action: 'restart' } });
    expect(report.diagnostics.find((d) => d.severity === 'error')).toMatchObject({
      id: 'address-in-use',
      dockerd: expect.stringMatching(/127\.0\.0\.1:2376/),
    });
    expect(report.diagnostics.some((d) => d.id === 'rollback-failed')).toBe(false);
    expect(readFileSync(b.hostPath('/etc/docker/daemon.json'), 'utf8')).toBe('{}\n');
    expect(await ping(b)).toBe('OK');
  });

  it('a stopped daemon stays stopped: the file is written, the init script is not run (issue 11)', async () => {
    const b = await start();
    const { exitCode, report } = await run(b, ['set', 'debug', 'true']);
    expect(JSON.parse(readFileSync(b.hostPath('/etc/docker/daemon.json'), 'utf8'))).toEqual({ debug: true });
    expect(report).toMatchObject({
      outcome: 'kept',
      kept: { because: 'daemon-stopped' },
      verified: false,
      rolledBack: false,
    });
    expect(exitCode).toBe(0);
    expect(report.service.commands).not.toContain('service docker start');
    expect(report.diagnostics.find((d) => d.id === 'daemon-stopped')).toMatchObject({ severity: 'info' });
    expect(await dockerdPids(b)).toEqual([]);
    // The script's start creates /var/log/docker.log first thing: it never ran.
    expect(existsSync(b.hostPath('/var/log/docker.log'))).toBe(false);
  });
});

// dockerd builds: Debian 12's, and the newer ones scripts/provision.sh unpacks.
const BUILDS: [string, string][] = [
  ['20.10.24', '/usr/sbin/dockerd'],
  ['26.1.5', '/var/cache/dockerd-config/trixie/usr/sbin/dockerd'],
  ['28.5.2', '/var/cache/dockerd-config/sid/usr/sbin/dockerd'],
];
// Light and quick: no bridge, no iptables, vfs. The same flags go to our --daemon-args.
const FLAGS = '-p /var/run/docker.pid --storage-driver=vfs --iptables=false --bridge=none';

describe.each(BUILDS)('--restart-cmd with a plain dockerd %s', (version, build) => {
  // The box has its own /var: the build goes in by a hard link (same file system, no copy).
  const dockerd = '/var/lib/dockerd-build/dockerd';
  const restartScript = `#!/bin/sh
# Stop the dockerd in the pidfile, start a new one in the background (what s6 or supervisord would do).
P=/var/run/docker.pid
if [ -s $P ] && kill -0 "$(cat $P)" 2>/dev/null; then
  kill "$(cat $P)"; while kill -0 "$(cat $P)" 2>/dev/null; do sleep 0.05; done
fi
setsid ${dockerd} ${FLAGS} >>/var/log/plain-dockerd.log 2>&1 </dev/null &
`;
  const cliArgs = [
    '--engine-version',
    version,
    `--daemon-args=${FLAGS}`,
    '--restart-cmd',
    'sh /etc/docker/restart-dockerd.sh',
    '--daemon-log',
    '/var/log/plain-dockerd.log',
  ];

  it('reloads a mirror, restarts for a removed key, rolls back a change that fails at start', async () => {
    const b = await start();
    if (!existsSync(build)) throw new Error(`${build} is missing: run bash scripts/provision.sh as root`);
    mkdirSync(dirname(b.hostPath(dockerd)), { recursive: true });
    linkSync(build, b.hostPath(dockerd));
    writeFileSync(b.hostPath('/etc/docker/restart-dockerd.sh'), restartScript, { mode: 0o755 });
    writeFileSync(b.hostPath('/etc/docker/daemon.json'), '{}\n');
    const started = await run(b, ['restart', ...cliArgs]);
    expect(started.report).toMatchObject({
      ok: true,
      verified: true,
      service: { manager: 'custom', action: 'restart' },
    });

    const add = await run(b, ['mirror', 'add', 'https://mirror.example.com', ...cliArgs]);
    expect(add.report).toMatchObject({ ok: true, verified: true, service: { action: 'reload' } });
    expect(add.report.service.commands[0]).toMatch(/^kill -HUP \d+$/);

    // The last mirror removed leaves "registry-mirrors": [], which a reload does apply.
    const remove = await run(b, ['mirror', 'remove', 'https://mirror.example.com', ...cliArgs]);
    expect(remove.report).toMatchObject({ ok: true, verified: true, service: { action: 'reload' } });
    expect(await sh(b, "docker info --format '{{json .RegistryConfig.Mirrors}}'")).toMatch(/^(null|\[\])$/);

    // A key removed: a reload would keep its old value, so this restarts.
    const unset = await run(b, ['unset', 'registry-mirrors', ...cliArgs]);
    expect(unset.report).toMatchObject({ ok: true, verified: true, service: { action: 'restart' } });

    await holdPort(b, 2376);
    const bad = await run(b, ['host', 'add', 'tcp://127.0.0.1:2376', ...cliArgs]);
    expect(bad.exitCode).toBe(1);
    expect(bad.report).toMatchObject({ rolledBack: true });
    expect(bad.report.diagnostics.find((d) => d.severity === 'error')?.id).toBe('address-in-use');
    expect(bad.report.diagnostics.some((d) => d.id === 'rollback-failed')).toBe(false);
    expect(await ping(b)).toBe('OK');
  });
});
