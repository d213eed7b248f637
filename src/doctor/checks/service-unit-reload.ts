import type { Check } from '../types.js';

/** A unit or drop-in edited since systemd read it: the running dockerd was started from the old one. */
export const serviceUnitReload: Check = {
  id: 'service.unit-reload',
  title: 'unit files loaded',
  group: 'service',
  run({ service }) {
    if (service.kind !== 'systemd' && service.kind !== 'systemd-user') return { skipped: 'not run by systemd' };
    if (service.status?.needsDaemonReload !== true) return [];
    return [
      {
        id: 'unit-reload-needed',
        severity: 'warning',
        message: `${service.name}: a unit file or drop-in changed on disk since systemd loaded it; dockerd runs with the old command line`,
        hint: 'systemctl daemon-reload && systemctl restart docker',
        fixable: service.canRestart,
        ...(service.canRestart
          ? {
              fix: {
                kind: 'restart' as const,
                mode: 'restart' as const,
                describe: 'systemctl daemon-reload, then restart dockerd',
              },
            }
          : {}),
      },
    ];
  },
};
