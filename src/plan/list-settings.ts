import type { Said } from '../i18n/said.js';
import type { EngineVersion } from '../engine/version.js';
import { parseDaemonHost } from '../validate/values/hosts/daemon-host.js';
import { normalizeInsecureRegistry } from '../validate/values/registry/insecure-registry.js';
import { maskPassword, normalizeMirror } from '../validate/values/registry/mirror.js';
import type { DiagnosticId } from '../diagnostics/types.js';
import type { FlagSpelling } from './flag-words.js';

/** What a user typed, checked and put in the form dockerd compares. */
/** `reason` and a string `warning` are dockerd's words; a Said `warning` is ours. */
export type Normalized = { ok: true; value: string; warning?: string | Said } | { ok: false; reason: string };

/** The list settings with their own commands: `mirror`, `insecure`, `host`. */
export interface ListSetting {
  command: 'mirror' | 'insecure' | 'host';
  key: 'registry-mirrors' | 'insecure-registries' | 'hosts';
  flag: FlagSpelling;
  /** The diagnostic id for a value dockerd would refuse. */
  invalidId: DiagnosticId;
  noun: string;
  normalize(value: string, engine: EngineVersion): Normalized;
  /** What we write: what the user typed, unless dockerd would rewrite it (a stripped scheme). */
  stored(typed: string, normalized: string): string;
  /** How a value may be shown (never with a password). */
  display(value: string): string;
}

export const MIRRORS: ListSetting = {
  command: 'mirror',
  key: 'registry-mirrors',
  flag: { long: 'registry-mirror' },
  invalidId: 'invalid-mirror',
  noun: 'registry mirror',
  normalize: (value, engine) => normalizeMirror(value, engine),
  stored: (typed) => typed,
  display: maskPassword,
};

export const INSECURE_REGISTRIES: ListSetting = {
  command: 'insecure',
  key: 'insecure-registries',
  flag: { long: 'insecure-registry' },
  invalidId: 'invalid-insecure-registry',
  noun: 'insecure registry',
  normalize: (value, engine) => normalizeInsecureRegistry(value, engine),
  stored: (_typed, normalized) => normalized,
  display: (value) => value,
};

export const HOSTS: ListSetting = {
  command: 'host',
  key: 'hosts',
  flag: { long: 'host', short: 'H' },
  invalidId: 'invalid-host',
  noun: 'daemon address',
  normalize: (value, engine) => {
    const parsed = parseDaemonHost(value, engine);
    if (!parsed.ok) return parsed;
    // npipe parses but cannot listen on Linux; refuse it here rather than at start.
    if (parsed.proto === 'npipe')
      return { ok: false, reason: `invalid protocol format: "npipe" (${value}): named pipes exist only on Windows` };
    if (parsed.listenError) return { ok: false, reason: parsed.listenError };
    return { ok: true, value: parsed.normalized };
  },
  stored: (typed) => typed.trim(),
  display: (value) => value,
};

export const LIST_SETTINGS: readonly ListSetting[] = [MIRRORS, INSECURE_REGISTRIES, HOSTS];

export const listSettingFor = (key: string): ListSetting | undefined => LIST_SETTINGS.find((s) => s.key === key);

/** Compares list entries as dockerd does, with `key` for linear dedupe (a Set of keys instead of pairwise comparison). */
export interface SameEntry {
  (a: unknown, b: unknown): boolean;
  /** Equal keys exactly when the entries are the same setting. */
  key(value: unknown): string;
}

/**
 * Two entries are the same setting when dockerd would normalise them to the same value. Each
 * value is normalised once (a mirror's URL parse is slow, and a list of thousands compared
 * pairwise normalised each one thousands of times): the key is memoised per comparator.
 */
export function sameEntry(setting: ListSetting | undefined, engine: EngineVersion): SameEntry {
  const keys = new Map<string, string>();
  // The prefix keeps the kinds apart: a normalised value, a string kept as typed, any other JSON.
  const keyOf = (value: string): string => {
    let k = keys.get(value);
    if (k === undefined) {
      const normalized = setting?.normalize(value, engine);
      k = normalized?.ok ? `n:${normalized.value}` : `s:${value}`;
      keys.set(value, k);
    }
    return k;
  };
  const key = (value: unknown): string => (typeof value === 'string' ? keyOf(value) : `j:${JSON.stringify(value)}`);
  const same = (a: unknown, b: unknown): boolean => key(a) === key(b);
  return Object.assign(same, { key });
}

/** Each value once (the first of those `same` calls equal), in order: linear, by key. */
export function distinctEntries<T>(values: readonly T[], same: SameEntry): T[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = same.key(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
