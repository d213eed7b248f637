import { message } from '../../diagnostics/say.js';
import { said } from '../../i18n/said.js';
import type { Check } from '../types.js';

/** A unit or drop-in edited since systemd read it: the running dockerd was started from the old one. */
export const serviceUnitReload: Check = {
  id: 'service.unit-reload',
  title: 'unit files loaded',
  group: 'service',
  run({ service }) {
    if (service.kind !== 'systemd' && service.kind !== 'systemd-user')
      return { skipped: said('doctor.skip.not-systemd') };
    if (service.status?.needsDaemonReload !== true) return [];
    return [
      {
        id: 'unit-reload-needed',
        severity: 'warning',
        ...message('doctor.unitReload.needed', { service: service.name }),
        hint: 'systemctl daemon-reload && systemctl restart docker',
        fixable: service.canRestart,
        ...(service.canRestart
          ? { fix: { kind: 'restart' as const, mode: 'restart' as const, describe: said('doctor.unitReload.fix') } }
          : {}),
      },
    ];
  },
};
