// Types, as dockerd's second, typed decode checks them: the schema compiled ahead of time (ajv
// standalone), its errors mapped back to positions and to Go's wording. Integers are judged by
// their source text (beyond 2^53, "1e3", "3.0"), and every occurrence of a repeated key is checked,
// as Go decodes each. What no schema can say is in decode-checks.ts.
import validateSchema from '../generated/daemon-schema.js';
import type { SchemaError } from '../generated/daemon-schema.js';
import { hint, hintOf, message } from '../diagnostics/say.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { jsonIntFits } from '../engine/go-parse.js';
import { goQuote } from '../jsonfile/go-quote.js';
import type { JsonMember, JsonNode } from '../jsonfile/index.js';
import { decodeTimeChecks } from './decode-checks.js';
import { describeNode, describeType, typeHint } from './describe.js';
import { goTypeTarget, jsonKind, typeAt } from './go-field-path.js';
import type { DaemonConfigModel } from './model.js';
import { configFilePrefix, decodePrefix, type Report } from './report.js';
import { jsValue } from './model.js';

type Segment = string | number;

/** How ajv sees a number: one Go's int fields would refuse becomes a non-integer or out of range. */
function schemaNumber(raw: string): number {
  if (jsonIntFits(raw)) return Number(raw);
  // "3.5", "1e3", "1.0" → not an integer; integers beyond int64 → beyond any maximum.
  return /^-?(0|[1-9][0-9]*)$/.test(raw) ? (raw.startsWith('-') ? -1e300 : 1e300) : 0.5;
}

/** The value ajv sees. */
const schemaValue = (node: JsonNode): unknown => jsValue(node, schemaNumber);

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

const pointerSegments = (p: string): string[] =>
  p === ''
    ? []
    : p
        .slice(1)
        .split('/')
        .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));

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

/** Check one value (placed at `path`) with the compiled schema; report what ajv finds. */
function checkWithSchema(
  model: DaemonConfigModel,
  report: Report,
  path: readonly Segment[],
  node: JsonNode,
  seen: Set<string>,
): Diagnostic[] {
  if (validateSchema(nest(path, schemaValue(node)))) return [];
  const errors: SchemaError[] = validateSchema.errors ?? [];
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
    // Checked by decodeTimeChecks: default-shm-size's own decoding, and fields whose type changed.
    if (step?.type.t === 'mem-bytes' || (e.keyword === 'anyOf' && step?.type.t !== 'either')) continue;
    const id = `${found.node.start}:${e.keyword}:${extra}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const name = segments.join('.');
    if (e.keyword === 'additionalProperties') {
      const member = found.node.kind === 'object' ? found.node.members.find((m) => m.key === extra) : undefined;
      out.push(
        report(
          'invalid-type',
          'error',
          { offset: member?.keyStart ?? found.node.start },
          {
            ...message('files.type.noField', { path: name, field: extra }),
            key: String(segments[0]),
            ...hint('files.hint.removeQuoted', { key: extra }),
            dockerd: `${configFilePrefix(model.path)}${decodePrefix(model.engine)}json: unknown field ${goQuote(extra)}`,
          },
        ),
      );
      continue;
    }
    const target = step?.type ?? { t: 'any' };
    const what = found.node.kind === 'number' && target.t === 'int' ? `number ${found.node.raw}` : jsonKind(found.node);
    const outOfRange = e.keyword === 'minimum' || e.keyword === 'maximum';
    out.push(
      report(
        'invalid-type',
        'error',
        { offset: found.node.start },
        {
          ...(outOfRange
            ? message('files.type.outOfRange', {
                path: name,
                number: found.node.kind === 'number' ? found.node.raw : '',
              })
            : message('files.type.mustBe', {
                path: name,
                type: describeType(target),
                found: describeNode(found.node),
              })),
          key: String(segments[0]),
          ...hintOf(typeHint(target, found.node)),
          dockerd: step
            ? `${configFilePrefix(model.path)}${decodePrefix(model.engine)}json: cannot unmarshal ${what} into ${goTypeTarget(model, step, segments)}`
            : undefined,
        },
      ),
    );
  }
  return out;
}

/** A path as a chain to its parent: deep documents are walked without copying paths. */
type PathLink = { seg: Segment; up?: PathLink } | undefined;
const pathOf = (link: PathLink): Segment[] => {
  const out: Segment[] = [];
  for (let l = link; l; l = l.up) out.push(l.seg);
  return out.reverse();
};

/**
 * Every (path, node) of a repeated member below `node`: Go decodes each occurrence. Depth-first
 * in document order, with a stack of its own (dockerd reads nesting deeper than the JS stack).
 */
function repeatedBelow(path: Segment[], node: JsonNode, out: { path: Segment[]; node: JsonNode }[]): void {
  let base: PathLink;
  for (const seg of path) base = { seg, up: base };
  // `emit` entries keep the order of the recursive walk: a repeated member, then what is below it.
  const stack: { node: JsonNode; at: PathLink; emit?: boolean }[] = [{ node, at: base }];
  while (stack.length > 0) {
    const { node: n, at, emit } = stack.pop() as (typeof stack)[number];
    if (emit) {
      out.push({ path: pathOf(at), node: n });
      continue;
    }
    if (n.kind === 'array') {
      for (let i = n.items.length - 1; i >= 0; i--)
        stack.push({ node: n.items[i] as JsonNode, at: { seg: i, up: at } });
      continue;
    }
    if (n.kind !== 'object') continue;
    const last = new Map<string, JsonMember>();
    for (const m of n.members) last.set(m.key, m);
    for (let i = n.members.length - 1; i >= 0; i--) {
      const m = n.members[i] as JsonMember;
      const here = { seg: m.key, up: at };
      stack.push({ node: m.value, at: here });
      if (last.get(m.key) !== m) stack.push({ node: m.value, at: here, emit: true });
    }
  }
}

/** Go types that take a JSON object, or whose own decoding the other checks judge. */
const TAKES_OBJECT = new Set(['struct', 'map', 'any', 'either', 'mem-bytes']);

/**
 * An object under a name that is not an accepted key escapes the unknown-directive check (dockerd
 * flattens it), but encoding/json still decodes it into the Config field of that name, matched
 * case-insensitively: "TLSKEY": {} or "swarm-raft-election-tick": {} fail as an object into a string
 * or an integer. (Accepted keys are the schema's.)
 */
function namespaceDecodeChecks(model: DaemonConfigModel, report: Report, seen: Set<string>): Diagnostic[] {
  const root = model.doc?.root;
  if (root?.kind !== 'object') return [];
  const out: Diagnostic[] = [];
  for (const m of root.members) {
    if (m.value.kind !== 'object' || model.catalogue.isFlat(m.key)) continue;
    const found = model.catalogue.fieldFolded(m.key);
    if (!found || (found.name === m.key && model.catalogue.accepts(m.key))) continue;
    const step = typeAt(model, [found.name]);
    if (!step?.present || step.customAt !== undefined || TAKES_OBJECT.has(step.type.t)) continue;
    const id = `${m.value.start}:type:`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(
      report(
        'invalid-type',
        'error',
        { offset: m.value.start },
        {
          ...message('files.type.namespaceField', {
            key: m.key,
            field: found.name,
            type: describeType(step.type),
          }),
          key: m.key,
          ...hint('files.hint.removeQuoted', { key: m.key }),
          dockerd: `${configFilePrefix(model.path)}${decodePrefix(model.engine)}json: cannot unmarshal object into ${goTypeTarget(model, step, [found.name])}`,
        },
      ),
    );
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
  out.push(...namespaceDecodeChecks(model, report, seen));
  return out;
}
