// What one dockerd version accepts: its flags, the daemon.json keys that pass its unknown-directive
// check, the keys whose values take effect, and the two special lists of daemon/config/config.go
// (flatOptions: objects kept whole; skipValidateOptions: keys exempt from the check).
import { goFoldName } from './go-parse.js';
import { FLAG_TABLE, type FlagRow } from './flag-table.js';
import type { GoField, GoType } from './go-type.js';
import { KEY_TABLE, type KeyRow } from './key-table.js';
import { atLeast, formatVersion, parseEngineVersion, type EngineVersion } from './version.js';

export type { FlagKind, FlagParse } from './flag-table.js';
export type { KeyRow } from './key-table.js';

/** A flag as one version defines it. */
export interface FlagSpec extends Omit<FlagRow, 'changes' | 'since' | 'until'> {
  name: string;
}

interface Versioned {
  since?: string;
  until?: string;
}

/** Top-level objects that are not flattened into their children (flatOptions). */
const FLAT_KEYS: Readonly<Record<string, Versioned>> = {
  'cluster-store-opts': {},
  'log-opts': {},
  runtimes: {},
  'default-ulimits': {},
  features: {},
  builder: {},
  'default-network-opts': { since: '24.0.0' },
  'nri-opts': { since: '29.2.0' },
};

/** Keys exempt from the unknown-directive check (skipValidateOptions). */
const SKIPPED_KEYS: Readonly<Record<string, Versioned>> = {
  features: {},
  builder: {},
  'deprecated-key-path': {},
  'allow-nondistributable-artifacts': { since: '28.1.0' },
  'min-api-version': { since: '29.0.0' },
};

/** Keys a flag on the command line may set as well (skipDuplicates): they merge, no conflict. */
export const CONFLICT_EXEMPT: ReadonlySet<string> = new Set(['runtimes']);

/** A field's type in one version (some changed: builder.History.MaxAge was int64 before 25.0). */
export const fieldTypeIn = (field: GoField, v: EngineVersion): GoType =>
  field.before && !atLeast(v, field.before.until) ? field.before.type : field.type;

export const inRange = (v: EngineVersion, r: Versioned): boolean =>
  (r.since === undefined || atLeast(v, r.since)) && (r.until === undefined || !atLeast(v, r.until));

export interface Catalogue {
  readonly engine: EngineVersion;
  /** Long name → flag, for this version. */
  readonly flags: ReadonlyMap<string, FlagSpec>;
  flagByShort(shorthand: string): FlagSpec | undefined;
  /** The flag whose NamedOption name is `key` (labels → --label). */
  namedFlag(key: string): FlagSpec | undefined;
  /** Does `key` pass dockerd's "don't match any configuration option" check? */
  accepts(key: string): boolean;
  /** The Config field `key` (its value takes effect), when it exists in this version. */
  field(key: string): KeyRow | undefined;
  /**
   * The Config field encoding/json decodes a member named `key` into: an exact json name, else one
   * equal under case folding (K and ſ fold too); undefined when none.
   */
  fieldFolded(key: string): { name: string; row: KeyRow } | undefined;
  isFlat(key: string): boolean;
  isSkipped(key: string): boolean;
  /** Every key this version accepts, sorted. */
  acceptedKeys(): readonly string[];
}

function flagsOf(v: EngineVersion): Map<string, FlagSpec> {
  const flags = new Map<string, FlagSpec>();
  for (const [name, row] of Object.entries(FLAG_TABLE)) {
    if (!inRange(v, row)) continue;
    const { changes, since: _since, until: _until, ...base } = row;
    let spec: FlagSpec = { name, ...base };
    for (const change of changes ?? []) if (atLeast(v, change.since)) spec = { ...spec, ...change.row };
    if (spec.deprecated !== undefined && !atLeast(v, spec.deprecated)) delete spec.deprecated;
    flags.set(name, spec);
  }
  return flags;
}

