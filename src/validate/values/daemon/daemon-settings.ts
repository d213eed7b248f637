/**
 * Cross-setting checks from NewDaemon's verifyDaemonSettings that are not about networking:
 * cgroup parent vs. cgroup driver, containerd namespaces, real-time CPU, 29.x features.
 */
import { hint, message } from '../../../diagnostics/say.js';
import { atLeast } from '../../../engine/version.js';
import { configValidation, startError } from '../shared/dockerd-text.js';
import { caution, refused } from '../shared/problem.js';
import { boolOf, numberOf, objectOf, stringListOf, stringOf } from '../shared/settings.js';
import type { ValueContext, ValueProblem, ValueRule } from '../types.js';
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
          ...message('validate.cgroupParent.notSliceRefused', { parent }),
          ...hint('validate.cgroupParent.hint.slice'),
          line: startError(reason),
        }),
      ];
    }
    if (driver === undefined || driver === '') {
      return [
        caution({
          key: 'cgroup-parent',
          ...message('validate.cgroupParent.notSlice', { parent }),
          ...hint('validate.cgroupParent.hint.sliceOrCgroupfs'),
        }),
      ];
    }
    return [];
  },
};

/**
 * The containers' namespace travels to containerd as a gRPC header, and grpc-go 1.46 to 1.6x refuse
 * a header value outside printable ASCII (0x20–0x7E) before sending: dockerd 23.0–26.x then fail
 * to dial containerd at start (measured: Debian's 26.1.5; 20.10's older and 27.0+'s newer grpc-go
 * send it).
 */
function namespaceHeaderProblems(ctx: ValueContext, namespace: string): ValueProblem[] {
  if (!atLeast(ctx.engine, '23.0.0') || atLeast(ctx.engine, '27.0.0') || /^[\x20-\x7e]*$/.test(namespace)) return [];
  // Without "containerd", dockerd starts its own under exec-root.
  const socket =
    stringOf(ctx, 'containerd') || `${stringOf(ctx, 'exec-root') || '/var/run/docker'}/containerd/containerd.sock`;
  return [
    refused({
      key: 'containerd-namespace',
      ...message('validate.containerdNamespace.notAscii', { value: namespace }),
      ...hint('validate.containerdNamespace.hint'),
      line: startError(
        `failed to dial "${socket}": header key "containerd-namespace" contains value with non-printable ASCII characters: unknown`,
      ),
    }),
  ];
}

export const containerdNamespaceRule: ValueRule = {
  keys: ['containerd-namespace', 'containerd-plugins-namespace', 'containerd', 'exec-root'],
  check(ctx) {
    const containers = stringOf(ctx, 'containerd-namespace') || 'moby';
    const plugins = stringOf(ctx, 'containerd-plugins-namespace') || 'plugins.moby';
    if (containers !== plugins) return namespaceHeaderProblems(ctx, containers);
    return [
      refused({
        key: 'containerd-namespace',
        ...message('validate.containerdNamespace.same', { namespace: containers }),
        ...hint('validate.containerdNamespace.hint.differ'),
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
        ...message('validate.cpuRt.cgroupV1Only', { key: used }),
        ...hint('validate.cpuRt.hint.remove'),
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
          ...message('validate.features.embeddedContainerdCri'),
          ...hint('validate.hint.turnOneOff'),
          line: configValidation(ctx.engine, reason),
        }),
      );
    }
    return problems;
  },
};
