import { applyEdits, type Edit, type Node } from 'jsonc-parser';
import {
  appendMember,
  enclosingContainer,
  lineIndentAt,
  nodeEnd,
  removeMember,
  spansLines,
} from './json/container-edits.js';
import { jsonEqual } from './json/deep-equal.js';
import { valueOfNode } from './json/json-number.js';
import { DEFAULT_JSON_STYLE, detectJsonStyle, type JsonStyle } from './json/json-style.js';
import { renderJson, type JsonLayout } from './json/render-json.js';
import { parseStrictJson } from './json/strict-json.js';
import { detectEol, positionAt } from './text-position.js';
import { messageOf } from '../diagnostics/say.js';
import { said, type Said } from '../i18n/said.js';

/**
 * daemon.json edits that touch only the edited value: indentation, key order, line endings and
 * the final newline of everything else stay byte for byte. Edits are computed from
 * jsonc-parser's tree and applied with its `applyEdits`; its `modify` is not used because its
 * formatter re-flows the surrounding object and corrupts one-line arrays on removal.
 */

/** A top-level key, or a path into nested objects such as ["log-opts", "max-size"]. */
export type JsonKey = string | readonly string[];

/** Decides whether an existing array element and a given value are the same (e.g. normalised mirror URLs). */
export type SameElement = (existing: unknown, given: unknown) => boolean;

export type DaemonJsonChange =
  | { op: 'set'; key: JsonKey; value: unknown }
  | { op: 'remove'; key: JsonKey }
  /** Appends the values not already present; creates the key when missing. */
  | { op: 'add-elements'; key: JsonKey; values: readonly unknown[]; same?: SameElement }
  /** Removes every element matching one of the values; `removeKeyIfEmpty` drops a key left as []. */
  | { op: 'remove-elements'; key: JsonKey; values: readonly unknown[]; same?: SameElement; removeKeyIfEmpty?: boolean }
  /** Sets the array to exactly these values, in this order (keeping the array's one-line or multi-line layout). */
  | { op: 'replace-array'; key: JsonKey; values: readonly unknown[] };

export type DaemonJsonEditFailure =
  /** Comments, trailing commas, a BOM, trailing content …: only `repair` edits such a file. */
  | { kind: 'not-strict-json'; message: string; says: Said; offset: number; line: number; column: number }
  | { kind: 'not-an-object'; message: string; says: Said }
  | {
      kind: 'wrong-type';
      key: string;
      expected: 'array' | 'object';
      found: string;
      message: string;
      says: Said;
      line: number;
      column: number;
    };

export type DaemonJsonEditResult =
  | { ok: true; text: string; changed: boolean }
  | { ok: false; failure: DaemonJsonEditFailure };

type Step = { ok: true; text: string } | { ok: false; failure: DaemonJsonEditFailure };

const pathOf = (key: JsonKey): readonly string[] => (typeof key === 'string' ? [key] : key);
const apply = (text: string, edit: Edit): Step => ({ ok: true, text: applyEdits(text, [edit]) });
const unchanged = (text: string): Step => ({ ok: true, text });

/**
 * Applies `changes` in order to the text of a daemon.json (null: the file does not exist).
 * A new file is written as `{\n  "key": value\n}\n`.
 */
export function editDaemonJson(text: string | null, changes: readonly DaemonJsonChange[]): DaemonJsonEditResult {
  const original = text ?? '';
  // The style is read once, from the file as its author left it: a later step that empties the
  // last one-line array must not change how the next step writes arrays.
  const root = parseStrictJson(original).root;
  const style = root ? detectJsonStyle(original, root) : { ...DEFAULT_JSON_STYLE, eol: detectEol(original) };
  let current = original;
  for (const change of changes) {
    const step = applyChange(current, change, style);
    if (!step.ok) return step;
    current = step.text;
  }
  return { ok: true, text: current, changed: current !== original };
}

/** A key that appears more than once along a change's path, and what the edit does with its copies. */
export interface DuplicateNote {
  key: string;
  /** 1-based lines of every copy's key, in file order; dockerd uses the last. */
  lines: number[];
  /**
   * edited: the last copy is edited and the earlier ones removed; removed: every copy is removed;
   * kept: elements are removed from the last copy, the earlier ones (which dockerd ignores) stay.
   */
  fate: 'edited' | 'removed' | 'kept';
  /**
   * Every copy is an object: Go's decoder merges them member by member into the same map or
   * struct (it does not drop the earlier one), so the earlier copy was not simply ignored.
   */
  merged: boolean;
}

