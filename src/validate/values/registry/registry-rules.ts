/** The rules for registry-mirrors and insecure-registries. */
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
            message: `registry mirror "${shown}" is refused by dockerd ${ctx.engine.major}.${ctx.engine.minor}: ${r.reason.replace(/^invalid mirror: /, '')}`,
            hint: mirrorHint(r.reason),
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
            message: `registry mirror "${shown}" ${r.warning}`,
            hint: 'Write the mirror as https://host[:port].',
          }),
        );
      const first = seen.get(r.value);
      if (first !== undefined) {
        problems.push(
          note({
            id: 'invalid-mirror',
            key,
            index,
            message: `registry mirror "${shown}" is the same as entry ${first + 1} once normalised to "${maskPassword(r.value)}"; dockerd keeps only the first`,
            hint: 'Remove the duplicate entry.',
          }),
        );
      } else seen.set(r.value, index);
    }
    return problems;
  },
};

function mirrorHint(reason: string): string {
  if (/no scheme|unsupported scheme ""|unsupported scheme "[^"]*\.[^"]*"/.test(reason))
    return 'Add the scheme: write "https://host[:port]" (or "http://" for a plain-HTTP mirror).';
  if (/unsupported scheme/.test(reason)) return 'A mirror must use http:// or https://.';
  if (/username\/password/.test(reason))
    return 'Remove the credentials from the URL; log in with `docker login` instead.';
  if (/path, query, or fragment/.test(reason))
    return 'This engine version allows no path: use "https://host[:port]" (paths work from 24.0.8/25.0).';
  if (/query or fragment/.test(reason)) return 'Remove the "?…" or "#…" part.';
  return 'Write the mirror as https://host[:port] with no spaces around it.';
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
            message: `insecure registry "${value}" is refused: ${r.reason} (dockerd --validate does not notice this; the daemon fails when it starts)`,
            hint: 'Write a host[:port] (letters, digits, "-" and "." only) or a CIDR such as 10.0.0.0/8, without a scheme or path.',
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
            message: `insecure registry "${value}" has a scheme; dockerd strips it and uses "${r.value}" (${r.warning})`,
            hint: `Write "${r.value}" instead.`,
            line: { dockerd: r.warning, withFilePrefix: false },
          }),
        );
      }
      if (r.kind === 'cidr' && r.value !== value.replace(/^https?:\/\//i, '')) {
        problems.push(
          note({
            key,
            index,
            message: `insecure registry CIDR "${value}" means the network ${r.value}`,
            hint: `Write "${r.value}".`,
          }),
        );
      }
      if (r.kind === 'host' && r.value === 'docker.io') {
        problems.push(
          caution({
            key,
            index,
            message: 'marking "docker.io" insecure has no effect: dockerd always treats Docker Hub as secure',
            hint: 'Remove this entry.',
          }),
        );
      }
    }
    return problems;
  },
};
