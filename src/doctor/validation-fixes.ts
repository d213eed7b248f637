import type { LoadedState } from '../change/state.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { said } from '../i18n/said.js';
import { hostsFromUnit, type Intent } from '../plan/make-plan.js';
import type { Fix } from './types.js';

// The damage `repair` mends while keeping every setting.
const REPAIRABLE = new Set(['json-syntax', 'json-trailing-content', 'json-bom', 'json-empty']);

/**
 * How doctor --fix mends a validator's finding, when it safely can. Used by the check and again
 * by --fix on the repaired text (a dangling comma hides the problems behind it).
 */
export function validationFix(d: Diagnostic, state: LoadedState): Fix | undefined {
  if (REPAIRABLE.has(d.id) && d.fixable) return { kind: 'repair' };
  if (d.id === 'validate-key')
    return {
      kind: 'intents',
      intents: [{ kind: 'unset', key: 'validate' }],
      describe: said('doctor.fix.removeValidate'),
    };
  // -H in the unit and "hosts" in the file: our drop-in takes the unit's -H off (as `host add` does).
  const dropIn = state.plan.hostsDropIn;
  if (d.id === 'flag-file-conflict' && d.key === 'hosts' && d.fixable && dropIn) {
    // Keep what the unit's -H served (the local socket) next to the file's hosts.
    const intents: Intent[] = [{ kind: 'add', key: 'hosts', values: hostsFromUnit(state.plan) }];
    return { kind: 'intents', intents, describe: said('doctor.fix.moveHostsToDropIn', { path: dropIn.path }) };
  }
  return undefined;
}
