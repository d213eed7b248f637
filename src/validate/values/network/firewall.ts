/** 29.0+: firewall-backend and bridge-accept-fwmark. */
import { hint, message } from '../../../diagnostics/say.js';
import { goParseUint } from '../go/strconv.js';
import { configValidation } from '../shared/dockerd-text.js';
import { refused } from '../shared/problem.js';
import { stringOf } from '../shared/settings.js';
import type { ValueProblem, ValueRule } from '../types.js';

export const firewallBackendRule: ValueRule = {
  keys: ['firewall-backend'],
  check(ctx) {
    const backend = stringOf(ctx, 'firewall-backend');
    if (backend === undefined || ['', 'iptables', 'nftables'].includes(backend)) return [];
    return [
      refused({
        key: 'firewall-backend',
        ...message('validate.firewall.backend', { backend }),
        ...hint('validate.firewall.hint.backend'),
        line: configValidation(ctx.engine, 'invalid firewall-backend: allowed values are "iptables" and "nftables"'),
      }),
    ];
  },
};

export const bridgeAcceptFwmarkRule: ValueRule = {
  keys: ['bridge-accept-fwmark'],
  check(ctx) {
    const value = stringOf(ctx, 'bridge-accept-fwmark');
    if (value === undefined || value === '') return [];
    const slash = value.indexOf('/');
    const parts: [string, string][] = [['mark', slash < 0 ? value : value.slice(0, slash)]];
    if (slash >= 0) parts.push(['mask', value.slice(slash + 1)]);
    const problems: ValueProblem[] = [];
    for (const [what, text] of parts) {
      const n = goParseUint(text, 32);
      if (!n.ok) {
        problems.push(
          refused({
            key: 'bridge-accept-fwmark',
            ...message(what === 'mark' ? 'validate.fwmark.markNotNumber' : 'validate.fwmark.maskNotNumber', { value }),
            ...hint('validate.fwmark.hint.form'),
            line: configValidation(
              ctx.engine,
              `invalid bridge-accept-fwmark: invalid firewall ${what} "${value}": ${n.error}`,
            ),
          }),
        );
        break;
      }
    }
    return problems;
  },
};
