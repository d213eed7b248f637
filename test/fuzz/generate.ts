// The fuzzer's case generator: configurations drawn from the catalogue and the key table of one
// engine version (keys it accepts, sometimes one of another version, the same setting as a flag
// and in the file, or as a flag only), with values from values.ts. Pure and deterministic: the
// same seed, count and catalogue give the same cases.
import { catalogueFor, type FlagSpec } from '../../src/engine/catalogue.js';
import { FLAG_TABLE } from '../../src/engine/flag-table.js';
import type { GoType } from '../../src/engine/go-type.js';
import { KEY_TABLE } from '../../src/engine/key-table.js';
import { atLeast, type EngineVersion } from '../../src/engine/version.js';
import { builtinLogDrivers, COMMON_LOG_OPTS } from '../../src/validate/values/logging/log-drivers.js';
import type { CorpusCase } from '../helpers/corpus.js';
import { EXCLUDED, FORBIDDEN_QUOTED, RESTRICTED } from './exclusions.js';
import { mulberry32, type Rng } from './prng.js';
import {
  Dup,
  FLAG_VALUES,
  KEY_VALUES,
  LOG_OPT_VALUES,
  OTHER_LOG_OPT,
  Raw,
  serialize,
  TYPE_MUTANTS,
  validOf,
  type Json,
} from './values.js';

export type Mode = 'file' | 'flag' | 'both' | 'other-version';

export interface FuzzSetting {
  /** The daemon.json key (a Config field, or a flag name/NamedOption name dockerd also accepts). */
  key: string;
  mode: Mode;
  /** The value written to the file (undefined: flag only). */
  value?: Json;
  flags: string[];
}

export interface FuzzCase extends CorpusCase {
  settings: FuzzSetting[];
  /** The generator meant the file to be valid JSON (after placeholder substitution). */
  validJson: boolean;
  /** One line: what was generated, for reports. */
  summary: string;
}

/** Listeners at @PORT@: at most one of these per case, so a case never fights itself for the port. */
const PORT_USERS = new Set(['hosts', 'host', 'metrics-addr']);

/** A flag by long name as some version defines it (for settings of another version). */
function anyFlag(name: string): FlagSpec | undefined {
  const row = Object.hasOwn(FLAG_TABLE, name) ? FLAG_TABLE[name] : undefined;
  if (row) return { name, kind: row.kind, named: row.named, short: row.short, parse: row.parse };
  const byNamed = Object.entries(FLAG_TABLE).find(([, r]) => r.named === name);
  return byNamed ? { name: byNamed[0], kind: byNamed[1].kind, named: byNamed[1].named } : undefined;
}

/** Is a setting (key or flag name) excluded, under either spelling? */
export function isExcluded(name: string): boolean {
  if (Object.hasOwn(EXCLUDED, name)) return true;
  const f = anyFlag(name);
  return (
    f !== undefined && (Object.hasOwn(EXCLUDED, f.name) || (f.named !== undefined && Object.hasOwn(EXCLUDED, f.named)))
  );
}

const isCluster = (name: string): boolean => name.startsWith('cluster-');

function scalarText(v: Json): string | undefined {
  if (v instanceof Raw) return v.text;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** The setting on dockerd's command line, in the flag's own syntax; undefined if it has none. */
function flagLines(flag: FlagSpec, value: Json, rng: Rng): string[] | undefined {
  const n = `--${flag.name}`;
  const own = FLAG_VALUES[flag.name];
  if (own && rng.chance(0.25)) return [`${n}=${rng.pick(own)}`];
  switch (flag.kind) {
    case 'bool': {
      if (value === true) return rng.chance(0.8) ? [n] : [`${n}=true`];
      if (value === false) return rng.chance(0.9) ? [`${n}=false`] : [n, 'false'];
      const t = scalarText(value);
      return [`${n}=${t ?? rng.pick(['1', '0', 'yes', 'TRUE', 't'])}`];
    }
    case 'value': {
      const t = scalarText(value);
      if (t === undefined) return own ? [`${n}=${rng.pick(own)}`] : undefined;
      return rng.chance(0.15) && t !== '' ? [n, t] : [`${n}=${t}`];
    }
    case 'list': {
      if (Array.isArray(value)) {
        const items = value.map(scalarText);
        if (items.length > 0 && items.every((t) => t !== undefined)) return items.map((t) => `${n}=${t}`);
      }
      if (own) return [`${n}=${rng.pick(own)}`];
      const t = scalarText(value);
      return t === undefined ? undefined : [`${n}=${t}`];
    }
    case 'map': {
      if (value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Raw)) {
        const entries = value instanceof Dup ? value.entries : Object.entries(value);
        const items = entries.map(([k, v]) => (scalarText(v) === undefined ? undefined : `${k}=${scalarText(v)}`));
        if (items.length > 0 && items.every((t) => t !== undefined)) return items.map((t) => `${n}=${t}`);
      }
      return own ? [`${n}=${rng.pick(own)}`] : undefined;
    }
  }
}

