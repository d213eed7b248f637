import { describe, expect, it } from 'vitest';
import { dnsSearchError } from '../../../src/validate/values/daemon/dns.js';
import { genericResourcesError } from '../../../src/validate/values/daemon/generic-resources.js';
import { labelError } from '../../../src/validate/values/daemon/labels.js';
import { errorsOf, fullLine, problemsOf } from './helpers.js';

const F = '/etc/docker/daemon.json';
const P = `unable to configure the Docker daemon with file ${F}: `;
const M = `${P}merged configuration validation from file and command line flags failed: `;
const C20 = `${P}configuration validation from file failed: `;

/** [what, engine, daemon.json values, dockerd's lines for the errors (none: accepted)] */
type Row = [string, string, Record<string, unknown>, string[]];

const refusals: Row[] = [
  // metrics-addr: host:port, a numeric port (startMetricsServer); 23.0 names the step
  [
    'metrics-addr without a port',
    '20.10.24',
    { 'metrics-addr': 'nope' },
    ['failed to start metrics server: address nope: missing port in address'],
  ],
  [
    'metrics-addr without a port',
    '26.1.5',
    { 'metrics-addr': 'nope' },
    ['failed to start metrics server: error parsing tcp address: address nope: missing port in address'],
  ],
  [
    'metrics-addr with a named port',
    '28.5.2',
    { 'metrics-addr': '127.0.0.1:metrics' },
    ['failed to start metrics server: error parsing tcp address: strconv.Atoi: parsing "metrics": invalid syntax'],
  ],
  [
    'metrics-addr with an empty port',
    '29.0.0',
    { 'metrics-addr': '127.0.0.1:' },
    ['failed to start metrics server: error parsing tcp address: strconv.Atoi: parsing "": invalid syntax'],
  ],
  ['metrics-addr on a name (resolved only at start)', '28.5.2', { 'metrics-addr': 'localhost:9323' }, []],
  ['metrics-addr empty', '28.5.2', { 'metrics-addr': '' }, []],
  // allow-nondistributable-artifacts: the registry service in NewDaemon, until 28.0
  [
    'nondistributable with a scheme',
    '26.1.5',
    { 'allow-nondistributable-artifacts': ['http://r.example'] },
    ["failed to start daemon: allow-nondistributable-artifacts registry http://r.example should not contain '://'"],
  ],
  [
    'nondistributable port out of range',
    '20.10.24',
    { 'allow-nondistributable-artifacts': ['r.example:70000'] },
    [
      'failed to start daemon: allow-nondistributable-artifacts registry r.example:70000 is not valid: invalid port "70000"',
    ],
  ],
  [
    'nondistributable with a hyphen',
    '26.1.5',
    { 'allow-nondistributable-artifacts': ['-r'] },
    ['failed to start daemon: invalid index name (-r). Cannot begin or end with a hyphen'],
  ],
  [
    'nondistributable CIDR and host:port',
    '26.1.5',
    { 'allow-nondistributable-artifacts': ['10.0.0.0/8', 'r:5000'] },
    [],
  ],
  [
    'nondistributable no longer read (28.0)',
    '28.5.2',
    { 'allow-nondistributable-artifacts': ['http://r.example'] },
    [],
  ],
  // min-api-version (29.0+): the API server's version middleware
  [
    'min-api-version too old',
    '29.0.0',
    { 'min-api-version': '1.12' },
    ['failed to start API server: invalid minimum API version (1.12): must be between 1.24 and 1.52'],
  ],
  [
    'min-api-version with a "v" counts as 0',
    '29.0.0',
    { 'min-api-version': 'v1.40' },
    ['failed to start API server: invalid minimum API version (v1.40): must be between 1.24 and 1.52'],
  ],
  [
    'min-api-version newer than 29.0 serves',
    '29.0.0',
    { 'min-api-version': '1.53' },
    ['failed to start API server: invalid minimum API version (1.53): must be between 1.24 and 1.52'],
  ],
  ['min-api-version in range', '29.0.0', { 'min-api-version': '1.44' }, []],
  ['min-api-version 1.24.0 equals 1.24', '29.0.0', { 'min-api-version': '1.24.0' }, []],
  ['min-api-version empty keeps the default', '29.0.0', { 'min-api-version': '' }, []],
  // oom-score-adjust: written to /proc/self/oom_score_adj before 25.0 (the kernel takes -1000…1000)
  [
    'oom-score-adjust 1001',
    '20.10.24',
    { 'oom-score-adjust': 1001 },
    ['failed to start daemon: write /proc/self/oom_score_adj: invalid argument'],
  ],
  [
    'oom-score-adjust -1001',
    '24.0.9',
    { 'oom-score-adjust': -1001 },
    ['failed to start daemon: write /proc/self/oom_score_adj: invalid argument'],
  ],
  ['oom-score-adjust -1000', '20.10.24', { 'oom-score-adjust': -1000 }, []],
  // labels
  [
    'reserved label, any case',
    '20.10.24',
    { labels: ['IO.Docker.x=1'] },
    [
      `${C20}label IO.Docker.x=1 is not allowed: the namespaces com.docker.*, io.docker.*, and org.dockerproject.* are reserved for internal use`,
    ],
  ],
  ['same label twice, same value', '26.1.5', { labels: ['a=1', 'a=1'] }, []],
  ['label with empty value', '26.1.5', { labels: ['a='] }, []],
  [
    'label conflict reports the later value first',
    '23.0.6',
    { labels: ['env=a', 'x=1', 'env=b'] },
    ['conflict labels for env=b and env=a'],
  ],
  // dns / dns-search
  ['dns IPv6', '28.5.2', { dns: ['2001:4860:4860::8888'] }, []],
  ['dns host name, 24.x', '24.0.9', { dns: ['dns.google'] }, [`${M}dns.google is not an ip address`]],
  [
    'dns host name, 29.x',
    '29.7.2',
    { dns: ['dns.google'] },
    [`${P}invalid JSON: ParseAddr("dns.google"): unable to parse IP`],
  ],
  ['dns zone, 29.x', '29.7.2', { dns: ['fe80::1%eth0'] }, []],
  ['dns with spaces, 20.10 trims', '20.10.24', { dns: [' 8.8.8.8 '] }, []],
  ['dns-search "."', '26.1.5', { 'dns-search': ['.'] }, []],
  ['dns-search numeric', '26.1.5', { 'dns-search': ['123'] }, [`${M}123 is not a valid domain`]],
  // daemon logging
  ['log-level warning on 24', '24.0.9', { 'log-level': 'warning' }, []],
  ['log-level warning on 25', '25.0.5', { 'log-level': 'warning' }, [`${M}invalid logging level: warning`]],
  ['log-level verbose on 23', '23.0.6', { 'log-level': 'verbose' }, [`${M}invalid logging level: verbose`]],
  ['log-format JSON (case matters)', '26.1.5', { 'log-format': 'JSON' }, [`${M}invalid log format: JSON`]],
  // limits
  ['mtu -1 on 20.10 is accepted', '20.10.24', { mtu: -1 }, []],
  ['max-concurrent-uploads -1', '28.5.2', { 'max-concurrent-uploads': -1 }, [`${M}invalid max concurrent uploads: -1`]],
  ['max-download-attempts 0 on 23', '23.0.6', { 'max-download-attempts': 0 }, []],
  [
    'max-download-attempts -1 on 23',
    '23.0.6',
    { 'max-download-attempts': -1 },
    [`${M}invalid max download attempts: -1`],
  ],
  [
    'default-stop-timeout -1 on 29.7',
    '29.7.2',
    { 'default-stop-timeout': -1 },
    [`${M}invalid default stop timeout: -1`],
  ],
  ['shutdown-timeout -1', '28.5.2', { 'shutdown-timeout': -1 }, []],
  // modes
  ['ipc mode shareable', '26.1.5', { 'default-ipc-mode': 'shareable' }, []],
  [
    'ipc mode junk',
    '26.1.5',
    { 'default-ipc-mode': 'bogus' },
    [`${M}default IPC mode setting (bogus) is invalid; use "shareable" or "private"`],
  ],
  [
    'ipc mode container:x',
    '20.10.24',
    { 'default-ipc-mode': 'container:x' },
    [`${C20}IPC mode "container:x" is not supported as default value; use "shareable" or "private"`],
  ],
  ['cgroupns private', '28.5.2', { 'default-cgroupns-mode': 'private' }, []],
  // exec-opts
  [
    'cgroup driver none',
    '26.1.5',
    { 'exec-opts': ['native.cgroupdriver=none'] },
    ['failed to start daemon: native.cgroupdriver option none is internally used and cannot be specified manually'],
  ],
  [
    'cgroup driver, key case-insensitive, value trimmed',
    '26.1.5',
    { 'exec-opts': ['Native.CgroupDriver = systemd'] },
    [],
  ],
  [
    'isolation on 28',
    '28.5.2',
    { 'exec-opts': ['isolation=hyperv'] },
    [`${M}invalid exec-opt (isolation=hyperv): option 'isolation' is only supported on windows`],
  ],
  [
    'first driver wins before 28',
    '26.1.5',
    { 'exec-opts': ['native.cgroupdriver=systemd', 'native.cgroupdriver=bogus'] },
    [],
  ],
  [
    'last driver wins on 28',
    '28.5.2',
    { 'exec-opts': ['native.cgroupdriver=systemd', 'native.cgroupdriver=bogus'] },
    ['failed to start daemon: native.cgroupdriver option bogus not supported'],
  ],
  // runtimes
  [
    'runc reserved on 25 (start)',
    '25.0.5',
    { runtimes: { runc: { path: '/usr/bin/runc' } } },
    ["failed to start daemon: runtime name 'runc' is reserved"],
  ],
  [
    'default runtime defined under runtimes',
    '20.10.24',
    { 'default-runtime': 'crun', runtimes: { crun: { path: '/usr/bin/crun' } } },
    [],
  ],
  ['v1 shim default on 20.10', '20.10.24', { 'default-runtime': 'io.containerd.runtime.v1.linux' }, []],
  ['v1 shim default on 23 is a shim name', '23.0.6', { 'default-runtime': 'io.containerd.runtime.v1.linux' }, []],
  [
    'shim name default on 20.10',
    '20.10.24',
    { 'default-runtime': 'io.containerd.kata.v2' },
    [`${C20}specified default runtime 'io.containerd.kata.v2' does not exist`],
  ],
  [
    'default runtime absolute path',
    '26.1.5',
    { 'default-runtime': '/usr/bin/crun' },
    ["failed to start daemon: specified default runtime '/usr/bin/crun' does not exist"],
  ],
  [
    'runtime without path or type on 24',
    '24.0.9',
    { runtimes: { x: {} } },
    ['failed to start daemon: runtime x: either a runtimeType or a path must be configured'],
  ],
  [
    'runtime with path and type',
    '26.1.5',
    { runtimes: { x: { path: '/p', runtimeType: 'io.containerd.runc.v2' } } },
    ['failed to start daemon: runtime x: cannot configure both path and runtimeType for the same runtime'],
  ],
  [
    'runtime with options and path',
    '26.1.5',
    { runtimes: { x: { Path: '/p', Options: { a: 1 } } } },
    ['failed to start daemon: runtime x: options cannot be used with a path runtime'],
  ],
  [
    'runtime type with args',
    '26.1.5',
    { runtimes: { x: { runtimeType: 'io.containerd.runc.v2', runtimeArgs: ['--debug'] } } },
    ['failed to start daemon: runtime x: args cannot be used with a runtimeType runtime'],
  ],
  // generic resources
  ['generic resources fine', '26.1.5', { 'node-generic-resources': ['gpu=2', 'ssd=SSD-1', 'ssd=SSD-2'] }, []],
  [
    'generic resources negative',
    '26.1.5',
    { 'node-generic-resources': ['gpu=-1'] },
    [`${M}could not parse GenericResource: cannot ask for negative resource gpu`],
  ],
  [
    'generic resources mixed',
    '26.1.5',
    { 'node-generic-resources': ['gpu=1', 'gpu=GPU-1'] },
    [`${M}could not parse GenericResource: mixed discrete and named resources in expression 'gpu=[1 GPU-1]'`],
  ],
  [
    'generic resources a=b=c',
    '20.10.24',
    { 'node-generic-resources': ['a=b=c'] },
    [`${C20}could not parse GenericResource: incorrect term a=b=c, missing '=' or malformed expression`],
  ],
  // shm
  ['shm 64m', '29.7.2', { 'default-shm-size': '64m' }, []],
  ['shm with bad suffix, 29.7', '29.7.2', { 'default-shm-size': '64x' }, [`${P}invalid JSON: invalid suffix: 'x'`]],
  // address pools
  [
    'pool size longer than IPv4 (20.10: split with a nil mask)',
    '20.10.24',
    { 'default-address-pools': [{ base: '10.123.0.0/16', size: 33 }] },
    [],
  ],
  [
    'pool size longer than IPv4 (26: the split network is refused)',
    '26.1.5',
    {
      'default-address-pools': [
        { base: '10.124.0.0/16', size: 18 },
        { base: '10.125.0.0/16', size: 33 },
      ],
    },
    [
      'failed to start daemon: Error initializing network controller: error obtaining controller instance: could not construct local address space: network at index 4 (<nil>) is not in canonical form',
    ],
  ],
  [
    'pool size 129 on a /48 (26: 1<<81 overflows to no networks)',
    '26.1.5',
    { 'default-address-pools': [{ base: 'fd00:1::/48', size: 129 }] },
    [],
  ],
  ['pool size longer than IPv4 (28)', '28.5.2', { 'default-address-pools': [{ base: '10.123.0.0/16', size: 33 }] }, []],
  [
    'pools fine',
    '26.1.5',
    {
      'default-address-pools': [
        { base: '10.10.0.0/16', size: 24 },
        { Base: 'fd00::/48', Size: 64 },
      ],
    },
    [],
  ],
  [
    'pool base junk on 26',
    '26.1.5',
    { 'default-address-pools': [{ base: '10.10.0.0', size: 24 }] },
    [
      'failed to start daemon: Error initializing network controller: error obtaining controller instance: invalid base pool "10.10.0.0": invalid CIDR address: 10.10.0.0',
    ],
  ],
  [
    'pool size too small on 20.10',
    '20.10.24',
    { 'default-address-pools': [{ base: '10.10.0.0/16', size: 8 }] },
    [
      'failed to start daemon: Error initializing network controller: error obtaining controller instance: invalid pools size: 8',
    ],
  ],
  [
    'pool size too small on 28',
    '28.5.2',
    { 'default-address-pools': [{ base: '10.10.0.0/16', size: 8 }] },
    [
      'failed to start daemon: Error initializing network controller: error obtaining controller instance: network at index 0 (&{10.10.0.0/16 8}) has a smaller prefix (/16) than the target size of that pool (/8)',
    ],
  ],
  // bridge
  ['bip fine', '26.1.5', { bip: '192.168.200.1/24' }, []],
  [
    'bip without prefix',
    '26.1.5',
    { bip: '192.168.200.1' },
    ['failed to start daemon: Error initializing network controller: invalid CIDR address: 192.168.200.1'],
  ],
  [
    'bip without prefix on 28',
    '28.5.2',
    { bip: '192.168.200.1' },
    [
      'failed to start daemon: Error initializing network controller: parse bip failed: invalid CIDR address: 192.168.200.1',
    ],
  ],
  [
    'bip with bridge',
    '26.1.5',
    { bip: '192.168.200.1/24', bridge: 'br0' },
    ['failed to start daemon: You specified -b & --bip, mutually exclusive options. Please specify only one'],
  ],
  [
    'bip6 with bridge on 28',
    '28.5.2',
    { bip6: 'fd00::1/64', bridge: 'br0' },
    ['failed to start daemon: You specified -b & --bip6, mutually exclusive options. Please specify only one'],
  ],
  [
    'fixed-cidr junk',
    '20.10.24',
    { 'fixed-cidr': '10.0.0.0/40' },
    ['failed to start daemon: Error initializing network controller: invalid CIDR address: 10.0.0.0/40'],
  ],
  ['default-gateway junk', '20.10.24', { 'default-gateway': '10.0.0.300' }, [`${P}invalid IP address: 10.0.0.300`]],
  [
    'ipv6 without fixed-cidr-v6 on 26',
    '26.1.5',
    { ipv6: true },
    [
      'failed to start daemon: Error initializing network controller: IPv6 is enabled for the default bridge, but no subnet is configured. Specify an IPv6 subnet using --fixed-cidr-v6',
    ],
  ],
  ['ipv6 without fixed-cidr-v6 on 28', '28.5.2', { ipv6: true }, []],
  ['ip6tables on 27 needs no experimental', '27.5.1', { ip6tables: true }, []],
  [
    'icc false, ipv6 without ip6tables on 28',
    '28.5.2',
    { icc: false, ipv6: true, ip6tables: false },
    [
      'failed to start daemon: You specified --ip6tables=false with --icc=false. ICC=false uses ip6tables to function. Please set --icc or --ip6tables to true',
    ],
  ],
  ['fixed-cidr-v6 fine', '28.5.2', { 'fixed-cidr-v6': 'fd00:db8:1::/64' }, []],
  [
    'bad fixed-cidr-v6 without the default bridge (20.10: never parsed)',
    '20.10.24',
    { bridge: 'none', 'fixed-cidr-v6': 'nope' },
    [],
  ],
  [
    'bad fixed-cidr-v6 without the default bridge (25.0+: config validation)',
    '26.1.5',
    { bridge: 'none', 'fixed-cidr-v6': 'nope' },
    [`${M}invalid fixed-cidr-v6: invalid CIDR address: nope`],
  ],
  ['fixed-cidr-v6 exactly fe80::/64', '28.5.2', { 'fixed-cidr-v6': 'fe80::/64' }, []],
  [
    'fixed-cidr-v6 multicast on 28',
    '28.5.2',
    { 'fixed-cidr-v6': 'ff00::/8' },
    [`${M}invalid fixed-cidr-v6: invalid fixed-cidr-v6: multicast subnet 'ff00::/8' is not allowed`],
  ],
  ['host-gateway-ips one of each', '28.5.2', { 'host-gateway-ips': ['10.0.0.1', 'fd00::1'] }, []],
  // the default gateway is an aux address of the bridge's pool: decided where bip / bip6 / fixed-cidr-v6 set it
  ['default-gateway inside bip', '28.5.2', { bip: '192.168.5.1/24', 'default-gateway': '192.168.5.254' }, []],
  [
    'default-gateway outside bip',
    '28.5.2',
    { bip: '192.168.5.1/24', 'default-gateway': '10.0.0.1' },
    [
      'failed to start daemon: Error initializing network controller: error creating default "bridge" network: auxiliary address: (DefaultGatewayIPv4:10.0.0.1) must belong to the master pool: 192.168.5.0/24',
    ],
  ],
  [
    'default-gateway outside bip (20.10 capitalises)',
    '20.10.24',
    { bip: '192.168.5.1/24', 'default-gateway': '10.0.0.1' },
    [
      'failed to start daemon: Error initializing network controller: Error creating default "bridge" network: auxiliary address: (DefaultGatewayIPv4:10.0.0.1) must belong to the master pool: 192.168.5.0/24',
    ],
  ],
  ['default-gateway without bip: docker0 decides at start', '28.5.2', { 'default-gateway': '10.0.0.1' }, []],

  [
    'default-gateway-v6 outside fixed-cidr-v6, bridge none: no default bridge',
    '26.1.5',
    { bridge: 'none', ipv6: true, 'fixed-cidr-v6': 'fd00:1::/64', 'default-gateway-v6': 'fd00:2::1' },
    [],
  ],
  [
    'default-gateway-v6 outside fixed-cidr-v6 (before 28.0)',
    '26.1.5',
    { ipv6: true, 'fixed-cidr-v6': 'fd00:1::/64', 'default-gateway-v6': 'fd00:2::1' },
    [
      'failed to start daemon: Error initializing network controller: error creating default "bridge" network: auxiliary address: (DefaultGatewayIPv6:fd00:2::1) must belong to the master pool: fd00:1::/64',
    ],
  ],
  [
    'default-gateway-v6 outside fixed-cidr-v6 without ipv6',
    '26.1.5',
    { 'fixed-cidr-v6': 'fd00:1::/64', 'default-gateway-v6': 'fd00:2::1' },
    [],
  ],
  [
    'default-gateway-v6 outside fixed-cidr-v6 on 28: docker0 may hold a wider subnet',
    '28.5.2',
    { ipv6: true, 'fixed-cidr-v6': 'fd00:1::/64', 'default-gateway-v6': 'fd00:2::1' },
    [],
  ],
  [
    'default-gateway-v6 outside bip6 (28.0+)',
    '28.5.2',
    { ipv6: true, bip6: 'fd00:1::1/64', 'default-gateway-v6': 'fd00:2::1' },
    [
      'failed to start daemon: Error initializing network controller: error creating default "bridge" network: auxiliary address: (DefaultGatewayIPv6:fd00:2::1) must belong to the master pool: fd00:1::/64',
    ],
  ],
  // encoding/json leaves "" as netip's zero address: accepted, and counted as the IPv6 one
  ['host-gateway-ips empty string', '28.5.2', { 'host-gateway-ips': [''] }, []],
  ['host-gateway-ips empty string and an IPv4', '28.5.2', { 'host-gateway-ips': ['', '10.0.0.1'] }, []],
  [
    'host-gateway-ips empty string and an IPv6',
    '28.5.2',
    { 'host-gateway-ips': ['', 'fd00::1'] },
    [`${M}only one IPv6 host gateway IP address can be specified`],
  ],
  [
    'host-gateway-ip with host-gateway-ips',
    '28.5.2',
    { 'host-gateway-ip': '10.0.0.1', 'host-gateway-ips': ['10.0.0.2'] },
    [`${P}host-gateway-ip and host-gateway-ips must not both be specified in the config file`],
  ],
  // 29.x firewall
  ['firewall-backend nftables', '29.7.2', { 'firewall-backend': 'nftables' }, []],
  [
    'firewall-backend junk',
    '29.7.2',
    { 'firewall-backend': 'pf' },
    [`${M}invalid firewall-backend: allowed values are "iptables" and "nftables"`],
  ],
  ['fwmark fine', '29.7.2', { 'bridge-accept-fwmark': '0x100/0xff00' }, []],
  [
    'fwmark junk',
    '29.7.2',
    { 'bridge-accept-fwmark': '0x100/zz' },
    [
      `${M}invalid bridge-accept-fwmark: invalid firewall mask "0x100/zz": strconv.ParseUint: parsing "zz": invalid syntax`,
    ],
  ],
  // files and cross-checks
  ['seccomp builtin on 23', '23.0.6', { 'seccomp-profile': 'builtin' }, []],
  [
    'seccomp file missing',
    '26.1.5',
    { 'seccomp-profile': '/etc/docker/seccomp.json' },
    [
      'failed to start daemon: opening seccomp profile (/etc/docker/seccomp.json) failed: open /etc/docker/seccomp.json: no such file or directory',
    ],
  ],
  [
    'userland proxy missing on 25',
    '25.0.5',
    { 'userland-proxy-path': '/nope/docker-proxy' },
    [`${M}invalid userland-proxy-path: exec: "/nope/docker-proxy": stat /nope/docker-proxy: no such file or directory`],
  ],
  ['userland proxy off', '25.0.5', { 'userland-proxy': false, 'userland-proxy-path': 'relative' }, []],
  [
    'cgroup-parent slice with systemd',
    '26.1.5',
    { 'cgroup-parent': 'docker.slice', 'exec-opts': ['native.cgroupdriver=systemd'] },
    [],
  ],
  [
    'cgroup-parent not a slice with systemd',
    '26.1.5',
    { 'cgroup-parent': 'docker', 'exec-opts': ['native.cgroupdriver=systemd'] },
    ['failed to start daemon: cgroup-parent for systemd cgroup should be a valid slice named as "xxx.slice"'],
  ],
  [
    'cgroup-parent with cgroupfs',
    '26.1.5',
    { 'cgroup-parent': 'docker', 'exec-opts': ['native.cgroupdriver=cgroupfs'] },
    [],
  ],
  [
    'containerd namespaces equal',
    '26.1.5',
    { 'containerd-namespace': 'plugins.moby' },
    ['failed to start daemon: containers namespace and plugins namespace cannot be the same'],
  ],
  [
    'embedded containerd with cri on 29.7',
    '29.7.2',
    { features: { 'embedded-containerd': true }, 'cri-containerd': true },
    [
      `${M}conflicting options: cannot use the "embedded-containerd" feature and CRI support (--cri-containerd) at the same time`,
    ],
  ],
  // removed options
  [
    'graph on 23',
    '23.0.6',
    { graph: '/srv/docker' },
    [`${M}the "graph" config file option is deprecated; use "data-root" instead`],
  ],
  [
    'cluster-store on 23',
    '23.0.6',
    { 'cluster-store': 'consul://x' },
    [
      "Host-discovery and overlay networks with external k/v stores are deprecated. The 'cluster-advertise', 'cluster-store', and 'cluster-store-opt' options have been removed",
    ],
  ],
  [
    'cluster-advertise with store on 20.10',
    '20.10.24',
    { 'cluster-advertise': 'eth0:2376', 'cluster-store': 'consul://x' },
    [],
  ],
  [
    'oom-score-adjust on 25',
    '25.0.5',
    { 'oom-score-adjust': -500 },
    [
      `${M}DEPRECATED: The "oom-score-adjust" config parameter and the dockerd "--oom-score-adjust" options have been removed.`,
    ],
  ],
  ['oom-score-adjust 0 on 25', '25.0.5', { 'oom-score-adjust': 0 }, []],
  [
    'api-cors-header on 28',
    '28.5.2',
    { 'api-cors-header': '*' },
    [
      `${M}DEPRECATED: The "api-cors-header" config parameter and the dockerd "--api-cors-header" option have been removed; use a reverse proxy if you need CORS headers`,
    ],
  ],
  // log driver / opts
  ['journald with tag', '26.1.5', { 'log-driver': 'journald', 'log-opts': { tag: '{{.Name}}' } }, []],
  [
    'local with tag on 28',
    '28.5.2',
    { 'log-driver': 'local', 'log-opts': { tag: 'x' } },
    [
      "failed to start daemon: failed to set log opts: failed to set log opts: unknown log opt 'tag' for log driver local",
    ],
  ],
  ['local with tag on 29.5', '29.5.0', { 'log-driver': 'local', 'log-opts': { tag: 'x' } }, []],
  [
    'gelf without address',
    '20.10.24',
    { 'log-driver': 'gelf', 'log-opts': { tag: 'x' } },
    ['failed to start daemon: failed to set log opts: gelf-address is a required parameter'],
  ],
  [
    'gelf unknown key',
    '26.1.5',
    { 'log-driver': 'gelf', 'log-opts': { 'gelf-address': 'udp://1.2.3.4:12201', bogus: '1' } },
    [
      'failed to start daemon: failed to set log opts: failed to set log opts: unknown log opt "bogus" for gelf log driver',
    ],
  ],
  [
    'awslogs needs a group',
    '26.1.5',
    { 'log-driver': 'awslogs', 'log-opts': { 'awslogs-region': 'eu-west-1' } },
    [
      "failed to start daemon: failed to set log opts: failed to set log opts: must specify a value for log opt 'awslogs-group'",
    ],
  ],
  [
    'gcplogs gone from Debian 28',
    '28.5.2+dfsg4',
    { 'log-driver': 'gcplogs', 'log-opts': { 'gcp-project': 'p' } },
    [
      'failed to start daemon: failed to set log opts: failed to set log opts: error looking up logging plugin gcplogs: plugin "gcplogs" not found',
    ],
  ],
  ['gcplogs upstream 28', '28.5.2', { 'log-driver': 'gcplogs', 'log-opts': { 'gcp-project': 'p' } }, []],
  [
    'syslog facility junk',
    '26.1.5',
    { 'log-driver': 'syslog', 'log-opts': { 'syslog-facility': 'nope' } },
    ['failed to start daemon: failed to set log opts: failed to set log opts: invalid syslog facility'],
  ],
  ['mode non-blocking with buffer', '26.1.5', { 'log-opts': { mode: 'non-blocking', 'max-buffer-size': '4m' } }, []],
  [
    'buffer without non-blocking',
    '26.1.5',
    { 'log-opts': { 'max-buffer-size': '4m' } },
    [
      "failed to start daemon: failed to set log opts: failed to set log opts: logger: max-buffer-size option is only supported with 'mode=non-blocking'",
    ],
  ],
  ['none takes anything', '26.1.5', { 'log-driver': 'none', 'log-opts': { anything: '1' } }, []],
  ['json-file values are not checked at start', '26.1.5', { 'log-opts': { 'max-size': 'ten' } }, []],
];

