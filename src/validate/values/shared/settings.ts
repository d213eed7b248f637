/** Typed reads of the merged settings; `null` (dockerd: "not set") reads as undefined. */
import { goFoldName } from '../../../engine/go-parse.js';
import type { Setting, ValueContext } from '../types.js';

export function settingOf(ctx: ValueContext, key: string): Setting | undefined {
  const s = ctx.settings.get(key);
  return s && s.value !== null && s.value !== undefined ? s : undefined;
}

export function stringOf(ctx: ValueContext, key: string): string | undefined {
  const v = settingOf(ctx, key)?.value;
  return typeof v === 'string' ? v : undefined;
}

export function boolOf(ctx: ValueContext, key: string): boolean | undefined {
  const v = settingOf(ctx, key)?.value;
  return typeof v === 'boolean' ? v : undefined;
}

export function numberOf(ctx: ValueContext, key: string): number | undefined {
  const v = settingOf(ctx, key)?.value;
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** A string list; entries of another type (a type error reported elsewhere) are skipped, indexes kept. */
export function stringListOf(ctx: ValueContext, key: string): { value: string; index: number }[] {
  const v = settingOf(ctx, key)?.value;
  if (!Array.isArray(v)) return [];
  return v.flatMap((value: unknown, index) => (typeof value === 'string' ? [{ value, index }] : []));
}

export function objectOf(ctx: ValueContext, key: string): Record<string, unknown> | undefined {
  const v = settingOf(ctx, key)?.value;
  return isPlainObject(v) ? v : undefined;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Where the setting came from: flags are checked by dockerd's flag parser, earlier and worded differently. */
export function isFromFlag(ctx: ValueContext, key: string): boolean {
  return settingOf(ctx, key)?.from === 'flag';
}

/**
 * A struct field inside a nested object (runtimes, address pools, builder, plugin configs) as
 * encoding/json decodes it: every key matching case-insensitively in turn, so the last one wins;
 * a null leaves the field as it was, unless it clears it (a slice or map field: `nullClears`).
 */
export function fieldOf(obj: Record<string, unknown>, name: string, nullClears = false): unknown {
  let out: unknown;
  for (const [k, v] of Object.entries(obj)) {
    if (goFoldName(k) !== goFoldName(name) || (v === null && !nullClears)) continue;
    out = v;
  }
  return out;
}

/** Every non-null value a key matching `name` has in obj (Go decodes each in turn). */
export function fieldsOf(obj: Record<string, unknown>, name: string): unknown[] {
  return Object.entries(obj).flatMap(([k, v]) => (goFoldName(k) === goFoldName(name) && v !== null ? [v] : []));
}
