import { causeDiagnostic, explainLog } from '../../causes/index.js';
import { hasErrors } from '../../diagnostics/types.js';
import type { Facts } from '../facts.js';
import type { Check, Finding, Fix } from '../types.js';
import { validationFix } from '../validation-fixes.js';

// Causes that are a property of the files, which the validator sees too.
const FILE_CAUSES = new Set([
  'json-syntax',
  'json-trailing-content',
  'json-bom',
  'json-empty',
  'json-invalid-utf8',
  'json-top-level',
  'unknown-key',
  'invalid-type',
  'invalid-value',
  'invalid-mirror',
  'invalid-insecure-registry',
  'invalid-host',
  'flag-file-conflict',
  'validate-key',
  'config-file-missing',
]);
const isFileCause = (id: string): boolean => FILE_CAUSES.has(id);

/** Start it once the files are fixed: only when nothing is left that we cannot fix. */
function startFix(facts: Facts): Extract<Fix, { kind: 'restart' }> | undefined {
  if (!facts.service.canRestart) return undefined;
  // What doctor --fix itself can mend, not what the validator calls fixable by some command.
  const unfixable = facts.validation.filter((d) => d.severity === 'error' && !validationFix(d, facts.state));
  return unfixable.length === 0
    ? { kind: 'restart', mode: 'restart', describe: `start dockerd (${facts.service.restartCommand})` }
    : undefined;
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
    const explained = log ? explainLog(log.text) : undefined;
    const cause =
      explained?.cause && !explained.laterStarted && explained.cause.id !== 'start-limit-hit'
        ? explained.cause
        : undefined;
    if (state === 'inactive' && !cause) {
      return [
        {
          id: 'daemon-stopped',
          severity: 'warning',
          message: `${service.name} is stopped`,
          hint: `start it when you want it: ${service.startCommand}`,
          fixable: false,
        },
      ];
    }
    if (state === 'active') return []; // running but not answering: the sockets check says where
    if (!cause && state === 'unknown')
      return { skipped: `nobody to ask whether dockerd runs (${service.name}), and no failure in its log` };
    // The last start failed on the files, and they have changed since: the cause is gone, dockerd is still down.
    const mended =
      cause !== undefined &&
      isFileCause(cause.id) &&
      !facts.validation.some((d) => d.id === cause.id && d.severity === 'error');
    const at =
      log?.from.startsWith('/') && explained?.firstError ? { file: log.from, line: explained.firstError.lineNo } : {};
    const found: Finding = cause
      ? mended
        ? {
            ...causeDiagnostic(cause, 'error'),
            ...at,
            message: `dockerd is not running; its last start failed (${cause.message}), which the files no longer say`,
            hint: `start it: ${service.startCommand}`,
          }
        : { ...causeDiagnostic(cause, 'error'), ...at, message: `dockerd is not running: ${cause.message}` }
      : {
          id: 'daemon-start-failed',
          severity: 'error',
          message: `${service.name} has failed, and ${log ? `${log.from} does not say why` : 'its log could not be read'}`,
          hint: 'journalctl -u docker -n 200 --no-pager | dockerd-config explain',
          fixable: false,
        };
    const fix = startFix(facts);
    if (!fix) return [{ ...found, fixable: false }];
    const describe = hasErrors(facts.validation) ? `${fix.describe}, once the files are fixed` : fix.describe;
    return [{ ...found, fixable: true, fix: { ...fix, describe } }];
  },
};
