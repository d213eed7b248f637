// The registry settings of a corpus case, and what GET /info's RegistryConfig should show for
// them: the product's own prediction and comparison (src/verify). Pure.
import type { EngineVersion } from '../../src/engine/version.js';
import type { Setting } from '../../src/validate/values/types.js';
import { compareWithInfo, describeDifference, expectedState, type ExpectedState } from '../../src/verify/index.js';
import type { DaemonInfo } from './real-dockerd.js';

/** The registry settings of a configuration: daemon.json's keys plus the matching flags. */
export interface RegistrySettings {
  mirrors: string[];
  insecure: string[];
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Values of a repeatable flag, in "--flag=value" or "--flag value" form. */
function flagValues(args: readonly string[], flag: string): string[] {
  const out: string[] = [];
  args.forEach((arg, i) => {
    if (arg.startsWith(`${flag}=`)) out.push(arg.slice(flag.length + 1));
    else if (arg === flag && args[i + 1] !== undefined) out.push(args[i + 1]!);
  });
  return out;
}

/**
 * The settings dockerd reads, or undefined when the file is not plain JSON we can read the same
 * way (UTF-16, trailing content that only 20.10 ignores): those cases are not checked here.
 */
export function registrySettings(file: Buffer, args: readonly string[]): RegistrySettings | undefined {
  const text = file.toString('utf8').replace(/^\uFEFF/, '');
  let parsed: unknown;
  try {
    parsed = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    return undefined;
  }
  const top = (parsed ?? {}) as Record<string, unknown>;
  if (typeof top !== 'object' || Array.isArray(top)) return undefined;
  return {
    mirrors: [...strings(top['registry-mirrors']), ...flagValues(args, '--registry-mirror')],
    insecure: [...strings(top['insecure-registries']), ...flagValues(args, '--insecure-registry')],
  };
}

/** src/verify's expectation (mirrors, insecure CIDRs with the version's defaults, insecure hosts). */
export type RegistryExpectation = ExpectedState;

const fileSetting = (key: string, value: string[]): Setting => ({
  key,
  value,
  from: 'file',
  source: { kind: 'daemon-json' },
});

/** The product's prediction; a string when it calls an insecure registry invalid (dockerd started, so that is a bug too). */
export function predictRegistry(s: RegistrySettings, engine: EngineVersion): RegistryExpectation | string {
  const settings = new Map([
    ['registry-mirrors', fileSetting('registry-mirrors', s.mirrors)],
    ['insecure-registries', fileSetting('insecure-registries', s.insecure)],
  ]);
  const expected = expectedState(settings, engine);
  const refused = expected.rejected.find((r) => r.setting === 'insecure-registries');
  return refused
    ? `normalizeInsecureRegistry(${JSON.stringify(refused.value)}) says invalid: ${refused.reason}`
    : expected;
}

/** Every way /info differs from the prediction ([] when it matches), one line each. */
export function registryMismatches(expected: RegistryExpectation, info: DaemonInfo): string[] {
  return compareWithInfo(expected, info).map(describeDifference);
}