function build(engine: EngineVersion): Catalogue {
  const flags = flagsOf(engine);
  const byShort = new Map<string, FlagSpec>();
  const byNamed = new Map<string, FlagSpec>();
  for (const f of flags.values()) {
    if (f.short) byShort.set(f.short, f);
    if (f.named) byNamed.set(f.named, f);
  }
  const isFlat = (key: string): boolean => FLAT_KEYS[key] !== undefined && inRange(engine, FLAT_KEYS[key]);
  const isSkipped = (key: string): boolean => SKIPPED_KEYS[key] !== undefined && inRange(engine, SKIPPED_KEYS[key]);
  const field = (key: string): KeyRow | undefined => {
    const row = Object.hasOwn(KEY_TABLE, key) ? KEY_TABLE[key] : undefined;
    return row && inRange(engine, row) ? row : undefined;
  };
  const accepts = (key: string): boolean => flags.has(key) || byNamed.has(key) || isSkipped(key);
  let accepted: string[] | undefined;
  return {
    engine,
    flags,
    flagByShort: (s) => byShort.get(s),
    namedFlag: (key) => byNamed.get(key),
    accepts,
    field,
    fieldFolded: (key) => {
      const exact = field(key);
      if (exact) return { name: key, row: exact };
      const folded = goFoldName(key);
      for (const name of Object.keys(KEY_TABLE)) {
        const row = goFoldName(name) === folded ? field(name) : undefined;
        if (row) return { name, row };
      }
      return undefined;
    },
    isFlat,
    isSkipped,
    acceptedKeys: () =>
      (accepted ??= [
        ...new Set([...flags.keys(), ...byNamed.keys(), ...Object.keys(SKIPPED_KEYS).filter(isSkipped)]),
      ].sort()),
  };
}

const cache = new Map<string, Catalogue>();

/** The catalogue of one engine version (patch level matters: 24.0.8, 28.3 …). */
export function catalogueFor(engine: EngineVersion): Catalogue {
  const id = formatVersion(engine);
  let c = cache.get(id);
  if (!c) cache.set(id, (c = build(engine)));
  return c;
}

/** Versions at which something in the tables changes: enough to describe a key's history. */
export const BOUNDARY_VERSIONS: readonly EngineVersion[] = (() => {
  const all = new Set<string>(['20.10.0']);
  const add = (r: Versioned): void => {
    if (r.since && !r.since.startsWith('17.')) all.add(r.since);
    if (r.until) all.add(r.until);
  };
  for (const row of Object.values(FLAG_TABLE)) {
    add(row);
    for (const c of row.changes ?? []) all.add(c.since);
  }
  for (const row of Object.values(KEY_TABLE)) add(row);
  for (const row of [...Object.values(FLAT_KEYS), ...Object.values(SKIPPED_KEYS)]) add(row);
  return [...all]
    .map((s) => parseEngineVersion(s) as EngineVersion)
    .sort((a, b) => a.major - b.major || a.minor - b.minor || a.patch - b.patch);
})();

/** When a key is accepted, across every known version: for hints such as "removed in 24.0". */
export function keyHistory(key: string): { acceptedFrom?: EngineVersion; acceptedUntil?: EngineVersion } {
  let acceptedFrom: EngineVersion | undefined;
  let acceptedUntil: EngineVersion | undefined;
  let previous = false;
  for (const v of BOUNDARY_VERSIONS) {
    const now = catalogueFor(v).accepts(key);
    if (now && !previous && !acceptedFrom) acceptedFrom = v;
    if (!now && previous) acceptedUntil = v;
    previous = now;
  }
  return { acceptedFrom, acceptedUntil };
}

/** "24.0" for 24.0.0, "24.0.8" otherwise. */
export const shortVersion = (v: EngineVersion): string => (v.patch === 0 ? `${v.major}.${v.minor}` : formatVersion(v));
