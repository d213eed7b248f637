import { catalogueFor } from '../engine/catalogue.js';
import type { EngineVersion } from '../engine/version.js';
import type { Setting } from '../validate/values/types.js';
import { englishReason, type Reason } from './reason.js';

export type Action = 'none' | 'reload' | 'restart';

export interface Decision {
  action: Action;
  /** One sentence in English: why this action (--json carries it). */
  reason: string;
  /** The same reason as data, for the text in the reader's language. */
  because: Reason;
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
  const decided = (action: Action, because: Reason): Decision => ({
    action,
    reason: englishReason(because),
    because,
    changed,
  });
  if (changed.length === 0 && !input.argsChanged) return decided('none', { why: 'unchanged' });
  if (input.argsChanged) return decided('restart', { why: 'args-changed' });
  const catalogue = catalogueFor(input.engine);
  const removed = changed.filter((k) => !input.after.has(k));
  if (removed.length > 0) return decided('restart', { why: 'removed', keys: removed });
  const fromFlags = changed.filter((k) => input.after.get(k)?.from === 'flag');
  if (fromFlags.length > 0) return decided('restart', { why: 'from-flags', keys: fromFlags });
  const fixed = changed.filter((k) => catalogue.field(k)?.reloadable !== true);
  if (fixed.length > 0) return decided('restart', { why: 'read-at-start', keys: fixed });
  return decided('reload', { why: 'reloadable', keys: changed });
}
