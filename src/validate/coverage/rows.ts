// The rows of docs/coverage.md, derived from the catalogue: every daemon.json key and every flag of
// every supported version (BOUNDARY_VERSIONS), grouped as one row per key with the flags that set
// it, plus the generic checks every key gets (unknown directive, decode, conflict, deprecation,
// the flag's own parser).
import { BOUNDARY_VERSIONS, CONFLICT_EXEMPT, catalogueFor, shortVersion, type FlagSpec } from '../../engine/catalogue.js';
import { FLAG_TABLE } from '../../engine/flag-table.js';
import { KEY_TABLE } from '../../engine/key-table.js';
import { formatVersion, type EngineVersion } from '../../engine/version.js';
import type { DockerdCheck } from './types.js';

/** Flags whose setting lives under a key of another name that is not their NamedOption. */
const ROW_OF_FLAG: Readonly<Record<string, string>> = {
  'http-proxy': 'proxies',
  'https-proxy': 'proxies',
  'no-proxy': 'proxies',
};

/** The row (daemon.json key) of a flag in one version. */
export const rowOfFlag = (spec: FlagSpec): string => ROW_OF_FLAG[spec.name] ?? spec.named ?? spec.name;

export interface CoverageRow {
  /** The daemon.json key ("labels"), or the flag's long name for flags with no key of their own. */
  key: string;
  /** Long names of the flags that set it, in any version ("label"). */
  flags: string[];
  /** Shorthands, by long name. */
  shorts: Record<string, string>;
  /** Boundary versions in which the key is accepted in daemon.json. */
  accepted: EngineVersion[];
  /** Boundary versions in which one of its flags exists. */
  flagged: EngineVersion[];
  /** Boundary versions in which it is a Config field (its value takes effect when accepted). */
  field: EngineVersion[];
  /** Other names dockerd accepts in daemon.json for this row and ignores (a flag's long name). */
  ignoredNames: string[];
}

/** Every row, sorted by key. */
export function coverageRows(): CoverageRow[] {
  const rows = new Map<string, CoverageRow>();
  const row = (key: string): CoverageRow => {
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { key, flags: [], shorts: {}, accepted: [], flagged: [], field: [], ignoredNames: [] }));
    return r;
  };
  const add = (list: EngineVersion[], v: EngineVersion): void => {
    if (!list.includes(v)) list.push(v);
  };
  for (const v of BOUNDARY_VERSIONS) {
    const cat = catalogueFor(v);
    for (const spec of cat.flags.values()) {
      const r = row(rowOfFlag(spec));
      if (!r.flags.includes(spec.name)) r.flags.push(spec.name);
      if (spec.short) r.shorts[spec.name] = spec.short;
      add(r.flagged, v);
    }
    for (const key of cat.acceptedKeys()) {
      const spec = cat.flags.get(key);
      if (spec && rowOfFlag(spec) !== key) {
        const r = row(rowOfFlag(spec));
        if (!r.ignoredNames.includes(key)) r.ignoredNames.push(key);
        continue;
      }
      add(row(key).accepted, v);
    }
    for (const key of Object.keys(KEY_TABLE)) if (cat.field(key)) add(row(key).field, v);
  }
  return [...rows.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
}

/** Every name a version accepts (keys and flags) mapped to its row: what the test holds the data to. */
export function namesOf(v: EngineVersion): { keys: string[]; flags: string[] } {
  const cat = catalogueFor(v);
  return { keys: [...cat.acceptedKeys()], flags: [...cat.flags.keys()] };
}

/** "20.10+", "23.0–24.0" (present from 23.0, gone in 24.0), from the boundary versions present. */
export function versionRanges(present: readonly EngineVersion[]): string {
  const ids = new Set(present.map(formatVersion));
  const runs: string[] = [];
  let start: EngineVersion | undefined;
  for (const v of BOUNDARY_VERSIONS) {
    if (ids.has(formatVersion(v))) start ??= v;
    else if (start) {
      runs.push(`${shortVersion(start)}–${shortVersion(v)}`);
      start = undefined;
    }
  }
  if (start) runs.push(`${shortVersion(start)}+`);
  return runs.join(', ');
}

