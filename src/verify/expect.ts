/**
 * What GET /info should show for a configuration, normalised the way dockerd normalises it
 * (moby-daemon-config.md §3). Only settings /info reports; registry lists always (their
 * defaults apply when unset), debug/labels/live-restore only when the configuration sets them.
 */
import type { EngineVersion } from '../engine/version.js';
import { defaultInsecureCIDRs, normalizeInsecureRegistry, normalizeMirror } from '../validate/values/index.js';
import { boolOf, stringsOf, type Settings } from './settings.js';

export interface ExpectedState {
  /** Normalised (one trailing "/" stripped, then "/" added), duplicates dropped, in order. */
  mirrors: string[];
  /** The configured CIDRs at their network address, plus the defaults of this version. */
  insecureCidrs: string[];
  /** host[:port] entries, scheme stripped: each has an IndexConfigs entry with Secure false. */
  insecureHosts: string[];
  debug?: boolean;
  labels?: string[];
  liveRestore?: boolean;
  /** Entries this version refuses: dockerd does not start (or reload) with them. */
  rejected: Array<{ setting: string; value: string; reason: string }>;
}

function mirrorsOf(settings: Settings, engine: EngineVersion, rejected: ExpectedState['rejected']): string[] {
  const mirrors: string[] = [];
  for (const value of stringsOf(settings, 'registry-mirrors') ?? []) {
    const r = normalizeMirror(value, engine);
    if (!r.ok) rejected.push({ setting: 'registry-mirrors', value, reason: r.reason });
    else if (!mirrors.includes(r.value)) mirrors.push(r.value);
  }
  return mirrors;
}

function insecureOf(
  settings: Settings,
  engine: EngineVersion,
  rejected: ExpectedState['rejected'],
): Pick<ExpectedState, 'insecureCidrs' | 'insecureHosts'> {
  const cidrs: string[] = [];
  const hosts: string[] = [];
  for (const value of stringsOf(settings, 'insecure-registries') ?? []) {
    const r = normalizeInsecureRegistry(value, engine);
    if (!r.ok) rejected.push({ setting: 'insecure-registries', value, reason: r.reason });
    else if (r.kind === 'cidr') cidrs.push(r.value);
    // dockerd writes Docker Hub's own entry (secure, official) after the insecure ones.
    else if (r.value !== 'docker.io') hosts.push(r.value);
  }
  return {
    insecureCidrs: [...new Set([...cidrs, ...defaultInsecureCIDRs(engine)])],
    insecureHosts: [...new Set(hosts)],
  };
}

export function expectedState(settings: Settings, engine: EngineVersion): ExpectedState {
  const rejected: ExpectedState['rejected'] = [];
  const expected: ExpectedState = {
    mirrors: mirrorsOf(settings, engine, rejected),
    ...insecureOf(settings, engine, rejected),
    rejected,
  };
  const debug = boolOf(settings, 'debug');
  const liveRestore = boolOf(settings, 'live-restore');
  const labels = stringsOf(settings, 'labels');
  if (debug !== undefined) expected.debug = debug;
  if (liveRestore !== undefined) expected.liveRestore = liveRestore;
  // dockerd keeps one copy of a repeated label (GetConflictFreeLabels).
  if (labels !== undefined) expected.labels = [...new Set(labels)];
  return expected;
}
