import { catalogueFor } from '../engine/catalogue.js';
import type { EngineVersion } from '../engine/version.js';
import type { Setting } from '../validate/values/types.js';

export type Action = 'none' | 'reload' | 'restart';

export interface Decision {
  action: Action;
  /** One sentence: why this action (shown with --verbose and in --json). */
  reason: string;
  /** Settings whose value differs between the two configurations. */
  changed: string[];
}

export interface DecideInput {
  before: ReadonlyMap<string, Setting>;
  after: ReadonlyMap<string, Setting>;
  engine: EngineVersion;
  /** dockerd's command line changed (unit, drop-in, DOCKER_OPTS): only a restart passes it. */
  argsChanged: boolean;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Reload (SIGHUP) when only settings dockerd re-reads changed, which keeps containers running;
 * otherwise restart. A removed key restarts too: a reload acts only on keys present in the file,
 * so the old value would stay in force (moby-daemon-config §1.8).
 */
export function decideAction(input: DecideInput): Decision {
  const keys = new Set([...input.before.keys(), ...input.after.keys()]);
  const changed = [...keys].filter((k) => !same(input.before.get(k)?.value, input.after.get(k)?.value)).sort();
  if (changed.length === 0 && !input.argsChanged) return { action: 'none', reason: 'the configuration dockerd reads did not change', changed };
  if (input.argsChanged) return { action: 'restart', reason: "dockerd's command line changed: only a restart passes it new flags", changed };
  const catalogue = catalogueFor(input.engine);
  const removed = changed.filter((k) => !input.after.has(k));
  if (removed.length > 0) return { action: 'restart', reason: `${removed.join(', ')} removed: a reload keeps the old value`, changed };
  const fromFlags = changed.filter((k) => input.after.get(k)?.from === 'flag');
  if (fromFlags.length > 0) return { action: 'restart', reason: `${fromFlags.join(', ')} comes from dockerd's flags`, changed };
  const fixed = changed.filter((k) => catalogue.field(k)?.reloadable !== true);
  if (fixed.length > 0) return { action: 'restart', reason: `${fixed.join(', ')} ${fixed.length === 1 ? 'is' : 'are'} read only at start`, changed };
  return { action: 'reload', reason: `${changed.join(', ')} ${changed.length === 1 ? 'is' : 'are'} reloadable: containers keep running`, changed };
}
