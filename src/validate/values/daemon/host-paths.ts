/** Settings that name files dockerd reads at start: seccomp-profile, userland-proxy-path. */
import { hint, message, messageOf } from '../../../diagnostics/say.js';
import { atLeast } from '../../../engine/version.js';
import { said } from '../../../i18n/said.js';
import { configValidation, startError } from '../shared/dockerd-text.js';
import { caution, refused } from '../shared/problem.js';
import { boolOf, isFromFlag, stringOf } from '../shared/settings.js';
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
        ...message('validate.seccomp.unreadable', { profile }),
        ...hint(
          atLeast(ctx.engine, '23.0.0') ? 'validate.seccomp.hint.profileOrName' : 'validate.seccomp.hint.profile2010',
        ),
        line: startError(`opening seccomp profile (${profile}) failed: open ${profile}: no such file or directory`),
      }),
    ];
  },
};

export const userlandProxyRule: ValueRule = {
  keys: ['userland-proxy-path', 'userland-proxy'],
  check(ctx) {
    const path = stringOf(ctx, 'userland-proxy-path');
    if (path === undefined || boolOf(ctx, 'userland-proxy') === false) return [];
    if (path === '') {
      // An empty flag replaces the default (docker-proxy found at start); in the file "" is Go's
      // zero value, which the merge fills from the flag's default. 20.10–24.x never check it.
      if (!atLeast(ctx.engine, '25.0.0') || !isFromFlag(ctx, 'userland-proxy-path')) return [];
      return [
        refused({
          key: 'userland-proxy-path',
          ...message('validate.userlandProxy.empty'),
          ...hint('validate.userlandProxy.hint.emptyPath'),
          line: configValidation(
            ctx.engine,
            'invalid userland-proxy-path: userland-proxy is enabled, but userland-proxy-path is not set',
          ),
        }),
      ];
    }
    const problems: ValueProblem[] = [];
    if (!path.startsWith('/')) {
      if (atLeast(ctx.engine, '25.0.0')) {
        problems.push(
          refused({
            key: 'userland-proxy-path',
            ...message('validate.userlandProxy.notAbsolute', { path }),
            ...hint('validate.userlandProxy.hint.absolute'),
            line: configValidation(ctx.engine, `invalid userland-proxy-path: must be an absolute path: ${path}`),
          }),
        );
      } else {
        problems.push(
          caution({
            key: 'userland-proxy-path',
            ...message('validate.userlandProxy.relative', { path }),
            ...hint('validate.userlandProxy.hint.absolute'),
          }),
        );
      }
    } else if (!ctx.host.fileReadable(path) && ctx.host.stat?.(path) === undefined) {
      // Something that exists but is no readable file (a directory …) is host/executables.ts's.
      const notFile = said('validate.userlandProxy.notFile', { path });
      const fix = hint('validate.userlandProxy.hint.binary');
      problems.push(
        atLeast(ctx.engine, '25.0.0')
          ? refused({
              key: 'userland-proxy-path',
              ...messageOf(notFile),
              ...fix,
              line: configValidation(
                ctx.engine,
                `invalid userland-proxy-path: exec: "${path}": stat ${path}: no such file or directory`,
              ),
            })
          : caution({
              key: 'userland-proxy-path',
              ...message('validate.userlandProxy.publishFails', { problem: notFile }),
              ...fix,
            }),
      );
    }
    return problems;
  },
};
