// Flags turned into the daemon.json shape of the setting they make (so that value rules read one
// shape), and into the text dockerd prints for them in a conflict (pflag's Value.String()).
import type { SetFlag } from '../engine/flags.js';
import { goCsvRecord } from '../engine/flag-values.js';
import { parseGoBool, parseGoInt } from '../engine/go-parse.js';
import { atLeast, type EngineVersion } from '../engine/version.js';
import { maskCredentials } from './go-format.js';

/** The daemon.json key a flag sets: its NamedOption name, else its long name. */
export const flagKey = (flag: Pick<SetFlag, 'spec'>): string => flag.spec.named ?? flag.spec.name;

const isTrue = (s: string): boolean => {
  const b = parseGoBool(s);
  return b.ok && b.value;
};

const cut = (s: string, sep: string): [string, string | undefined] => {
  const i = s.indexOf(sep);
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + sep.length)];
};

/** "base=10.0.0.0/8,size=24" → {base, size} (PoolsOpt: CSV of key=value, keys case-insensitive). */
function addressPool(value: string): Record<string, unknown> {
  const pool: Record<string, unknown> = {};
  const record = goCsvRecord(value);
  for (const field of record.ok ? record.fields : value.split(',')) {
    const [k, v = ''] = cut(field, '=');
    const key = k.trim().toLowerCase();
    if (key === 'size') pool.size = Number(v);
    else pool[key] = v;
  }
  return pool;
}

/** "nofile=1024:2048" → {Name, Soft, Hard} */
function ulimit(value: string): [string, Record<string, unknown>] {
  const [name, limits = ''] = cut(value, '=');
  const [soft, hard] = cut(limits, ':');
  return [name, { Name: name, Soft: Number(soft), Hard: Number(hard ?? soft) }];
}

function nriOpts(value: string): Record<string, unknown> {
  const opts: Record<string, unknown> = {};
  for (const field of value.split(',')) {
    const [k, v = ''] = cut(field, '=');
    if (k === 'enable') opts.enable = v === '' || isTrue(v);
    else if (k) opts[k] = v;
  }
  return opts;
}

/** The value a flag gives its setting, in daemon.json's shape. */
export function flagSettingValue(flag: SetFlag, engine: EngineVersion): unknown {
  const { spec, values } = flag;
  const last = values.at(-1) as string;
  if (spec.kind === 'bool') {
    const b = parseGoBool(last);
    return b.ok ? b.value : last;
  }
  if (spec.parse === 'int' || spec.parse === 'int64') {
    const n = parseGoInt(last);
    return n.ok ? Number(n.value) : last;
  }
  switch (spec.name) {
    case 'default-address-pool':
      return values.map(addressPool);
    case 'default-ulimit':
      return Object.fromEntries(values.map(ulimit));
    case 'add-runtime':
      return Object.fromEntries(
        values.map((v) => cut(v, '=')).map(([k, p]) => [k.trim().toLowerCase(), { path: (p ?? '').trim() }]),
      );
    case 'feature':
      return Object.fromEntries(values.map((v) => cut(v, '=')).map(([k, b]) => [k, b === undefined || isTrue(b)]));
    case 'default-network-opt': {
      const out: Record<string, Record<string, string>> = {};
      for (const v of values) {
        const [driver, rest = ''] = cut(v, '=');
        const [k, x = ''] = cut(rest, '=');
        (out[driver] ??= {})[k] = x;
      }
      return out;
    }
    case 'nri-opts':
      return nriOpts(last);
  }
  if (spec.kind === 'map') return Object.fromEntries(values.map((v) => cut(v, '=')).map(([k, v]) => [k, v ?? '']));
  if (spec.kind === 'list') return spec.parse === 'csv-list' ? values.flatMap((v) => v.split(',')) : [...values];
  // 20.10's TLS path flags strip one pair of surrounding quotes (opts.QuotedString).
  if (!atLeast(engine, '23.0.0') && /^tls(ca)?(cert|key)$/.test(spec.name)) return last.replace(/^(["'])(.*)\1$/, '$2');
  return last;
}

/** What dockerd prints as "from flag: …" in a conflict: pflag's Value.String(). */
export function flagConflictText(flag: SetFlag, engine: EngineVersion): string {
  // These print the words they were given: UlimitOpt "[nproc=100:200]", PoolsOpt "base size, …".
  if (flag.spec.name === 'default-ulimit') return `[${flag.values.join(' ')}]`;
  if (flag.spec.name === 'default-address-pool') {
    return (flagSettingValue(flag, engine) as { base?: unknown; size?: unknown }[])
      .map((p) => `${String(p.base)} ${String(p.size)}`)
      .join(', ');
  }
  const value = flagSettingValue(flag, engine);
  if (flag.spec.name === 'registry-mirror' && Array.isArray(value)) {
    // ValidateMirror hands back the normalised URL (one trailing "/").
    return `[${value.map((m) => maskCredentials(`${String(m).replace(/\/$/, '')}/`)).join(' ')}]`;
  }
  if (Array.isArray(value))
    return `[${value.map((v) => maskCredentials(typeof v === 'string' ? v : JSON.stringify(v))).join(' ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `map[${entries.map(([k, v]) => `${k}:${typeof v === 'string' ? v : JSON.stringify(v)}`).join(' ')}]`;
  }
  return maskCredentials(String(value));
}
