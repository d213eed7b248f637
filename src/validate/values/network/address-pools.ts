/**
 * default-address-pools: [{base: CIDR, size: prefix length}]. ≤26 parse them when the
 * network controller starts; 27.0+ decode "base" as a netip.Prefix while reading the file.
 */
import { hint, message } from '../../../diagnostics/say.js';
import { atLeast, type EngineVersion } from '../../../engine/version.js';
import { goParseCIDR, netipParsePrefixError } from '../go/ip.js';
import { decodeError, startError } from '../shared/dockerd-text.js';
import { caution, refused } from '../shared/problem.js';
import { fieldOf, isPlainObject, settingOf } from '../shared/settings.js';
import type { ValueProblem, ValueRule } from '../types.js';

const CONTROLLER = 'Error initializing network controller: error obtaining controller instance';

function poolProblem(engine: EngineVersion, index: number, base: string, size: number): ValueProblem | undefined {
  const cidr = goParseCIDR(base);
  const modern = atLeast(engine, '27.0.0');
  const fix = hint('validate.pools.hint.form');
  const pool = index + 1;
  if (!cidr) {
    if (modern) {
      if (base === '')
        return refused({
          key: 'default-address-pools',
          index,
          ...message('validate.pools.noBase', { pool }),
          ...fix,
          line: startError(
            `${CONTROLLER}: network at index ${index} (&{invalid Prefix ${size}}) is not in canonical form`,
          ),
        });
      return refused({
        key: 'default-address-pools',
        index,
        ...message('validate.pools.baseNotCidr', { pool, base }),
        ...fix,
        line: decodeError(engine, netipParsePrefixError(base)),
      });
    }
    return refused({
      key: 'default-address-pools',
      index,
      ...message('validate.pools.baseNotCidr', { pool, base }),
      ...fix,
      line: startError(`${CONTROLLER}: invalid base pool "${base}": invalid CIDR address: ${base}`),
    });
  }
  const familyBits = cidr.network.bytes.length * 8;
  if (size <= 0 || size < cidr.bits || size > familyBits) {
    const reason = modern
      ? size === 0
        ? `network at index ${index} (&{${base} ${size}}) is not in canonical form`
        : `network at index ${index} (&{${base} ${size}}) has a smaller prefix (/${cidr.bits}) than the target size of that pool (/${size})`
      : `invalid pools size: ${size}`;
    return refused({
      key: 'default-address-pools',
      index,
      ...message('validate.pools.sizeMisfit', { pool, size, base, min: cidr.bits, max: familyBits }),
      ...fix,
      line: startError(`${CONTROLLER}: ${reason}`),
    });
  }
  if (size - cidr.bits > 16) {
    return caution({
      key: 'default-address-pools',
      index,
      ...message('validate.pools.tooMany', { pool, base, exponent: size - cidr.bits }),
      ...hint('validate.pools.hint.smaller'),
    });
  }
  return undefined;
}

export const addressPoolsRule: ValueRule = {
  keys: ['default-address-pools'],
  check(ctx) {
    const value = settingOf(ctx, 'default-address-pools')?.value;
    if (!Array.isArray(value)) return [];
    const problems: ValueProblem[] = [];
    value.forEach((pool: unknown, index) => {
      if (!isPlainObject(pool)) return;
      const base = fieldOf(pool, 'base');
      const size = fieldOf(pool, 'size');
      const p = poolProblem(
        ctx.engine,
        index,
        typeof base === 'string' ? base : '',
        typeof size === 'number' ? size : 0,
      );
      if (p) problems.push(p);
    });
    return problems;
  },
};
