import type { Check, Finding } from '../types.js';
import { validationFix } from '../validation-fixes.js';
import { SECURITY_IDS } from './security-ids.js';

/** Every problem the validator finds in daemon.json and dockerd's flags, with its line. */
export const configValidation: Check = {
  id: 'config.validation',
  title: 'daemon.json and dockerd flags',
  group: 'config',
  run(facts) {
    return facts.validation
      .filter((d) => !SECURITY_IDS.has(d.id) && d.severity !== 'info')
      .map((d): Finding => {
        const fix = validationFix(d, facts.state);
        return fix ? { ...d, fixable: true, fix } : { ...d, fixable: false };
      });
  },
};