/**
 * The duplicate keys `changes` meet in `text`, as editDaemonJson treats them (the change report
 * says so: a copy is never dropped silently). An edit removes the earlier copies along the path
 * (dockerd ignores them); a removal removes every copy of the last name.
 */
export function duplicateNotes(text: string | null, changes: readonly DaemonJsonChange[]): DuplicateNote[] {
  const root = text === null ? undefined : parseStrictJson(text).root;
  if (root?.type !== 'object' || text === null) return [];
  const notes: DuplicateNote[] = [];
  for (const change of changes) {
    const path = pathOf(change.key);
    let container: Node | undefined = root;
    path.forEach((name, i) => {
      if (container?.type !== 'object') return;
      const props = propertiesNamed(container, name);
      const last = i === path.length - 1;
      if (props.length > 1 && (!isRemoval(change) || last)) {
        const key = path.slice(0, i + 1).join('.');
        if (!notes.some((n) => n.key === key))
          notes.push({
            key,
            lines: props.map((p) => positionAt(text, p.offset).line),
            fate: change.op === 'remove' ? 'removed' : change.op === 'remove-elements' ? 'kept' : 'edited',
            merged: props.every((p) => p.children?.[1]?.type === 'object'),
          });
      }
      container = props[props.length - 1]?.children?.[1];
    });
  }
  return notes;
}

const isRemoval = (change: DaemonJsonChange): boolean => change.op === 'remove' || change.op === 'remove-elements';

function applyChange(text: string, change: DaemonJsonChange, style: JsonStyle): Step {
  if (/^[ \t\r\n]*$/.test(text)) {
    // A missing or blank file (JSON whitespace only; a lone BOM is repair's): dockerd 23+ reads
    // it as "no settings"; a first setting creates the object.
    return isRemoval(change) ? unchanged(text) : applyChange(`{}${style.eol}`, change, style);
  }
  const parsed = parseStrictJson(text);
  if (!parsed.root) return { ok: false, failure: { kind: 'not-strict-json', ...parsed.problem } };
  const root = parsed.root;
  if (root.type === 'null') {
    // dockerd reads a top-level null as {}.
    return isRemoval(change)
      ? unchanged(text)
      : applyChange(applyEdits(text, [{ offset: root.offset, length: root.length, content: '{}' }]), change, style);
  }
  if (root.type !== 'object') {
    return {
      ok: false,
      failure: {
        kind: 'not-an-object',
        ...messageOf(said('files.edit.notObject', { found: root.type })),
      },
    };
  }
  const path = pathOf(change.key);
  if (path.length === 0) throw new RangeError('empty key path');
  if (!isRemoval(change)) {
    const deduped = removeEarlierDuplicates(text, root, path);
    if (deduped !== undefined) return applyChange(deduped, change, style);
  }
  const doc: Doc = { text, root, style };
  switch (change.op) {
    case 'set':
      return setValue(doc, path, change.value);
    case 'replace-array':
      return setValue(doc, path, [...change.values]);
    case 'remove':
      return removeKey(doc, path);
    case 'add-elements':
      return addElements(doc, path, change.values, change.same ?? jsonEqual);
    case 'remove-elements':
      return removeElements(doc, path, change.values, change.same ?? jsonEqual, change.removeKeyIfEmpty ?? false);
  }
}

interface Doc {
  text: string;
  root: Node;
  style: JsonStyle;
}

function propertiesNamed(container: Node, name: string): Node[] {
  return (container.children ?? []).filter((p) => p.children?.[0]?.value === name);
}

/**
 * dockerd lets the last of duplicate keys win but type-checks every one, so before editing a
 * key we drop its earlier duplicates along the path. Returns the new text, or undefined.
 */
function removeEarlierDuplicates(text: string, root: Node, path: readonly string[]): string | undefined {
  let container: Node | undefined = root;
  for (const name of path) {
    if (container?.type !== 'object') return undefined;
    const props = propertiesNamed(container, name);
    const first = props[0];
    if (first && props.length > 1) {
      return applyEdits(text, [removeMember(text, container, (container.children ?? []).indexOf(first))]);
    }
    container = first?.children?.[1];
  }
  return undefined;
}

/** `value` wrapped in objects for the rest of a path: (["a","b"], 1) → {"a": {"b": 1}}. */
function nest(path: readonly string[], value: unknown): unknown {
  return path.reduceRight<unknown>((inner, name) => ({ [name]: inner }), value);
}

/** Does an empty container at this place get its own lines? The root and members of multi-line containers do. */
function prefersMultiLine(doc: Doc, container: Node): boolean {
  const outer = enclosingContainer(container);
  const outerMulti = !outer || spansLines(doc.text, outer);
  return container.type === 'array' ? outerMulti && !doc.style.inlineArrays : outerMulti;
}

