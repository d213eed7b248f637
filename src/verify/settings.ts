// Reading typed values out of the effective settings (daemon.json shapes, flags converted).
import type { Setting } from '../validate/values/types.js';

export type Settings = ReadonlyMap<string, Setting>;

export function stringOf(settings: Settings, key: string): string | undefined {
  const value = settings.get(key)?.value;
  return typeof value === 'string' ? value : undefined;
}

export function boolOf(settings: Settings, key: string): boolean | undefined {
  const value = settings.get(key)?.value;
  return typeof value === 'boolean' ? value : undefined;
}

/** A list setting's strings; undefined when the key is not set (or is not a list). */
export function stringsOf(settings: Settings, key: string): string[] | undefined {
  const value = settings.get(key)?.value;
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;
}
