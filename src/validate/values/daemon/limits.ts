/** Integer settings with a lower (or upper) bound in config.Validate. */
import { atLeast, type EngineVersion } from '../../../engine/version.js';
import { configValidation } from '../shared/dockerd-text.js';
import { caution, refused } from '../shared/problem.js';
import { numberOf } from '../shared/settings.js';
import type { ValueProblem, ValueRule } from '../types.js';

interface Bound {
  key: string;
  /** Since when dockerd checks it (and the smallest accepted value then). */
  min(engine: EngineVersion): number | undefined;
  max?: (engine: EngineVersion) => number | undefined;
  reason(n: number): string;
  hint: string;
}

const BOUNDS: Bound[] = [
  {
    key: 'mtu',
    min: (e) => (atLeast(e, '23.0.0') ? 0 : undefined),
    reason: (n) => `invalid default MTU: ${n}`,
    hint: 'Use the network MTU, e.g. 1500 (0 means the default).',
  },
  {
    key: 'max-concurrent-downloads',
    min: () => 0,
    reason: (n) => `invalid max concurrent downloads: ${n}`,
    hint: 'Use a number of 1 or more (default 3).',
  },
  {
    key: 'max-concurrent-uploads',
    min: () => 0,
    reason: (n) => `invalid max concurrent uploads: ${n}`,
    hint: 'Use a number of 1 or more (default 5).',
  },
  {
    key: 'max-download-attempts',
    min: (e) => (atLeast(e, '23.0.0') ? 0 : 1),
    reason: (n) => `invalid max download attempts: ${n}`,
    hint: 'Use a number of 1 or more (default 5).',
  },
  {
    key: 'network-diagnostic-port',
    min: (e) => (atLeast(e, '28.0.0') ? 0 : undefined),
    max: (e) => (atLeast(e, '28.0.0') ? 65535 : undefined),
    reason: (n) => `invalid network-diagnostic-port (${n}): value must be between 0 and 65535`,
    hint: 'Use a TCP port between 1 and 65535, or 0 to disable it.',
  },
  {
    key: 'default-stop-timeout',
    min: (e) => (atLeast(e, '29.7.0') ? 0 : undefined),
    reason: (n) => `invalid default stop timeout: ${n}`,
    hint: 'Use a number of seconds, 0 or more.',
  },
];

export const limitsRule: ValueRule = {
  keys: BOUNDS.map((b) => b.key),
  check(ctx) {
    const problems: ValueProblem[] = [];
    for (const bound of BOUNDS) {
      const n = numberOf(ctx, bound.key);
      if (n === undefined) continue;
      const min = bound.min(ctx.engine);
      const max = bound.max?.(ctx.engine);
      if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
        problems.push(
          refused({
            key: bound.key,
            message: `"${bound.key}": ${n} is out of range`,
            hint: bound.hint,
            line: configValidation(ctx.engine, bound.reason(n)),
          }),
        );
      } else if (bound.key === 'mtu' && n < 0) {
        problems.push(
          caution({
            key: 'mtu',
            message: `"mtu": ${n} is accepted by 20.10 but refused from 23.0 on`,
            hint: bound.hint,
          }),
        );
      } else if (bound.key === 'max-concurrent-downloads' || bound.key === 'max-concurrent-uploads') {
        if (n === 0)
          problems.push(
            caution({
              key: bound.key,
              message: `"${bound.key}": 0 stalls every ${bound.key.endsWith('downloads') ? 'pull' : 'push'}`,
              hint: bound.hint,
            }),
          );
      }
    }
    return problems;
  },
};
