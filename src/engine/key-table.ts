// The fields of dockerd's Config struct on Linux (their JSON names), 20.10.0 → 29.7.2, with the Go
// type each decodes into. Whether a key passes dockerd's unknown-directive check is a separate
// question answered by the flag table (catalogue.ts); a field without a flag is always rejected.
import {
  bool,
  int,
  int64,
  ip,
  list,
  mapOf,
  oneOf,
  str,
  strList,
  struct,
  type GoField,
  type GoType,
} from './go-type.js';
import { said, type Said } from '../i18n/said.js';

export interface KeyRow extends GoField {
  description: string;
  /** Applied on SIGHUP (`systemctl reload docker`); everything else needs a restart. */
  reloadable?: boolean;
  /** Deprecated from this version on; the message says what to use instead (a catalogue sentence: messages and hints quote it). */
  deprecated?: { since: string; message: Said };
  /**
   * From this version dockerd refuses to start when the setting (file or flag) has a non-zero
   * value. `go` is its error; `validation` errors carry the config-validation prefix.
   */
  refused?: { since: string; go: string; phase: 'validation' | 'startup' };
}

const CLUSTER_DEPRECATED = { since: '20.10.0', message: said('files.deprecation.clusterStore') };

const CLUSTER_REFUSED = {
  since: '23.0.0',
  phase: 'startup',
  go: "Host-discovery and overlay networks with external k/v stores are deprecated. The 'cluster-advertise', 'cluster-store', and 'cluster-store-opt' options have been removed",
} as const;

const gcRule = struct('config.BuilderGCRule', {
  All: bool,
  Filter: {
    type: {
      t: 'either',
      go: 'config.BuilderGCFilter',
      of: [strList, mapOf(mapOf(bool))],
    },
    description: 'filters such as "until=24h" (the old object form is also accepted)',
  },
  KeepStorage: { type: str, description: 'alias of ReservedSpace from 28.0' },
  ReservedSpace: { type: str, since: '28.0.0' },
  MaxUsedSpace: { type: str, since: '28.0.0' },
  MinFreeSpace: { type: str, since: '28.0.0' },
});

const builder = struct('config.BuilderConfig', {
  GC: {
    customDecodeSince: '28.0.0',
    type: struct('config.BuilderGCConfig', {
      Enabled: bool,
      Policy: list(gcRule),
      DefaultKeepStorage: { type: str, description: 'alias of DefaultReservedSpace from 28.0' },
      DefaultReservedSpace: { type: str, since: '28.0.0' },
      DefaultMaxUsedSpace: { type: str, since: '28.0.0' },
      DefaultMinFreeSpace: { type: str, since: '28.0.0' },
    }),
  },
  Entitlements: struct('config.BuilderEntitlements', {
    'network-host': bool,
    'security-insecure': bool,
    device: { type: bool, since: '29.0.0' },
  }),
  History: {
    since: '24.0.0',
    type: struct('config.BuilderHistoryConfig', {
      // int64 seconds on 24.x; a duration string ("48h") from 25.0.
      MaxAge: { type: { t: 'string', go: 'config.Duration' }, before: { until: '25.0.0', type: int64 } },
      MaxEntries: int64,
    }),
  },
});

const runtime = struct('system.Runtime', {
  path: str,
  runtimeArgs: strList,
  runtimeType: { type: str, since: '24.0.0' },
  options: { type: mapOf({ t: 'any' }), since: '24.0.0' },
});

const ulimit = struct('container.Ulimit', { Name: str, Hard: int64, Soft: int64 });

const addressPool = struct('ipamutils.NetworkToSplit', {
  base: { type: str, description: 'a CIDR such as "10.10.0.0/16"' },
  size: { type: int, description: 'prefix length of each network, e.g. 24' },
});

const proxies: GoType = {
  ...(struct('config.Proxies', {
    'http-proxy': str,
    'https-proxy': str,
    'no-proxy': str,
  }) as Extract<GoType, { t: 'struct' }>),
  // dockerd flattens "proxies" and checks its children as flag names, exactly.
  caseSensitive: true,
};

const nriOpts = struct(
  'opts.NRIOpts',
  { enable: bool, 'plugin-path': str, 'plugin-config-path': str, 'socket-path': str },
  { closed: true },
);

