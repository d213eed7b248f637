/**
 * metrics-addr: dockerd splits it as host:port and reads the port with Atoi once the daemon is up
 * (startMetricsServer). Whether the host resolves and the port is free is known only at start.
 */
import { hint, message } from '../../../diagnostics/say.js';
import { atLeast } from '../../../engine/version.js';
import { goSplitHostPort } from '../go/host-port.js';
import { goAtoi } from '../go/strconv.js';
import { refused } from '../shared/problem.js';
import { stringOf } from '../shared/settings.js';
import type { ValueRule } from '../types.js';

/** net.SplitHostPort's error, then strconv.Atoi's on the port. */
function addressError(addr: string): string | undefined {
  const split = goSplitHostPort(addr);
  if (!split.ok) return split.error;
  const port = goAtoi(split.port);
  return port.ok ? undefined : port.error;
}

export const metricsAddrRule: ValueRule = {
  keys: ['metrics-addr'],
  check(ctx) {
    const addr = stringOf(ctx, 'metrics-addr');
    if (addr === undefined || addr === '') return [];
    const reason = addressError(addr);
    if (reason === undefined) return [];
    // 23.0 names the step that failed.
    const wrapped = atLeast(ctx.engine, '23.0.0') ? `error parsing tcp address: ${reason}` : reason;
    return [
      refused({
        key: 'metrics-addr',
        ...message('validate.metrics.addr', { value: addr, dockerd: reason }),
        ...hint('validate.metrics.hint.addr'),
        line: { dockerd: `failed to start metrics server: ${wrapped}`, withFilePrefix: false },
      }),
    ];
  },
};
