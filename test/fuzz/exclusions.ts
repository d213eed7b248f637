// Settings the fuzzer never generates (as a daemon.json key or as a flag): these daemons run on the
// real host as root, so nothing may change the host, escape the case's temp dir, or depend on the
// host's network. Names are daemon.json keys and flag long names (both spellings are listed).

export const EXCLUDED: Readonly<Record<string, string>> = {
  iptables: 'writes the host firewall (the harness pins --iptables=false)',
  ip6tables: 'writes the host firewall',
  'ip-forward': 'sets net.ipv4.ip_forward on the host',
  'ip-forward-no-drop': 'changes the host FORWARD policy handling',
  'ip-masq': 'adds host NAT rules',
  icc: 'inter-container traffic is host firewall rules',
  bridge: 'creates/uses a host bridge (the harness pins --bridge=none)',
  bip: 'configures the host docker0 bridge',
  bip6: 'configures the host docker0 bridge',
  'fixed-cidr': 'default-bridge subnet: host network',
  'fixed-cidr-v6': 'default-bridge subnet: host network',
  'default-gateway': 'default-bridge gateway: host network',
  'default-gateway-v6': 'default-bridge gateway: host network',
  'allow-direct-routing': 'firewall rules on the host',
  'bridge-accept-fwmark': 'firewall marks on the host',
  'firewall-backend': 'nftables/iptables outcome depends on the host kernel and tools',
  ipv6: 'outcome depends on the host IPv6 setup',
  'userns-remap': 'creates users/subordinate id ranges on the host',
  'userland-proxy': 'left at its default (it only matters with host port publishing)',
  containerd: "a socket path: would attach to the host's containerd",
  'data-root': 'the harness sets it to the temp dir',
  graph: 'old name of data-root: the harness sets it',
  'exec-root': 'the harness sets it to the temp dir',
  pidfile: 'the harness sets it to the temp dir',
  'config-file': 'the harness passes the case file',
  'cgroup-parent': "creates cgroups outside the daemon's own",
  'cpu-rt-period': 'written to the host cgroup tree at start',
  'cpu-rt-runtime': 'written to the host cgroup tree at start',
  'cri-containerd': 'the CRI plugin sets up host CNI state',
  rootless: 'switches to rootless paths under $HOME/XDG dirs',
  'authorization-plugin': 'plugin discovery reads host plugin dirs and waits up to a timeout',
  'authorization-plugins': 'plugin discovery reads host plugin dirs and waits up to a timeout',
  help: 'prints usage, not a configuration',
  version: 'prints the version, not a configuration',
};

/**
 * Settings generated only from their fixed table of safe values (never free text, never null or
 * empty, which would mean a default address): listeners only on @TMP@ sockets or 127.0.0.1:@PORT@,
 * storage only vfs, the diagnostic port only invalid or 0, the legacy cluster store only where
 * dockerd refuses it outright (>= 23.0; on 20.10 it would dial the store).
 */
export const RESTRICTED: ReadonlySet<string> = new Set([
  'hosts',
  'host',
  'storage-driver',
  'metrics-addr',
  'swarm-default-advertise-addr',
  'network-diagnostic-port',
  'cluster-store',
  'cluster-advertise',
  'cluster-store-opts',
  'cluster-store-opt',
]);

/**
 * The harness leaves a base flag out when the file names its key anywhere as a quoted string, so
 * such a string must never appear in a generated file (except hosts/storage-driver as generated).
 */
export const FORBIDDEN_QUOTED = /"(data-root|graph|exec-root|pidfile|iptables|bridge)"/;
