import { readText } from './fs-read.js';
import { underRoot, type Ctx } from '../context.js';
import { givenEngine, newestKnownEngine, packagedVersion, type DetectedEngine } from '../engine/detected.js';
import { parseEngineVersion } from '../engine/version.js';

// A hand-installed dockerd in /usr/local/bin shadows the packaged one on PATH.
const DOCKERD_PATHS = ['/usr/local/bin/dockerd', '/usr/bin/dockerd', '/usr/sbin/dockerd'];

/**
 * The engine version whose rules apply: --engine-version, else the installed dockerd's
 * own answer (under --root, only a dockerd inside that root counts), else the newest known.
 */
export async function detectEngine(ctx: Ctx, given: string | undefined): Promise<DetectedEngine> {
  if (given !== undefined) return givenEngine(given);
  const local = underRoot(ctx, '/usr/local/bin/dockerd');
  const status = underRoot(ctx, '/var/lib/dpkg/status');
  if (!ctx.fs.existsSync(local) && ctx.fs.existsSync(status)) {
    const text = readText(ctx, status);
    const found = text === null ? undefined : packagedVersion(text);
    if (found) return { version: found.version, how: 'package', binary: found.name };
  }
  for (const path of DOCKERD_PATHS) {
    const binary = underRoot(ctx, path);
    if (!ctx.fs.existsSync(binary)) continue;
    const result = await ctx.exec(binary, ['--version'], { timeoutMs: 5000 });
    const version = result.exitCode === 0 ? parseEngineVersion(result.stdout) : undefined;
    if (version) return { version, how: 'dockerd --version', binary };
  }
  return newestKnownEngine();
}

export type { DetectedEngine };