function insertProperty(doc: Doc, container: Node, name: string, value: unknown): Step {
  const render = (layout: JsonLayout): string =>
    JSON.stringify(name) + doc.style.colon + renderJson(value, layout, doc.style);
  return apply(doc.text, appendMember(doc.text, container, render, doc.style, prefersMultiLine(doc, container)));
}

function replaceValue(doc: Doc, node: Node, value: unknown): Step {
  const filled = (node.type === 'array' || node.type === 'object') && (node.children?.length ?? 0) > 0;
  const outer = enclosingContainer(node);
  const multi = filled ? spansLines(doc.text, node) : !outer || spansLines(doc.text, outer);
  const layout: JsonLayout = multi
    ? { kind: 'multi-line', indent: lineIndentAt(doc.text, node.offset) }
    : { kind: 'inline' };
  const content = renderJson(value, layout, doc.style, filled && multi);
  return apply(doc.text, { offset: node.offset, length: node.length, content });
}

type Located =
  | { found: Node; container: Node }
  | { missingAt: number; container: Node }
  | { failure: DaemonJsonEditFailure };

/** Walks the path; stops at the first missing (or null) member, or at a member that is not an object. */
function locate(doc: Doc, path: readonly string[]): Located {
  let container = doc.root;
  for (let i = 0; i < path.length; i++) {
    const name = path[i] as string;
    const props = propertiesNamed(container, name);
    const value = props[props.length - 1]?.children?.[1];
    if (!value || value.type === 'null') return { missingAt: i, container };
    if (i === path.length - 1) return { found: value, container };
    if (value.type !== 'object') return { failure: wrongType(doc, path.slice(0, i + 1), value, 'object') };
    container = value;
  }
  throw new RangeError('empty key path');
}

function wrongType(doc: Doc, path: readonly string[], node: Node, expected: 'array' | 'object'): DaemonJsonEditFailure {
  const key = path.join('.');
  return {
    kind: 'wrong-type',
    key,
    expected,
    found: node.type,
    ...messageOf(said('files.edit.wrongType', { key, found: node.type, expected })),
    ...positionAt(doc.text, node.offset),
  };
}

function setValue(doc: Doc, path: readonly string[], value: unknown): Step {
  const at = locate(doc, path);
  if ('failure' in at) return { ok: false, failure: at.failure };
  if ('found' in at)
    return jsonEqual(valueOfNode(at.found, doc.text), value) ? unchanged(doc.text) : replaceValue(doc, at.found, value);
  const rest = nest(path.slice(at.missingAt + 1), value);
  const name = path[at.missingAt] as string;
  const props = propertiesNamed(at.container, name);
  const nullValue = props[props.length - 1]?.children?.[1];
  return nullValue ? replaceValue(doc, nullValue, rest) : insertProperty(doc, at.container, name, rest);
}

function removeKey(doc: Doc, path: readonly string[]): Step {
  const parentPath = path.slice(0, -1);
  const at = parentPath.length === 0 ? { found: doc.root } : locate(doc, parentPath);
  if (!('found' in at) || at.found.type !== 'object') return unchanged(doc.text);
  const props = propertiesNamed(at.found, path[path.length - 1] as string);
  const last = props[props.length - 1];
  if (!last) return unchanged(doc.text);
  // Remove the last duplicate first, then re-parse for any earlier one.
  const next = applyEdits(doc.text, [removeMember(doc.text, at.found, (at.found.children ?? []).indexOf(last))]);
  return props.length > 1 ? applyChange(next, { op: 'remove', key: path }, doc.style) : unchanged(next);
}

function addElements(doc: Doc, path: readonly string[], values: readonly unknown[], same: SameElement): Step {
  const at = locate(doc, path);
  if ('failure' in at) return { ok: false, failure: at.failure };
  const wanted = distinct(values, same);
  if (!('found' in at)) return wanted.length === 0 ? unchanged(doc.text) : setValue(doc, path, wanted);
  const array = at.found;
  if (array.type !== 'array') return { ok: false, failure: wrongType(doc, path, array, 'array') };
  const existing = (array.children ?? []).map((n) => valueOfNode(n, doc.text));
  const missing = notAmong(wanted, existing, same);
  const [first, ...others] = missing;
  if (missing.length === 0) return unchanged(doc.text);
  const step = apply(
    doc.text,
    appendMember(
      doc.text,
      array,
      (layout) => renderJson(first, layout, doc.style),
      doc.style,
      prefersMultiLine(doc, array),
    ),
  );
  if (others.length === 0 || !step.ok) return step;
  return (
    appendRest(step.text, path, others, doc.style) ??
    applyChange(step.text, { op: 'add-elements', key: path, values: others, same }, doc.style)
  );
}

