import { NEWEST_KNOWN, parseEngineVersion, type EngineVersion } from './version.js';

/** Which engine version's rules apply, and how we know (src/sources/detect-engine.ts asks the host). */
export interface DetectedEngine {
  version: EngineVersion;
  /** How we know: given with --engine-version, asked of a dockerd binary, or assumed. */
  how: 'given' | 'package' | 'dockerd --version' | 'newest known';
  binary?: string;
}

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

/** --engine-version as given; throws when it does not look like a version. */
export function givenEngine(given: string): DetectedEngine {
  const version = parseEngineVersion(given);
  if (!version || !/^v?\d+\.\d+(\.\d+)?([+~-].*)?$/.test(given.trim())) {
    throw new Error(`--engine-version must look like X.Y or X.Y.Z (e.g. 20.10, 28.5.2), not "${given}"`);
  }
  return { version, how: 'given' };
}

/** No answer from the host: the newest version we know the rules of. */
export function newestKnownEngine(): DetectedEngine {
  return { version: parseEngineVersion(NEWEST_KNOWN)!, how: 'newest known' };
}
