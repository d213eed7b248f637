/** Settings that name files dockerd reads at start: seccomp-profile, userland-proxy-path. */
import { atLeast } from '../../../engine/version.js';
import { configValidation, startError } from '../shared/dockerd-text.js';
import { caution, refused } from '../shared/problem.js';
import { boolOf, stringOf } from '../shared/settings.js';
import type { ValueProblem, ValueRule } from '../types.js';

export const seccompProfileRule: ValueRule = {
  keys: ['seccomp-profile'],
  check(ctx) {
    const profile = stringOf(ctx, 'seccomp-profile');
    if (profile === undefined || profile === '') return [];
    // 23.0+ know the names "builtin" and "unconfined"; 20.10 reads any value as a path.
    if (atLeast(ctx.engine, '23.0.0') && (profile === 'builtin' || profile === 'unconfined')) return [];
    if (ctx.host.fileReadable(profile)) return [];
    return [
      refused({
        key: 'seccomp-profile',
        message: `seccomp profile ${profile} is not a readable file`,
        hint: atLeast(ctx.engine, '23.0.0')
          ? 'Point it at a JSON seccomp profile, or use "builtin" / "unconfined".'
          : 'Point it at a JSON seccomp profile (20.10 has no "unconfined" keyword here).',
        line: startError(`opening seccomp profile (${profile}) failed: open ${profile}: no such file or directory`),
      }),
    ];
  },
};

export const userlandProxyRule: ValueRule = {
  keys: ['userland-proxy-path', 'userland-proxy'],
  check(ctx) {
    const path = stringOf(ctx, 'userland-proxy-path');
    if (path === undefined || path === '' || boolOf(ctx, 'userland-proxy') === false) return [];
    const problems: ValueProblem[] = [];
    if (!path.startsWith('/')) {
      if (atLeast(ctx.engine, '25.0.0')) {
        problems.push(
          refused({
            key: 'userland-proxy-path',
            message: `userland-proxy-path "${path}" is not an absolute path`,
            hint: 'Write the absolute path, e.g. /usr/sbin/docker-proxy.',
            line: configValidation(ctx.engine, `invalid userland-proxy-path: must be an absolute path: ${path}`),
          }),
        );
      } else {
        problems.push(
          caution({
            key: 'userland-proxy-path',
            message: `userland-proxy-path "${path}" is relative; 25.0+ refuses it`,
            hint: 'Write the absolute path, e.g. /usr/sbin/docker-proxy.',
          }),
        );
      }
    } else if (!ctx.host.fileReadable(path)) {
      const message = `userland-proxy-path ${path} is not a file here`;
      const hint =
        'Point it at the docker-proxy binary (Debian: /usr/sbin/docker-proxy), or set "userland-proxy": false.';
      problems.push(
        atLeast(ctx.engine, '25.0.0')
          ? refused({
              key: 'userland-proxy-path',
              message,
              hint,
              line: configValidation(
                ctx.engine,
                `invalid userland-proxy-path: exec: "${path}": stat ${path}: no such file or directory`,
              ),
            })
          : caution({ key: 'userland-proxy-path', message: `${message}; publishing ports will fail`, hint }),
      );
    }
    return problems;
  },
};
