/** labels: "key=value", outside Docker's reserved namespaces, one value per key. */
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
        problems.push(
          refused({
            key,
            index,
            message: bad.startsWith('bad attribute')
              ? `label "${value}" is not of the form key=value`
              : `label "${value}" uses a namespace reserved for Docker (com.docker.*, io.docker.*, org.dockerproject.*)`,
            hint: bad.startsWith('bad attribute')
              ? 'Write labels as "key=value".'
              : 'Use your own namespace, e.g. "com.example.role=web".',
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
            message: `label "${k}" is given twice with different values ("${earlier}" and "${v}")`,
            hint: 'Keep one value per label key.',
            line: bareConfigError(`conflict labels for ${k}=${v} and ${k}=${earlier}`),
          }),
        );
      }
      values.set(k, v);
    }
    return problems;
  },
};
