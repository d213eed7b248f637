/** Integer settings with a lower (or upper) bound in config.Validate. */
import { hintOf, message } from '../../../diagnostics/say.js';
import { atLeast, type EngineVersion } from '../../../engine/version.js';
import { said, type Said } from '../../../i18n/said.js';
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
  hint: Said;
}

const BOUNDS: Bound[] = [
  {
    key: 'mtu',
    min: (e) => (atLeast(e, '23.0.0') ? 0 : undefined),
    reason: (n) => `invalid default MTU: ${n}`,
    hint: said('validate.limits.hint.mtu'),
  },
  {
    key: 'max-concurrent-downloads',
    min: () => 0,
    reason: (n) => `invalid max concurrent downloads: ${n}`,
    hint: said('validate.limits.hint.atLeastOne', { default: 3 }),
  },
  {
    key: 'max-concurrent-uploads',
    min: () => 0,
    reason: (n) => `invalid max concurrent uploads: ${n}`,
    hint: said('validate.limits.hint.atLeastOne', { default: 5 }),
  },
  {
    key: 'max-download-attempts',
    min: (e) => (atLeast(e, '23.0.0') ? 0 : 1),
    reason: (n) => `invalid max download attempts: ${n}`,
    hint: said('validate.limits.hint.atLeastOne', { default: 5 }),
  },
  {
    key: 'network-diagnostic-port',
    min: (e) => (atLeast(e, '28.0.0') ? 0 : undefined),
    max: (e) => (atLeast(e, '28.0.0') ? 65535 : undefined),
    reason: (n) => `invalid network-diagnostic-port (${n}): value must be between 0 and 65535`,
    hint: said('validate.limits.hint.port'),
  },
  {
    key: 'default-stop-timeout',
    min: (e) => (atLeast(e, '29.7.0') ? 0 : undefined),
    reason: (n) => `invalid default stop timeout: ${n}`,
    hint: said('validate.limits.hint.seconds'),
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
            ...message('validate.limits.outOfRange', { key: bound.key, value: n }),
            ...hintOf(bound.hint),
            line: configValidation(ctx.engine, bound.reason(n)),
          }),
        );
      } else if (bound.key === 'mtu' && n < 0) {
        problems.push(
          caution({
            key: 'mtu',
            ...message('validate.limits.mtuNegative', { value: n }),
            ...hintOf(bound.hint),
          }),
        );
      } else if (bound.key === 'max-concurrent-downloads' || bound.key === 'max-concurrent-uploads') {
        if (n === 0)
          problems.push(
            caution({
              key: bound.key,
              ...message(
                bound.key.endsWith('downloads') ? 'validate.limits.stallsPulls' : 'validate.limits.stallsPushes',
                {
                  key: bound.key,
                },
              ),
              ...hintOf(bound.hint),
            }),
          );
      }
    }
    return problems;
  },
};
