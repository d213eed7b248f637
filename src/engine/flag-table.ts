// dockerd's Linux command-line flags, 20.10.0 → 29.7.2, extracted from the flag definitions of every
// release tag of moby/moby (cmd/dockerd ≤28, daemon/command 29) plus cobra's persistent --help.
// Every long name here is also an accepted daemon.json key (dockerd looks keys up with
// FlagSet.Lookup), and the NamedOption name of a list/map flag is accepted as a key too.

/**
 * How pflag treats the flag: `bool` takes no value (`--debug`, `--debug=false`); every other kind
 * needs one (`--name=value`, `--name value`). `list`/`map` flags accumulate repeated occurrences.
 */
export type FlagKind = 'bool' | 'value' | 'list' | 'map';

/** How the flag's value is parsed when it is set (pflag's own parsers), where it matters to us. */
export type FlagParse = 'int' | 'int64' | 'ip' | 'csv-list';

export interface FlagRow {
  kind: FlagKind;
  short?: string;
  /** NamedOption name: the daemon.json key of a list/map flag (`labels` for --label). */
  named?: string;
  parse?: FlagParse;
  /** First version that has the flag (default 20.10.0). */
  since?: string;
  /** First version that no longer has it. */
  until?: string;
  /** Version from which pflag prints "Flag --x has been deprecated". */
  deprecated?: string;
  /** Later versions in which the definition changed. */
  changes?: readonly { since: string; row: Partial<Omit<FlagRow, 'changes'>> }[];
}

