// The configuration as one dockerd version sees it: daemon.json flattened the way dockerd flattens
// it, the flags of its command line, and the effective settings of both with their provenance.
// The validator works on this model; `show`/`get` read settings from it with `locate`.
import type { Source } from '../diagnostics/types.js';
import { catalogueFor, CONFLICT_EXEMPT, type Catalogue } from '../engine/catalogue.js';
import { parseDaemonArgs, type ParsedArgs } from '../engine/flags.js';
import type { GoType } from '../engine/go-type.js';
import { atLeast, type EngineVersion } from '../engine/version.js';
import {
  readJsonDocument,
  type JsonDocument,
  type JsonMember,
  type JsonNode,
  type Position,
} from '../jsonfile/index.js';
import { flagKey, flagSettingValue } from './flag-settings.js';
import { decodePrefix } from './report.js';
import type { DaemonArg } from '../model/daemon-arg.js';
import type { DaemonJsonInput } from './types.js';
import type { Setting } from './values/types.js';

/** What a flattened key does in this version. */
export type EntryEffect = 'effective' | 'ignored' | 'unknown';

/** One key of daemon.json as dockerd's checks see it, after flattening. */
export interface FileEntry {
  /** The key dockerd checks: top-level, or a child of an object that was flattened. */
  key: string;
  member: JsonMember;
  /** The top-level member this entry was flattened out of. */
  parent?: JsonMember;
  /** A later occurrence of the same key wins (dockerd decodes into a map). */
  shadowed: boolean;
  effect: EntryEffect;
}

/** A setting with where it is: for daemon.json the key's position and JSON path. */
export interface LocatedSetting extends Setting {
  line?: number;
  column?: number;
  /** Path in daemon.json, e.g. ["proxies", "http-proxy"]. */
  path?: readonly string[];
  /** The value in daemon.json (positions of list elements come from it). */
  node?: JsonNode;
}

export interface DaemonConfigModel {
  engine: EngineVersion;
  catalogue: Catalogue;
  /** daemon.json as given to dockerd. */
  path: string;
  /** undefined when daemon.json does not exist. */
  doc?: JsonDocument;
  entries: FileEntry[];
  /** Earlier occurrences of a repeated top-level key (still type-checked by dockerd). */
  repeated: JsonMember[];
  args: ParsedArgs;
  /** Effective settings: the file's, then the flags' (converted to daemon.json shapes). */
  settings: Map<string, LocatedSetting>;
}

/** A JS property that `__proto__` and friends cannot turn into a prototype. */
const define = (out: Record<string, unknown>, key: string, value: unknown): void => {
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
};

/**
 * JSON → plain JS (last duplicate wins). Numbers become JS numbers, unless `number` says
 * otherwise (the type check maps numbers Go would refuse to values the schema refuses).
 * Iterative: dockerd reads nesting 10,000 deep, deeper than the JS stack goes.
 */
