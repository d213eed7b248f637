/** A dockerd engine version: the rules that apply depend on it. */
export interface EngineVersion {
  major: number;
  minor: number;
  patch: number;
  /** As given or detected, e.g. "28.5.2+dfsg4". */
  raw: string;
}

/** The newest version whose rules we know; used when nothing is detected or given. */
export const NEWEST_KNOWN = '29.7.2';
export const OLDEST_KNOWN = '20.10.0';

/** "20.10", "28.5.2", "v26.1.5+dfsg1", "Docker version 28.5.2+dfsg4, build 3ef3c07" */
export function parseEngineVersion(text: string): EngineVersion | undefined {
  const m = /(?:^|[\sv])(\d+)\.(\d+)(?:\.(\d+))?/.exec(` ${text.trim()}`);
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3] ?? 0), raw: text.trim() };
}

export function compareVersions(a: EngineVersion, b: EngineVersion): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

/** atLeast(v, "24.0.8") */
export function atLeast(v: EngineVersion, min: string): boolean {
  const m = parseEngineVersion(min);
  if (!m) throw new Error(`bad version literal ${min}`);
  return compareVersions(v, m) >= 0;
}

export function formatVersion(v: EngineVersion): string {
  return `${v.major}.${v.minor}.${v.patch}`;
}

/** Is the version one whose rules we know (20.10 … 29.x)? */
export function isSupported(v: EngineVersion): boolean {
  return atLeast(v, OLDEST_KNOWN) && v.major <= 29;
}
