import { hint, message } from '../diagnostics/say.js';
import { CATALOGUES, type MessageKey } from '../i18n/catalogue.js';
import { english, type Said } from '../i18n/said.js';
import type { Facts } from './facts.js';
import type { Check, CheckResult, CheckStatus, Finding, Group } from './types.js';

const statusOf = (findings: readonly Finding[]): CheckStatus =>
  findings.some((f) => f.severity === 'error')
    ? 'error'
    : findings.some((f) => f.severity === 'warning')
      ? 'warning'
      : 'ok';

// The groups whose checks judge the settings (as `repair` would recover them), not the file's bytes.
const JUDGE_SETTINGS: ReadonlySet<Group> = new Set(['network', 'security']);

/**
 * A finding about a recovered setting says so; the lines of the repaired text are not the file's,
 * so it names the file alone.
 */
function markRecovered(f: Finding, facts: Facts): Finding {
  if (f.key === undefined || !facts.recovered.has(f.key)) return f;
  const { line: _line, column: _column, ...rest } = f;
  const file = f.file ?? facts.settings.get(f.key)?.source.path;
  return { ...rest, ...(file !== undefined ? { file } : {}), recovered: true };
}

/** A check's title from the catalogue, by its id; its own words when the catalogue has none (a test's). */
export function titleOf(check: Pick<Check, 'id' | 'title'>): string | Said {
  const key = `doctor.check.${check.id}`;
  return key in CATALOGUES.en ? { key: key as MessageKey } : check.title;
}

/** Every check on the same facts; one that throws is reported as crashed and the rest go on. */
export function runChecks(checks: readonly Check[], facts: Facts, only?: Group): CheckResult[] {
  return checks
    .filter((c) => only === undefined || c.group === only)
    .map((check): CheckResult => {
      const about = { id: check.id, title: check.title, group: check.group };
      try {
        const out = check.run(facts);
        if (!Array.isArray(out))
          return { check: about, status: 'skipped', findings: [], note: english(out.skipped), noteSays: out.skipped };
        const findings = JUDGE_SETTINGS.has(check.group) ? out.map((f) => markRecovered(f, facts)) : out;
        return { check: about, status: statusOf(findings), findings };
      } catch (error) {
        return {
          check: about,
          status: 'crashed',
          findings: [
            {
              id: 'check-crashed',
              severity: 'warning',
              ...message('doctor.crashed', {
                title: titleOf(check),
                id: check.id,
                error: error instanceof Error ? error.message : String(error),
              }),
              ...hint('doctor.crashed.hint'),
              fixable: false,
            },
          ],
        };
      }
    });
}
