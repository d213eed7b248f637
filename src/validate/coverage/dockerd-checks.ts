// The checks dockerd makes, per daemon.json key (and the flags that set it), that can make it refuse
// to start between reading its flags and serving the API: moby/moby 20.10 → 29.x. Sources name the
// 28.x path (cmd/dockerd, daemon/…); 29.x moved cmd/dockerd to daemon/command and opts/ to
// daemon/pkg/opts. The generic checks (unknown directive, JSON decode into the Go type, flag-vs-file
// conflict, deprecated/removed, the flag's own parser) come from the catalogue (rows.ts), not from here.
//
// Each check has `rule` (our module under src/validate/ that decides it), or `atStart` (why only the
// start can tell, and what we say instead), or neither: a gap, listed in docs/coverage.md.
import type { AtStart, DockerdCheck, KeyChecks } from './types.js';

const CONFIG = 'daemon/config/config.go';
const CONFIG_LINUX = 'daemon/config/config_linux.go';
const DAEMON_UNIX = 'daemon/daemon_unix.go';
const DAEMON = 'daemon/daemon.go';
const CLI = 'cmd/dockerd/daemon.go';

const STORED = 'stored; no start-time check';
const stored = (note = STORED): KeyChecks => ({ checks: [], note });

const host = (why: string, instead: AtStart['instead'] = 'daemon-start-failed'): AtStart => ({ why, instead });

const NETWORK: AtStart = host('the kernel, iptables/nftables and the host interfaces decide', 'network-controller-failed');

