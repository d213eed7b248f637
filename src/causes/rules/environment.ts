// The host, not the configuration: storage driver, networking/iptables, cgroups, containerd,
// and systemd's start limit.
import type { Rule } from './rule.js';

function storage(reason: string): { message: string; hint: string; fixable: boolean } {
  let m: RegExpExecArray | null;
  if ((m = /^(\S+) contains several valid graphdrivers: (.*?); Please cleanup or explicitly choose/.exec(reason))) {
    return {
      message: `${m[1]} holds data of several storage drivers (${m[2]}), and none is chosen.`,
      hint: 'Set "storage-driver" to the one in use (usually overlay2), or move the unused driver\'s directory out of data-root.',
      fixable: false,
    };
  }
  if (/overlay storage-driver has been deprecated and removed/.test(reason)) {
    return { message: '"storage-driver": "overlay" was removed from dockerd.', hint: 'Use "overlay2".', fixable: true };
  }
  if (
    /driver not supported|prerequisites for driver not satisfied|failed to mount overlay|backing file system is unsupported/.test(
      reason,
    )
  ) {
    const driver = /driver not supported: (\w+)|prior storage driver "?(\w+)"?/.exec(reason);
    const name = driver?.[1] ?? driver?.[2];
    return {
      message: `The storage driver${name ? ` ${name}` : ''} does not work on this host: ${reason}.`,
      hint:
        'overlay2 needs the overlay module (`modprobe overlay`) and ext4, or xfs with ftype=1, under data-root; ' +
        'remove "storage-driver" from daemon.json to let dockerd choose, or set one that works here.',
      fixable: false,
    };
  }
  return {
    message: `dockerd could not start its storage driver: ${reason}.`,
    hint: 'Check "storage-driver", "storage-opts" and data-root against this host.',
    fixable: false,
  };
}

function network(reason: string): { message: string; hint: string; setting?: string } {
  if (/iptables|ip6tables|nf_tables|xtables|rule set generation id/.test(reason)) {
    return {
      message: 'iptables does not work here, so dockerd cannot set up its networks.',
      hint:
        'Check `iptables -t nat -L`: load the modules (`modprobe ip_tables iptable_nat`), or switch to iptables-legacy ' +
        '(`update-alternatives --set iptables /usr/sbin/iptables-legacy`); where the firewall is managed elsewhere, set "iptables": false.',
      setting: 'iptables',
    };
  }
  if (/bridge-nf-call-iptables/.test(reason)) {
    return {
      message: 'The br_netfilter kernel module is not loaded.',
      hint: '`modprobe br_netfilter` (and add it to /etc/modules-load.d/).',
    };
  }
  if (/no available network|non-overlapping/.test(reason)) {
    return {
      message: 'dockerd found no free private address range for its default bridge.',
      hint: 'Set "bip" or "default-address-pools" to a range this host does not use (`ip route` shows the used ones).',
      setting: 'default-address-pools',
    };
  }
  return {
    message: `dockerd could not set up networking: ${reason}.`,
    hint: 'Check "bridge", "bip", "default-address-pools" and "iptables" against `ip addr` and `ip route`.',
  };
}

const CONTAINERD_HINT =
  'Check containerd: `systemctl status containerd` and `journalctl -u containerd`; start it (`systemctl start containerd`), ' +
  'and make sure "containerd" in daemon.json (or --containerd in the unit) names its socket.';

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
      message:
        'The devices cgroup is not mounted, so dockerd cannot confine containers (a container or chroot without /sys/fs/cgroup?).',
      hint: "Mount the cgroup hierarchy (`mount -t cgroup2 none /sys/fs/cgroup`, or the v1 devices controller); a container running dockerd needs the host's cgroups.",
      fixable: false,
    }),
  },
  {
    id: 'containerd-unreachable',
    pattern: /failed to dial "([^"]*)"(?:: (?:failed to dial "[^"]*": )?(.*))?$/,
    build: ({ match }) => ({
      message: `dockerd cannot reach containerd at ${match[1]}${match[2] ? ` (${match[2]})` : ''}.`,
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
      message: `The containerd that dockerd starts itself failed${match[2] ? `: ${match[2]}` : ''}.`,
      hint:
        "containerd's own lines before this one say why: another dockerd using the same data-root, a bad containerd.toml, a corrupt meta.db after a crash. " +
        CONTAINERD_HINT,
      fixable: false,
    }),
  },
  {
    // Debian's sysvinit script dies under `set -e` before it starts dockerd (sysv_real_start.txt).
    id: 'service-manager-failed',
    pattern: /^(\/etc\/init\.d\/docker): (?:line )?\d+: (.*)$/,
    build: ({ match }) => ({
      message: `The init script ${match[1]} failed before dockerd ran: ${match[2]}.`,
      hint: /ulimit/.test(match[2]!)
        ? 'Its `ulimit` asks for more than the hard limit allows here (`ulimit -Hn`; containers lack CAP_SYS_RESOURCE): lower the limit in the script, or run dockerd from a systemd unit.'
        : `Run \`sh -x ${match[1]} start\` to see the failing command.`,
      fixable: false,
    }),
  },
  {
    id: 'start-limit-hit',
    pattern: /Start request repeated too quickly|start-limit-hit|start of the service was attempted too often/,
    build: () => ({
      message:
        'systemd stopped starting docker.service: it was (re)started too often in a short time. This hides the error that made it fail.',
      hint: '`systemctl reset-failed docker.service docker.socket`, then start it again; the first dockerd error before this line is the real cause.',
      fixable: true,
    }),
  },
];