describe('value rules per engine version', () => {
  it.each(refusals)('%s (%s)', (_what, raw, values, lines) => {
    expect(errorsOf(problemsOf(raw, values)).map((p) => fullLine(p, F))).toEqual(lines);
  });
});

describe('warnings for things dockerd accepts', () => {
  it.each([
    ['unknown exec-opt before 28', '26.1.5', { 'exec-opts': ['foo=bar'] }, 'exec-opts'],
    ['runtimeType before 24', '23.0.6', { runtimes: { x: { runtimeType: 'io.containerd.runc.v2' } } }, 'runtimes'],
    ['negative mtu on 20.10', '20.10.24', { mtu: -1 }, 'mtu'],
    ['relative userland proxy before 25', '24.0.9', { 'userland-proxy-path': 'docker-proxy' }, 'userland-proxy-path'],
    ['cgroup-parent without a slice, driver unset', '28.5.2', { 'cgroup-parent': 'docker' }, 'cgroup-parent'],
    ['cpu-rt on cgroup v2', '28.5.2', { 'cpu-rt-runtime': 950000 }, 'cpu-rt-runtime'],
    ['graph on 20.10', '20.10.24', { graph: '/srv/docker' }, 'graph'],
    ['oom-score-adjust on 24', '24.0.9', { 'oom-score-adjust': -500 }, 'oom-score-adjust'],
    ['api-cors-header on 27', '27.5.1', { 'api-cors-header': '*' }, 'api-cors-header'],
    ['bip is the network address', '26.1.5', { bip: '192.168.200.0/24' }, 'bip'],
    [
      'default-gateway outside fixed-cidr: refused unless docker0 holds both',
      '26.1.5',
      { 'fixed-cidr': '192.168.7.0/24', 'default-gateway': '10.0.0.1' },
      'default-gateway',
    ],
    [
      'default-gateway-v6 outside fixed-cidr-v6 on 28',
      '28.5.2',
      { ipv6: true, 'fixed-cidr-v6': 'fd00:1::/64', 'default-gateway-v6': 'fd00:2::1' },
      'default-gateway-v6',
    ],
    [
      'huge address pool split',
      '26.1.5',
      { 'default-address-pools': [{ base: '10.0.0.0/8', size: 30 }] },
      'default-address-pools',
    ],
    ['zero concurrent downloads', '26.1.5', { 'max-concurrent-downloads': 0 }, 'max-concurrent-downloads'],
    ['unknown driver without opts', '26.1.5', { 'log-driver': 'loki' }, 'log-driver'],
    [
      'default runtime v1 shim on 20.10',
      '20.10.24',
      { 'default-runtime': 'io.containerd.runtime.v1.linux' },
      'default-runtime',
    ],
  ])('%s (%s)', (_what, raw, values, key) => {
    const ps = problemsOf(raw, values);
    expect(errorsOf(ps)).toEqual([]);
    expect(ps.filter((p) => p.severity === 'warning').map((p) => p.key)).toEqual([key]);
  });
});

