import { parseEngineVersion, type EngineVersion } from '../../../src/engine/version.js';
import type { Setting } from '../../../src/validate/values/types.js';

export function engine(raw: string): EngineVersion {
  const v = parseEngineVersion(raw);
  if (!v) throw new Error(`bad version ${raw}`);
  return v;
}

export const V20 = engine('20.10.24');
export const V26 = engine('26.1.5');
export const V28 = engine('28.5.2');
export const V29 = engine('29.7.2');

/** Effective settings from daemon.json-shaped values; keys in `flags` came from dockerd's command line. */
export function settingsOf(values: Record<string, unknown>, flags: readonly string[] = []): Map<string, Setting> {
  return new Map(
    Object.entries(values).map(([key, value]) => {
      const fromFlag = flags.includes(key);
      const setting: Setting = {
        key,
        value,
        from: fromFlag ? 'flag' : 'file',
        source: { kind: fromFlag ? 'daemon-args' : 'daemon-json' },
      };
      return [key, setting];
    }),
  );
}
