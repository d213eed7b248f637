/**
 * min-api-version (29.0+): the API server's version middleware takes it only between 1.24 and the
 * daemon's own API version, compared as moby's versions.LessThan does (dot-separated integers, a
 * part that is no integer counts as 0, so "v1.40" is too old). An empty string keeps the default.
 */
import { hint, message } from '../../../diagnostics/say.js';
import { type EngineVersion } from '../../../engine/version.js';
import { refused } from '../shared/problem.js';
import { stringOf } from '../shared/settings.js';
import type { ValueRule } from '../types.js';

const OLDEST = '1.24';

/** The API version a release serves, where known from its source (29.0: 1.52). */
function newestApi(engine: EngineVersion): string | undefined {
  return engine.major === 29 && engine.minor === 0 ? '1.52' : undefined;
}

const part = (s: string | undefined): number => (s !== undefined && /^[+-]?[0-9]+$/.test(s) ? Number(s) : 0);

/** versions.compare: -1, 0 or 1. */
export function compareApiVersions(a: string, b: string): number {
  if (a === b) return 0;
  const x = a.split('.');
  const y = b.split('.');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = part(x[i]) - part(y[i]);
    if (d !== 0) return d > 0 ? 1 : -1;
  }
  return 0;
}

export const minApiVersionRule: ValueRule = {
  keys: ['min-api-version'],
  check(ctx) {
    const value = stringOf(ctx, 'min-api-version');
    if (value === undefined || value === '' || ctx.engine.major < 29) return [];
    const newest = newestApi(ctx.engine);
    const tooOld = compareApiVersions(value, OLDEST) < 0;
    const tooNew = newest !== undefined && compareApiVersions(value, newest) > 0;
    if (!tooOld && !tooNew) return [];
    return [
      refused({
        key: 'min-api-version',
        ...(newest === undefined
          ? message('validate.minApi.tooOld', { value, oldest: OLDEST })
          : message('validate.minApi.range', { value, oldest: OLDEST, newest })),
        ...hint('validate.minApi.hint'),
        ...(newest !== undefined
          ? {
              line: {
                dockerd: `failed to start API server: invalid minimum API version (${value}): must be between ${OLDEST} and ${newest}`,
                withFilePrefix: false,
              },
            }
          : {}),
      }),
    ];
  },
};
