import { causeDiagnostic, type Cause } from '../../causes/index.js';
import { hint, message } from '../../diagnostics/say.js';
import { hasErrors } from '../../diagnostics/types.js';
import { said } from '../../i18n/said.js';
import type { Facts } from '../facts.js';
import type { Check, Finding, Fix } from '../types.js';
import { validationFix } from '../validation-fixes.js';
import { isFileCause, lastFailure, logLine, logName, repeatedInFiles } from './last-start.js';

/** Start it once the files are fixed: only when nothing is left that we cannot fix. */
function startFix(facts: Facts): Extract<Fix, { kind: 'restart' }> | undefined {
  if (!facts.service.canRestart) return undefined;
  // What doctor --fix itself can mend, not what the validator calls fixable by some command.
  const unfixable = facts.validation.filter((d) => d.severity === 'error' && !validationFix(d, facts.state));
  return unfixable.length === 0
    ? {
        kind: 'restart',
        mode: 'restart',
        describe: said('doctor.state.startFix', { command: facts.service.restartCommand }),
      }
    : undefined;
}

/** Why dockerd is down, from its log: said here unless the config group already says it. */
function causeFinding(facts: Facts, cause: Cause): Finding {
  const d = causeDiagnostic(cause, 'error');
  const reason = d.says ?? d.message;
  const repeated = repeatedInFiles(facts, cause);
  // The files still say it: the config group shows it (with the log's line); here only that it is why.
  if (repeated && facts.groups.has('config'))
    return {
      id: 'config-refused',
      severity: 'error',
      ...message('doctor.state.refusedAbove', { group: said('doctor.group.config'), id: cause.id }),
      ...hint('doctor.state.fixAboveThenStart', { command: facts.service.startCommand }),
      dockerd: d.dockerd,
      fixable: false,
    };
  const at = logLine(facts) ?? {};
  // The last start failed on the files, and they have changed since: the cause is gone, dockerd is still down.
  if (isFileCause(cause.id) && !repeated)
    return {
      ...d,
      ...at,
      ...message('doctor.state.mended', { reason }),
      ...hint('doctor.state.startIt', { command: facts.service.startCommand }),
    };
  return { ...d, ...at, ...message('doctor.state.notRunning', { reason }) };
}

/** Is dockerd running, and if it is not, the first line of its log that says why. */
export const serviceState: Check = {
  id: 'service.state',
  title: 'dockerd running',
  group: 'service',
  run(facts) {
    const { service, daemon, log } = facts;
    // Between Restart= attempts systemd says "activating": it is failing, again and again.
    const state = service.status?.autoRestart ? 'failed' : (service.status?.state ?? 'unknown');
    const answering = daemon.pings.some((p) => p.ok);
    if (answering || state === 'activating' || state === 'reloading') return [];
    const cause = lastFailure(facts);
    if (state === 'inactive' && !cause) {
      return [
        {
          id: 'daemon-stopped',
          severity: 'warning',
          ...message('doctor.state.stopped', { service: service.name }),
          ...hint('doctor.state.startWhenWanted', { command: service.startCommand }),
          fixable: false,
        },
      ];
    }
    if (state === 'active') return []; // running but not answering: the sockets check says where
    if (!cause && state === 'unknown') return { skipped: said('doctor.skip.nobodyToAsk', { service: service.name }) };
    const found: Finding = cause
      ? causeFinding(facts, cause)
      : {
          id: 'daemon-start-failed',
          severity: 'error',
          ...message('doctor.state.failedUnsaid', {
            service: service.name,
            why: log ? said('doctor.state.logSaysNothing', { log: logName(facts) }) : said('doctor.state.noLog'),
          }),
          hint: 'journalctl -u docker -n 200 --no-pager | dockerd-config explain',
          fixable: false,
        };
    const fix = startFix(facts);
    if (!fix) return [{ ...found, fixable: false }];
    const describe = hasErrors(facts.validation) ? said('doctor.state.onceFixed', { fix: fix.describe }) : fix.describe;
    return [{ ...found, fixable: true, fix: { ...fix, describe } }];
  },
};
