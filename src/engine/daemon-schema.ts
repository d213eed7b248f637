// schemas/daemon.schema.json, generated from the key and flag tables (the one source of truth).
// test/unit/engine/daemon-schema.test.ts keeps the file in step: `npx vitest run -u` rewrites it.
import { BOUNDARY_VERSIONS, catalogueFor, shortVersion } from './catalogue.js';
import { FLAG_TABLE } from './flag-table.js';
import { goTypeName, type GoField, type GoType } from './go-type.js';
import { KEY_TABLE } from './key-table.js';
import type { EngineVersion } from './version.js';
import { english } from '../i18n/said.js';

type Schema = Record<string, unknown>;

const INT_RANGE: Record<string, [string, string]> = {
  int: ['-9223372036854775808', '9223372036854775807'],
  int64: ['-9223372036854775808', '9223372036854775807'],
  uint32: ['0', '4294967295'],
};

/** "^[Ee][Nn][Aa][Bb][Ll][Ee][Dd]$": Go matches nested struct fields case-insensitively. */
export function caseInsensitivePattern(name: string): string {
  let out = '';
  for (const ch of name) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    const extra = lower === 'k' ? '\u212a' : lower === 's' ? '\u017f' : '';
    if (lower !== upper || extra) out += `[${lower}${upper}${extra}]`;
    else out += /[\\^$.|?*+()[\]{}]/.test(ch) ? `\\${ch}` : ch;
  }
  return `^${out}$`;
}

const nullable = (type: string): string[] => [type, 'null'];

function fieldSchema(field: GoField): Schema {
  // A field whose type changed between versions accepts either shape (the version decides).
  const now = typeSchema(field.type);
  const before = field.before && typeSchema(field.before.type);
  const s = before && JSON.stringify(before) !== JSON.stringify(now) ? { anyOf: [now, before] } : now;
  if (field.description) s.description = field.description;
  if (field.since) s['x-since'] = field.since;
  if (field.until) s['x-removed'] = field.until;
  return s;
}

/** The JSON Schema of one Go type; null is accepted wherever Go accepts it. */
export function typeSchema(type: GoType): Schema {
  const go = { 'x-go-type': goTypeName(type) };
  switch (type.t) {
    case 'bool':
      return { type: nullable('boolean') };
    case 'string':
      return type.enum ? { type: nullable('string'), enum: [...type.enum, null] } : { type: nullable('string') };
    case 'int': {
      const [min, max] = INT_RANGE[type.go] as [string, string];
      return { type: nullable('integer'), minimum: Number(min), maximum: Number(max), ...go };
    }
    case 'list':
      return { type: nullable('array'), items: typeSchema(type.of) };
    case 'map':
      return { type: nullable('object'), additionalProperties: typeSchema(type.of) };
    case 'struct': {
      const properties: Record<string, Schema> = {};
      const patternProperties: Record<string, Schema> = {};
      for (const [name, field] of Object.entries(type.fields)) {
        properties[name] = fieldSchema(field);
        if (!type.caseSensitive) patternProperties[caseInsensitivePattern(name)] = fieldSchema(field);
      }
      return {
        type: nullable('object'),
        properties,
        ...(type.caseSensitive ? {} : { patternProperties }),
        ...(type.closed ? { additionalProperties: false } : {}),
        ...go,
      };
    }
    case 'text':
      return { type: nullable('string'), 'x-format': type.parse, ...go };
    case 'mem-bytes':
      // Its UnmarshalJSON wants a quoted size: null and numbers fail ("invalid size: …").
      return { type: 'string', pattern: '^[0-9]', examples: ['64m', '1g'], ...go };
    case 'either':
      return { anyOf: type.of.map(typeSchema), ...go };
    case 'any':
      return {};
  }
}

type Status = 'effective' | 'ignored' | 'unknown';

function statusIn(key: string, v: EngineVersion): Status {
  const cat = catalogueFor(v);
  const field = cat.field(key);
  // A struct-valued field ("proxies") is never checked itself: dockerd checks its children.
  if (field?.type.t === 'struct' && !cat.isFlat(key)) return 'effective';
  if (!cat.accepts(key)) return 'unknown';
  return field ? 'effective' : 'ignored';
}