/**
 * issue 14: the elements after the first, appended in one edit. The array is no longer empty, so
 * every further element takes the separator the second one takes: one parse instead of one per
 * element (thousands of mirrors at once were quadratic). Undefined: append them one at a time.
 */
function appendRest(
  text: string,
  path: readonly string[],
  values: readonly unknown[],
  style: JsonStyle,
): Step | undefined {
  const root = parseStrictJson(text).root;
  const at = root ? locate({ text, root, style }, path) : undefined;
  if (!at || !('found' in at) || at.found.type !== 'array') return undefined;
  let layout: JsonLayout | undefined;
  const edit = appendMember(
    text,
    at.found,
    (l) => {
      layout = l;
      return renderJson(values[0], l, style);
    },
    style,
    true,
  );
  if (!layout || edit.length !== 0) return undefined;
  const chosen: JsonLayout = layout;
  const rendered = renderJson(values[0], chosen, style);
  if (!edit.content.endsWith(rendered)) return undefined;
  const separator = edit.content.slice(0, edit.content.length - rendered.length);
  return apply(text, { ...edit, content: values.map((v) => separator + renderJson(v, chosen, style)).join('') });
}

/** Values once each, the first of equals kept; by key when the comparator has one (linear), else pairwise. */
function distinct(values: readonly unknown[], same: SameElement): unknown[] {
  const key = keyOf(same);
  if (!key) return values.filter((v, i) => values.findIndex((w) => same(w, v)) === i);
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = key(v);
    return !seen.has(k) && Boolean(seen.add(k));
  });
}

/** The values no element of `existing` equals. */
function notAmong(values: readonly unknown[], existing: readonly unknown[], same: SameElement): unknown[] {
  const key = keyOf(same);
  if (!key) return values.filter((v) => !existing.some((e) => same(e, v)));
  const have = new Set(existing.map(key));
  return values.filter((v) => !have.has(key(v)));
}

/** A comparator may carry a `key` (plan/list-settings.ts sameEntry): equal keys exactly when same. */
const keyOf = (same: SameElement): ((value: unknown) => string) | undefined =>
  (same as SameElement & { key?: (value: unknown) => string }).key;

function removeElements(
  doc: Doc,
  path: readonly string[],
  values: readonly unknown[],
  same: SameElement,
  removeKeyIfEmpty: boolean,
): Step {
  const key = keyOf(same);
  const keys = key ? new Set(values.map(key)) : undefined;
  const removing = (e: unknown): boolean => (keys && key ? keys.has(key(e)) : values.some((v) => same(e, v)));
  const at = locate(doc, path);
  if ('failure' in at) return { ok: false, failure: at.failure };
  if (!('found' in at)) return unchanged(doc.text);
  const array = at.found;
  if (array.type !== 'array') return { ok: false, failure: wrongType(doc, path, array, 'array') };
  const children = array.children ?? [];
  const gone = children.map((n) => removing(valueOfNode(n, doc.text)));
  if (!gone.includes(true)) return unchanged(doc.text);
  if (gone.every(Boolean)) {
    const text = applyEdits(doc.text, [removeMember(doc.text, { ...array, children: children.slice(0, 1) }, 0)]);
    if (!removeKeyIfEmpty) return { ok: true, text };
    return removeKey({ text, root: parseStrictJson(text).root as Node, style: doc.style }, path);
  }
  // issue 14: every run of removed elements in one edit, the bytes one removal at a time would
  // take (a run before the end up to the next kept element, a run at the end from the kept
  // element before it): one parse, not one per element, for thousands at once.
  const edits: Edit[] = [];
  for (let i = 0; i < children.length; i++) {
    if (!gone[i]) continue;
    let j = i;
    while (j + 1 < children.length && gone[j + 1]) j++;
    const first = children[i] as Node;
    const next = children[j + 1];
    const previous = children[i - 1];
    if (next) edits.push({ offset: first.offset, length: next.offset - first.offset, content: '' });
    else if (previous) {
      const end = nodeEnd(children[j] as Node);
      edits.push({ offset: nodeEnd(previous), length: end - nodeEnd(previous), content: '' });
    }
    i = j;
  }
  return { ok: true, text: applyEdits(doc.text, edits) };
}

export { DEFAULT_JSON_STYLE, detectJsonStyle };
export type { JsonStyle };
export { checkStrictJson, type StrictJsonProblem } from './json/strict-json.js';
export { JsonNumber, parseJsonKeepingNumbers } from './json/json-number.js';
