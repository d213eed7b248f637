/**
 * default-address-pools: [{base: CIDR, size: prefix length}]. ≤26 parse them when the
 * network controller starts; 27.0+ decode "base" as a netip.Prefix while reading the file.
 */
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
  const hint =
    'Each pool is {"base": "10.10.0.0/16", "size": 24}: a CIDR and the prefix length of the networks cut from it.';
  if (!cidr) {
    if (modern) {
      if (base === '')
        return refused({
          key: 'default-address-pools',
          index,
          message: `address pool ${index + 1} has no "base"`,
          hint,
          line: startError(
            `${CONTROLLER}: network at index ${index} (&{invalid Prefix ${size}}) is not in canonical form`,
          ),
        });
      return refused({
        key: 'default-address-pools',
        index,
        message: `address pool ${index + 1}: base "${base}" is not a CIDR`,
        hint,
        line: decodeError(engine, netipParsePrefixError(base)),
      });
    }
    return refused({
      key: 'default-address-pools',
      index,
      message: `address pool ${index + 1}: base "${base}" is not a CIDR`,
      hint,
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
      message: `address pool ${index + 1}: size ${size} does not fit base ${base} (it must be between /${cidr.bits} and /${familyBits})`,
      hint,
      line: startError(`${CONTROLLER}: ${reason}`),
    });
  }
  if (size - cidr.bits > 16) {
    return caution({
      key: 'default-address-pools',
      index,
      message: `address pool ${index + 1} splits ${base} into 2^${size - cidr.bits} networks; dockerd may be slow to start or use much memory`,
      hint: 'Use a size closer to the base prefix, e.g. base /16 with size 24.',
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
