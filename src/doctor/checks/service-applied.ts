import { hasErrors } from '../../diagnostics/types.js';
import { compareWithInfo, describeDifference, expectedState } from '../../verify/index.js';
import type { Check } from '../types.js';

/** The running daemon against the files: a change written but never (re)loaded. */
export const serviceApplied: Check = {
  id: 'service.applied',
  title: 'configuration in use',
  group: 'service',
  run({ daemon, settings, state, validation, service }) {
    if (!daemon.info) return { skipped: daemon.infoError ?? 'dockerd does not answer' };
    // A file dockerd would refuse is not "not applied": the validation check says what is wrong.
    if (hasErrors(validation)) return { skipped: 'the files have errors' };
    const differences = compareWithInfo(
      expectedState(settings, state.engine.version),
      daemon.info,
      state.engine.version,
    );
    if (differences.length === 0) return [];
    const fix = service.canRestart
      ? {
          fix: {
            kind: 'restart' as const,
            mode: 'reload' as const,
            describe: `reload dockerd (${service.reloadCommand})`,
          },
        }
      : {};
    return [
      {
        id: 'config-not-applied',
        severity: 'warning',
        message: `the running dockerd does not use what the files say: ${differences.map(describeDifference).join('; ')}`,
        hint: `reload or restart it: ${service.reloadCommand}; if that changes nothing, dockerd reads another file (see --config-file on its command line)`,
        fixable: service.canRestart,
        ...fix,
      },
    ];
  },
};
