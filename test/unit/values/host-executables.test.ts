// Programs dockerd runs: userland-proxy-path is looked up (exec.LookPath) before dockerd serves
// from 25.0; a runtime's path and init-path only when a container needs them (warnings).
import { describe, expect, it } from 'vitest';
import { userlandProxyRule } from '../../../src/validate/values/daemon/host-paths.js';
import { runtimePathsRule, userlandProxyExecRule } from '../../../src/validate/values/host/executables.js';
import { hostCtx, type FakeTree } from './host-fake.js';
import { fullLine } from './helpers.js';

const M =
  'unable to configure the Docker daemon with file /etc/docker/daemon.json: merged configuration validation from file and command line flags failed: ';
const P = '/opt/prog';
const DIR: FakeTree = { dirs: { [P]: 0o755 } };
const EXEC: FakeTree = { files: { [P]: '#!/bin/sh\n' }, modes: { [P]: 0o755 } };
const NOEXEC: FakeTree = { files: { [P]: '#!/bin/sh\n' }, modes: { [P]: 0o644 } };
const NONE: FakeTree = {};

describe('userland-proxy-path must be a program dockerd can run', () => {
  it.each<[string, string, FakeTree, string[], number]>([
    ['a directory', '26.1.5', DIR, [`${M}invalid userland-proxy-path: exec: "${P}": is a directory`], 0],
    ['a directory', '28.5.2', DIR, [`${M}invalid userland-proxy-path: exec: "${P}": is a directory`], 0],
    ['no execute bit', '26.1.5', NOEXEC, [`${M}invalid userland-proxy-path: exec: "${P}": permission denied`], 0],
    ['no execute bit', '29.0.0', NOEXEC, [`${M}invalid userland-proxy-path: exec: "${P}": permission denied`], 0],
    ['a directory before 25.0: starts, publishing fails', '20.10.24', DIR, [], 1],
    ['no execute bit before 25.0', '20.10.24', NOEXEC, [], 1],
    ['an executable file', '28.5.2', EXEC, [], 0],
    [
      'missing (host-paths.ts says so)',
      '28.5.2',
      NONE,
      [`${M}invalid userland-proxy-path: exec: "${P}": stat ${P}: no such file or directory`],
      0,
    ],
  ])('%s (%s)', (_w, version, tree, lines, warnings) => {
    const ctx = hostCtx(version, { 'userland-proxy-path': P }, tree);
    const problems = [...userlandProxyRule.check(ctx), ...userlandProxyExecRule.check(ctx)];
    expect(problems.filter((p) => p.severity === 'error').map((p) => fullLine(p))).toEqual(lines);
    expect(problems.filter((p) => p.severity === 'warning')).toHaveLength(warnings);
  });

  it('not with userland-proxy off', () => {
    const ctx = hostCtx('28.5.2', { 'userland-proxy-path': P, 'userland-proxy': false }, DIR);
    expect(userlandProxyExecRule.check(ctx)).toEqual([]);
  });
});

describe('runtime paths and init-path: looked up only when a container needs them', () => {
  it.each<[string, Record<string, unknown>, FakeTree, string[]]>([
    ['a runtime path that is missing', { runtimes: { rt: { path: P } } }, NONE, ['runtimes']],
    [
      'a runtime path with runtimeArgs, missing',
      { runtimes: { rt: { path: P, runtimeArgs: ['--x'] } } },
      NONE,
      ['runtimes'],
    ],
    ['a runtime path that is a directory', { runtimes: { rt: { path: P } } }, DIR, ['runtimes']],
    ['a runtime path that runs', { runtimes: { rt: { path: P } } }, EXEC, []],
    ['a runtime by name (PATH unknown)', { runtimes: { rt: { path: 'crun' } } }, NONE, []],
    ['a shim runtime', { runtimes: { rt: { runtimeType: 'io.containerd.runsc.v1' } } }, NONE, []],
    ['init-path missing', { 'init-path': P }, NONE, ['init-path']],
    ['init-path without execute bit', { 'init-path': P }, NOEXEC, ['init-path']],
    ['init-path that runs', { 'init-path': P }, EXEC, []],
  ])('%s', (_w, values, tree, keys) => {
    for (const v of ['20.10.24', '26.1.5', '28.5.2', '29.0.0']) {
      const problems = runtimePathsRule.check(hostCtx(v, values, tree));
      expect(problems.map((p) => [p.severity, p.key])).toEqual(keys.map((k) => ['warning', k]));
    }
  });
});
