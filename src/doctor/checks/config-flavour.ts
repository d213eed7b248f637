import { hint, hintOf, message } from '../../diagnostics/say.js';
import { said } from '../../i18n/said.js';
import type { Check, Finding } from '../types.js';

const SYSTEM_DAEMON_JSON = '/etc/docker/daemon.json';

/** Rootless, snap or Desktop: which daemon.json really applies, and edits to one that does not. */
export const configFlavour: Check = {
  id: 'config.flavour',
  title: 'which daemon.json dockerd reads',
  group: 'config',
  run({ state, service }) {
    const where = state.raw.daemonJson;
    const flavour =
      service.kind === 'desktop'
        ? said('doctor.flavour.desktop')
        : where.flavour === 'rootless'
          ? said('doctor.flavour.rootless')
          : where.flavour === 'snap'
            ? said('doctor.flavour.snap')
            : undefined;
    if (flavour === undefined) return [];
    const findings: Finding[] = [
      {
        id: 'docker-flavour',
        severity: 'info',
        ...message('doctor.flavour.reads', { flavour, path: where.systemPath, why: where.why }),
        ...(service.manualSteps !== undefined
          ? { hint: service.manualSteps }
          : hintOf(said('doctor.flavour.restartWith', { command: service.restartCommand }))),
        fixable: false,
      },
    ];
    // A system-wide daemon.json next to a daemon that never reads it: someone's edits went nowhere.
    if (where.systemPath !== SYSTEM_DAEMON_JSON && state.host.readFile(SYSTEM_DAEMON_JSON) !== undefined) {
      findings.push({
        id: 'docker-flavour',
        severity: 'warning',
        ...message('doctor.flavour.notRead', { path: SYSTEM_DAEMON_JSON, flavour }),
        ...hint('doctor.flavour.moveThem', { path: where.systemPath }),
        fixable: false,
      });
    }
    return findings;
  },
};
