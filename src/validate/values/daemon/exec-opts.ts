/**
 * exec-opts: only native.cgroupdriver exists on Linux. 28.0+ parses every entry while
 * loading the config; before that unknown options are silently ignored and the cgroup
 * driver is checked in NewDaemon.
 */
import { hint, message, messageOf } from '../../../diagnostics/say.js';
import { atLeast } from '../../../engine/version.js';
import { said } from '../../../i18n/said.js';
import { configValidation, startError } from '../shared/dockerd-text.js';
import { caution, refused } from '../shared/problem.js';
import { stringListOf } from '../shared/settings.js';
import type { ValueProblem, ValueRule } from '../types.js';

const CGROUP_DRIVER = 'native.cgroupdriver';

/** parseExecOptions (28.0+): the reason for one entry, or undefined. */
function entryError(entry: string): string | undefined {
  const eq = entry.indexOf('=');
  const k = (eq < 0 ? entry : entry.slice(0, eq)).trim().toLowerCase();
  const v = eq < 0 ? '' : entry.slice(eq + 1).trim();
  if (eq < 0 || k === '' || v === '') return `invalid exec-opt (${entry}): must be formatted 'opt=value'`;
  if (k === 'isolation') return `invalid exec-opt (${entry}): option 'isolation' is only supported on windows`;
  if (k !== CGROUP_DRIVER) return `invalid exec-opt (${entry}): unknown option: '${k}'`;
  return undefined;
}

export const execOptsRule: ValueRule = {
  keys: ['exec-opts'],
  check(ctx) {
    const problems: ValueProblem[] = [];
    const entries = stringListOf(ctx, 'exec-opts');
    const modern = atLeast(ctx.engine, '28.0.0');
    let driver: { value: string; index: number } | undefined;
    for (const { value, index } of entries) {
      const bad = entryError(value);
      if (bad) {
        const unknown = said('validate.execOpts.unknown', { entry: value });
        const fix = hint('validate.execOpts.hint.cgroupDriver');
        problems.push(
          modern
            ? refused({
                key: 'exec-opts',
                index,
                ...messageOf(unknown),
                ...fix,
                line: configValidation(ctx.engine, bad),
              })
            : caution({
                key: 'exec-opts',
                index,
                ...message('validate.execOpts.ignoredUntil28', { problem: unknown }),
                ...fix,
              }),
        );
        continue;
      }
      const eq = value.indexOf('=');
      // ≤27 takes the first native.cgroupdriver (key compared case-insensitively); 28+ the last.
      if (eq >= 0 && value.slice(0, eq).trim().toLowerCase() === CGROUP_DRIVER && (modern || !driver))
        driver = { value: value.slice(eq + 1).trim(), index };
    }
    if (driver && !['', 'cgroupfs', 'systemd'].includes(driver.value)) {
      const reason =
        driver.value === 'none'
          ? `${CGROUP_DRIVER} option none is internally used and cannot be specified manually`
          : `${CGROUP_DRIVER} option ${driver.value} not supported`;
      problems.push(
        refused({
          key: 'exec-opts',
          index: driver.index,
          ...message('validate.cgroupDriver.unsupported', { driver: driver.value }),
          ...hint('validate.cgroupDriver.hint.use'),
          line: startError(reason),
        }),
      );
    }
    return problems;
  },
};

/** The configured cgroup driver, for rules that depend on it (undefined: dockerd picks one). */
export function cgroupDriverOf(entries: readonly string[]): string | undefined {
  let found: string | undefined;
  for (const entry of entries) {
    const eq = entry.indexOf('=');
    if (eq >= 0 && entry.slice(0, eq).trim().toLowerCase() === CGROUP_DRIVER) found = entry.slice(eq + 1).trim();
  }
  return found;
}
