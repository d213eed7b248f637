/** labels: "key=value", outside Docker's reserved namespaces, one value per key. */
import { hint, message } from '../../../diagnostics/say.js';
import { bareConfigError, configValidation, flagError } from '../shared/dockerd-text.js';
import { refused } from '../shared/problem.js';
import { isFromFlag, stringListOf } from '../shared/settings.js';
import type { ValueProblem, ValueRule } from '../types.js';

const RESERVED = ['com.docker.', 'io.docker.', 'org.dockerproject.'];

/** opts.ValidateLabel; undefined when dockerd accepts the label. */
export function labelError(label: string): string | undefined {
  if (!label.includes('=')) return `bad attribute format: ${label}`;
  const lowered = label.toLowerCase();
  if (RESERVED.some((p) => lowered.startsWith(p))) {
    return `label ${label} is not allowed: the namespaces com.docker.*, io.docker.*, and org.dockerproject.* are reserved for internal use`;
  }
  return undefined;
}

export const labelsRule: ValueRule = {
  keys: ['labels'],
  check(ctx) {
    const key = 'labels';
    const problems: ValueProblem[] = [];
    const values = new Map<string, string>();
    for (const { value, index } of stringListOf(ctx, key)) {
      const bad = labelError(value);
      if (bad) {
        const form = bad.startsWith('bad attribute');
        problems.push(
          refused({
            key,
            index,
            ...message(form ? 'validate.labels.notKeyValue' : 'validate.labels.reserved', { label: value }),
            ...hint(form ? 'validate.labels.hint.form' : 'validate.labels.hint.ownNamespace'),
            line: isFromFlag(ctx, key) ? flagError('--label', value, bad) : configValidation(ctx.engine, bad),
          }),
        );
        continue;
      }
      const eq = value.indexOf('=');
      const [k, v] = [value.slice(0, eq), value.slice(eq + 1)];
      const earlier = values.get(k);
      if (earlier !== undefined && earlier !== v) {
        problems.push(
          refused({
            key,
            index,
            ...message('validate.labels.conflict', { label: k, first: earlier, second: v }),
            ...hint('validate.labels.hint.oneValue'),
            line: bareConfigError(`conflict labels for ${k}=${v} and ${k}=${earlier}`),
          }),
        );
      }
      values.set(k, v);
    }
    return problems;
  },
};
