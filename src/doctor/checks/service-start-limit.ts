import { hint, message } from '../../diagnostics/say.js';
import { said } from '../../i18n/said.js';
import type { Check } from '../types.js';

/** systemd gave up restarting dockerd: every later start is refused until reset-failed. */
export const serviceStartLimit: Check = {
  id: 'service.start-limit',
  title: 'systemd start limit',
  group: 'service',
  run({ service, lastStart, daemon }) {
    if (service.kind !== 'systemd' && service.kind !== 'systemd-user')
      return { skipped: said('doctor.skip.not-systemd') };
    const hit =
      service.status?.startLimitHit === true ||
      (lastStart?.startLimitHit === true && !lastStart.laterStarted && !daemon.pings.some((p) => p.ok));
    if (!hit) return [];
    return [
      {
        id: 'start-limit-hit',
        severity: 'error',
        ...message('doctor.startLimit.hit'),
        ...hint('doctor.startLimit.hint'),
        fixable: service.canRestart,
        ...(service.canRestart
          ? { fix: { kind: 'restart' as const, mode: 'restart' as const, describe: said('doctor.startLimit.fix') } }
          : {}),
      },
    ];
  },
};
