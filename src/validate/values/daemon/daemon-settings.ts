/**
 * Cross-setting checks from NewDaemon's verifyDaemonSettings that are not about networking:
 * cgroup parent vs. cgroup driver, containerd namespaces, real-time CPU, 29.x features.
 */
import { atLeast } from '../../../engine/version.js';
import { configValidation, startError } from '../shared/dockerd-text.js';
import { caution, refused } from '../shared/problem.js';
import { boolOf, numberOf, objectOf, stringListOf, stringOf } from '../shared/settings.js';
import type { ValueProblem, ValueRule } from '../types.js';
import { cgroupDriverOf } from './exec-opts.js';

export const cgroupParentRule: ValueRule = {
  keys: ['cgroup-parent', 'exec-opts'],
  check(ctx) {
    const parent = stringOf(ctx, 'cgroup-parent');
    if (parent === undefined || parent === '' || (parent.length > 6 && parent.endsWith('.slice'))) return [];
    const driver = cgroupDriverOf(stringListOf(ctx, 'exec-opts').map((e) => e.value));
    const reason = 'cgroup-parent for systemd cgroup should be a valid slice named as "xxx.slice"';
    if (driver === 'systemd') {
      return [
        refused({
          key: 'cgroup-parent',
          message: `cgroup-parent "${parent}" is not a systemd slice, which the systemd cgroup driver requires`,
          hint: 'Name a slice, e.g. "docker.slice".',
          line: startError(reason),
        }),
      ];
    }
    if (driver === undefined || driver === '') {
      return [
        caution({
          key: 'cgroup-parent',
          message: `cgroup-parent "${parent}" is not a systemd slice: dockerd refuses it on cgroup v2 hosts run by systemd (the default on Debian 11+), where it picks the systemd driver`,
          hint: 'Name a slice, e.g. "docker.slice", or set exec-opts native.cgroupdriver=cgroupfs.',
        }),
      ];
    }
    return [];
  },
};

export const containerdNamespaceRule: ValueRule = {
  keys: ['containerd-namespace', 'containerd-plugins-namespace'],
  check(ctx) {
    const containers = stringOf(ctx, 'containerd-namespace') || 'moby';
    const plugins = stringOf(ctx, 'containerd-plugins-namespace') || 'plugins.moby';
    if (containers !== plugins) return [];
    return [
      refused({
        key: 'containerd-namespace',
        message: `containerd-namespace and the plugins namespace are both "${containers}"`,
        hint: 'Use different namespaces (defaults: "moby" and "plugins.moby").',
        line: startError('containers namespace and plugins namespace cannot be the same'),
      }),
    ];
  },
};

export const cpuRealtimeRule: ValueRule = {
  keys: ['cpu-rt-period', 'cpu-rt-runtime'],
  check(ctx) {
    const used = ['cpu-rt-period', 'cpu-rt-runtime'].find((k) => (numberOf(ctx, k) ?? 0) !== 0);
    if (!used) return [];
    return [
      caution({
        key: used,
        message: `"${used}" works only on cgroup v1 hosts; on cgroup v2 (Debian 11+ default) dockerd refuses to start`,
        hint: 'Remove cpu-rt-period/cpu-rt-runtime unless the host boots with cgroup v1.',
      }),
    ];
  },
};

export const featuresRule: ValueRule = {
  keys: ['features', 'cri-containerd'],
  check(ctx) {
    const problems: ValueProblem[] = [];
    const features = objectOf(ctx, 'features') ?? {};
    if (
      atLeast(ctx.engine, '29.7.0') &&
      features['embedded-containerd'] === true &&
      boolOf(ctx, 'cri-containerd') === true
    ) {
      const reason =
        'conflicting options: cannot use the "embedded-containerd" feature and CRI support (--cri-containerd) at the same time';
      problems.push(
        refused({
          key: 'features',
          message: 'the "embedded-containerd" feature cannot be combined with "cri-containerd"',
          hint: 'Turn one of them off.',
          line: configValidation(ctx.engine, reason),
        }),
      );
    }
    return problems;
  },
};
