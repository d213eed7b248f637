// Putting a box's dockerd into the state a test starts from, for real, and reading it after:
// running (started by the init script or systemd), stopped by a person (never started), or failed
// (its last start died on the configuration), and whether any dockerd runs at all.
import { writeFileSync } from 'node:fs';
import type { Box, Nsbox } from './boxes.js';
import { sh } from './cli-report.js';

/** `/_ping` over the box's unix socket: 'OK', or '' when nothing answers. */
export async function ping(box: Box): Promise<string> {
  const r = await box.exec([
    'curl',
    '-sS',
    '--max-time',
    '2',
    '--unix-socket',
    '/var/run/docker.sock',
    'http://x/_ping',
  ]);
  return r.exitCode === 0 ? r.stdout.trim() : '';
}

/** Pids (inside the box) of every dockerd process in it. */
export async function dockerdPids(box: Box): Promise<number[]> {
  const r = await box.exec(['pgrep', '-x', 'dockerd']);
  return r.stdout.split('\n').filter(Boolean).map(Number);
}

/** Waits until dockerd answers /_ping on the unix socket (throws after `timeoutMs`). */
export async function waitForPing(box: Box, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await ping(box)) !== 'OK') {
    if (Date.now() > deadline) throw new Error(`dockerd in ${box.name} did not answer /_ping in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** `service docker start` in an nsbox (the patched script: swap first if needed) and wait for /_ping. */
export async function serviceStart(box: Nsbox): Promise<void> {
  const r = await box.exec(['service', 'docker', 'start']);
  if (r.exitCode !== 0)
    throw new Error(`service docker start exited ${r.exitCode} (the unpatched script?):\n${r.stdout}${r.stderr}`);
  await waitForPing(box).catch(async (err: unknown) => {
    const log = await box.exec(['tail', '-n', '20', '/var/log/docker.log']);
    throw new Error(`${String(err)}\n/var/log/docker.log:\n${log.stdout}`);
  });
}

/**
 * Makes the nsbox's last start fail on `daemonJson` for real: writes it, `service docker start`
 * (which says "Starting Docker: docker." and exits 0: start-stop-daemon only forks), then waits
 * until dockerd has exited and its log says why (`because`; default: "unable to configure the
 * Docker daemon with file …", a file that does not parse). Left behind, as on a real host:
 * /var/run/docker-ssd.pid naming the dead pid, that log line. Returns the log. Needs the patched
 * script (the unpatched one never runs dockerd).
 */
export async function failStartOn(
  box: Nsbox,
  daemonJson: string,
  because: RegExp = /unable to configure the Docker daemon/,
): Promise<string> {
  writeFileSync(box.hostPath('/etc/docker/daemon.json'), daemonJson);
  const r = await box.exec(['service', 'docker', 'start']);
  if (r.exitCode !== 0) throw new Error(`service docker start exited ${r.exitCode}:\n${r.stdout}${r.stderr}`);
  const deadline = Date.now() + 15_000;
  for (;;) {
    const log = await box.exec(['cat', '/var/log/docker.log']);
    if ((await dockerdPids(box)).length === 0 && because.test(log.stdout)) return log.stdout;
    if (Date.now() > deadline)
      throw new Error(`dockerd in ${box.name} did not fail on the file in 15 s; log:\n${log.stdout}`);
    await new Promise((res) => setTimeout(res, 100));
  }
}

/** The nsbox's /var/log/docker.log; undefined when absent (the init script's start creates it before its ulimit lines). */
export async function initLog(box: Nsbox): Promise<string | undefined> {
  const r = await box.exec(['cat', '/var/log/docker.log']);
  return r.exitCode === 0 ? r.stdout : undefined;
}

/** systemd's view of docker.service in an sdbox: ActiveState, SubState, Result. */
export async function unitState(box: Box): Promise<{ ActiveState: string; SubState: string; Result: string }> {
  const out = await sh(box, 'systemctl show -p ActiveState -p SubState -p Result docker.service');
  return Object.fromEntries(out.split('\n').map((l) => l.split('=', 2) as [string, string])) as {
    ActiveState: string;
    SubState: string;
    Result: string;
  };
}
