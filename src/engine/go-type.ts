// The Go types behind daemon.json values, described just enough to (1) emit the JSON Schema,
// (2) walk a value along a path, and (3) word errors the way Go's encoding/json does.

/** A struct field; `since`/`until` bound the versions in which the field exists. */
export interface GoField {
  type: GoType;
  description?: string;
  since?: string;
  until?: string;
  /** Before `until`, the field had another type (e.g. builder.History.MaxAge: int64 on 24.x). */
  before?: { until: string; type: GoType };
  /**
   * The type has its own UnmarshalJSON around an inner decode (from this version on), so type
   * errors inside it name this field (Go < 1.27) or a path relative to it (Go 1.27).
   */
  customDecodeSince?: string;
}

export type GoType =
  | { t: 'bool' }
  | { t: 'string'; enum?: readonly string[]; go?: string }
  /** A Go integer; every integer field of dockerd's config is int/int64 (64-bit). */
  | { t: 'int'; go: 'int' | 'int64' | 'uint32' }
  | { t: 'list'; of: GoType; go?: string }
  | { t: 'map'; of: GoType; go?: string }
  | {
      t: 'struct';
      go: string;
      fields: Readonly<Record<string, GoField>>;
      /** Go matches nested struct fields case-insensitively; false only where the key check runs first. */
      caseSensitive?: boolean;
      /** Unknown fields are an error (a Decoder with DisallowUnknownFields), not silently dropped. */
      closed?: boolean;
    }
  /** A string that Go parses while decoding (an encoding.TextUnmarshaler such as net.IP). */
  | { t: 'text'; go: string; parse: 'ip' }
  /** opts.MemBytes: its UnmarshalJSON wants a quoted size ("64m"); null and numbers fail. */
  | { t: 'mem-bytes' }
  /** Either shape is accepted (the builder GC filter: a list of "k=v" or the old object form). */
  | { t: 'either'; of: readonly GoType[]; go: string }
  | { t: 'any' };

export const bool: GoType = { t: 'bool' };
export const str: GoType = { t: 'string' };
export const oneOf = (...values: string[]): GoType => ({ t: 'string', enum: values });
export const int: GoType = { t: 'int', go: 'int' };
export const int64: GoType = { t: 'int', go: 'int64' };
export const ip: GoType = { t: 'text', go: 'net.IP', parse: 'ip' };
export const strList: GoType = { t: 'list', of: str };
export const list = (of: GoType, go?: string): GoType => ({ t: 'list', of, go });
export const mapOf = (of: GoType, go?: string): GoType => ({ t: 'map', of, go });
export const struct = (
  go: string,
  fields: Record<string, GoField | GoType>,
  options: { closed?: boolean } = {},
): GoType => ({
  t: 'struct',
  go,
  fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, 't' in v ? { type: v } : v])),
  ...options,
});

/** Go's own spelling of the type, as encoding/json prints it in "of type …". */
export function goTypeName(type: GoType): string {
  switch (type.t) {
    case 'bool':
      return 'bool';
    case 'string':
      return type.go ?? 'string';
    case 'int':
      return type.go;
    case 'list':
      return type.go ?? `[]${goTypeName(type.of)}`;
    case 'map':
      return type.go ?? `map[string]${goTypeName(type.of)}`;
    case 'struct':
    case 'text':
    case 'either':
      return type.go;
    case 'mem-bytes':
      return 'opts.MemBytes';
    case 'any':
      return 'interface {}';
  }
}

/** A field of a struct type by JSON name: exact first, then case-insensitively (as Go does). */
export function structField(type: Extract<GoType, { t: 'struct' }>, name: string): [string, GoField] | undefined {
  const exact = type.fields[name];
  if (exact) return [name, exact];
  if (type.caseSensitive) return undefined;
  const folded = foldCase(name);
  for (const [fieldName, field] of Object.entries(type.fields)) {
    if (foldCase(fieldName) === folded) return [fieldName, field];
  }
  return undefined;
}

// Go's case folding treats the Kelvin sign as k and the long s as s.
export const foldCase = (s: string): string =>
  s
    .replace(/\u212a/g, 'k')
    .replace(/\u017f/g, 's')
    .toLowerCase();
