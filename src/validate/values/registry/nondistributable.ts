/**
 * allow-nondistributable-artifacts (until 28.0, which stopped reading it): the registry service
 * checks each entry in NewDaemon, before the mirrors and insecure registries. The flag's parser
 * already refused a leading or trailing "-" (engine/flag-values.ts).
 */
import { hint, message } from '../../../diagnostics/say.js';
import { indexNameError } from '../../../engine/index-name.js';
import { atLeast, type EngineVersion } from '../../../engine/version.js';
import { goParseCIDR } from '../go/ip.js';
import { startError } from '../shared/dockerd-text.js';
import { refused } from '../shared/problem.js';
import { isFromFlag, stringListOf } from '../shared/settings.js';
import type { ValueRule } from '../types.js';
import { validateHostPort } from './insecure-registry.js';

const KEY = 'allow-nondistributable-artifacts';

/** dockerd's reason for refusing one entry, or undefined. */
export function nondistributableError(entry: string, engine: EngineVersion): string | undefined {
  const badName = indexNameError(entry);
  if (badName !== undefined) return badName;
  if (entry.includes('://')) return `allow-nondistributable-artifacts registry ${entry} should not contain '://'`;
  if (goParseCIDR(entry)) return undefined;
  const bad = validateHostPort(entry, engine);
  return bad === undefined ? undefined : `allow-nondistributable-artifacts registry ${entry} is not valid: ${bad}`;
}

export const nondistributableRule: ValueRule = {
  keys: [KEY],
  check(ctx) {
    if (atLeast(ctx.engine, '28.0.0')) return [];
    const fromFlag = isFromFlag(ctx, KEY);
    for (const { value, index } of stringListOf(ctx, KEY)) {
      if (fromFlag && indexNameError(value) !== undefined) continue;
      const reason = nondistributableError(value, ctx.engine);
      if (reason === undefined) continue;
      // The first bad entry stops the registry service.
      return [
        refused({
          key: KEY,
          index,
          ...message('validate.nondistributable.refused', { registry: value, dockerd: reason }),
          ...hint('validate.nondistributable.hint'),
          line: startError(reason),
        }),
      ];
    }
    return [];
  },
};