export const FLAG_TABLE: Readonly<Record<string, FlagRow>> = {
  'add-runtime': { kind: 'map', named: 'runtimes' },
  'allow-direct-routing': { kind: 'bool', since: '28.2.0' },
  'allow-nondistributable-artifacts': {
    kind: 'list',
    named: 'allow-nondistributable-artifacts',
    until: '29.0.0',
    deprecated: '28.0.0',
  },
  'api-cors-header': { kind: 'value', until: '29.0.0', deprecated: '27.0.1' },
  'authorization-plugin': { kind: 'list', named: 'authorization-plugins' },
  bip: { kind: 'value' },
  bip6: { kind: 'value', since: '28.0.0' },
  bridge: { kind: 'value', short: 'b' },
  'bridge-accept-fwmark': { kind: 'value', since: '29.0.0' },
  'cdi-spec-dir': { kind: 'list', named: 'cdi-spec-dirs', since: '25.0.0' },
  'cgroup-parent': { kind: 'value' },
  'cluster-advertise': { kind: 'value', until: '24.0.0', deprecated: '20.10.0' },
  'cluster-store': { kind: 'value', until: '24.0.0', deprecated: '20.10.0' },
  'cluster-store-opt': { kind: 'map', named: 'cluster-store-opts', until: '24.0.0', deprecated: '20.10.0' },
  'config-file': { kind: 'value' },
  containerd: { kind: 'value' },
  'containerd-namespace': { kind: 'value' },
  'containerd-plugins-namespace': { kind: 'value' },
  'cpu-rt-period': { kind: 'value', parse: 'int64' },
  'cpu-rt-runtime': { kind: 'value', parse: 'int64' },
  'cri-containerd': { kind: 'bool' },
  'data-root': { kind: 'value' },
  debug: { kind: 'bool', short: 'D' },
  'default-address-pool': { kind: 'list', named: 'default-address-pools' },
  'default-cgroupns-mode': { kind: 'value' },
  'default-gateway': { kind: 'value', parse: 'ip' },
  'default-gateway-v6': { kind: 'value', parse: 'ip' },
  'default-ipc-mode': { kind: 'value' },
  'default-network-opt': { kind: 'map', named: 'default-network-opts', since: '24.0.0' },
  'default-runtime': { kind: 'value' },
  'default-shm-size': { kind: 'value' },
  'default-stop-timeout': { kind: 'value', parse: 'int', since: '29.7.0' },
  'default-ulimit': { kind: 'map', named: 'default-ulimits' },
  // pflag's IPSlice (25–28) splits on commas; 29 made it a NamedOption of the same name.
  dns: {
    kind: 'list',
    changes: [
      { since: '25.0.0', row: { parse: 'csv-list' } },
      { since: '29.0.0', row: { parse: undefined, named: 'dns' } },
    ],
  },
  'dns-opt': { kind: 'list', named: 'dns-opts' },
  'dns-search': { kind: 'list' },
  'exec-opt': { kind: 'list', named: 'exec-opts' },
  'exec-root': { kind: 'value' },
  experimental: { kind: 'bool' },
  feature: { kind: 'list', named: 'features', since: '27.3.0' },
  'firewall-backend': { kind: 'value', since: '29.0.0' },
  'fixed-cidr': { kind: 'value' },
  'fixed-cidr-v6': { kind: 'value' },
  graph: { kind: 'value', short: 'g', until: '24.0.0', deprecated: '23.0.0' },
  group: { kind: 'value', short: 'G' },
  help: { kind: 'bool', short: 'h' },
  host: { kind: 'list', short: 'H', named: 'hosts' },
  'host-gateway-ip': {
    kind: 'value',
    parse: 'ip',
    changes: [{ since: '28.0.0', row: { kind: 'list', parse: 'ip', named: 'host-gateway-ips' } }],
  },
  'http-proxy': { kind: 'value', since: '23.0.0' },
  'https-proxy': { kind: 'value', since: '23.0.0' },
  icc: { kind: 'bool' },
  init: { kind: 'bool' },
  'init-path': { kind: 'value' },
  'insecure-registry': { kind: 'list', named: 'insecure-registries' },
  ip: { kind: 'value', parse: 'ip' },
  'ip-forward': { kind: 'bool' },
  'ip-forward-no-drop': { kind: 'bool', since: '28.0.0' },
  'ip-masq': { kind: 'bool' },
  ip6tables: { kind: 'bool' },
  iptables: { kind: 'bool' },
  ipv6: { kind: 'bool' },
  label: { kind: 'list', named: 'labels' },
  'live-restore': { kind: 'bool' },
  'log-driver': { kind: 'value' },
  'log-format': { kind: 'value', since: '25.0.0' },
  'log-level': { kind: 'value', short: 'l' },
  'log-opt': { kind: 'map', named: 'log-opts' },
  'max-concurrent-downloads': { kind: 'value', parse: 'int' },
  'max-concurrent-uploads': { kind: 'value', parse: 'int' },
  'max-download-attempts': { kind: 'value', parse: 'int' },
  'metrics-addr': { kind: 'value' },
  mtu: { kind: 'value', parse: 'int' },
  'network-control-plane-mtu': { kind: 'value', parse: 'int' },
  'network-diagnostic-port': { kind: 'value', parse: 'int' },
  'no-new-privileges': { kind: 'bool' },
  'no-proxy': { kind: 'value', since: '23.0.0' },
  'node-generic-resource': { kind: 'list', named: 'node-generic-resources' },
  'nri-opts': { kind: 'value', named: 'nri-opts', since: '29.2.0' },
  'oom-score-adjust': { kind: 'value', parse: 'int', until: '26.0.0', deprecated: '24.0.0' },
  pidfile: { kind: 'value', short: 'p' },
  'raw-logs': { kind: 'bool' },
  'registry-mirror': { kind: 'list', named: 'registry-mirrors' },
  restart: { kind: 'bool', short: 'r', deprecated: '20.10.0' },
  rootless: { kind: 'bool' },
  'seccomp-profile': { kind: 'value' },
  'selinux-enabled': { kind: 'bool' },
  'shutdown-timeout': { kind: 'value', parse: 'int' },
  'storage-driver': { kind: 'value', short: 's' },
  'storage-opt': { kind: 'list', named: 'storage-opts' },
  'swarm-default-advertise-addr': { kind: 'value' },
  tls: { kind: 'bool' },
  tlscacert: { kind: 'value' },
  tlscert: { kind: 'value' },
  tlskey: { kind: 'value' },
  tlsverify: { kind: 'bool' },
  'userland-proxy': { kind: 'bool' },
  'userland-proxy-path': { kind: 'value' },
  'userns-remap': { kind: 'value' },
  validate: { kind: 'bool', since: '23.0.0' },
  version: { kind: 'bool', short: 'v' },
};
