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

/**
 * A size longer than the address (33 on IPv4): 20.10–24.x split the pool with a nil mask and go on;
 * 25.0–26.x then refuse the first such network (its index counts the networks every pool before it
 * split into), unless Go's 1<<(size-bits) overflowed to no networks at all; 27.0+ take it.
 */
function oversizeProblem(
  engine: EngineVersion,
  index: number,
  splitBefore: bigint,
  shift: number,
): ValueProblem | undefined {
  if (!atLeast(engine, '25.0.0') || atLeast(engine, '27.0.0') || shift >= 63) return undefined;
  return refused({
    key: 'default-address-pools',
    index,
    ...message('validate.pools.oversize', { pool: index + 1 }),
    ...hint('validate.pools.hint.form'),
    line: startError(
      `${CONTROLLER}: could not construct local address space: network at index ${splitBefore} (<nil>) is not in canonical form`,
    ),
  });
}

/** How many networks SplitNetworks makes of a pool (Go's 1 << (size-bits), 0 once it overflows). */
export function splitCount(base: string, size: number): bigint {
  const cidr = goParseCIDR(base);
  if (!cidr || size < cidr.bits) return 0n;
  const shift = size - cidr.bits;
  return shift >= 63 ? 0n : 1n << BigInt(shift);
}

function poolProblem(
  engine: EngineVersion,
  index: number,
  base: string,
  size: number,
  splitBefore: bigint,
): ValueProblem | undefined {
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
  if (size > familyBits && size >= cidr.bits) return oversizeProblem(engine, index, splitBefore, size - cidr.bits);
  if (size <= 0 || size < cidr.bits) {
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
    let splitBefore = 0n;
    value.forEach((pool: unknown, index) => {
      if (!isPlainObject(pool)) return;
      const rawBase = fieldOf(pool, 'base');
      const rawSize = fieldOf(pool, 'size');
      const base = typeof rawBase === 'string' ? rawBase : '';
      const size = typeof rawSize === 'number' ? rawSize : 0;
      const p = poolProblem(ctx.engine, index, base, size, splitBefore);
      if (p) problems.push(p);
      splitBefore += splitCount(base, size);
    });
    return problems;
  },
};
