import type { Facts } from './facts.js';
import type { Check, CheckResult, CheckStatus, Finding, Group } from './types.js';

const statusOf = (findings: readonly Finding[]): CheckStatus =>
  findings.some((f) => f.severity === 'error')
    ? 'error'
    : findings.some((f) => f.severity === 'warning')
      ? 'warning'
      : 'ok';

/** Every check on the same facts; one that throws is reported as crashed and the rest go on. */
export function runChecks(checks: readonly Check[], facts: Facts, only?: Group): CheckResult[] {
  return checks
    .filter((c) => only === undefined || c.group === only)
    .map((check): CheckResult => {
      const about = { id: check.id, title: check.title, group: check.group };
      try {
        const out = check.run(facts);
        if (!Array.isArray(out)) return { check: about, status: 'skipped', findings: [], note: out.skipped };
        return { check: about, status: statusOf(out), findings: out };
      } catch (error) {
        const message = `the check "${check.title}" (${check.id}) crashed: ${error instanceof Error ? error.message : String(error)}`;
        return {
          check: about,
          status: 'crashed',
          findings: [
            {
              id: 'check-crashed',
              severity: 'warning',
              message,
              hint: 'the other checks ran; please report this with `dockerd-config doctor --json`',
              fixable: false,
            },
          ],
        };
      }
    });
}
