import { hint, message } from '../../diagnostics/say.js';
import { said } from '../../i18n/said.js';
import type { Check, Finding } from '../types.js';

/** /_ping on every socket the configuration makes dockerd listen on. */
export const networkSockets: Check = {
  id: 'network.sockets',
  title: 'Docker API sockets',
  group: 'network',
  run({ daemon, service }) {
    const state = service.status?.state;
    const anyAnswer = daemon.pings.some((p) => p.ok);
    // A daemon that is not running is the service check's finding, not one per socket.
    if (!anyAnswer && state !== 'active') return { skipped: said('doctor.skip.not-running') };
    return daemon.pings
      .filter((p) => !p.ok)
      .map(
        (p): Finding => ({
          id: 'daemon-unreachable',
          severity: 'error',
          ...(p.detail
            ? message('doctor.sockets.noPingBecause', { address: p.address, detail: p.detail })
            : message('doctor.sockets.noPing', { address: p.address })),
          key: 'hosts',
          ...(anyAnswer ? hint('doctor.sockets.hint.otherAddress') : hint('doctor.sockets.hint.activeSilent')),
          fixable: false,
        }),
      );
  },
};