/** log-opts for one driver (its own keys, the common ones, an unknown one), and sometimes that driver. */
function logOpts(engine: EngineVersion, rng: Rng): { opts: Record<string, Json>; driver?: string } {
  const drivers = builtinLogDrivers(engine);
  const d = rng.chance(0.1) ? undefined : rng.pick(drivers);
  const keys = [...(d?.keys ?? ['max-size', 'max-file', 'tag']), ...COMMON_LOG_OPTS, 'bogus-opt'];
  const opts: Record<string, Json> = {};
  for (const k of rng.sample(keys, 1 + rng.int(3))) {
    opts[k] = rng.chance(0.9) ? rng.pick(LOG_OPT_VALUES[k] ?? OTHER_LOG_OPT) : rng.pick(TYPE_MUTANTS);
  }
  // json-file is the default driver; others must be named to get their options checked.
  const driver = d && (d.name !== 'json-file' || rng.chance(0.3)) ? (d?.name ?? 'bogus') : undefined;
  return { opts, driver };
}

function valueFor(key: string, type: GoType | undefined, rng: Rng): Json {
  const table = KEY_VALUES[key];
  if (RESTRICTED.has(key)) return rng.pick(table ?? KEY_VALUES.hosts!);
  const r = rng.next();
  if (table && r < 0.5) return rng.pick(table);
  if (type && r < 0.85) return validOf(type, rng);
  return rng.pick(TYPE_MUTANTS);
}

export interface Pools {
  accepted: readonly string[];
  other: readonly string[];
}

/** The keys to draw from for one version: accepted ones, and those of other versions. */
export function poolsFor(engine: EngineVersion): Pools {
  const cat = catalogueFor(engine);
  // On 20.10 the legacy cluster store is live (dockerd would dial it): only where it is refused.
  const ok = (k: string): boolean => !isExcluded(k) && !(isCluster(k) && cat.accepts(k) && !atLeast(engine, '23.0.0'));
  const accepted = cat.acceptedKeys().filter(ok);
  const every = new Set([...Object.keys(KEY_TABLE), ...Object.keys(FLAG_TABLE)]);
  for (const row of Object.values(FLAG_TABLE)) if (row.named) every.add(row.named);
  const other = [...every].filter((k) => !cat.accepts(k) && ok(k)).sort();
  return { accepted, other };
}

function setting(engine: EngineVersion, pools: Pools, rng: Rng, taken: Set<string>): FuzzSetting[] | undefined {
  const cat = catalogueFor(engine);
  const r = rng.next();
  const mode: Mode = r < 0.62 ? 'file' : r < 0.8 ? 'flag' : r < 0.9 ? 'both' : 'other-version';
  const key = rng.pick(mode === 'other-version' ? pools.other : pools.accepted);
  if (taken.has(key) || (PORT_USERS.has(key) && [...taken].some((k) => PORT_USERS.has(k)))) return undefined;
  const flag = cat.flags.get(key) ?? cat.namedFlag(key) ?? (mode === 'other-version' ? anyFlag(key) : undefined);
  // The key as a Config field (flag-name keys such as "label" take the NamedOption's table).
  const fieldKey = Object.hasOwn(KEY_TABLE, key) ? key : (flag?.named ?? key);
  const type = Object.hasOwn(KEY_TABLE, fieldKey) ? KEY_TABLE[fieldKey]!.type : undefined;
  const tableKey = RESTRICTED.has(key) ? key : fieldKey;
  taken.add(key);

  if (fieldKey === 'log-opts' && key === 'log-opts') {
    const { opts, driver } = logOpts(engine, rng);
    const out: FuzzSetting[] = [];
    const inFlags = mode === 'flag' || mode === 'both';
    out.push({
      key,
      mode,
      value: mode === 'flag' ? undefined : opts,
      flags: inFlags ? (flagLines(flag!, opts, rng) ?? []) : [],
    });
    if (driver !== undefined && !taken.has('log-driver')) {
      taken.add('log-driver');
      const asFlag = rng.chance(0.3);
      out.push({
        key: 'log-driver',
        mode: asFlag ? 'flag' : 'file',
        value: asFlag ? undefined : driver,
        flags: asFlag ? [`--log-driver=${driver}`] : [],
      });
    }
    return out;
  }

  const value = valueFor(tableKey, type, rng);
  const wantsFlag = mode === 'flag' || mode === 'both' || (mode === 'other-version' && rng.chance(0.3));
  const lines = wantsFlag && flag ? flagLines(flag, value, rng) : undefined;
  if (mode === 'flag' && lines) return [{ key, mode, flags: lines }];
  if (mode === 'both' && lines) return [{ key, mode, value, flags: lines }];
  if (mode === 'other-version' && lines && rng.chance(0.5)) return [{ key, mode, flags: lines }];
  return [{ key, mode: mode === 'other-version' ? mode : 'file', value, flags: [] }];
}

