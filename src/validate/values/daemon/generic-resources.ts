/** node-generic-resources: swarmkit's genericresource.Parse on "name=value" terms. */
import { hint, message } from '../../../diagnostics/say.js';
import { configValidation, flagError } from '../shared/dockerd-text.js';
import { refused } from '../shared/problem.js';
import { isFromFlag, stringListOf } from '../shared/settings.js';
import type { ValueProblem, ValueRule } from '../types.js';

const PREFIX = 'could not parse GenericResource: ';

/** The reason swarmkit gives for the whole list, or undefined. */
export function genericResourcesError(terms: readonly string[]): { reason: string; index: number } | undefined {
  const byKey = new Map<string, { values: string[]; index: number }>();
  for (const [index, term] of terms.entries()) {
    const parts = term.split('=');
    if (parts.length !== 2)
      return { reason: `${PREFIX}incorrect term ${term}, missing '=' or malformed expression`, index };
    const key = (parts[0] ?? '').trim();
    const entry = byKey.get(key) ?? { values: [], index };
    entry.values.push((parts[1] ?? '').trim());
    byKey.set(key, entry);
  }
  const isInt = (v: string): boolean =>
    /^[+-]?[0-9]+$/.test(v) && BigInt(v) <= 9223372036854775807n && BigInt(v) >= -9223372036854775808n;
  for (const [key, { values, index }] of byKey) {
    const [only] = values;
    if (values.length === 1 && only !== undefined && isInt(only)) {
      if (BigInt(only) < 0n) return { reason: `${PREFIX}cannot ask for negative resource ${key}`, index };
      continue;
    }
    if (values.every((v) => !isInt(v))) continue;
    return {
      reason: `${PREFIX}mixed discrete and named resources in expression '${key}=[${values.join(' ')}]'`,
      index,
    };
  }
  return undefined;
}

export const genericResourcesRule: ValueRule = {
  keys: ['node-generic-resources'],
  check(ctx) {
    const key = 'node-generic-resources';
    const entries = stringListOf(ctx, key);
    const problems: ValueProblem[] = [];
    if (isFromFlag(ctx, key)) {
      for (const { value, index } of entries) {
        if (!value.includes('=')) {
          const reason = `invalid node-generic-resource format \`${value}\` expected \`name=value\``;
          problems.push(
            refused({
              key,
              index,
              ...message('validate.genericResources.notNameValue', { resource: value }),
              ...hint('validate.genericResources.hint.form'),
              line: flagError('--node-generic-resource', value, reason),
            }),
          );
        }
      }
      if (problems.length > 0) return problems;
    }
    const bad = genericResourcesError(entries.map((e) => e.value));
    if (bad) {
      const entry = entries[bad.index];
      problems.push(
        refused({
          key,
          index: entry?.index ?? bad.index,
          ...message('validate.genericResources.unparsable', { dockerd: bad.reason.slice(PREFIX.length) }),
          ...hint('validate.genericResources.hint.formNotBoth'),
          line: configValidation(ctx.engine, bad.reason),
        }),
      );
    }
    return problems;
  },
};
