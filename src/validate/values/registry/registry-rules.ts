/** The rules for registry-mirrors and insecure-registries. */
import { hint, hintOf, message } from '../../../diagnostics/say.js';
import { said, type Said } from '../../../i18n/said.js';
import { atLeast } from '../../../engine/version.js';
import { configValidation, flagError, startError } from '../shared/dockerd-text.js';
import { caution, note, refused } from '../shared/problem.js';
import { isFromFlag, stringListOf } from '../shared/settings.js';
import type { ValueProblem, ValueRule } from '../types.js';
import { normalizeInsecureRegistry } from './insecure-registry.js';
import { maskPassword, normalizeMirror } from './mirror.js';

export const registryMirrorsRule: ValueRule = {
  keys: ['registry-mirrors'],
  check(ctx) {
    const key = 'registry-mirrors';
    const problems: ValueProblem[] = [];
    const seen = new Map<string, number>();
    for (const { value, index } of stringListOf(ctx, key)) {
      const shown = maskPassword(value);
      const r = normalizeMirror(value, ctx.engine);
      if (!r.ok) {
        // --registry-mirror is checked by the flag parser; the file only at config load (28.3+) or in NewDaemon.
        const line = isFromFlag(ctx, key)
          ? flagError('--registry-mirror', shown, r.reason)
          : atLeast(ctx.engine, '28.3.0')
            ? configValidation(ctx.engine, r.reason)
            : startError(r.reason);
        problems.push(
          refused({
            id: 'invalid-mirror',
            key,
            index,
            ...message('validate.mirror.refused', {
              mirror: shown,
              version: `${ctx.engine.major}.${ctx.engine.minor}`,
              dockerd: r.reason.replace(/^invalid mirror: /, ''),
            }),
            ...hintOf(mirrorHint(r.reason)),
            line,
          }),
        );
        continue;
      }
      if (r.warning)
        problems.push(
          caution({
            id: 'invalid-mirror',
            key,
            index,
            ...message('validate.mirror.warning', { mirror: shown, dockerd: r.warning }),
            ...hint('validate.mirror.hint.form'),
          }),
        );
      const first = seen.get(r.value);
      if (first !== undefined) {
        problems.push(
          note({
            id: 'invalid-mirror',
            key,
            index,
            ...message('validate.mirror.duplicate', {
              mirror: shown,
              entry: first + 1,
              normalised: maskPassword(r.value),
            }),
            ...hint('validate.hint.removeDuplicate'),
          }),
        );
      } else seen.set(r.value, index);
    }
    return problems;
  },
};

function mirrorHint(reason: string): Said {
  if (/no scheme|unsupported scheme ""|unsupported scheme "[^"]*\.[^"]*"/.test(reason))
    return said('validate.mirror.hint.scheme');
  if (/unsupported scheme/.test(reason)) return said('validate.mirror.hint.httpOnly');
  if (/username\/password/.test(reason)) return said('validate.mirror.hint.credentials');
  if (/path, query, or fragment/.test(reason)) return said('validate.mirror.hint.noPath');
  if (/query or fragment/.test(reason)) return said('validate.mirror.hint.noQuery');
  return said('validate.mirror.hint.spaces');
}

export const insecureRegistriesRule: ValueRule = {
  keys: ['insecure-registries'],
  check(ctx) {
    const key = 'insecure-registries';
    const problems: ValueProblem[] = [];
    for (const { value, index } of stringListOf(ctx, key)) {
      const r = normalizeInsecureRegistry(value, ctx.engine);
      if (!r.ok) {
        // The flag parser checks only the hyphen rule; everything else waits for NewDaemon.
        const line =
          isFromFlag(ctx, key) && r.reason.startsWith('invalid index name')
            ? flagError('--insecure-registry', value, r.reason)
            : startError(r.reason);
        problems.push(
          refused({
            id: 'invalid-insecure-registry',
            key,
            index,
            ...message('validate.insecure.refused', { registry: value, dockerd: r.reason }),
            ...hint('validate.insecure.hint.form'),
            line,
          }),
        );
        continue;
      }
      if (r.warning) {
        problems.push(
          caution({
            id: 'insecure-registry-scheme',
            key,
            index,
            ...message('validate.insecure.scheme', { registry: value, stripped: r.value, dockerd: r.warning }),
            ...hint('validate.hint.writeInstead', { value: r.value }),
            line: { dockerd: r.warning, withFilePrefix: false },
          }),
        );
      }
      if (r.kind === 'cidr' && r.value !== value.replace(/^https?:\/\//i, '')) {
        problems.push(
          note({
            key,
            index,
            ...message('validate.insecure.cidrMeans', { registry: value, network: r.value }),
            ...hint('validate.hint.writeInstead', { value: r.value }),
          }),
        );
      }
      if (r.kind === 'host' && r.value === 'docker.io') {
        problems.push(
          caution({
            key,
            index,
            ...message('validate.insecure.dockerHub'),
            ...hint('validate.hint.removeEntry'),
          }),
        );
      }
    }
    return problems;
  },
};
