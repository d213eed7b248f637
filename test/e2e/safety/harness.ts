import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));

export type Driver = 'write-once' | 'write-loop' | 'add-labels' | 'write-two-killed';

/**
 * Bundle the drivers (and the apply module in them) into a directory anyone can read, since
 * some run as nobody. Node 20 cannot run .ts itself.
 */
export async function buildDrivers(): Promise<{ dir: string; path(driver: Driver): string; remove(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'dockerd-config-drivers-'));
  chmodSync(dir, 0o755);
  const drivers = readdirSync(join(here, 'drivers')).filter((f) => f.endsWith('.ts') && f !== 'report.ts');
  await build({
    entryPoints: Object.fromEntries(drivers.map((f) => [f.replace(/\.ts$/, ''), join(here, 'drivers', f)])),
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // jsonc-parser's UMD build cannot be bundled; its ESM build can.
    mainFields: ['module', 'main'],
    // Only nodeExec imports it, lazily, and no driver runs programs: keep start-up small.
    external: ['execa'],
    logLevel: 'warning',
  });
  return {
    dir,
    path: (driver) => join(dir, `${driver}.mjs`),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A --root anyone can traverse (drivers run as nobody too), with its files. */
export function makeRoot(files: Record<string, string> = {}): { root: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'dockerd-config-e2e-'));
  chmodSync(root, 0o755);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

export interface DriverOutcome {
  status: number | null;
  report:
    | { ok: boolean; id?: string; message?: string; hint?: string; exitCode?: number; result?: unknown }
    | undefined;
  stderr: string;
}

/** Run a driver to the end, as root or (asNobody) as uid/gid 65534 with no groups. */
export function runDriver(
  script: string,
  args: readonly string[],
  options: { asNobody?: boolean } = {},
): DriverOutcome {
  const command = options.asNobody
    ? (['setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, script, ...args]] as const)
    : ([process.execPath, [script, ...args]] as const);
  const run = spawnSync(command[0], command[1], { encoding: 'utf8', timeout: 30_000 });
  const line = run.stdout.trim().split('\n').pop();
  return {
    status: run.status,
    report: line ? (JSON.parse(line) as DriverOutcome['report']) : undefined,
    stderr: run.stderr,
  };
}

export function startDriver(script: string, args: readonly string[]): ChildProcess {
  return spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
}

/** mount(8) and friends; throws with their stderr. */
export function sh(command: string, ...args: string[]): void {
  const run = spawnSync(command, args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${run.stderr || run.error?.message}`);
}

/** Unmount even when a test failed halfway; lazily if something still holds it. */
export function unmount(dir: string): void {
  if (spawnSync('umount', [dir]).status !== 0) spawnSync('umount', ['-l', dir]);
}