/** Why a case must not run, or undefined when it is safe (the last line of defence). */
export function unsafe(c: {
  json: Buffer;
  flags: readonly string[];
  settings: readonly FuzzSetting[];
}): string | undefined {
  const text = c.json.toString('latin1');
  if (FORBIDDEN_QUOTED.test(text)) return `names ${FORBIDDEN_QUOTED.exec(text)![0]}`;
  const inFile = new Set(c.settings.filter((s) => s.value !== undefined).map((s) => s.key));
  for (const k of ['hosts', 'storage-driver'])
    if (text.includes(`"${k}"`) && !inFile.has(k)) return `"${k}" appears outside its generated setting`;
  for (const s of c.settings) if (isExcluded(s.key)) return `excluded setting ${s.key}`;
  for (const line of c.flags) {
    const m = /^--([a-z0-9-]+)/.exec(line);
    if (m && isExcluded(m[1]!)) return `excluded flag ${line}`;
    if (/^-[a-zA-Z](=|$)/.test(line)) return `short flag ${line}`;
  }
  return undefined;
}

/** Whole-file mutations, now and then: BOM, duplicate keys, trailing garbage, a non-object. */
function fileText(entries: Array<[string, Json]>, rng: Rng): { text: string; validJson: boolean } {
  const r = rng.next();
  const body = serialize(new Dup(entries));
  if (r < 0.03) return { text: `\uFEFF${body}`, validJson: false };
  if (r < 0.06) return { text: `${body.slice(0, -1)},}`, validJson: false };
  if (r < 0.08 && entries.length > 0) {
    const [k] = entries[0]!;
    // Go decodes the upper-case copy into the same field: a restricted key keeps to its safe values.
    const value = RESTRICTED.has(k) ? rng.pick(KEY_VALUES[k] ?? KEY_VALUES.hosts!) : rng.pick(TYPE_MUTANTS);
    const again: Array<[string, Json]> = [...entries, [rng.chance(0.5) ? k : k.toUpperCase(), value]];
    return { text: serialize(new Dup(again)), validJson: true };
  }
  if (r < 0.09) return { text: rng.pick(['', '[]', '"x"', 'null']), validJson: false };
  return { text: `${body}\n`, validJson: true };
}

export function generateCases(seed: number, count: number, engine: EngineVersion): FuzzCase[] {
  const pools = poolsFor(engine);
  const cases: FuzzCase[] = [];
  for (let i = 0; i < count; i++) {
    // One stream per case: the first cases of a longer run are the cases of a shorter one.
    const rng = mulberry32((Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca6b)) >>> 0);
    for (let attempt = 0; ; attempt++) {
      if (attempt > 50) throw new Error(`fuzz-${seed}-${i}: no safe case in 50 attempts`);
      const taken = new Set<string>();
      const settings: FuzzSetting[] = [];
      const want = 1 + rng.int(3);
      for (let tries = 0; settings.length < want && tries < 10; tries++)
        settings.push(...(setting(engine, pools, rng, taken) ?? []));
      const entries = settings.filter((s) => s.value !== undefined).map((s): [string, Json] => [s.key, s.value!]);
      const { text, validJson } = fileText(entries, rng);
      const flags = settings.flatMap((s) => s.flags);
      const c: FuzzCase = {
        name: `fuzz-${seed}-${i}`,
        dir: '(fuzz)',
        json: Buffer.from(text, 'utf8'),
        flags,
        ownNetwork: false,
        settings,
        validJson,
        summary: settings.map((s) => `${s.mode}:${s.key}`).join(' '),
      };
      if (unsafe(c) === undefined) {
        cases.push(c);
        break;
      }
    }
  }
  return cases;
}
