import { underRoot, type Ctx } from '../context.js';
import { NEWEST_KNOWN, parseEngineVersion, type EngineVersion } from './version.js';

export interface DetectedEngine {
  version: EngineVersion;
  /** How we know: given with --engine-version, asked of a dockerd binary, or assumed. */
  how: 'given' | 'package' | 'dockerd --version' | 'newest known';
  binary?: string;
}

// A hand-installed dockerd in /usr/local/bin shadows the packaged one on PATH.
const DOCKERD_PATHS = ['/usr/local/bin/dockerd', '/usr/bin/dockerd', '/usr/sbin/dockerd'];
const PACKAGES = ['docker-ce', 'docker.io', 'moby-engine'];

/** The installed package's version from dpkg's status file: no process to start. */
export function packagedVersion(status: string): { version: EngineVersion; name: string } | undefined {
  for (const stanza of status.split(/\n\n+/)) {
    const name = /^Package: (.+)$/m.exec(stanza)?.[1];
    if (!name || !PACKAGES.includes(name) || !/^Status: .* installed$/m.test(stanza)) continue;
    const raw = /^Version: (.+)$/m.exec(stanza)?.[1];
    const version = raw && parseEngineVersion(raw.replace(/^\d+:/, ''));
    if (version) return { version, name };
  }
  return undefined;
}

/**
 * The engine version whose rules apply: --engine-version, else the installed dockerd's
 * own answer (under --root, only a dockerd inside that root counts), else the newest known.
 */
export async function detectEngine(ctx: Ctx, given: string | undefined): Promise<DetectedEngine> {
  if (given !== undefined) {
    const version = parseEngineVersion(given);
    if (!version || !/^v?\d+\.\d+(\.\d+)?([+~-].*)?$/.test(given.trim())) {
      throw new Error(`--engine-version must look like X.Y or X.Y.Z (e.g. 20.10, 28.5.2), not "${given}"`);
    }
    return { version, how: 'given' };
  }
  const local = underRoot(ctx, '/usr/local/bin/dockerd');
  const status = underRoot(ctx, '/var/lib/dpkg/status');
  if (!ctx.fs.existsSync(local) && ctx.fs.existsSync(status)) {
    const found = packagedVersion(ctx.fs.readFileSync(status, 'utf8'));
    if (found) return { version: found.version, how: 'package', binary: found.name };
  }
  for (const path of DOCKERD_PATHS) {
    const binary = underRoot(ctx, path);
    if (!ctx.fs.existsSync(binary)) continue;
    const result = await ctx.exec(binary, ['--version'], { timeoutMs: 5000 });
    const version = result.exitCode === 0 ? parseEngineVersion(result.stdout) : undefined;
    if (version) return { version, how: 'dockerd --version', binary };
  }
  return { version: parseEngineVersion(NEWEST_KNOWN)!, how: 'newest known' };
}