describe('pure checks', () => {
  it.each([
    ['a=b', undefined],
    ['nokv', 'bad attribute format: nokv'],
    [
      'org.dockerproject.x=1',
      'label org.dockerproject.x=1 is not allowed: the namespaces com.docker.*, io.docker.*, and org.dockerproject.* are reserved for internal use',
    ],
  ])('labelError(%s)', (label, error) => expect(labelError(label)).toBe(error));
  it.each([
    ['example.com', undefined],
    ['example.com.', undefined],
    [' example.com ', undefined],
    [':example.com', undefined],
    ['-bad-', '-bad- is not a valid domain'],
    ['a..b', 'a..b is not a valid domain'],
    [`${'a'.repeat(255)}`, `${'a'.repeat(255)} is not a valid domain`],
  ])('dnsSearchError(%j)', (entry, error) => expect(dnsSearchError(entry)).toBe(error));
  it('genericResourcesError points at the term', () => {
    expect(genericResourcesError(['a=1', 'b'])).toEqual({
      reason: "could not parse GenericResource: incorrect term b, missing '=' or malformed expression",
      index: 1,
    });
    expect(genericResourcesError([])).toBeUndefined();
  });
  it('flag-given generic resources use the flag parser message', () => {
    const [p] = errorsOf(
      problemsOf('26.1.5', { 'node-generic-resources': ['gpu'] }, { flags: ['node-generic-resources'] }),
    );
    expect(fullLine(p!)).toBe(
      'Status: invalid argument "gpu" for "--node-generic-resource" flag: invalid node-generic-resource format `gpu` expected `name=value`',
    );
  });
});
