/** host-gateway-ips (28.0+): at most one IPv4 and one IPv6 address; not together with host-gateway-ip. */
import { atLeast } from '../../../engine/version.js';
import { goParseAddr, isIPv4 } from '../go/ip.js';
import { configValidation, decodeError } from '../shared/dockerd-text.js';
import { refused } from '../shared/problem.js';
import { settingOf, stringListOf } from '../shared/settings.js';
import type { ValueProblem, ValueRule } from '../types.js';

export const hostGatewayIpsRule: ValueRule = {
  keys: ['host-gateway-ips', 'host-gateway-ip'],
  check(ctx) {
    if (!atLeast(ctx.engine, '28.0.0')) return [];
    const problems: ValueProblem[] = [];
    const key = 'host-gateway-ips';
    let v4 = 0;
    let v6 = 0;
    for (const { value, index } of stringListOf(ctx, key)) {
      const ip = value === '' ? undefined : goParseAddr(value);
      if (!ip) {
        problems.push(
          refused({
            key,
            index,
            message: `host gateway address "${value}" is not an IP address`,
            hint: 'Write an IPv4 or IPv6 address.',
            line: decodeError(ctx.engine, `ParseAddr("${value}"): unable to parse IP`),
          }),
        );
        continue;
      }
      const family = isIPv4(ip) ? 'IPv4' : 'IPv6';
      const count = family === 'IPv4' ? ++v4 : ++v6;
      if (count === 2) {
        problems.push(
          refused({
            key,
            index,
            message: `"host-gateway-ips" has more than one ${family} address`,
            hint: 'Keep at most one IPv4 and one IPv6 address.',
            line: configValidation(ctx.engine, `only one ${family} host gateway IP address can be specified`),
          }),
        );
      }
    }
    const old = settingOf(ctx, 'host-gateway-ip');
    const neu = settingOf(ctx, key);
    if (old?.from === 'file' && neu?.from === 'file') {
      problems.push(
        refused({
          key: 'host-gateway-ip',
          message: '"host-gateway-ip" and "host-gateway-ips" are both set',
          hint: 'Keep only "host-gateway-ips".',
          line: {
            dockerd: 'host-gateway-ip and host-gateway-ips must not both be specified in the config file',
            withFilePrefix: true,
          },
        }),
      );
    }
    return problems;
  },
};
