/**
 * Where the running daemon's /info differs from what the configuration says. Lists whose order
 * dockerd does not keep (29.x builds the CIDRs from a map; labels come out of a map) compare
 * as sets; mirrors are tried in order, so their order must match. null and [] are the same
 * list (20.10 sends [], 26+ null). Pure.
 */
import type { EngineVersion } from '../engine/version.js';
import type { ExpectedState } from './expect.js';
import type { DaemonInfo } from './info.js';

export interface Difference {
  /** The daemon.json key, e.g. "registry-mirrors". */
  setting: string;
  expected: unknown;
  actual: unknown;
  /** Where /info shows it, e.g. "RegistryConfig.InsecureRegistryCIDRs". */
  field?: string;
}

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);
const sorted = (a: readonly string[]): string[] => [...new Set(a)].sort();
const sameSet = (a: readonly string[], b: readonly string[]): boolean => sameList(sorted(a), sorted(b));

/** `_engine`: the version's quirks are all absorbed above (and its defaults are in ExpectedState). */
export function compareWithInfo(expected: ExpectedState, info: DaemonInfo, _engine?: EngineVersion): Difference[] {
  const differences: Difference[] = [];
  const differ = (setting: string, field: string, want: unknown, got: unknown): void => {
    differences.push({ setting, expected: want, actual: got, field });
  };
  const registry = info.RegistryConfig ?? {};
  const indexes = registry.IndexConfigs ?? {};

  const mirrors = registry.Mirrors ?? [];
  if (!sameList(mirrors, expected.mirrors))
    differ('registry-mirrors', 'RegistryConfig.Mirrors', expected.mirrors, mirrors);
  const hubMirrors = indexes['docker.io']?.Mirrors ?? [];
  if (!sameList(hubMirrors, expected.mirrors))
    differ('registry-mirrors', 'RegistryConfig.IndexConfigs["docker.io"].Mirrors', expected.mirrors, hubMirrors);

  const cidrs = registry.InsecureRegistryCIDRs ?? [];
  if (!sameSet(cidrs, expected.insecureCidrs))
    differ(
      'insecure-registries',
      'RegistryConfig.InsecureRegistryCIDRs',
      sorted(expected.insecureCidrs),
      sorted(cidrs),
    );
  const insecureHosts = Object.entries(indexes)
    .filter(([, index]) => index.Secure === false)
    .map(([name]) => name);
  if (!sameSet(insecureHosts, expected.insecureHosts))
    differ(
      'insecure-registries',
      'RegistryConfig.IndexConfigs (Secure: false)',
      sorted(expected.insecureHosts),
      sorted(insecureHosts),
    );

  if (expected.debug !== undefined && info.Debug !== expected.debug)
    differ('debug', 'Debug', expected.debug, info.Debug ?? null);
  if (expected.liveRestore !== undefined && info.LiveRestoreEnabled !== expected.liveRestore) {
    differ('live-restore', 'LiveRestoreEnabled', expected.liveRestore, info.LiveRestoreEnabled ?? null);
  }
  if (expected.labels !== undefined && !sameSet(info.Labels ?? [], expected.labels))
    differ('labels', 'Labels', sorted(expected.labels), sorted(info.Labels ?? []));
  return differences;
}

const shown = (value: unknown): string => JSON.stringify(value ?? null);

/** "registry-mirrors: RegistryConfig.Mirrors is [...], expected [...]" */
export function describeDifference(d: Difference): string {
  return `${d.setting}: ${d.field ?? d.setting} is ${shown(d.actual)}, expected ${shown(d.expected)}`;
}
