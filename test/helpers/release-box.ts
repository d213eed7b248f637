// Issue 15: the release artefacts (release/, from `npm run release`) on hosts without Node: a
// booted systemd box with neither Node nor the checkout inside (sdbox.sh, SDBOX_NO_NODE=1), and a
// chroot of the bare sdbox rootfs through a throwaway overlay (the rootfs itself is never written).
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, posix } from 'node:path';
import { checkout, cleanEnv, onExitCleanup, type Box, type ExecResult } from './boxes.js';

export const version = (JSON.parse(readFileSync(join(checkout, 'package.json'), 'utf8')) as { version: string })
  .version;

/** RELEASE_DIR: artefacts built elsewhere (node scripts/release/release.mjs --out DIR), as package.test.ts. */
export const releaseDir = process.env.RELEASE_DIR ?? join(checkout, 'release');

export interface Artefacts {
  exe: string;
  deb: string;
}

/** The executable and the .deb of this version; throws, naming `npm run release`, when one is missing. */
export function releaseArtefacts(): Artefacts {
  const exe = join(releaseDir, 'dockerd-config-linux-x64');
  const deb = join(releaseDir, `dockerd-config_${version}_amd64.deb`);
  const missing = [exe, deb].filter((p) => !existsSync(p));
  if (missing.length > 0)
    throw new Error(`missing release artefacts: ${missing.join(', ')}; build them first with \`npm run release\``);
  return { exe, deb };
}

/** The bare rootfs the sdbox boxes boot from (scripts/provision.sh builds it). */
export const sdboxRootfs =
  process.env.SDBOX_ROOTFS ?? join(process.env.DOCKERD_CACHE ?? '/var/cache/dockerd-config', 'sdbox-rootfs');

/** `/usr/bin/dockerd-config ARGS` inside the box (NO_COLOR=1; stdin empty unless `input`). */
export const installed = (box: Box, args: readonly string[], input?: string): Promise<ExecResult> =>
  box.exec(['env', 'NO_COLOR=1', '/usr/bin/dockerd-config', ...args], { input, timeoutMs: 120_000 });

/** `/usr/bin/dockerd-config ARGS --json -y`; throws unless stdout is one JSON document. */
export async function installedJson<T>(box: Box, args: readonly string[]): Promise<{ exitCode: number; report: T }> {
  const r = await installed(box, [...args, '--json', '-y']);
  try {
    return { exitCode: r.exitCode, report: JSON.parse(r.stdout) as T };
  } catch {
    throw new Error(
      `dockerd-config ${args.join(' ')}: not one JSON document (exit ${r.exitCode}):\n${r.stdout}\n${r.stderr}`,
    );
  }
}

/**
 * Something else holds 127.0.0.1:PORT inside the box, without Node: a transient socket unit that
 * systemd itself listens on (systemd-run returns once it listens).
 */
export async function holdPortWithoutNode(box: Box, port: number): Promise<void> {
  const r = await box.exec([
    'systemd-run',
    '--quiet',
    `--unit=hold-${port}`,
    `--socket-property=ListenStream=127.0.0.1:${port}`,
    '/bin/sleep',
    'infinity',
  ]);
  if (r.exitCode !== 0) throw new Error(`holding port ${port}: exit ${r.exitCode}\n${r.stderr}`);
}

/** sha256 of every file (and the target of every symlink) under each path inside the box; absent paths map to 'absent'. */
export function treeDigest(box: Box, paths: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (inside: string): void => {
    const host = box.hostPath(inside);
    const stat = lstatSync(host, { throwIfNoEntry: false });
    if (!stat) out[inside] = 'absent';
    else if (stat.isSymbolicLink()) out[inside] = 'symlink';
    else if (stat.isDirectory()) for (const e of readdirSync(host).sort()) visit(posix.join(inside, e));
    else out[inside] = createHash('sha256').update(readFileSync(host)).digest('hex');
  };
  for (const p of paths) visit(p);
  return out;
}

export interface BareChroot {
  /** The chroot's directory: the bare rootfs with what `put` added on top. */
  dir: string;
  /** Copies a host file or directory to `inside` (in the overlay's upper layer only). */
  put(hostPath: string, inside: string): void;
  /** Runs `cmd` under `chroot dir` with an empty environment. */
  run(cmd: readonly string[]): ExecResult;
  /** Unmounts and removes the overlay; safe to call twice. */
  cleanup(): void;
}

/** A throwaway overlay on the bare sdbox rootfs (no /proc, /sys or /dev mounted: as bare as it gets). */
export function bareChroot(): BareChroot {
  if (!existsSync(join(sdboxRootfs, 'lib/systemd/systemd')))
    throw new Error(`no sdbox rootfs at ${sdboxRootfs}; run as root: bash scripts/provision.sh`);
  // Beside the box instances: the same (non-overlay) filesystem they keep their upper layers on.
  const parent = process.env.SDBOX_INST ?? '/var/tmp/dockerd-config-sdbox';
  mkdirSync(parent, { recursive: true });
  const base = mkdtempSync(join(parent, 'chroot-'));
  const [upper, work, dir] = ['upper', 'work', 'merged'].map((d) => join(base, d)) as [string, string, string];
  for (const d of [upper, work, dir]) mkdirSync(d);
  let mounted = false;
  const cleanup = (): void => {
    if (mounted) execFileSync('umount', [dir]);
    mounted = false;
    rmSync(base, { recursive: true, force: true });
    registration.release();
  };
  const registration = onExitCleanup(`chroot:${base}`, cleanup);
  try {
    execFileSync('mount', [
      '-t',
      'overlay',
      'overlay',
      '-o',
      `lowerdir=${sdboxRootfs},upperdir=${upper},workdir=${work}`,
      dir,
    ]);
    mounted = true;
  } catch (err) {
    cleanup();
    throw err;
  }
  return {
    dir,
    put: (hostPath, inside) => execFileSync('cp', ['-a', hostPath, join(dir, inside)]),
    run: (cmd) => runSync('/usr/sbin/chroot', [dir, ...cmd], {}),
    cleanup,
  };
}

/** Runs a host command to its end; a timeout (60 s) or a failure to start throws. */
function runSync(file: string, args: readonly string[], env: NodeJS.ProcessEnv): ExecResult {
  const r = spawnSync(file, args, { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
  if (r.error) throw r.error;
  if (r.status === null) throw new Error(`${[file, ...args].join(' ')}: killed by ${r.signal}`);
  return { exitCode: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A host command with an empty environment (`env -i`: no PATH, so no node to find). */
export const runBare = (file: string, args: readonly string[]): ExecResult =>
  runSync('env', ['-i', file, ...args], cleanEnv());
