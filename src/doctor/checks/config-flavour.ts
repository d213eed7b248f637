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
        ? 'Docker Desktop'
        : where.flavour === 'rootless'
          ? 'rootless docker'
          : where.flavour === 'snap'
            ? 'the docker snap'
            : undefined;
    if (flavour === undefined) return [];
    const findings: Finding[] = [
      {
        id: 'docker-flavour',
        severity: 'info',
        message: `${flavour}: dockerd reads ${where.systemPath} (${where.why})`,
        hint: service.manualSteps ?? `restart it with: ${service.restartCommand}`,
        fixable: false,
      },
    ];
    // A system-wide daemon.json next to a daemon that never reads it: someone's edits went nowhere.
    if (where.systemPath !== SYSTEM_DAEMON_JSON && state.host.readFile(SYSTEM_DAEMON_JSON) !== undefined) {
      findings.push({
        id: 'docker-flavour',
        severity: 'warning',
        message: `${SYSTEM_DAEMON_JSON} exists, but ${flavour} does not read it: settings there have no effect`,
        hint: `move them to ${where.systemPath}`,
        fixable: false,
      });
    }
    return findings;
  },
};
