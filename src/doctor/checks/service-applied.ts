import { hint, message } from '../../diagnostics/say.js';
import { hasErrors } from '../../diagnostics/types.js';
import { said } from '../../i18n/said.js';
import { compareWithInfo, describeDifference, expectedState } from '../../verify/index.js';
import type { Check } from '../types.js';

/** The running daemon against the files: a change written but never (re)loaded. */
export const serviceApplied: Check = {
  id: 'service.applied',
  title: 'configuration in use',
  group: 'service',
  run({ daemon, settings, state, validation, service }) {
    if (!daemon.info)
      return {
        skipped:
          daemon.infoError === undefined
            ? said('doctor.skip.no-answer')
            : said('doctor.skip.infoError', { error: daemon.infoError }),
      };
    // A file dockerd would refuse is not "not applied": the validation check says what is wrong.
    if (hasErrors(validation)) return { skipped: said('doctor.skip.files-have-errors') };
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
            describe: said('doctor.applied.fix', { command: service.reloadCommand }),
          },
        }
      : {};
    return [
      {
        id: 'config-not-applied',
        severity: 'warning',
        ...message('doctor.applied.differs', { differences: differences.map(describeDifference).join('; ') }),
        ...hint('doctor.applied.hint', { command: service.reloadCommand }),
        fixable: service.canRestart,
        ...fix,
      },
    ];
  },
};
