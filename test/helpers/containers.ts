// A container that keeps running inside a box (nsbox or sdbox), made offline from the host's
// /bin/sleep (keepalive-image.ts), and its state read back afterwards. No network: `docker import`
// of a local tar, `--network none`.
import { writeFileSync } from 'node:fs';
import type { Box } from './boxes.js';
import { sh } from './cli-report.js';
import { keepAliveImage } from './keepalive-image.js';

export const KEEPALIVE_IMAGE = 'keep:1';

let tar: Buffer | undefined;
// Inside the box: the nsbox's /var/tmp is its own (var/tmp in its dir), the sdbox's /root its overlay.
const tarPath = (box: Box): string => (box.kind === 'nsbox' ? '/var/tmp/keep.tar' : '/root/keep.tar');

/** Imports the keep-alive image into the box's running dockerd (once per box; cheap to repeat). */
export async function importKeepAlive(box: Box): Promise<void> {
  tar ??= keepAliveImage();
  writeFileSync(box.hostPath(tarPath(box)), tar);
  await sh(
    box,
    `docker image inspect ${KEEPALIVE_IMAGE} >/dev/null 2>&1 || docker import ${tarPath(box)} ${KEEPALIVE_IMAGE} >/dev/null`,
  );
}

export interface KeepAliveOptions {
  /**
   * Seconds dockerd waits after SIGTERM before SIGKILL when it stops the container (default 1).
   * sleep as PID 1 ignores SIGTERM, so a stop always ends in SIGKILL (Exited 137); dockerd's
   * default of 10 s would make every restart of a test cost 10 s (sysvinit: start-stop-daemon's
   * --retry 10 would kill dockerd itself first).
   */
  stopTimeout?: number;
}

/** Starts a detached container NAME that keeps running (`/bin/sleep 3600`); returns its id. */
export async function runKeepAlive(box: Box, name: string, options: KeepAliveOptions = {}): Promise<string> {
  await importKeepAlive(box);
  return sh(
    box,
    `docker run -d --name ${name} --network none --stop-timeout ${options.stopTimeout ?? 1} ${KEEPALIVE_IMAGE} /bin/sleep 3600`,
  );
}

export interface ContainerState {
  Status: string; // running, exited, …
  Running: boolean;
  ExitCode: number;
  Pid: number;
  StartedAt: string;
  FinishedAt: string;
}

/** The container's state as the running dockerd reports it (throws when dockerd does not answer). */
export async function containerState(box: Box, name: string): Promise<ContainerState> {
  return JSON.parse(await sh(box, `docker inspect -f '{{json .State}}' ${name}`)) as ContainerState;
}

/** Names of the running containers (`docker ps`), sorted. */
export async function runningContainers(box: Box): Promise<string[]> {
  const out = await sh(box, "docker ps --format '{{.Names}}'");
  return out ? out.split('\n').sort() : [];
}