export const DOCKERD_CHECKS: Readonly<Record<string, KeyChecks>> = {
  'allow-direct-routing': stored('passed to the bridge driver; no start-time check'),
  'allow-nondistributable-artifacts': {
    checks: [
      {
        what: 'the flag: registry.ValidateIndexName (no leading/trailing "-") at parse time',
        source: 'cmd/dockerd/config.go (NamedListOpts validator)',
        versions: '20.10–28.x (flag gone in 29.0)',
        rule: '../engine/flag-values',
      },
      {
        what: "daemon.json entries: ValidateIndexName (no leading/trailing '-'), no '://', then a CIDR or host[:port] (validateHostPort: a valid host, numeric port 0–65535)",
        source: 'registry/config.go:loadAllowNondistributableArtifacts (via registry.NewService in NewDaemon)',
        versions: '20.10–27.x (28.0 stopped reading it)',
        rule: 'values/registry/nondistributable',
      },
    ],
  },
  'api-cors-header': stored('refused when set from 28.0 (generic); before that stored'),
  'authorization-plugins': {
    checks: [
      {
        what: 'each plugin is found: a managed plugin under data-root/plugins (enabled, with the authz capability), else a socket in /run/docker/plugins or a spec in /etc/docker/plugins, /usr/lib/docker/plugins (refused after ~15 s of retries)',
        source: `${CLI}:validateAuthzPlugins, plugin/store.go:Get, pkg/plugins/discovery.go`,
        error: 'failed to validate authorization plugin: plugin "x" not found',
        rule: 'values/host/authz-plugins',
      },
      {
        what: 'a plugin that is found answers Plugin.Activate and implements authz',
        source: 'pkg/plugins/plugins.go:activate',
        atStart: host('the plugin process and its handshake answer'),
      },
    ],
  },
  bip: {
    checks: [
      {
        what: 'a CIDR (net.ParseCIDR / netip.ParsePrefix)',
        source: `${DAEMON_UNIX}:getDefaultBridgeIPv4IPAMConfig`,
        rule: 'values/network/bridge',
      },
      {
        what: 'not together with "bridge" (-b)',
        source: `${DAEMON_UNIX}:verifyDaemonSettings`,
        rule: 'values/network/bridge',
      },
      { what: 'the bridge can be created and given the address', source: `${DAEMON_UNIX}:initBridgeDriver`, atStart: NETWORK },
    ],
  },
  bip6: {
    checks: [
      { what: 'an IPv6 CIDR, not link-local', source: `${DAEMON_UNIX}:getDefaultBridgeIPv6IPAMConfig`, rule: 'values/network/bridge' },
      { what: 'not together with "bridge" (-b)', source: `${DAEMON_UNIX}:verifyDaemonSettings`, rule: 'values/network/bridge' },
    ],
  },
  bridge: {
    checks: [
      { what: 'exclusive with bip / bip6', source: `${DAEMON_UNIX}:verifyDaemonSettings`, rule: 'values/network/bridge' },
      { what: 'the named bridge exists on the host (unless "none")', source: `${DAEMON_UNIX}:initBridgeDriver`, atStart: NETWORK },
    ],
  },
  'bridge-accept-fwmark': {
    checks: [
      {
        what: 'mark[/mask], each a uint32 (strconv.ParseUint(s, 0, 32))',
        source: `${CONFIG_LINUX}:validateFwMarkMask`,
        versions: '29.0+',
        rule: 'values/network/firewall',
      },
    ],
  },
  builder: {
    checks: [
      {
        what: 'GC policy filters, durations and sizes; reserved/max/min space; entitlements',
        source: 'builder/builder-next/controller.go:getGCPolicy, daemon/config/builder.go:UnmarshalJSON',
        rule: 'values/daemon/builder',
      },
      {
        what: 'GC "until" dates as GetTimestamp parses them (Go time.Parse layouts by the value\'s shape)',
        source: 'api/types/time/timestamp.go:GetTimestamp (29: daemon/internal/timestamp.Parse)',
        versions: '24.0+',
        rule: 'values/daemon/builder',
      },
      {
        what: 'history.maxAge decodes as buildkit\'s Duration (a duration or whole seconds)',
        source: 'vendor/github.com/moby/buildkit/cmd/buildkitd/config/gcpolicy.go:Duration.UnmarshalText',
        versions: '25.0+',
        error: 'invalid duration x',
        rule: 'values/daemon/builder',
      },
      {
        what: 'history.maxEntries not negative (BuildKit slices records[maxEntries:] as it starts, and panics)',
        source: 'vendor/github.com/moby/buildkit/solver/llbsolver/history.go:HistoryQueue.gc',
        versions: '24.0+',
        error: 'panic: runtime error: slice bounds out of range [-1:]',
        rule: 'values/daemon/builder',
      },
      { what: 'BuildKit starts (its state under data-root)', source: `${CLI}:initBuildkit`, atStart: host('BuildKit opens its databases under data-root') },
    ],
  },
  'cdi-spec-dirs': stored('unreadable directories are skipped with a log line (loadDaemonCliConfig)'),
  'cgroup-parent': {
    checks: [
      {
        what: 'with the systemd cgroup driver: a slice name "xxx.slice"',
        source: `${DAEMON_UNIX}:verifyDaemonSettings`,
        rule: 'values/daemon/daemon-settings',
      },
    ],
  },
  'cluster-advertise': {
    checks: [
      {
        what: 'needs cluster-store; parsed as host:port or interface (20.10)',
        source: `${DAEMON}:NewDaemon (discovery), daemon/discovery.go`,
        versions: '20.10',
        rule: 'values/daemon/removed-options',
      },
    ],
  },
  'cluster-store': {
    checks: [
      {
        what: 'the kv store answers (20.10); incompatible with swarm',
        source: 'daemon/discovery.go, daemon/config/config_unix.go:IsSwarmCompatible',
        versions: '20.10',
        atStart: host('a remote key/value store must answer'),
      },
    ],
  },
  'cluster-store-opts': stored('options of the 20.10 kv store; refused from 23.0 (generic)'),
  'config-file': {
    checks: [
      {
        what: 'the file named with --config-file must exist (a missing default file is fine)',
        source: `${CLI}:loadDaemonCliConfig`,
        rule: 'file-checks',
      },
    ],
  },
  containerd: {
    checks: [
      { what: 'the containerd socket answers', source: `${CLI}:initContainerd, ${DAEMON}:NewDaemon`, atStart: host('containerd must answer on the socket', 'containerd-unreachable') },
    ],
  },
  'containerd-namespace': {
    checks: [
      {
        what: 'differs from the plugins namespace',
        source: `${DAEMON_UNIX}:verifyDaemonSettings`,
        rule: 'values/daemon/daemon-settings',
        error: 'containers namespace and plugins namespace cannot be the same',
      },
    ],
  },
  'containerd-plugin-namespace': stored('a Config field with no flag: dockerd rejects the key'),
  'containerd-plugins-namespace': {
    checks: [
      { what: 'differs from the containers namespace', source: `${DAEMON_UNIX}:verifyDaemonSettings`, rule: 'values/daemon/daemon-settings' },
    ],
  },
  'cpu-rt-period': {
    checks: [
      {
        what: 'non-zero needs the kernel and cgroup v1 realtime support ("CPU real-time scheduler is not supported…")',
        source: 'cmd/dockerd/daemon_unix.go:validateCPURealtimeOptions',
        rule: 'values/daemon/daemon-settings',
      },
    ],
  },
  'cpu-rt-runtime': {
    checks: [
      { what: 'as cpu-rt-period', source: 'cmd/dockerd/daemon_unix.go:validateCPURealtimeOptions', rule: 'values/daemon/daemon-settings' },
    ],
  },
  'cri-containerd': {
    checks: [
      {
        what: 'not with the "embedded-containerd" feature',
        source: `${CONFIG}:Validate (errEmbeddedContainerdWithCRI)`,
        versions: '29.0+',
        rule: 'values/daemon/daemon-settings',
      },
    ],
  },
  'data-root': {
    checks: [
      {
        what: 'the directory can be resolved and created (CreateDaemonRoot), owned per userns-remap',
        source: `${DAEMON_UNIX}:CreateDaemonRoot, setupDaemonRoot`,
        atStart: host('the host file system (permissions, a file in the way, a read-only mount)'),
      },
      { what: 'only one dockerd uses it (volume and image databases lock)', source: `${DAEMON}:NewDaemon`, atStart: host('another running dockerd', 'pidfile-in-use') },
    ],
  },
  debug: stored('turns on debug logging; no check'),
  'default-address-pools': {
    checks: [
      {
        what: 'base is a canonical CIDR, size ≥ its prefix and ≤ 32/128',
        source: 'libnetwork/ipamutils, opts/address_pools.go:UnmarshalJSON',
        rule: 'values/network/address-pools',
      },
      {
        what: 'a size longer than the address: 25.0–26.x refuse the split network (its index counts every earlier pool\'s networks); 20.10–24.x and 27.0+ take it',
        source: 'libnetwork/ipamutils/utils.go:SplitNetworks, libnetwork/ipam/allocator.go:newAddrSpace',
        versions: '25.0–26.x',
        rule: 'values/network/address-pools',
      },
      { what: 'a free subnet for the default bridge', source: `${DAEMON_UNIX}:initBridgeDriver`, atStart: NETWORK },
    ],
  },
  'default-cgroupns-mode': {
    checks: [
      { what: '"host" or "private"', source: `${CONFIG_LINUX}:verifyDefaultCgroupNsMode`, rule: 'values/daemon/modes' },
    ],
  },
  'default-gateway': {
    checks: [
      { what: 'an IPv4 address', source: 'opts/ip.go:IPOpt.Set / json net.IP', rule: 'values/network/bridge' },
      {
        what: 'inside the default bridge network when bip sets it (an auxiliary address of the IPAM pool; 20.10–23.0 write "Error creating default")',
        source: 'libnetwork/network.go:ipamAllocateVersion (aux address DefaultGatewayIPv4), via daemon/daemon_unix.go:initBridgeDriver',
        error:
          'Error initializing network controller: error creating default "bridge" network: auxiliary address: (DefaultGatewayIPv4:10.0.0.1) must belong to the master pool: 192.168.5.0/24',
        rule: 'values/network/bridge',
      },
      {
        what: 'inside the default bridge network without bip: the pool is docker0\'s current network when it holds fixed-cidr, else fixed-cidr (outside fixed-cidr: a warning)',
        source: `${DAEMON_UNIX}:initBridgeDriver / selectBIP`,
        atStart: NETWORK,
      },
    ],
  },
  'default-gateway-v6': {
    checks: [
      { what: 'an IPv6 address', source: 'opts/ip.go:IPOpt.Set / json net.IP', rule: 'values/network/bridge' },
      {
        what: 'with ipv6, inside the default bridge IPv6 network where it is known offline: fixed-cidr-v6 before 28.0, bip6 from 28.0',
        source: 'libnetwork/network.go:ipamAllocateVersion (aux address DefaultGatewayIPv6), via daemon/daemon_unix.go:initBridgeDriver',
        error:
          'Error initializing network controller: error creating default "bridge" network: auxiliary address: (DefaultGatewayIPv6:fd00:2::1) must belong to the master pool: fd00:1::/64',
        rule: 'values/network/bridge',
      },
      {
        what: '28.0+ without bip6: the pool is docker0\'s current IPv6 network when it holds fixed-cidr-v6, else fixed-cidr-v6 (outside it: a warning)',
        source: `${DAEMON_UNIX}:getDefaultBridgeIPAMConf / selectBIP`,
        versions: '28.0+',
        atStart: NETWORK,
      },
    ],
  },
  'default-init': stored('a Config field with no flag: dockerd rejects the key'),
  'default-ipc-mode': {
    checks: [
      { what: '"shareable" or "private"', source: `${CONFIG_LINUX}:verifyDefaultIpcMode`, rule: 'values/daemon/modes' },
    ],
  },
  'default-network-opts': {
    checks: [
      {
        what: 'the flag: driver=name,key=value (MapMapOpts.Set)',
        source: 'opts/opts.go:MapMapOpts.Set',
        versions: '24.0+',
        rule: '../engine/flag-values',
      },
    ],
    note: 'bridge options apply to networks created later, not to the default bridge',
  },
  'default-runtime': {
    checks: [
      {
        what: 'a built-in runtime, a key of runtimes, or (25+) a shim name',
        source: `${DAEMON}:setupRuntimes / ${CONFIG} Validate (20.10)`,
        rule: 'values/daemon/runtimes',
      },
    ],
  },
  'default-shm-size': {
    checks: [
      { what: 'a size ("64M"), not negative (opts.MemBytes)', source: 'opts/opts.go:MemBytes.Set / UnmarshalJSON', rule: 'values/daemon/shm-size' },
    ],
  },
  'default-stop-timeout': {
    checks: [
      {
        what: 'not negative',
        source: `${CONFIG}:Validate`,
        versions: '29.7+',
        rule: 'values/daemon/limits',
        error: 'invalid default stop timeout: -1',
      },
    ],
  },
  'default-ulimits': {
    checks: [
      {
        what: 'the flag: name=soft[:hard], a known ulimit name',
        source: 'opts/ulimit.go:UlimitOpt.Set (go-units ParseUlimit)',
        rule: '../engine/flag-values',
      },
    ],
    note: 'daemon.json values are applied to containers when they start',
  },
  'deprecated-key-path': {
    checks: [
      {
        what: 'an existing file must be a libtrust key (20.10: loaded or created; 23.x: read once to migrate the engine ID)',
        source: 'daemon/trustkey.go:loadOrCreateTrustKey (20.10), daemon/id.go:migrateTrustKeyID (23.x)',
        versions: '20.10–23.x',
        atStart: host("the key file's contents on the host"),
      },
    ],
  },
  dns: {
    checks: [
      { what: 'each entry an IP address', source: `${CONFIG}:Validate (20.10–24) / json net.IP (25+) / netip (29)`, rule: 'values/daemon/dns' },
    ],
  },
  'dns-opts': stored('passed to containers; no start-time check'),
  'dns-search': {
    checks: [
      { what: 'each entry a domain ("." allowed), ≤ 255 characters', source: 'opts/opts.go:ValidateDNSSearch (file: Validate; flag: at parse time)', rule: 'values/daemon/dns' },
    ],
  },
  'exec-opts': {
    checks: [
      { what: '"opt=value", known options only (23+)', source: `${CONFIG}:parseExecOptions, ${CONFIG_LINUX}:validatePlatformExecOpt`, rule: 'values/daemon/exec-opts' },
      { what: 'native.cgroupdriver is cgroupfs or systemd', source: `${DAEMON_UNIX}:verifyCgroupDriver`, rule: 'values/daemon/exec-opts' },
      {
        what: 'rootless with the systemd cgroup driver needs cgroup v2',
        source: `${DAEMON_UNIX}:verifyDaemonSettings`,
        atStart: host('which cgroup version the host runs', 'cgroup-unavailable'),
      },
    ],
  },
  'exec-root': {
    checks: [
      { what: 'the directory can be created', source: `${CLI}:start (os.MkdirAll)`, atStart: host('the host file system') },
    ],
  },
  experimental: stored('enables experimental features; 20.10 needs it for ip6tables (see ip6tables)'),
  features: {
    checks: [
      {
        what: 'the flag: name[=bool] (SetOpts.Set)',
        source: 'internal/opts/opts.go:SetOpts.Set',
        versions: '27.3+',
        rule: '../engine/flag-values',
      },
      { what: '"embedded-containerd" not with cri-containerd', source: `${CONFIG}:Validate`, versions: '29.0+', rule: 'values/daemon/daemon-settings' },
    ],
  },
  'firewall-backend': {
    checks: [
      { what: '"iptables" or "nftables"', source: `${CONFIG_LINUX}:validateFirewallBackend`, versions: '29.0+', rule: 'values/network/firewall' },
      { what: 'nftables is incompatible with swarm mode', source: `${CONFIG_LINUX}:IsSwarmCompatible`, atStart: host('only when the node is in a swarm (swarm state under data-root)', 'none') },
    ],
  },
  'fixed-cidr': {
    checks: [
      { what: 'a CIDR', source: `${DAEMON_UNIX}:getDefaultBridgeIPv4IPAMConfig`, rule: 'values/network/bridge' },
      { what: 'inside the subnet of a user-managed bridge (28+ error)', source: `${DAEMON_UNIX}:getDefaultBridgeIPv4IPAMConfig`, atStart: NETWORK },
    ],
  },
  'fixed-cidr-v6': {
    checks: [
      { what: 'an IPv6 CIDR, not multicast, not link-local (ValidateFixedCIDRV6)', source: `${CONFIG_LINUX}:validatePlatformConfig`, rule: 'values/network/bridge' },
    ],
  },
  graph: stored('the old name of data-root; refused from 23.0 (generic)'),
  group: {
    checks: [
      { what: 'the unix socket group exists (or is a number)', source: 'cmd/dockerd/listeners/listeners_linux.go:Init', rule: 'values/hosts/group-rule' },
    ],
  },
  help: {
    checks: [{ what: 'prints the usage and exits', source: 'cobra', rule: 'arg-checks' }],
  },
  'host-gateway-ip': {
    checks: [
      { what: 'an IP address', source: 'opts/ip.go:IPOpt.Set / json net.IP', rule: 'values/network/bridge' },
      { what: 'not together with host-gateway-ips in the file (28+)', source: `${CONFIG}:migrateHostGatewayIP, findConfigurationConflicts`, versions: '28.0+', rule: 'values/network/host-gateway' },
    ],
  },
  'host-gateway-ips': {
    checks: [
      {
        what: 'each an IP address; at most one IPv4 and one IPv6',
        source: 'daemon/internal/opts/named_iplist_opts.go, opts/hosts.go:ValidateHostGatewayIPs',
        versions: '28.0+',
        rule: 'values/network/host-gateway',
      },
    ],
  },
  hosts: {
    checks: [
      { what: 'each host parses (unix://, tcp://, fd://; port 1–65535)', source: `opts/hosts.go:ValidateHost (flag: at parse time), ${CONFIG}:Validate, ParseHost`, rule: 'values/hosts/hosts-rule' },
      { what: 'fd:// needs systemd socket activation', source: 'cmd/dockerd/listeners/listeners_linux.go:listenFD', rule: 'values/hosts/hosts-rule' },
      { what: 'the address can be bound', source: `${CLI}:loadListeners`, atStart: host('another process may hold the port or socket', 'address-in-use') },
    ],
  },
  icc: {
    checks: [
      { what: 'icc=false needs iptables (and ip6tables with ipv6, 28+)', source: `${DAEMON_UNIX}:verifyDaemonSettings`, rule: 'values/network/bridge' },
    ],
  },
  init: stored('containers get an init; the binary is looked up when a container starts'),
  'init-path': stored('looked up when a container starts'),
  'insecure-registries': {
    checks: [
      { what: 'CIDR or host[:port]; no scheme but http(s)://; no leading/trailing "-"', source: 'registry/config.go:newServiceConfig, ValidateIndexName', rule: 'values/registry/registry-rules' },
      { what: 'the flag: ValidateIndexName (hyphens) at parse time', source: 'cmd/dockerd/config.go (NamedListOpts validator)', rule: 'values/registry/registry-rules' },
    ],
  },
  ip: {
    checks: [{ what: 'an IP address', source: 'opts/ip.go:IPOpt.Set / json net.IP', rule: 'values/network/bridge' }],
  },
  'ip-forward': {
    checks: [{ what: 'writes /proc/sys/net/ipv4/ip_forward', source: 'libnetwork/drivers/bridge/setup_ip_forwarding.go', atStart: NETWORK }],
  },
  'ip-forward-no-drop': stored('bridge driver policy; no start-time check'),
  'ip-masq': stored('turned off silently when iptables=false'),
  ip6tables: {
    checks: [
      { what: 'before 27.0 needs experimental', source: `${DAEMON_UNIX}:verifyDaemonSettings`, versions: '20.10–26.x', rule: 'values/network/bridge' },
      { what: 'ip6tables works on the host', source: 'libnetwork/drivers/bridge', atStart: NETWORK },
    ],
  },
  iptables: {
    checks: [
      { what: 'iptables=false with icc=false is refused', source: `${DAEMON_UNIX}:verifyDaemonSettings`, rule: 'values/network/bridge' },
      { what: 'iptables works on the host', source: 'libnetwork/iptables', atStart: NETWORK },
    ],
  },
  ipv6: {
    checks: [
      { what: 'needs an IPv6 subnet for the default bridge (fixed-cidr-v6)', source: 'libnetwork/drivers/bridge', versions: '20.10–27.x', rule: 'values/network/bridge' },
    ],
  },
  labels: {
    checks: [
      { what: 'each "key=value", no reserved namespace', source: 'opts/opts.go:ValidateLabel (file: Validate; flag: at parse time)', rule: 'values/daemon/labels' },
      { what: 'no key twice with different values', source: `${CONFIG}:GetConflictFreeLabels`, rule: 'values/daemon/labels' },
    ],
  },
  'live-restore': {
    checks: [
      { what: 'incompatible with swarm mode', source: `${CONFIG_LINUX}:IsSwarmCompatible`, atStart: host('only when the node is in a swarm (swarm state under data-root)', 'none') },
    ],
  },
  'log-driver': {
    checks: [
      { what: 'with log-opts: a known driver whose ValidateLogOpt accepts them', source: `${DAEMON}:defaultLogConfig → logger.ValidateLogOpts`, rule: 'values/logging/log-opts-rule' },
      { what: 'a plugin driver answers', source: 'daemon/logger/plugin.go', atStart: host("a logging plugin's answer", 'none') },
    ],
  },
  'log-format': {
    checks: [{ what: '"text" or "json"', source: `${CONFIG}:validateDaemonLogConfig`, versions: '25.0+', rule: 'values/logging/daemon-log' }],
  },
  'log-level': {
    checks: [{ what: 'a logrus level', source: `${CONFIG}:validateDaemonLogConfig (23+), ${CLI}:setLogLevel (20.10)`, rule: 'values/logging/daemon-log' }],
  },
  'log-opts': {
    checks: [
      { what: "the driver's ValidateLogOpt: known options, each value parses", source: 'daemon/logger/*/…:ValidateLogOpt', rule: 'values/logging/log-opts-rule' },
    ],
  },
  'max-concurrent-downloads': {
    checks: [{ what: 'not negative', source: `${CONFIG}:Validate`, rule: 'values/daemon/limits' }],
  },
  'max-concurrent-uploads': {
    checks: [{ what: 'not negative', source: `${CONFIG}:Validate`, rule: 'values/daemon/limits' }],
  },
  'max-download-attempts': {
    checks: [{ what: '≥ 1 (20.10), not negative (23+)', source: `${CONFIG}:Validate`, rule: 'values/daemon/limits' }],
  },
  'metrics-addr': {
    checks: [
      { what: 'host:port with a numeric port; the host resolves', source: 'cmd/dockerd/daemon_unix.go:allocateDaemonPort', rule: 'values/daemon/metrics-addr' },
      { what: 'the port can be bound', source: 'cmd/dockerd/metrics.go:startMetricsServer', atStart: host('another process may hold the port', 'address-in-use') },
    ],
  },
  'min-api-version': {
    checks: [
      {
        what: 'between config.MinAPIVersion (1.24) and the version\'s MaxAPIVersion (1.52 in 29.0; 1.53, … 1.56 later), compared with versions.LessThan ("v1.40" and words count as too old; an empty string keeps the default)',
        source: 'daemon/server/middleware/version.go:NewVersionMiddleware (via daemon/command/daemon.go:initMiddlewares)',
        versions: '29.0+',
        error: 'failed to start API server: invalid minimum API version (1.12): must be between 1.24 and 1.52',
        rule: 'values/daemon/min-api-version',
      },
    ],
  },
  mtu: {
    checks: [
      { what: 'not negative (23+)', source: `${CONFIG}:Validate`, rule: 'values/daemon/limits' },
      { what: 'the bridge accepts it (kernel MTU limits)', source: 'libnetwork/drivers/bridge', atStart: NETWORK },
    ],
  },
  'network-control-plane-mtu': stored('below 500 is raised to 500 with a warning (libnetwork); no refusal'),
  'network-diagnostic-port': {
    checks: [
      { what: '0…65535', source: `${CONFIG}:Validate`, versions: '28.0+', rule: 'values/daemon/limits' },
    ],
  },
  'no-new-privileges': stored('applied to containers; no start-time check'),
  'node-generic-resources': {
    checks: [{ what: 'each "name=value" (ParseGenericResources; flag: ValidateSingleGenericResource at parse time)', source: `${CONFIG}:Validate, ${DAEMON}:setGenericResources`, rule: 'values/daemon/generic-resources' }],
  },
  'nri-opts': {
    checks: [
      {
        what: 'the flag: one CSV record (encoding/csv errors too, e.g. a bare "), of enable[=bool], plugin-path, plugin-config-path, socket-path',
        source: 'daemon/pkg/opts/nri_opts.go:NamedNRIOpts.Set',
        versions: '29.2+',
        error: `Status: invalid argument "enable=maybe" for "--nri-opts" flag: invalid value for NRI enable "maybe": strconv.ParseBool: parsing "maybe": invalid syntax`,
        rule: '../engine/flag-values',
      },
      {
        what: "the flag: any other key (\"unexpected key 'x' in 'x=1'\")",
        source: 'daemon/pkg/opts/nri_opts.go:NamedNRIOpts.Set',
        versions: '29.2+',
        error: `Status: invalid argument "x=1" for "--nri-opts" flag: unexpected key 'x' in 'x=1'`,
        rule: '../engine/flag-values',
      },
      { what: 'NRI starts (its socket, plugin directories)', source: `${DAEMON}:NewDaemon (nri.NewNRI)`, versions: '29.2+', atStart: host('the NRI socket and plugin directories on the host') },
    ],
  },
  'oom-score-adjust': {
    checks: [
      { what: '-1000…1000 (written to /proc/self/oom_score_adj)', source: 'cmd/dockerd/daemon_unix.go:setOOMScoreAdj', versions: '20.10–24.x', rule: 'values/daemon/removed-options' },
    ],
  },
  pidfile: {
    checks: [
      { what: 'no other dockerd holds the pid file', source: `${CLI}:start (pidfile.Write)`, atStart: host('another running process', 'pidfile-in-use') },
    ],
  },
  proxies: stored('exported as the proxy environment; no check'),
  'raw-logs': stored('log formatting; no check'),
  'registry-mirrors': {
    checks: [
      { what: 'http(s):// URL, no userinfo/query/fragment, path per version', source: 'registry/config.go:ValidateMirror', rule: 'values/registry/registry-rules' },
      { what: 'the flag: the same ValidateMirror, at parse time', source: 'cmd/dockerd/config.go (NamedListOpts validator)', rule: 'values/registry/registry-rules' },
    ],
  },
  'resolv-conf': stored('a Config field with no flag: dockerd rejects the key'),
  restart: stored('deprecated: pflag prints "Flag --restart has been deprecated, Please use a restart policy on docker run"; no refusal'),
  rootless: {
    checks: [
      {
        what: 'RootlessKit needs rootless; an unprivileged dockerd needs RootlessKit',
        source: `${CLI}:start`,
        atStart: host('how dockerd is launched (RootlessKit, euid)'),
      },
    ],
  },
  runtimes: {
    checks: [
      { what: 'not "runc"; path xor runtimeType; options only with runtimeType', source: `${DAEMON}:setupRuntimes, runtime_unix.go`, rule: 'values/daemon/runtimes' },
      { what: 'the flag: name=path', source: 'opts/runtime.go:RuntimeOpt.Set', rule: '../engine/flag-values' },
      {
        what: 'with runtimeArgs, a wrapper script named after the runtime can be written (20.10: not "", "." or ".."; no missing subdirectory)',
        source: 'daemon/runtime_unix.go:initRuntimes (20.10), wrapRuntime (23.0+)',
        rule: 'values/daemon/runtimes',
      },
    ],
  },
  'seccomp-profile': {
    checks: [
      { what: '"builtin", "unconfined", or a readable file', source: `${DAEMON_UNIX}:setupSeccompProfile`, rule: 'values/daemon/host-paths' },
    ],
  },
  'selinux-enabled': {
    checks: [
      { what: 'overlay2 with SELinux needs kernel support (a warning; rootless + SELinux refused)', source: `${DAEMON_UNIX}:configureKernelSecuritySupport`, atStart: host('the kernel and SELinux state', 'none') },
    ],
  },
  'shutdown-timeout': stored('used at shutdown; no start-time check'),
  'storage-driver': {
    checks: [
      { what: 'a known driver, supported on this backing file system; removed drivers refused', source: 'daemon/graphdriver/driver.go:New', rule: 'values/storage/storage-rule' },
      { what: 'with the containerd-snapshotter feature: a snapshotter name, no graph driver options', source: `${DAEMON}:NewDaemon`, versions: '24.0+', rule: 'values/storage/storage-rule' },
      { what: 'the kernel supports it (modules, d_type)', source: 'daemon/graphdriver/*/…:Init', atStart: host('kernel modules and mount options', 'storage-driver-failed') },
    ],
  },
  'storage-opts': {
    checks: [{ what: "the driver's options only, each value parses", source: 'daemon/graphdriver/*/…:parseOptions', rule: 'values/storage/storage-rule' }],
  },
  'swarm-default-advertise-addr': {
    checks: [
      { what: 'an address or interface, used when swarm starts', source: 'daemon/cluster/cluster.go:New', atStart: host('only when the node is in a swarm; interfaces on the host', 'none') },
    ],
  },
  'swarm-raft-election-tick': stored('a Config field with no flag: dockerd rejects the key'),
  'swarm-raft-heartbeat-tick': stored('a Config field with no flag: dockerd rejects the key'),
  tls: {
    checks: [
      { what: 'with TLS on: tlscert and tlskey given, the pair loads', source: `${CLI}:newAPIServerTLSConfig`, rule: 'values/tls/tls-rule' },
    ],
  },
  tlscacert: {
    checks: [{ what: 'with tlsverify: a readable CA bundle', source: 'github.com/docker/go-connections/tlsconfig:Server', rule: 'values/tls/tls-rule' }],
  },
  tlscert: {
    checks: [{ what: 'a readable PEM certificate matching tlskey', source: 'tls.LoadX509KeyPair', rule: 'values/tls/tls-rule' }],
  },
  tlskey: {
    checks: [{ what: 'a readable PEM key matching tlscert', source: 'tls.LoadX509KeyPair', rule: 'values/tls/tls-rule' }],
  },
  tlsverify: {
    checks: [
      { what: 'any value turns TLS on; verification needs tlscacert', source: `${CLI}:loadDaemonCliConfig`, rule: 'values/tls/tls-rule' },
    ],
  },
  'userland-proxy': {
    checks: [{ what: 'on: userland-proxy-path must be set', source: `${CONFIG_LINUX}:verifyUserlandProxyConfig`, rule: 'values/daemon/host-paths' }],
  },
  'userland-proxy-path': {
    checks: [
      { what: 'an absolute path to an existing executable', source: `${CONFIG_LINUX}:verifyUserlandProxyConfig`, rule: 'values/daemon/host-paths' },
      { what: 'not a directory, executable (exec.LookPath)', source: `${CONFIG_LINUX}:verifyUserlandProxyConfig`, versions: '25.0+', rule: 'values/host/executables' },
    ],
  },
  'userns-remap': {
    checks: [
      {
        what: 'user[:group], at most one ":"',
        source: `${DAEMON_UNIX}:parseRemappedRoot (26.0+: first called from cmd/dockerd/daemon_linux.go:setPlatformOptions in loadDaemonCliConfig)`,
        versions: '20.10–25.x in NewDaemon ("failed to start daemon: " prefix); 26.0+ while loading the configuration (bare line, --validate catches it)',
        error: 'Invalid user/group specification in --userns-remap: "a:b:c"',
        rule: 'values/host/userns-remap',
      },
      {
        what: 'not with features.containerd-snapshotter: true',
        source: 'daemon/command/daemon_linux.go:setPlatformOptions',
        versions: '29.0+',
        error:
          'containerd-snapshotter is explicitly enabled, but is not compatible with userns remapping. Please disable userns remapping or containerd-snapshotter',
        rule: 'values/host/userns-remap',
      },
      {
        what: 'the user and group exist in /etc/passwd, /etc/group (then getent); /etc/subuid and /etc/subgid have ranges (idtools ≤27, moby/sys/user 28+); the remapped root can traverse data-root\'s parents',
        source: `${DAEMON_UNIX}:parseRemappedRoot, setupRemappedRoot (LoadIdentityMapping), setupDaemonRoot`,
        rule: 'values/host/userns-remap',
      },
      {
        what: '"default" creates dockremap with adduser/useradd; users from NSS sources other than files/systemd',
        source: `${DAEMON_UNIX}:setupRemappedRoot, pkg/idtools:AddNamespaceRangesUser`,
        atStart: host('what adduser/useradd and getent do on the host'),
      },
    ],
  },
  validate: {
    checks: [{ what: '--validate: checks the configuration and exits ("configuration OK")', source: `${CLI}:runDaemon`, versions: '23.0+', rule: 'arg-checks' }],
  },
  version: {
    checks: [{ what: 'prints the version and exits', source: 'cmd/dockerd/docker.go', rule: 'arg-checks' }],
  },
};

/** All checks of a key, for callers that want one list. */
export const checksOf = (key: string): readonly DockerdCheck[] => DOCKERD_CHECKS[key]?.checks ?? [];
