import { said } from '../../i18n/said.js';
import type { Check, Finding } from '../types.js';
import { validationFix } from '../validation-fixes.js';
import { lastFailure, logName, repeatedInFiles } from './last-start.js';
import { SECURITY_IDS } from './security-ids.js';

/** Every problem the validator finds in daemon.json and dockerd's flags, with its line. */
export const configValidation: Check = {
  id: 'config.validation',
  title: 'daemon.json and dockerd flags',
  group: 'config',
  run(facts) {
    // The error dockerd's last start died on, as its log says: shown here once, with the log's line.
    const cause = lastFailure(facts);
    const repeated = cause ? repeatedInFiles(facts, cause) : undefined;
    return facts.validation
      .filter((d) => !SECURITY_IDS.has(d.id) && d.severity !== 'info')
      .map((d): Finding => {
        const fix = validationFix(d, facts.state);
        const evidence = d === repeated ? { evidence: said('doctor.log.same', { where: logName(facts) }) } : {};
        return fix ? { ...d, ...evidence, fixable: true, fix } : { ...d, ...evidence, fixable: false };
      });
  },
};