/** Version history of a key: when it took effect, when dockerd began to ignore or reject it. */
function history(key: string): { since?: string; ignoredSince?: string; removed?: string; ever: boolean } {
  const statuses = BOUNDARY_VERSIONS.map((v) => [v, statusIn(key, v)] as const);
  const firstAt = (wanted: Status, after = 0): string | undefined => {
    const i = statuses.findIndex(
      ([, s], k) => k >= after && s === wanted && (k === 0 || statuses[k - 1]?.[1] !== wanted),
    );
    return i > 0 ? shortVersion(statuses[i]?.[0] as EngineVersion) : undefined;
  };
  const ever = statuses.some(([, s]) => s !== 'unknown');
  const firstKnown = statuses.findIndex(([, s]) => s !== 'unknown');
  return {
    since: firstAt('effective'),
    ignoredSince: firstAt('ignored'),
    removed: ever ? firstAt('unknown', firstKnown) : undefined,
    ever,
  };
}

/** The flag(s) that set a key: its long name, or the list/map flag whose NamedOption it is. */
function flagsFor(key: string): string[] {
  const names = Object.entries(FLAG_TABLE)
    .filter(([name, row]) => name === key || row.named === key || row.changes?.some((c) => c.row.named === key))
    .map(([name]) => `--${name}`);
  return [...new Set(names)];
}

/** What an accepted key without a field is for; the hint for an editor. */
function ignoredNote(key: string): string {
  const named = FLAG_TABLE[key]?.named;
  if (key === 'validate')
    return 'Makes dockerd check its configuration and exit 0 without starting. Never put it in daemon.json.';
  if (named) return `Accepted but ignored: the daemon.json key of --${key} is "${named}".`;
  if (key === 'http-proxy' || key === 'https-proxy' || key === 'no-proxy')
    return `Ignored at the top level: put it under "proxies".`;
  if (key === 'containerd-plugins-namespace')
    return 'Accepted but ignored: this option cannot be set from daemon.json.';
  return `Accepted but ignored: --${key} is a command-line flag with no daemon.json setting.`;
}

export function buildDaemonSchema(): Schema {
  const properties: Record<string, Schema> = {};
  const keys = new Set<string>([...Object.keys(KEY_TABLE)]);
  for (const v of BOUNDARY_VERSIONS) for (const k of catalogueFor(v).acceptedKeys()) keys.add(k);

  for (const key of [...keys].sort()) {
    const h = history(key);
    if (!h.ever) continue; // e.g. "default-init": a field dockerd always rejects
    const row = Object.hasOwn(KEY_TABLE, key) ? KEY_TABLE[key] : undefined;
    let s: Schema;
    if (row) {
      s = { description: row.description, ...typeSchema(row.type) };
      if (row.reloadable) s['x-reloadable'] = true;
      if (row.deprecated)
        // The schema is for editors, which show one language: English.
        s['x-deprecated'] = `since ${row.deprecated.since.replace(/\.0$/, '')}: ${english(row.deprecated.message)}`;
      if (row.refused) s['x-refused-since'] = row.refused.since.replace(/\.0$/, '');
    } else {
      s = { description: ignoredNote(key), deprecationMessage: ignoredNote(key), 'x-ignored': true };
    }
    // For a key that never takes effect, the version that first accepts it is its x-since.
    const since = row ? h.since : h.ignoredSince;
    if (since) s['x-since'] = since;
    if (row && h.ignoredSince) s['x-ignored-since'] = h.ignoredSince;
    if (h.removed) s['x-removed'] = h.removed;
    const flags = flagsFor(key);
    if (flags.length > 0) s['x-flag'] = flags.join(' ');
    properties[key] = s;
  }

  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $comment:
      'Generated from src/engine/key-table.ts and flag-table.ts; do not edit (npx vitest run -u test/unit/engine). x-since / x-removed: first dockerd version that accepts / rejects the key; x-ignored-since: accepted but without effect; x-refused-since: dockerd refuses to start when it is set.',
    title: 'Docker daemon configuration (daemon.json), dockerd 20.10 – 29.x, Linux',
    description:
      'Keys are matched exactly and case-sensitively. Every value may be null (meaning "not set") except default-shm-size. A key also given as a dockerd flag (e.g. -H in the service unit) makes dockerd refuse to start. Associate this schema with daemon.json in the editor\'s settings: a "$schema" key inside daemon.json would itself be refused by dockerd.',
    type: ['object', 'null'],
    properties,
    additionalProperties: false,
  };
}

/**
 * The schema as the file holds it. JSON.stringify cannot print 2^63 - 1 exactly; the int64
 * bounds are written out as Go defines them (they parse to the same doubles).
 */
export function daemonSchemaText(): string {
  return `${JSON.stringify(buildDaemonSchema(), null, 2)}\n`
    .replaceAll('-9223372036854776000', '-9223372036854775808')
    .replaceAll('9223372036854776000', '9223372036854775807');
}
