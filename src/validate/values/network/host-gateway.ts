/** host-gateway-ips (28.0+): at most one IPv4 and one IPv6 address; not together with host-gateway-ip. */
import { hint, message } from '../../../diagnostics/say.js';
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
      // netip.Addr decodes "" as the zero address, which ValidateHostGatewayIPs counts as not IPv4.
      const ip = value === '' ? 'zero' : goParseAddr(value);
      if (ip === undefined) {
        problems.push(
          refused({
            key,
            index,
            ...message('validate.hostGateway.notIp', { address: value }),
            ...hint('validate.hostGateway.hint.ip'),
            line: decodeError(ctx.engine, `ParseAddr("${value}"): unable to parse IP`),
          }),
        );
        continue;
      }
      const family = ip !== 'zero' && isIPv4(ip) ? 'IPv4' : 'IPv6';
      const count = family === 'IPv4' ? ++v4 : ++v6;
      if (count === 2) {
        problems.push(
          refused({
            key,
            index,
            ...message('validate.hostGateway.twice', { family }),
            ...hint('validate.hostGateway.hint.onePerFamily'),
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
          ...message('validate.hostGateway.both'),
          ...hint('validate.hint.keepOnly', { key: 'host-gateway-ips' }),
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
