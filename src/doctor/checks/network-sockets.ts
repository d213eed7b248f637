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
    if (!anyAnswer && state !== 'active') return { skipped: 'dockerd is not running' };
    return daemon.pings
      .filter((p) => !p.ok)
      .map(
        (p): Finding => ({
          id: 'daemon-unreachable',
          severity: 'error',
          message: `${p.address} does not answer /_ping${p.detail ? `: ${p.detail}` : ''}`,
          key: 'hosts',
          hint: anyAnswer
            ? 'dockerd runs, but not on this address: check "hosts" and -H (and a firewall for TCP)'
            : `dockerd is active but does not answer: journalctl -u docker -n 200 --no-pager | dockerd-config explain`,
          fixable: false,
        }),
      );
  },
};
