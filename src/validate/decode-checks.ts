// What Go checks while decoding that the schema cannot say: opts.MemBytes' raw-bytes parsing of
// default-shm-size, net.IP fields, and fields whose type changed between versions.
import { hint, hintOf, message } from '../diagnostics/say.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { fieldTypeIn, inRange } from '../engine/catalogue.js';
import { isGoIP, jsonIntFits, parseRamInBytes } from '../engine/go-parse.js';
import { structField, type GoType } from '../engine/go-type.js';
import { goQuote } from '../jsonfile/go-quote.js';
import type { JsonMember, JsonNode } from '../jsonfile/index.js';
import { describeNode, describeType, typeHint } from './describe.js';
import { goTypeTarget, jsonKind, typeAt } from './go-field-path.js';
import type { DaemonConfigModel } from './model.js';
import { configFilePrefix, decodePrefix, type Report } from './report.js';

/** `path`: the field names ("builder.History.MaxAge"); `raw`: the keys as written, with list indices. */
type Visit = (node: JsonNode, type: GoType, path: string, raw: string[], typeChanged: boolean) => void;

/** Walk values with their Go types, calling `visit` on each (every occurrence, repeated keys too). */
function walkTyped(
  node: JsonNode,
  type: GoType,
  visit: Visit,
  path: string,
  raw: string[],
  model: DaemonConfigModel,
  typeChanged = false,
): void {
  visit(node, type, path, raw, typeChanged);
  if (type.t === 'list' && node.kind === 'array')
    node.items.forEach((item, i) => walkTyped(item, type.of, visit, path, [...raw, String(i)], model));
  if (type.t === 'map' && node.kind === 'object') {
    for (const m of node.members) walkTyped(m.value, type.of, visit, `${path}.${m.key}`, [...raw, m.key], model);
  }
  if (type.t === 'struct' && node.kind === 'object') {
    for (const m of node.members) {
      const f = structField(type, m.key);
      if (!f || !inRange(model.engine, f[1])) continue;
      walkTyped(
        m.value,
        fieldTypeIn(f[1], model.engine),
        visit,
        `${path}.${f[0]}`,
        [...raw, m.key],
        model,
        f[1].before !== undefined,
      );
    }
  }
}

/** Does a scalar JSON value fit a scalar Go type? */
function fitsScalar(node: JsonNode, type: GoType): boolean {
  if (type.t === 'string' || type.t === 'text') return node.kind === 'string';
  if (type.t === 'int') return node.kind === 'number' && jsonIntFits(node.raw);
  if (type.t === 'bool') return node.kind === 'boolean';
  return true;
}

/** Checks Go makes while decoding that the schema cannot express. */
export function decodeTimeChecks(
  model: DaemonConfigModel,
  report: Report,
  members: readonly JsonMember[],
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const text = model.doc?.text ?? '';
  for (const top of members) {
    const row = model.catalogue.field(top.key);
    if (!row) continue;
    walkTyped(
      top.value,
      fieldTypeIn(row, model.engine),
      (node, type, path, raw, typeChanged) => {
        // The schema accepts every version's type of a changed field; this version wants one.
        if (typeChanged && node.kind !== 'null' && !fitsScalar(node, type)) {
          const step = typeAt(model, raw);
          out.push(
            report(
              'invalid-type',
              'error',
              { offset: node.start },
              {
                ...message('files.type.mustBeOn', {
                  path,
                  type: describeType(type),
                  version: `${model.engine.major}.${model.engine.minor}`,
                  found: describeNode(node),
                }),
                key: top.key,
                ...hintOf(typeHint(type, node)),
                dockerd: step
                  ? `${configFilePrefix(model.path)}${decodePrefix(model.engine)}json: cannot unmarshal ${jsonKind(node)} into ${goTypeTarget(model, step, raw)}`
                  : undefined,
              },
            ),
          );
        }
        if (type.t === 'mem-bytes') {
          // opts.MemBytes.UnmarshalJSON gets the raw bytes: a quoted, non-empty size; escapes are not decoded.
          const raw = text.slice(node.start, node.end);
          const inner = node.kind === 'string' && raw.length > 2 ? raw.slice(1, -1) : undefined;
          const parsed = inner === undefined ? undefined : parseRamInBytes(inner, model.engine);
          if (parsed?.ok) return;
          const go = inner === undefined ? `invalid size: ${goQuote(raw)}` : (parsed as { error: string }).error;
          out.push(
            report(
              'invalid-type',
              'error',
              { offset: node.start },
              {
                ...(node.kind === 'number'
                  ? message('files.type.sizeNotNumber', { path })
                  : message('files.type.size', { path })),
                key: top.key,
                ...(node.kind === 'number'
                  ? hint('files.type.hint.sizeUnit', { number: node.raw })
                  : hint('files.type.hint.size')),
                dockerd: `${configFilePrefix(model.path)}${decodePrefix(model.engine)}${go}`,
              },
            ),
          );
        }
        if (
          type.t === 'text' &&
          type.parse === 'ip' &&
          node.kind === 'string' &&
          node.value !== '' &&
          !isGoIP(node.value)
        ) {
          out.push(
            report(
              'invalid-value',
              'error',
              { offset: node.start },
              {
                ...message('files.type.ip', { path, value: node.value }),
                key: top.key,
                ...hint('files.type.hint.ip'),
                dockerd: `${configFilePrefix(model.path)}${decodePrefix(model.engine)}invalid IP address: ${node.value}`,
              },
            ),
          );
        }
      },
      top.key,
      [top.key],
      model,
      row.before !== undefined,
    );
  }
  return out;
}
