// Types, as dockerd's second, typed decode checks them: the schema compiled ahead of time (ajv
// standalone), its errors mapped back to positions and to Go's wording; plus what a schema cannot
// say: integers by their source text (beyond 2^53, "1e3", "3.0"), every occurrence of a repeated
// key, default-shm-size's raw-bytes parsing and net.IP fields parsed while decoding.
import validateSchema from '../generated/daemon-schema.js';
import type { SchemaError } from '../generated/daemon-schema.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { inRange } from '../engine/catalogue.js';
import { isGoIP, jsonIntFits, parseRamInBytes } from '../engine/go-parse.js';
import { goEmbeddingPath } from '../engine/go-embedding.js';
import { goTypeName, structField, type GoType } from '../engine/go-type.js';
import { atLeast } from '../engine/version.js';
import { goQuote } from '../jsonfile/go-quote.js';
import type { JsonMember, JsonNode } from '../jsonfile/index.js';
import { describeType } from './key-checks.js';
import type { DaemonConfigModel } from './model.js';
import { configFilePrefix, decodePrefix, type Report } from './report.js';

type Segment = string | number;

/** The value ajv sees: numbers that Go's int fields would refuse become non-integers/out of range. */
function schemaValue(node: JsonNode): unknown {
  switch (node.kind) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const m of node.members) {
        Object.defineProperty(out, m.key, { value: schemaValue(m.value), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case 'array':
      return node.items.map(schemaValue);
    case 'number':
      if (jsonIntFits(node.raw)) return Number(node.raw);
      // "3.5", "1e3", "1.0" → not an integer; integers beyond int64 → beyond any maximum.
      return /^-?(0|[1-9][0-9]*)$/.test(node.raw) ? (node.raw.startsWith('-') ? -1e300 : 1e300) : 0.5;
    case 'string':
    case 'boolean':
      return node.value;
    case 'null':
      return null;
  }
}

/** Wrap a value so that it sits at `path` of an otherwise empty document. */
function nest(path: readonly Segment[], value: unknown): unknown {
  let v = value;
  for (let i = path.length - 1; i >= 0; i--) {
    const seg = path[i] as Segment;
    if (typeof seg === 'number') v = [v];
    else {
      const o: Record<string, unknown> = {};
      Object.defineProperty(o, seg, { value: v, enumerable: true, writable: true, configurable: true });
      v = o;
    }
  }
  return v;
}

const pointerSegments = (p: string): string[] => (p === '' ? [] : p.slice(1).split('/').map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~')));

/** The node at a path below `node` (objects: the last member of that name, as ajv sees them). */
function nodeAt(node: JsonNode, segments: readonly string[]): { node: JsonNode; member?: JsonMember } | undefined {
  let current: JsonNode = node;
  let member: JsonMember | undefined;
  for (const seg of segments) {
    if (current.kind === 'object') {
      member = [...current.members].reverse().find((m) => m.key === seg);
      if (!member) return undefined;
      current = member.value;
    } else if (current.kind === 'array') {
      const item = current.items[Number(seg)];
      if (!item) return undefined;
      current = item;
      member = undefined;
    } else return undefined;
  }
  return { node: current, member };
}

interface TypeStep {
  type: GoType;
  /** Go's struct-field path as Go < 1.27 prints it: innermost struct, then field names. */
  goField: string;
  /** The field exists in this engine version. */
  present: boolean;
}

/** Follow a path through the Go types, as encoding/json does (struct fields case-insensitively). */
function typeAt(model: DaemonConfigModel, segments: readonly string[]): TypeStep | undefined {
  const [top, ...rest] = segments;
  const row = top === undefined ? undefined : model.catalogue.field(top);
  if (!row || top === undefined) return undefined;
  let type = row.type;
  let struct = 'Config';
  let fields = [top];
  let present = true;
  for (const seg of rest) {
    if (type.t === 'struct') {
      const found = structField(type, seg);
      if (!found) return undefined;
      present &&= inRange(model.engine, found[1]);
      struct = type.go.replace(/^.*\./, '');
      fields = [...fields, found[0]];
      type = found[1].type;
    } else if (type.t === 'list' || type.t === 'map') type = type.of;
    else return undefined;
  }
  return { type, goField: `${struct}.${fields.join('.')}`, present };
}

const jsonKind = (node: JsonNode): string => (node.kind === 'boolean' ? 'bool' : node.kind);

/**
 * Go's name of the field: "Config.log-opts.max-size" (Go 1.27 builds, 28.0+), with the embedded
 * structs "Config.CommonConfig.LogConfig.log-opts" (Go 1.20–1.26, 23–27), "Config.log-opts" (20.10).
 */
function goFieldName(model: DaemonConfigModel, step: TypeStep, segments: readonly string[]): string {
  if (atLeast(model.engine, '28.0.0')) {
    // From 28.0 builder.GC has its own UnmarshalJSON, so Go 1.27 reports a path relative to it.
    const fields = segments.filter((s) => !/^\d+$/.test(s));
    if (fields[0] === 'builder' && /^gc$/i.test(fields[1] ?? '') && fields.length > 2) return `.${fields.slice(2).join('.')}`;
    return `Config.${fields.join('.')}`;
  }
  const embedded = atLeast(model.engine, '23.0.0') ? goEmbeddingPath(segments[0] ?? '') : '';
  if (!embedded) return step.goField;
  const dot = step.goField.indexOf('.');
  return `${step.goField.slice(0, dot)}.${embedded}${step.goField.slice(dot)}`;
}

function describeNode(node: JsonNode): string {
  switch (node.kind) {
    case 'string':
      return `the string ${JSON.stringify(node.value)}`;
    case 'number':
      return `the number ${node.raw}`;
    case 'boolean':
      return String(node.value);
    case 'array':
      return 'a list';
    case 'object':
      return 'an object';
    case 'null':
      return 'null';
  }
}

function typeHint(type: GoType, node: JsonNode): string {
  if (type.t === 'list' && node.kind === 'string') return `wrap it in a list: [${JSON.stringify(node.value)}]`;
  if (type.t === 'bool' && node.kind === 'string' && /^(true|false)$/i.test(node.value)) return `write ${node.value.toLowerCase()} without quotes`;
  if (type.t === 'int' && node.kind === 'string' && /^-?\d+$/.test(node.value)) return `write ${node.value} without quotes`;
  if (type.t === 'int' && node.kind === 'number') return 'use a whole number within the 64-bit range';
  if ((type.t === 'string' || type.t === 'text') && (node.kind === 'number' || node.kind === 'boolean')) return `put it in quotes: "${node.kind === 'number' ? node.raw : String(node.value)}"`;
  return `use ${describeType(type)}`;
}

/** Check one value (placed at `path`) with the compiled schema; report what ajv finds. */
function checkWithSchema(model: DaemonConfigModel, report: Report, path: readonly Segment[], node: JsonNode, seen: Set<string>): Diagnostic[] {
  if (validateSchema(nest(path, schemaValue(node)))) return [];
  // ajv reports schemaPath too; the generated d.ts does not declare it.
  const errors = (validateSchema.errors ?? []) as (SchemaError & { schemaPath: string })[];
  const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.schemaPath);
  const out: Diagnostic[] = [];
  for (const e of errors) {
    if (!['type', 'minimum', 'maximum', 'additionalProperties', 'anyOf'].includes(e.keyword)) continue;
    if (anyOfPaths.some((p) => e.schemaPath.startsWith(`${p}/`))) continue; // a branch of an anyOf
    const segments = pointerSegments(e.instancePath);
    if (e.keyword === 'additionalProperties' && segments.length === 0) continue; // unknown keys: checked elsewhere
    const relative = segments.slice(path.length);
    const found = nodeAt(node, relative);
    if (!found) continue;
    const extra = e.keyword === 'additionalProperties' ? String(e.params.additionalProperty) : '';
    const step = typeAt(model, extra ? [...segments, extra] : segments);
    if (!step?.present && e.keyword !== 'additionalProperties') continue; // not a field in this version: Go drops it
    const id = `${found.node.start}:${e.keyword}:${extra}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const name = segments.join('.');
    if (e.keyword === 'additionalProperties') {
      const member = found.node.kind === 'object' ? found.node.members.find((m) => m.key === extra) : undefined;
      out.push(
        report('invalid-type', 'error', { offset: member?.keyStart ?? found.node.start }, {
          message: `"${name}" has no field "${extra}" (dockerd refuses unknown fields here)`,
          key: String(segments[0]),
          hint: `remove "${extra}"`,
          dockerd: `${configFilePrefix(model.path)}${decodePrefix(model.engine)}json: unknown field ${goQuote(extra)}`,
        }),
      );
      continue;
    }
    const target = step?.type ?? { t: 'any' };
    const what = found.node.kind === 'number' && target.t === 'int' ? `number ${found.node.raw}` : jsonKind(found.node);
    const outOfRange = e.keyword === 'minimum' || e.keyword === 'maximum';
    out.push(
      report('invalid-type', 'error', { offset: found.node.start }, {
        message: outOfRange
          ? `"${name}" is out of range: ${found.node.kind === 'number' ? found.node.raw : ''} does not fit in a 64-bit integer`
          : `"${name}" must be ${describeType(target)}, not ${describeNode(found.node)}`,
        key: String(segments[0]),
        hint: typeHint(target, found.node),
        dockerd: step
          ? `${configFilePrefix(model.path)}${decodePrefix(model.engine)}json: cannot unmarshal ${what} into Go struct field ${goFieldName(model, step, segments)} of type ${goTypeName(target)}`
          : undefined,
      }),
    );
  }
  return out;
}

/** Every (path, node) of a repeated member below `node`: Go decodes each occurrence. */
function repeatedBelow(path: Segment[], node: JsonNode, out: { path: Segment[]; node: JsonNode }[]): void {
  if (node.kind === 'array') node.items.forEach((item, i) => repeatedBelow([...path, i], item, out));
  if (node.kind !== 'object') return;
  const last = new Map<string, JsonMember>();
  for (const m of node.members) last.set(m.key, m);
  for (const m of node.members) {
    if (last.get(m.key) !== m) out.push({ path: [...path, m.key], node: m.value });
    repeatedBelow([...path, m.key], m.value, out);
  }
}

/** Walk values with their Go types, calling `visit` on each (every occurrence, repeated keys too). */
function walkTyped(node: JsonNode, type: GoType, visit: (node: JsonNode, type: GoType, path: string) => void, path: string, model: DaemonConfigModel): void {
  visit(node, type, path);
  if (type.t === 'list' && node.kind === 'array') node.items.forEach((item) => walkTyped(item, type.of, visit, path, model));
  if (type.t === 'map' && node.kind === 'object') for (const m of node.members) walkTyped(m.value, type.of, visit, `${path}.${m.key}`, model);
  if (type.t === 'struct' && node.kind === 'object') {
    for (const m of node.members) {
      const f = structField(type, m.key);
      if (f && inRange(model.engine, f[1])) walkTyped(m.value, f[1].type, visit, `${path}.${f[0]}`, model);
    }
  }
}

/** Checks Go makes while decoding that the schema cannot express. */
function decodeTimeChecks(model: DaemonConfigModel, report: Report, members: readonly JsonMember[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const text = model.doc?.text ?? '';
  for (const top of members) {
    const row = model.catalogue.field(top.key);
    if (!row) continue;
    walkTyped(top.value, row.type, (node, type, path) => {
      if (type.t === 'mem-bytes') {
        // opts.MemBytes.UnmarshalJSON gets the raw bytes: a quoted, non-empty size; escapes are not decoded.
        const raw = text.slice(node.start, node.end);
        const inner = node.kind === 'string' && raw.length > 2 ? raw.slice(1, -1) : undefined;
        const parsed = inner === undefined ? undefined : parseRamInBytes(inner, model.engine);
        if (parsed?.ok) return;
        const go = inner === undefined ? `invalid size: ${goQuote(raw)}` : (parsed as { error: string }).error;
        out.push(
          report('invalid-type', 'error', { offset: node.start }, {
            message: `"${path}" must be a size in a string, such as "64m" or "1g"${node.kind === 'number' ? ' (a bare number is refused)' : ''}`,
            key: top.key,
            hint: node.kind === 'number' ? `write "${node.raw}b" or a size with a unit, e.g. "64m"` : 'use a number followed by b, k, m, g, t or p, e.g. "64m"',
            dockerd: `${configFilePrefix(model.path)}${decodePrefix(model.engine)}${go}`,
          }),
        );
      }
      if (type.t === 'text' && type.parse === 'ip' && node.kind === 'string' && node.value !== '' && !isGoIP(node.value)) {
        out.push(
          report('invalid-value', 'error', { offset: node.start }, {
            message: `"${path}" must be an IP address, not ${JSON.stringify(node.value)}`,
            key: top.key,
            hint: 'use an IPv4 or IPv6 address such as "172.17.0.1"',
            dockerd: `${configFilePrefix(model.path)}invalid IP address: ${node.value}`,
          }),
        );
      }
    }, top.key, model);
  }
  return out;
}

export function typeChecks(model: DaemonConfigModel, report: Report): Diagnostic[] {
  const root = model.doc?.root;
  if (root?.kind !== 'object') return [];
  // Only Config fields of this version are decoded; other keys are unknown or ignored.
  const fields = root.members.filter((m) => model.catalogue.field(m.key));
  const seen = new Set<string>();
  const out = checkWithSchema(model, report, [], { ...root, members: fields }, seen);
  const repeated: { path: Segment[]; node: JsonNode }[] = [];
  repeatedBelow([], { ...root, members: fields }, repeated);
  for (const r of repeated) out.push(...checkWithSchema(model, report, r.path, r.node, seen));
  out.push(...decodeTimeChecks(model, report, fields));
  return out;
}