export const KEY_TABLE: Readonly<Record<string, KeyRow>> = {
  'allow-direct-routing': {
    type: bool,
    since: '28.2.0',
    description: 'Allow remote access to published ports on container IP addresses.',
  },
  'allow-nondistributable-artifacts': {
    type: strList,
    until: '28.1.0',
    reloadable: true,
    description: 'Registries to which nondistributable artifacts may be pushed.',
    deprecated: { since: '28.0.0', message: said('files.deprecation.alwaysEnabled') },
  },
  'api-cors-header': {
    type: str,
    until: '29.0.0',
    description: 'CORS headers in the Engine API.',
    deprecated: { since: '27.0.0', message: said('files.deprecation.corsHeader') },
    refused: {
      since: '28.0.0',
      phase: 'validation',
      go: 'DEPRECATED: The "api-cors-header" config parameter and the dockerd "--api-cors-header" option have been removed; use a reverse proxy if you need CORS headers',
    },
  },
  'authorization-plugins': { type: strList, reloadable: true, description: 'Authorization plugins to load.' },
  bip: { type: str, description: 'IPv4 address and prefix of the default bridge, e.g. "192.168.1.5/24".' },
  bip6: { type: str, since: '28.0.0', description: 'IPv6 address and prefix of the default bridge.' },
  bridge: { type: str, description: 'Attach containers to this network bridge ("none" disables).' },
  'bridge-accept-fwmark': {
    type: str,
    since: '29.0.0',
    description: 'Accept packets with this firewall mark[/mask] on the default bridge.',
  },
  builder: { type: builder, description: 'BuildKit settings (garbage collection, entitlements, history).' },
  'cdi-spec-dirs': { type: strList, since: '25.0.0', description: 'CDI specification directories.' },
  'cgroup-parent': { type: str, description: 'Parent cgroup for all containers.' },
  'cluster-advertise': {
    type: str,
    until: '24.0.0',
    description: 'Address to advertise for the legacy cluster store.',
    deprecated: CLUSTER_DEPRECATED,
    refused: CLUSTER_REFUSED,
  },
  'cluster-store': {
    type: str,
    until: '24.0.0',
    description: 'URL of the legacy distributed storage backend.',
    deprecated: CLUSTER_DEPRECATED,
    refused: CLUSTER_REFUSED,
  },
  'cluster-store-opts': {
    type: mapOf(str),
    until: '24.0.0',
    description: 'Options of the legacy cluster store.',
    deprecated: CLUSTER_DEPRECATED,
    refused: CLUSTER_REFUSED,
  },
  containerd: { type: str, description: "containerd socket address (Debian's unit passes --containerd)." },
  'containerd-namespace': { type: str, description: 'containerd namespace for containers.' },
  'containerd-plugin-namespace': {
    type: str,
    description: 'containerd namespace for plugins (has no flag, so dockerd rejects this key).',
  },
  'cpu-rt-period': { type: int64, description: 'CPU real-time period (µs) of the parent cgroup.' },
  'cpu-rt-runtime': { type: int64, description: 'CPU real-time runtime (µs) of the parent cgroup.' },
  'cri-containerd': { type: bool, description: 'Start containerd with the CRI plugin.' },
  'data-root': { type: str, description: 'Root directory of persistent Docker state.' },
  debug: { type: bool, reloadable: true, description: 'Enable debug mode.' },
  'default-address-pools': {
    type: list(addressPool, '[]*ipamutils.NetworkToSplit'),
    customDecodeSince: '20.10.0',
    description: 'Address pools for local networks: [{"base": "10.10.0.0/16", "size": 24}].',
  },
  'default-cgroupns-mode': {
    type: oneOf('host', 'private'),
    reloadable: true,
    description: 'Default cgroup namespace mode of containers.',
  },
  'default-gateway': { type: ip, description: 'Default IPv4 gateway of containers.' },
  'default-gateway-v6': { type: ip, description: 'Default IPv6 gateway of containers.' },
  'default-init': {
    type: str,
    description: 'Path of the default init binary (has no flag, so dockerd rejects this key).',
  },
  'default-ipc-mode': {
    type: oneOf('shareable', 'private'),
    reloadable: true,
    description: 'Default IPC mode of containers.',
  },
  'default-network-opts': {
    type: mapOf(mapOf(str)),
    since: '24.0.0',
    description: 'Default driver options of new networks, by driver.',
  },
  'default-runtime': { type: str, reloadable: true, description: 'Default OCI runtime of containers.' },
  'default-shm-size': {
    type: { t: 'mem-bytes' },
    reloadable: true,
    description: 'Default /dev/shm size of containers, a string such as "64M".',
  },
  'default-stop-timeout': {
    type: int,
    since: '29.7.0',
    reloadable: true,
    description: 'Default container stop timeout, seconds.',
  },
  'default-ulimits': {
    type: mapOf(ulimit, 'map[string]*container.Ulimit'),
    description: 'Default ulimits: {"nofile": {"Name": "nofile", "Soft": 1024, "Hard": 2048}}.',
  },
  'deprecated-key-path': {
    type: str,
    until: '24.0.0',
    description: 'Path of the legacy trust key.',
    deprecated: { since: '20.10.0', message: said('files.deprecation.trustKey') },
  },
  dns: {
    // Decoded as net.IP from 25.0 (29: netip.Addr), so a bad address fails while reading the file.
    type: list({ t: 'string', go: 'net.IP' }),
    before: { until: '25.0.0', type: strList },
    description: 'DNS servers of containers (IP addresses).',
  },
  'dns-opts': { type: strList, description: 'DNS options of containers.' },
  'dns-search': { type: strList, description: 'DNS search domains of containers.' },
  'exec-opts': { type: strList, description: 'Runtime execution options, e.g. "native.cgroupdriver=systemd".' },
  'exec-root': { type: str, description: 'Root directory of execution state files.' },
  experimental: { type: bool, description: 'Enable experimental features.' },
  features: { type: mapOf(bool), reloadable: true, description: 'Feature switches, e.g. {"buildkit": true}.' },
  'firewall-backend': { type: oneOf('iptables', 'nftables'), since: '29.0.0', description: 'Firewall backend.' },
  'fixed-cidr': { type: str, description: 'IPv4 subnet for fixed container IPs.' },
  'fixed-cidr-v6': { type: str, description: 'IPv6 subnet for fixed container IPs.' },
  graph: {
    type: str,
    until: '24.0.0',
    description: 'Old name of data-root.',
    deprecated: { since: '17.05.0', message: said('files.deprecation.graph') },
    refused: {
      since: '23.0.0',
      phase: 'validation',
      go: 'the "graph" config file option is deprecated; use "data-root" instead',
    },
  },
  group: { type: str, description: 'Group owning the unix socket.' },
  'host-gateway-ip': {
    type: ip,
    description: 'IP address the special "host-gateway" string resolves to.',
    deprecated: { since: '28.0.0', message: said('files.deprecation.hostGatewayIp') },
  },
  'host-gateway-ips': {
    type: strList,
    since: '28.0.0',
    description: 'IP addresses (one IPv4, one IPv6) the special "host-gateway" string resolves to.',
  },
  hosts: {
    type: strList,
    description: 'Sockets to listen on (unix://, tcp://, fd://); conflicts with -H in the service unit.',
  },
  icc: { type: bool, description: 'Enable inter-container communication.' },
  init: { type: bool, description: 'Run an init inside containers.' },
  'init-path': { type: str, description: 'Path of the docker-init binary.' },
  'insecure-registries': {
    type: strList,
    reloadable: true,
    description: 'Registries (host[:port] or CIDR) reached without TLS verification.',
  },
  ip: { type: ip, description: 'Default IP when binding container ports.' },
  'ip-forward': { type: bool, description: 'Enable net.ipv4.ip_forward.' },
  'ip-forward-no-drop': { type: bool, since: '28.0.0', description: 'Do not set the filter-FORWARD policy to DROP.' },
  'ip-masq': { type: bool, description: 'Enable IP masquerading.' },
  ip6tables: { type: bool, description: 'Enable ip6tables rules.' },
  iptables: { type: bool, description: 'Enable iptables rules.' },
  ipv6: { type: bool, description: 'Enable IPv6 on the default bridge.' },
  labels: { type: strList, reloadable: true, description: 'Daemon labels, "key=value".' },
  'live-restore': { type: bool, reloadable: true, description: 'Keep containers running while dockerd is down.' },
  'log-driver': { type: str, description: 'Default logging driver of containers.' },
  'log-format': { type: oneOf('text', 'json'), since: '25.0.0', description: "Format of dockerd's own log." },
  'log-level': { type: str, description: "dockerd's log level (debug, info, warn, error, fatal)." },
  'log-opts': { type: mapOf(str), description: 'Default logging driver options; every value is a string.' },
  'max-concurrent-downloads': { type: int, reloadable: true, description: 'Max concurrent downloads per pull.' },
  'max-concurrent-uploads': { type: int, reloadable: true, description: 'Max concurrent uploads per push.' },
  'max-download-attempts': { type: int, reloadable: true, description: 'Max download attempts per pull.' },
  'metrics-addr': { type: str, description: 'Address of the metrics API.' },
  'min-api-version': { type: str, since: '29.0.0', description: 'Minimum API version served (e.g. "1.24").' },
  mtu: { type: int, description: 'MTU of the default bridge network.' },
  'network-control-plane-mtu': { type: int, description: 'Network control plane MTU.' },
  'network-diagnostic-port': { type: int, reloadable: true, description: 'TCP port of the network diagnostic server.' },
  'no-new-privileges': { type: bool, description: 'Set no-new-privileges for new containers.' },
  'node-generic-resources': { type: strList, description: 'Advertised generic resources, "name=value".' },
  'nri-opts': { type: nriOpts, since: '29.2.0', reloadable: true, description: 'Node Resource Interface settings.' },
  'oom-score-adjust': {
    type: int,
    until: '26.0.0',
    description: 'oom_score_adj of the daemon.',
    deprecated: { since: '24.0.0', message: said('files.deprecation.oomScoreAdjust') },
    refused: {
      since: '25.0.0',
      phase: 'validation',
      go: 'DEPRECATED: The "oom-score-adjust" config parameter and the dockerd "--oom-score-adjust" options have been removed.',
    },
  },
  pidfile: { type: str, description: 'Path of the daemon PID file.' },
  proxies: {
    type: proxies,
    since: '23.0.0',
    description: 'Proxy for pulls: {"http-proxy": …, "https-proxy": …, "no-proxy": …}.',
  },
  'raw-logs': { type: bool, description: 'Full timestamps without ANSI coloring.' },
  'registry-mirrors': { type: strList, reloadable: true, description: 'Registry mirrors (http:// or https:// URLs).' },
  'resolv-conf': { type: str, description: 'Path of resolv.conf (has no flag, so dockerd rejects this key).' },
  rootless: { type: bool, description: 'Enable rootless mode.' },
  runtimes: {
    type: mapOf(runtime, 'map[string]system.Runtime'),
    reloadable: true,
    description: 'Additional OCI runtimes: {"name": {"path": "/usr/bin/x"}}.',
  },
  'seccomp-profile': { type: str, description: 'Path of the default seccomp profile.' },
  'selinux-enabled': { type: bool, description: 'Enable SELinux support.' },
  'shutdown-timeout': { type: int, reloadable: true, description: 'Seconds to wait for containers at shutdown.' },
  'storage-driver': { type: str, description: 'Storage driver.' },
  'storage-opts': { type: strList, description: 'Storage driver options.' },
  'swarm-default-advertise-addr': { type: str, description: 'Default swarm advertise address or interface.' },
  'swarm-raft-election-tick': {
    type: { t: 'int', go: 'uint32' },
    description: 'Swarm raft election tick (has no flag, so dockerd rejects this key).',
  },
  'swarm-raft-heartbeat-tick': {
    type: { t: 'int', go: 'uint32' },
    description: 'Swarm raft heartbeat tick (has no flag, so dockerd rejects this key).',
  },
  tls: { type: bool, description: 'Use TLS (client certificates are required unless "tlsverify": false).' },
  tlscacert: { type: str, description: 'CA certificate used to verify clients.' },
  tlscert: { type: str, description: 'Server TLS certificate.' },
  tlskey: { type: str, description: 'Server TLS key.' },
  tlsverify: { type: bool, description: 'Require and verify client certificates (any value turns TLS on).' },
  'userland-proxy': { type: bool, description: 'Use the userland proxy for loopback traffic.' },
  'userland-proxy-path': { type: str, description: 'Path of the userland proxy binary.' },
  'userns-remap': { type: str, description: 'User/group for user-namespace remapping.' },
};