export function jsValue(node: JsonNode, number: (raw: string) => unknown = Number): unknown {
  const scalar = (n: JsonNode): unknown =>
    n.kind === 'string' || n.kind === 'boolean' ? n.value : n.kind === 'number' ? number(n.raw) : null;
  if (node.kind !== 'object' && node.kind !== 'array') return scalar(node);
  const make = (n: JsonNode & { kind: 'object' | 'array' }): Record<string, unknown> | unknown[] =>
    n.kind === 'object' ? {} : [];
  const top = make(node);
  // Each container is created before its children are visited and filled in document order.
  const stack: {
    node: JsonNode & { kind: 'object' | 'array' };
    out: Record<string, unknown> | unknown[];
    i: number;
  }[] = [{ node, out: top, i: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as (typeof stack)[number];
    const children = frame.node.kind === 'object' ? frame.node.members : frame.node.items;
    if (frame.i >= children.length) {
      stack.pop();
      continue;
    }
    const child = children[frame.i] as JsonMember | JsonNode;
    frame.i++;
    const value = frame.node.kind === 'object' ? (child as JsonMember).value : (child as JsonNode);
    const converted = value.kind === 'object' || value.kind === 'array' ? make(value) : scalar(value);
    if (Array.isArray(frame.out)) frame.out.push(converted);
    else define(frame.out, (child as JsonMember).key, converted);
    if (value.kind === 'object' || value.kind === 'array')
      stack.push({ node: value, out: converted as Record<string, unknown> | unknown[], i: 0 });
  }
  return top;
}

const zeroOf = (type: GoType): unknown =>
  type.t === 'string' || type.t === 'text' ? '' : type.t === 'int' ? 0 : type.t === 'bool' ? false : null;

/**
 * The value as Go decodes it into its field: a null inside a list or map becomes the element's
 * zero value (["a=b", null] is ["a=b", ""] to dockerd); a null setting stays null (unset).
 */
export function typedValue(node: JsonNode, type: GoType | undefined): unknown {
  if (!type) return jsValue(node);
  if (node.kind === 'array' && type.t === 'list') {
    return node.items.map((item) => (item.kind === 'null' ? zeroOf(type.of) : typedValue(item, type.of)));
  }
  if (node.kind === 'object' && type.t === 'map') {
    const out: Record<string, unknown> = {};
    for (const m of node.members) {
      const value = m.value.kind === 'null' ? zeroOf(type.of) : typedValue(m.value, type.of);
      Object.defineProperty(out, m.key, { value, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return jsValue(node);
}

/** The members of an object with repeated keys collapsed onto their last occurrence. */
export function lastOccurrences(members: readonly JsonMember[]): JsonMember[] {
  const last = new Map<string, JsonMember>();
  for (const m of members) {
    last.delete(m.key);
    last.set(m.key, m);
  }
  return [...last.values()];
}

/** The effect of a flattened key: does dockerd use its value, ignore it, or reject it? */
function effectOf(cat: Catalogue, key: string, parent: JsonMember | undefined): EntryEffect {
  if (!cat.accepts(key)) return 'unknown';
  if (!parent) return cat.field(key) ? 'effective' : 'ignored';
  // Only a struct field ("proxies") gives flattened children a meaning.
  const type = cat.field(parent.key)?.type;
  return type?.t === 'struct' && Object.hasOwn(type.fields, key) ? 'effective' : 'ignored';
}

/** dockerd's configValuesSet: objects not on the flat list are replaced by their children. */
export function flattenLikeDockerd(members: readonly JsonMember[], cat: Catalogue): FileEntry[] {
  const entries: FileEntry[] = [];
  for (const m of lastOccurrences(members)) {
    if (m.value.kind === 'object' && !cat.isFlat(m.key)) {
      for (const child of lastOccurrences(m.value.members)) {
        entries.push({
          key: child.key,
          member: child,
          parent: m,
          shadowed: false,
          effect: effectOf(cat, child.key, m),
        });
      }
    } else {
      entries.push({ key: m.key, member: m, shadowed: false, effect: effectOf(cat, m.key, undefined) });
    }
  }
  const seen = new Set<string>();
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i] as FileEntry;
    if (seen.has(e.key)) e.shadowed = true;
    seen.add(e.key);
  }
  return entries;
}

/** The Go type of an effective entry (a top-level field, or a field of the struct it came from). */
function fieldType(cat: Catalogue, e: FileEntry): GoType | undefined {
  if (!e.parent) return cat.field(e.key)?.type;
  const parentType = cat.field(e.parent.key)?.type;
  return parentType?.t === 'struct' ? parentType.fields[e.key]?.type : undefined;
}

/** The dialect of daemon.json parsing this engine uses. */
export const dialectOf = (engine: EngineVersion): 'go-decoder' | 'go-unmarshal' =>
  atLeast(engine, '23.0.0') ? 'go-unmarshal' : 'go-decoder';

/** Build the model of what `engine` would read from this daemon.json and these flags. */
export function loadDaemonConfig(input: {
  daemonJson: DaemonJsonInput;
  args: readonly DaemonArg[];
  engine: EngineVersion;
}): DaemonConfigModel {
  const { daemonJson, engine } = input;
  const catalogue = catalogueFor(engine);
  const args = parseDaemonArgs(input.args, catalogue);
  const go127 = decodePrefix(engine) !== '';
  const doc = daemonJson.bytes ? readJsonDocument(daemonJson.bytes, dialectOf(engine), { go127 }) : undefined;
  const root = doc?.root?.kind === 'object' ? doc.root : undefined;
  const entries = root ? flattenLikeDockerd(root.members, catalogue) : [];
  const lastTop = new Set(root ? lastOccurrences(root.members) : []);
  const repeated = root ? root.members.filter((m) => !lastTop.has(m)) : [];

  const settings = new Map<string, LocatedSetting>();
  const fileSource: Source = { kind: 'daemon-json', path: daemonJson.path };
  for (const e of entries) {
    if (e.shadowed || e.effect !== 'effective' || !doc) continue;
    const at: Position = doc.positionAt(e.member.keyStart);
    settings.set(e.key, {
      key: e.key,
      value: typedValue(e.member.value, fieldType(catalogue, e)),
      from: 'file',
      source: { ...fileSource, line: at.line },
      line: at.line,
      column: at.column,
      path: e.parent ? [e.parent.key, e.key] : [e.key],
      node: e.member.value,
    });
  }
  for (const flag of args.flags.values()) {
    const key = flagKey(flag);
    const value = flagSettingValue(flag, engine);
    const fromFile = settings.get(key);
    if (fromFile && CONFLICT_EXEMPT.has(key) && typeof fromFile.value === 'object') {
      // --add-runtime and "runtimes" merge instead of conflicting; mergo.Merge(file, flags) keeps
      // the file's entry of a name both give.
      fromFile.value = { ...(value as object), ...(fromFile.value as object) };
      continue;
    }
    if (fromFile) continue; // a conflict, reported as such; keep the file's value and position
    settings.set(key, { key, value, from: 'flag', source: flag.source, line: flag.source.line });
  }
  return { engine, catalogue, path: daemonJson.path, doc, entries, repeated, args, settings };
}

/** A setting with its provenance, by daemon.json key. */
export const locate = (model: DaemonConfigModel, key: string): LocatedSetting | undefined => model.settings.get(key);