const FLAG_PARSER = '../engine/flags';
const FLAG_VALUES = '../engine/flag-values';
/** Flags whose pflag Value.Set has a check of its own (flag-values.ts ruleFor). */
const CUSTOM_VALUE_FLAGS = new Set([
  'default-ulimit',
  'default-address-pool',
  'default-network-opt',
  'add-runtime',
  'feature',
  'allow-nondistributable-artifacts',
]);

/** The checks every key or flag gets by its kind, from the catalogue (not repeated in the data). */
export function genericChecks(r: CoverageRow): DockerdCheck[] {
  const checks: DockerdCheck[] = [];
  for (const name of r.flags) {
    const spec = FLAG_TABLE[name];
    if (!spec) continue;
    const kinds = [spec, ...(spec.changes ?? []).map((c) => ({ ...spec, ...c.row }))];
    const parses = new Set(kinds.map((k) => k.parse).filter((p) => p !== undefined));
    if (spec.kind === 'bool')
      checks.push({ what: `--${name}: strconv.ParseBool of "=value"`, source: 'spf13/pflag bool.go:Set', rule: FLAG_PARSER });
    else
      checks.push({
        what: `--${name}: a value is required ("flag needs an argument")`,
        source: 'spf13/pflag flag.go:parseArgs',
        rule: FLAG_PARSER,
      });
    if (parses.has('int') || parses.has('int64'))
      checks.push({ what: `--${name}: strconv.ParseInt(s, 0, 64) and range`, source: 'spf13/pflag int.go:Set', rule: FLAG_VALUES });
    if (parses.has('ip'))
      checks.push({ what: `--${name}: net.ParseIP / netip.ParseAddr`, source: 'spf13/pflag ip.go:Set, opts/ip.go', rule: FLAG_PARSER });
    if (CUSTOM_VALUE_FLAGS.has(name))
      checks.push({ what: `--${name}: its Value type's Set`, source: 'opts/*.go:Set', rule: FLAG_VALUES });
  }
  const hasField = r.field.length > 0;
  if (hasField && r.accepted.length === 0)
    checks.push({
      what: 'rejected: a Config field with no flag of that name',
      source: 'daemon/config/config.go:findConfigurationConflicts',
      rule: 'key-checks',
    });
  else if (r.accepted.length > 0)
    checks.push({
      what: 'unknown-directive check (flag names, NamedOption names, skip list)',
      source: 'daemon/config/config.go:findConfigurationConflicts',
      rule: 'key-checks',
    });
  if (hasField) {
    const row = KEY_TABLE[r.key];
    checks.push({ what: 'json.Unmarshal into its Go type', source: 'daemon/config/config.go:getConflictFreeConfiguration', rule: 'type-check' });
    if (row && (row.customDecodeSince || row.before || row.type.t === 'mem-bytes' || JSON.stringify(row.type).includes('net.IP')))
      checks.push({ what: 'custom UnmarshalJSON / typed decode', source: 'opts/*.go:UnmarshalJSON', rule: 'decode-checks' });
    if (row?.deprecated)
      checks.push({ what: `deprecated since ${row.deprecated.since} (warning)`, source: 'daemon/config', rule: 'deprecated-checks' });
    if (row?.refused)
      checks.push({
        what: `refused when set, since ${row.refused.since}`,
        source: row.refused.phase === 'validation' ? 'daemon/config/config.go:Validate' : 'cmd/dockerd/daemon.go:checkDeprecatedOptions',
        error: row.refused.go,
        rule: 'values/daemon/removed-options',
      });
  }
  if (r.accepted.length > 0 && r.flags.length > 0 && !CONFLICT_EXEMPT.has(r.key))
    checks.push({ what: 'set both as a flag and in the file', source: 'daemon/config/config.go:findConfigurationConflicts', rule: 'conflict-checks' });
  return checks;
}
