import { explainLog } from '../../causes/index.js';
import type { Check } from '../types.js';

/** systemd gave up restarting dockerd: every later start is refused until reset-failed. */
export const serviceStartLimit: Check = {
  id: 'service.start-limit',
  title: 'systemd start limit',
  group: 'service',
  run({ service, log, daemon }) {
    if (service.kind !== 'systemd' && service.kind !== 'systemd-user') return { skipped: 'not run by systemd' };
    const fromLog = log ? explainLog(log.text) : undefined;
    const hit =
      service.status?.startLimitHit === true ||
      (fromLog?.startLimitHit === true && !fromLog.laterStarted && !daemon.pings.some((p) => p.ok));
    if (!hit) return [];
    return [
      {
        id: 'start-limit-hit',
        severity: 'error',
        message:
          'systemd gave up restarting dockerd (start-limit-hit): it refuses every start, even after the cause is fixed, until the failure is reset',
        hint: 'fix the first error, then: systemctl reset-failed docker.service docker.socket && systemctl start docker',
        fixable: service.canRestart,
        ...(service.canRestart
          ? {
              fix: {
                kind: 'restart' as const,
                mode: 'restart' as const,
                describe: 'systemctl reset-failed docker.service docker.socket, then start dockerd',
              },
            }
          : {}),
      },
    ];
  },
};
