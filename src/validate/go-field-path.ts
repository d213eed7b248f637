// How Go's encoding/json names the place of a type error ("Go struct field … of type …"), which
// depends on the Go version dockerd was built with, and the Go type found along a JSON path.
import { fieldTypeIn, inRange } from '../engine/catalogue.js';
import { goEmbeddingPath } from '../engine/go-embedding.js';
import { goTypeName, structField, type GoField, type GoType } from '../engine/go-type.js';
import { atLeast } from '../engine/version.js';
import type { JsonNode } from '../jsonfile/index.js';
import type { DaemonConfigModel } from './model.js';
import { decodePrefix } from './report.js';

export interface TypeStep {
  type: GoType;
  /** Go's struct-field path as Go < 1.27 prints it: innermost struct, then field names. */
  goField: string;
  /** Index of the segment whose type decodes itself (its own UnmarshalJSON), if any. */
  customAt?: number;
  /** The field exists in this engine version. */
  present: boolean;
}

/** Follow a path through the Go types, as encoding/json does (struct fields case-insensitively). */
export function typeAt(model: DaemonConfigModel, segments: readonly string[]): TypeStep | undefined {
  const [top, ...rest] = segments;
  const row = top === undefined ? undefined : model.catalogue.field(top);
  if (!row || top === undefined) return undefined;
  const decodesItself = (f: GoField): boolean =>
    f.customDecodeSince !== undefined && atLeast(model.engine, f.customDecodeSince);
  let type = fieldTypeIn(row, model.engine);
  let struct = 'Config';
  let fields = [top];
  let present = true;
  let customAt = decodesItself(row) ? 0 : undefined;
  rest.forEach((seg, i) => {
    if (type.t === 'struct') {
      const found = structField(type, seg);
      if (!found) {
        type = { t: 'any' };
        return;
      }
      present &&= inRange(model.engine, found[1]);
      // Below a type with its own UnmarshalJSON, Go keeps the outer struct's name; Go 1.19
      // (20.10) also stops at the outer field, Go 1.20+ goes on naming the inner fields.
      if (customAt === undefined) struct = type.go.replace(/^.*\./, '');
      if (customAt === undefined || atLeast(model.engine, '23.0.0')) fields = [...fields, found[0]];
      if (customAt === undefined && decodesItself(found[1])) customAt = i + 1;
      type = fieldTypeIn(found[1], model.engine);
    } else if (type.t === 'list' || type.t === 'map') type = type.of;
    else type = { t: 'any' };
  });
  return { type, goField: `${struct}.${fields.join('.')}`, customAt, present };
}

export const jsonKind = (node: JsonNode): string => (node.kind === 'boolean' ? 'bool' : node.kind);

/** Builds with Go 1.27's encoding/json (Debian's 28.5.2+dfsg4, upstream 29.7.2) word errors anew. */
const go127 = (model: DaemonConfigModel): boolean => decodePrefix(model.engine) !== '';

/**
 * Go's "into Go struct field X of type T" for a type error at `segments`:
 *  Go 1.19 (20.10): "Config.log-opts"; Go 1.20–1.26 (23+): "Config.CommonConfig.LogConfig.log-opts";
 *  Go 1.27: "Config.log-opts.max-size", "Config.labels.1" (an element: no "Go struct field"), and a
 *  path relative to a type that decodes itself (".0.size").
 */
export function goTypeTarget(model: DaemonConfigModel, step: TypeStep, segments: readonly string[]): string {
  const type = goTypeName(step.type);
  if (go127(model)) {
    const path =
      step.customAt !== undefined ? `.${segments.slice(step.customAt + 1).join('.')}` : `Config.${segments.join('.')}`;
    const textual = step.type.t === 'text' || (step.type.t === 'string' && step.type.go !== undefined);
    const suffix = textual ? ': JSON value must be string type' : '';
    return /^\d+$/.test(segments.at(-1) ?? '') && step.customAt === undefined
      ? `${path} of type ${type}${suffix}`
      : `Go struct field ${path} of type ${type}${suffix}`;
  }
  const embedded = atLeast(model.engine, '23.0.0') ? goEmbeddingPath(segments[0] ?? '') : '';
  if (!embedded) return `Go struct field ${step.goField} of type ${type}`;
  const dot = step.goField.indexOf('.');
  return `Go struct field ${step.goField.slice(0, dot)}.${embedded}${step.goField.slice(dot)} of type ${type}`;
}
