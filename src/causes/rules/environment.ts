// The host, not the configuration: storage driver, networking/iptables, cgroups, containerd,
// and systemd's start limit.
import { said } from '../../i18n/said.js';
import type { Rule, RuleResult } from './rule.js';

function storage(reason: string): Omit<RuleResult, 'setting'> {
  let m: RegExpExecArray | null;
  if ((m = /^(\S+) contains several valid graphdrivers: (.*?); Please cleanup or explicitly choose/.exec(reason))) {
    return {
      message: said('causes.storage.several', { dataRoot: m[1]!, drivers: m[2]! }),
      hint: said('causes.storage.severalHint'),
      fixable: false,
    };
  }
  if (/overlay storage-driver has been deprecated and removed/.test(reason)) {
    return {
      message: said('causes.storage.overlayRemoved'),
      hint: said('causes.storage.overlayRemovedHint'),
      fixable: true,
    };
  }
  if (
    /driver not supported|prerequisites for driver not satisfied|failed to mount overlay|backing file system is unsupported/.test(
      reason,
    )
  ) {
    const driver = /driver not supported: (\w+)|prior storage driver "?(\w+)"?/.exec(reason);
    return {
      message: said('causes.storage.unsupported', { driver: driver?.[1] ?? driver?.[2] ?? '', dockerd: reason }),
      hint: said('causes.storage.unsupportedHint'),
      fixable: false,
    };
  }
  return {
    message: said('causes.storage.failed', { dockerd: reason }),
    hint: said('causes.storage.failedHint'),
    fixable: false,
  };
}

function network(reason: string): Omit<RuleResult, 'fixable'> {
  if (/iptables|ip6tables|nf_tables|xtables|rule set generation id/.test(reason)) {
    return {
      message: said('causes.network.iptables'),
      hint: said('causes.network.iptablesHint'),
      setting: 'iptables',
    };
  }
  if (/bridge-nf-call-iptables/.test(reason))
    return { message: said('causes.network.brNetfilter'), hint: said('causes.network.brNetfilterHint') };
  if (/no available network|non-overlapping/.test(reason)) {
    return {
      message: said('causes.network.noPool'),
      hint: said('causes.network.noPoolHint'),
      setting: 'default-address-pools',
    };
  }
  return { message: said('causes.network.failed', { dockerd: reason }), hint: said('causes.network.failedHint') };
}

const CONTAINERD_HINT = said('causes.containerd.check');

export const environmentRules: readonly Rule[] = [
  {
    id: 'storage-driver-failed',
    pattern: /^error initializing graphdriver: (.*)$/,
    build: ({ match }) => ({ ...storage(match[1]!), setting: 'storage-driver' }),
  },
  {
    // The error lines before the exit line, for a log that has only those.
    id: 'storage-driver-failed',
    pattern: /^(\[graphdriver\] prior storage driver .* failed: .*|failed to mount overlay: .*)$/,
    build: ({ match }) => ({ ...storage(match[1]!), setting: 'storage-driver' }),
  },
  {
    id: 'network-controller-failed',
    pattern: /^Error initializing network controller: (?:error obtaining controller instance: )?(.*)$/,
    build: ({ match }) => ({ ...network(match[1]!), fixable: false }),
  },
  {
    id: 'cgroup-unavailable',
    pattern: /^Devices cgroup isn't mounted$/,
    build: () => ({
      message: said('causes.cgroup.devices'),
      hint: said('causes.cgroup.devicesHint'),
      fixable: false,
    }),
  },
  {
    id: 'containerd-unreachable',
    pattern: /failed to dial "([^"]*)"(?:: (?:failed to dial "[^"]*": )?(.*))?$/,
    build: ({ match }) => ({
      message: said('causes.containerd.unreachable', { socket: match[1]!, dockerd: match[2] ?? '' }),
      hint: CONTAINERD_HINT,
      setting: 'containerd',
      fixable: false,
    }),
  },
  {
    id: 'containerd-unreachable',
    pattern:
      /^(containerd did not exit successfully|timeout waiting for containerd to start|failed to start containerd)(?:: (.*))?$/,
    build: ({ match }) => ({
      message: said('causes.containerd.failed', { dockerd: match[2] ?? '' }),
      hint: said('causes.containerd.failedHint', { check: CONTAINERD_HINT }),
      fixable: false,
    }),
  },
  {
    // Debian's sysvinit script dies under `set -e` before it starts dockerd (sysv_real_start.txt).
    id: 'service-manager-failed',
    pattern: /^(\/etc\/init\.d\/docker): (?:line )?\d+: (.*)$/,
    build: ({ match }) => ({
      message: said('causes.initScript.failed', { script: match[1]!, output: match[2]! }),
      hint: /ulimit/.test(match[2]!)
        ? said('causes.initScript.ulimitHint')
        : said('causes.initScript.traceHint', { script: match[1]! }),
      fixable: false,
    }),
  },
  {
    id: 'start-limit-hit',
    pattern: /Start request repeated too quickly|start-limit-hit|start of the service was attempted too often/,
    build: () => ({
      message: said('causes.systemd.startLimit'),
      hint: said('causes.systemd.startLimitHint'),
      fixable: true,
    }),
  },
];
