/**
 * Paths of programs dockerd runs. Only userland-proxy-path is checked before dockerd serves
 * (25.0+, config.verifyUserlandProxyConfig → exec.LookPath, which also refuses a directory and a
 * file without an execute bit; daemon/host-paths.ts handles a missing file). A runtime's `path`
 * (20.10: rewriteRuntimePath at container create; 23.0+: the shim, or PreflightCheck's
 * exec.LookPath when runtimeArgs are set) and init-path (LookupInitPath / the bind mount when a
 * container starts with --init) are looked up only when a container needs them: warnings.
 */
import { hint, message } from '../../../diagnostics/say.js';
import { atLeast } from '../../../engine/version.js';
import type { HostStat, HostView } from '../../types.js';
import { goQuote } from '../go/quote.js';
import { configValidation } from '../shared/dockerd-text.js';
import { caution, refused } from '../shared/problem.js';
import { boolOf, fieldOf, isPlainObject, objectOf, stringOf } from '../shared/settings.js';
import type { ValueProblem, ValueRule } from '../types.js';

/** exec.LookPath's findExecutable on a path with "/": undefined when dockerd would run it. */
export function lookPathError(host: HostView, path: string): { missing: boolean; reason: string } | undefined {
  const st: HostStat | undefined = host.stat?.(path);
  if (host.stat === undefined) return undefined;
  const name = `exec: ${goQuote(path)}: `;
  if (!st) return { missing: true, reason: `${name}stat ${path}: no such file or directory` };
  if (st.kind === 'directory') return { missing: false, reason: `${name}is a directory` };
  // As root, access(X_OK) passes when any execute bit is set.
  if ((st.perm & 0o111) === 0) return { missing: false, reason: `${name}permission denied` };
  return undefined;
}

export const userlandProxyExecRule: ValueRule = {
  keys: ['userland-proxy-path', 'userland-proxy'],
  check(ctx) {
    const path = stringOf(ctx, 'userland-proxy-path');
    if (path === undefined || !path.startsWith('/') || boolOf(ctx, 'userland-proxy') === false) return [];
    const found = lookPathError(ctx.host, path);
    // A missing file is daemon/host-paths.ts's.
    if (!found || found.missing) return [];
    if (!atLeast(ctx.engine, '25.0.0'))
      return [
        caution({
          key: 'userland-proxy-path',
          ...message('host.exec.proxyLater', { path, dockerd: found.reason }),
          ...hint('host.exec.hint.executable', { path }),
        }),
      ];
    return [
      refused({
        key: 'userland-proxy-path',
        ...message('host.exec.proxy', { path, dockerd: found.reason }),
        ...hint('host.exec.hint.executable', { path }),
        line: configValidation(ctx.engine, `invalid userland-proxy-path: ${found.reason}`),
      }),
    ];
  },
};

export const runtimePathsRule: ValueRule = {
  keys: ['runtimes', 'init-path'],
  check(ctx) {
    const problems: ValueProblem[] = [];
    for (const [name, spec] of Object.entries(objectOf(ctx, 'runtimes') ?? {})) {
      if (!isPlainObject(spec)) continue;
      const path = fieldOf(spec, 'path');
      // A bare name is looked up in dockerd's PATH, which we do not know.
      if (typeof path !== 'string' || !path.startsWith('/')) continue;
      const found = lookPathError(ctx.host, path);
      if (found)
        problems.push(
          caution({
            key: 'runtimes',
            ...message('host.exec.runtime', { name, path, dockerd: found.reason }),
            ...hint('host.exec.hint.executable', { path }),
          }),
        );
    }
    const init = stringOf(ctx, 'init-path');
    if (init !== undefined && init.startsWith('/')) {
      const found = lookPathError(ctx.host, init);
      if (found)
        problems.push(
          caution({
            key: 'init-path',
            ...message('host.exec.init', { path: init, dockerd: found.reason }),
            ...hint('host.exec.hint.executable', { path: init }),
          }),
        );
    }
    return problems;
  },
};
