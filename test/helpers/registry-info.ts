// What GET /info's RegistryConfig should show for a configuration, predicted with our own
// normalisers, and where a running daemon's /info differs from that. Pure.
import type { EngineVersion } from '../../src/engine/version.js';
import { defaultInsecureCIDRs, normalizeInsecureRegistry, normalizeMirrorList } from '../../src/validate/values/index.js';
import type { DaemonInfo } from './real-dockerd.js';

/** The registry settings of a configuration: daemon.json's keys plus the matching flags. */
export interface RegistrySettings {
  mirrors: string[];
  insecure: string[];
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Values of a repeatable flag, in "--flag=value" or "--flag value" form. */
function flagValues(args: readonly string[], flag: string): string[] {
  const out: string[] = [];
  args.forEach((arg, i) => {
    if (arg.startsWith(`${flag}=`)) out.push(arg.slice(flag.length + 1));
    else if (arg === flag && args[i + 1] !== undefined) out.push(args[i + 1]!);
  });
  return out;
}

/**
 * The settings dockerd reads, or undefined when the file is not plain JSON we can read the same
 * way (UTF-16, trailing content that only 20.10 ignores): those cases are not checked here.
 */
export function registrySettings(file: Buffer, args: readonly string[]): RegistrySettings | undefined {
  const text = file.toString('utf8').replace(/^\uFEFF/, '');
  let parsed: unknown;
  try {
    parsed = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    return undefined;
  }
  const top = (parsed ?? {}) as Record<string, unknown>;
  if (typeof top !== 'object' || Array.isArray(top)) return undefined;
  return {
    mirrors: [...strings(top['registry-mirrors']), ...flagValues(args, '--registry-mirror')],
    insecure: [...strings(top['insecure-registries']), ...flagValues(args, '--insecure-registry')],
  };
}

export interface RegistryExpectation {
  mirrors: string[];
  /** user CIDRs (normalised) and the daemon's defaults */
  insecureCidrs: string[];
  insecureHosts: string[];
}

/** Our normalisers' prediction; a string when they call a value invalid (dockerd started, so that is a bug too). */
export function predictRegistry(s: RegistrySettings, engine: EngineVersion): RegistryExpectation | string {
  const mirrors = normalizeMirrorList(s.mirrors, engine).value;
  const cidrs: string[] = [];
  const hosts: string[] = [];
  for (const entry of s.insecure) {
    const r = normalizeInsecureRegistry(entry, engine);
    if (!r.ok) return `normalizeInsecureRegistry(${JSON.stringify(entry)}) says invalid: ${r.reason}`;
    (r.kind === 'cidr' ? cidrs : hosts).push(r.value);
  }
  return { mirrors, insecureCidrs: [...new Set([...cidrs, ...defaultInsecureCIDRs(engine)])], insecureHosts: hosts };
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
const sameSet = (a: readonly string[], b: readonly string[]): boolean => sameList([...new Set(a)].sort(), [...new Set(b)].sort());

/** Every way /info differs from the prediction ([] when it matches). null and [] are the same list. */
export function registryMismatches(expected: RegistryExpectation, info: DaemonInfo): string[] {
  const rc = info.RegistryConfig ?? {};
  const problems: string[] = [];
  const mirrors = rc.Mirrors ?? [];
  if (!sameList(mirrors, expected.mirrors)) problems.push(`Mirrors ${JSON.stringify(mirrors)}, predicted ${JSON.stringify(expected.mirrors)}`);
  const hub = rc.IndexConfigs?.['docker.io']?.Mirrors ?? [];
  if (!sameList(hub, expected.mirrors)) problems.push(`IndexConfigs["docker.io"].Mirrors ${JSON.stringify(hub)}, predicted ${JSON.stringify(expected.mirrors)}`);
  const cidrs = rc.InsecureRegistryCIDRs ?? [];
  if (!sameSet(cidrs, expected.insecureCidrs)) {
    problems.push(`InsecureRegistryCIDRs ${JSON.stringify(cidrs)}, predicted ${JSON.stringify(expected.insecureCidrs)} (as a set)`);
  }
  for (const host of expected.insecureHosts) {
    const index = rc.IndexConfigs?.[host];
    if (index?.Secure !== false) problems.push(`IndexConfigs[${JSON.stringify(host)}] is ${JSON.stringify(index ?? null)}, predicted Secure=false`);
  }
  return problems;
}
