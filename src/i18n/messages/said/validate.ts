/**
 * The diagnostics' own sentences (messages and hints) of src/validate/, by key with parameters; see
 * i18n/said.ts. dockerd's own words are a parameter, never translated.
 */
import type { Messages, Translation } from '../../types.js';

export const en = {
  // Shared hints
  'validate.hint.removeDuplicate': () => 'Remove the duplicate entry.',
  'validate.hint.removeEntry': () => 'Remove this entry.',
  'validate.hint.writeInstead': (p: { value: string }) => `Write "${p.value}" instead.`,
  'validate.hint.removeIt': () => 'Remove it.',
  'validate.hint.keepOnly': (p: { key: string }) => `Keep only "${p.key}".`,
  'validate.hint.renameTo': (p: { key: string }) => `Rename it to "${p.key}".`,
  'validate.hint.use': (p: { value: string }) => `Use "${p.value}".`,
  'validate.hint.useOneOf': (p: { values: string }) => `Use one of: ${p.values}.`,
  'validate.hint.removeOrUse': (p: { remove: string; use: string }) => `Remove "${p.remove}", or use "${p.use}".`,
  'validate.hint.turnOneOff': () => 'Turn one of them off.',

  // registry-mirrors
  'validate.mirror.refused': (p: { mirror: string; version: string; dockerd: string }) =>
    `registry mirror "${p.mirror}" is refused by dockerd ${p.version}: ${p.dockerd}`,
  'validate.mirror.warning': (p: { mirror: string; warning: string }) => `registry mirror "${p.mirror}" ${p.warning}`,
  'validate.mirror.noHost': () => 'has no host name: dockerd accepts it, but every pull through it fails',
  'validate.mirror.duplicate': (p: { mirror: string; entry: number; normalised: string }) =>
    `registry mirror "${p.mirror}" is the same as entry ${p.entry} once normalised to "${p.normalised}"; dockerd keeps only the first`,
  'validate.mirror.hint.form': () => 'Write the mirror as https://host[:port].',
  'validate.mirror.hint.scheme': () =>
    'Add the scheme: write "https://host[:port]" (or "http://" for a plain-HTTP mirror).',
  'validate.mirror.hint.httpOnly': () => 'A mirror must use http:// or https://.',
  'validate.mirror.hint.credentials': () => 'Remove the credentials from the URL; log in with `docker login` instead.',
  'validate.mirror.hint.noPath': () =>
    'This engine version allows no path: use "https://host[:port]" (paths work from 24.0.8/25.0).',
  'validate.mirror.hint.noQuery': () => 'Remove the "?…" or "#…" part.',
  'validate.mirror.hint.spaces': () => 'Write the mirror as https://host[:port] with no spaces around it.',

  // insecure-registries
  'validate.insecure.refused': (p: { registry: string; dockerd: string }) =>
    `insecure registry "${p.registry}" is refused: ${p.dockerd} (dockerd --validate does not notice this; the daemon fails when it starts)`,
  'validate.insecure.hint.form': () =>
    'Write a host[:port] (letters, digits, "-" and "." only) or a CIDR such as 10.0.0.0/8, without a scheme or path.',
  'validate.insecure.scheme': (p: { registry: string; stripped: string; dockerd: string }) =>
    `insecure registry "${p.registry}" has a scheme; dockerd strips it and uses "${p.stripped}" (${p.dockerd})`,
  'validate.insecure.cidrMeans': (p: { registry: string; network: string }) =>
    `insecure registry CIDR "${p.registry}" means the network ${p.network}`,
  'validate.insecure.dockerHub': () =>
    'marking "docker.io" insecure has no effect: dockerd always treats Docker Hub as secure',

  // daemon settings (values/daemon/)
  'validate.cgroupParent.notSliceRefused': (p: { parent: string }) =>
    `cgroup-parent "${p.parent}" is not a systemd slice, which the systemd cgroup driver requires`,
  'validate.cgroupParent.notSlice': (p: { parent: string }) =>
    `cgroup-parent "${p.parent}" is not a systemd slice: dockerd refuses it on cgroup v2 hosts run by systemd (the default on Debian 11+), where it picks the systemd driver`,
  'validate.cgroupParent.hint.slice': () => 'Name a slice, e.g. "docker.slice".',
  'validate.cgroupParent.hint.sliceOrCgroupfs': () =>
    'Name a slice, e.g. "docker.slice", or set exec-opts native.cgroupdriver=cgroupfs.',
  'validate.containerdNamespace.same': (p: { namespace: string }) =>
    `containerd-namespace and the plugins namespace are both "${p.namespace}"`,
  'validate.containerdNamespace.hint.differ': () => 'Use different namespaces (defaults: "moby" and "plugins.moby").',
  'validate.cpuRt.cgroupV1Only': (p: { key: string }) =>
    `"${p.key}" works only on cgroup v1 hosts; on cgroup v2 (Debian 11+ default) dockerd refuses to start`,
  'validate.cpuRt.hint.remove': () => 'Remove cpu-rt-period/cpu-rt-runtime unless the host boots with cgroup v1.',
  'validate.features.embeddedContainerdCri': () =>
    'the "embedded-containerd" feature cannot be combined with "cri-containerd"',
  'validate.dns.notIp': (p: { server: string }) => `DNS server "${p.server}" is not an IP address`,
  'validate.dns.hint.ip': () => 'Write an IPv4 or IPv6 address such as 8.8.8.8 (no port, no host name).',
  'validate.dnsSearch.invalid': (p: { domain: string }) => `DNS search domain "${p.domain}" is not a valid domain name`,
  'validate.dnsSearch.hint.domain': () =>
    'Write a domain such as "example.com" (letters, digits, "-" and "."; at least one letter), or "." for none.',
  'validate.execOpts.unknown': (p: { entry: string }) =>
    `exec-opt "${p.entry}" is not a known option (Linux has only native.cgroupdriver=cgroupfs|systemd)`,
  'validate.execOpts.ignoredUntil28': (p: { problem: string }) =>
    `${p.problem}; this dockerd ignores it, 28.0+ refuses it`,
  'validate.execOpts.hint.cgroupDriver': () =>
    'Remove it, or write "native.cgroupdriver=systemd" / "native.cgroupdriver=cgroupfs".',
  'validate.cgroupDriver.unsupported': (p: { driver: string }) => `cgroup driver "${p.driver}" is not supported`,
  'validate.cgroupDriver.hint.use': () =>
    'Use native.cgroupdriver=systemd (recommended with systemd and cgroup v2) or native.cgroupdriver=cgroupfs.',
  'validate.genericResources.notNameValue': (p: { resource: string }) =>
    `generic resource "${p.resource}" is not of the form name=value`,
  'validate.genericResources.unparsable': (p: { dockerd: string }) =>
    `node-generic-resources cannot be parsed: ${p.dockerd}`,
  'validate.genericResources.hint.form': () =>
    'Write "NAME=COUNT" (e.g. "gpu=2") or "NAME=ID" once per device (e.g. "gpu=GPU-1").',
  'validate.genericResources.hint.formNotBoth': () =>
    'Write "NAME=COUNT" (e.g. "gpu=2") or "NAME=ID" once per device (e.g. "gpu=GPU-1"), never both for one name.',
  'validate.seccomp.unreadable': (p: { profile: string }) => `seccomp profile ${p.profile} is not a readable file`,
  'validate.seccomp.hint.profileOrName': () => 'Point it at a JSON seccomp profile, or use "builtin" / "unconfined".',
  'validate.seccomp.hint.profile2010': () =>
    'Point it at a JSON seccomp profile (20.10 has no "unconfined" keyword here).',
  'validate.runtimes.wrapperName': (p: { name: string }) =>
    `runtime "${p.name}" has runtimeArgs, and dockerd cannot write its wrapper script under that name (empty, ".", ".." or with a "/")`,
  'validate.runtimes.hint.wrapperName': () => 'Give the runtime a plain name, such as "crun-debug".',
  'validate.containerdNamespace.notAscii': (p: { value: string }) =>
    `containerd-namespace "${p.value}" has characters outside printable ASCII, which this dockerd cannot send to containerd`,
  'validate.containerdNamespace.hint': () => 'Use letters, digits, ".", "_" and "-" only (the default is "moby").',
  'validate.userlandProxy.empty': () => 'userland-proxy-path is empty while the userland proxy is on',
  'validate.userlandProxy.hint.emptyPath': () =>
    'Leave userland-proxy-path out (dockerd finds docker-proxy), give the absolute path of docker-proxy, or set "userland-proxy": false.',
  'validate.userlandProxy.notAbsolute': (p: { path: string }) =>
    `userland-proxy-path "${p.path}" is not an absolute path`,
  'validate.userlandProxy.relative': (p: { path: string }) =>
    `userland-proxy-path "${p.path}" is relative; 25.0+ refuses it`,
  'validate.userlandProxy.notFile': (p: { path: string }) => `userland-proxy-path ${p.path} is not a file here`,
  'validate.userlandProxy.publishFails': (p: { problem: string }) => `${p.problem}; publishing ports will fail`,
  'validate.userlandProxy.hint.absolute': () => 'Write the absolute path, e.g. /usr/sbin/docker-proxy.',
  'validate.userlandProxy.hint.binary': () =>
    'Point it at the docker-proxy binary (Debian: /usr/sbin/docker-proxy), or set "userland-proxy": false.',
  'validate.labels.notKeyValue': (p: { label: string }) => `label "${p.label}" is not of the form key=value`,
  'validate.labels.reserved': (p: { label: string }) =>
    `label "${p.label}" uses a namespace reserved for Docker (com.docker.*, io.docker.*, org.dockerproject.*)`,
  'validate.labels.conflict': (p: { label: string; first: string; second: string }) =>
    `label "${p.label}" is given twice with different values ("${p.first}" and "${p.second}")`,
  'validate.labels.hint.form': () => 'Write labels as "key=value".',
  'validate.labels.hint.ownNamespace': () => 'Use your own namespace, e.g. "com.example.role=web".',
  'validate.labels.hint.oneValue': () => 'Keep one value per label key.',
  'validate.limits.outOfRange': (p: { key: string; value: number }) => `"${p.key}": ${p.value} is out of range`,
  'validate.limits.mtuNegative': (p: { value: number }) =>
    `"mtu": ${p.value} is accepted by 20.10 but refused from 23.0 on`,
  'validate.limits.stallsPulls': (p: { key: string }) => `"${p.key}": 0 stalls every pull`,
  'validate.limits.stallsPushes': (p: { key: string }) => `"${p.key}": 0 stalls every push`,
  'validate.limits.hint.mtu': () => 'Use the network MTU, e.g. 1500 (0 means the default).',
  'validate.limits.hint.atLeastOne': (p: { default: number }) => `Use a number of 1 or more (default ${p.default}).`,
  'validate.limits.hint.port': () => 'Use a TCP port between 1 and 65535, or 0 to disable it.',
  'validate.limits.hint.seconds': () => 'Use a number of seconds, 0 or more.',
  'validate.ipcMode.notDefault': (p: { mode: string }) => `default IPC mode "${p.mode}" is not allowed as a default`,
  'validate.ipcMode.hint.use': () => 'Use "private" (the default) or "shareable".',
  'validate.cgroupnsMode.invalid': (p: { mode: string }) =>
    `default cgroup namespace mode "${p.mode}" is neither "host" nor "private"`,
  'validate.cgroupnsMode.hint.use': () => 'Use "private" or "host".',
  'validate.removed.cluster': (p: { key: string }) =>
    `"${p.key}" was removed in 23.0 (external k/v store discovery is gone)`,
  'validate.removed.clusterAdvertiseNeedsStore': () => '"cluster-advertise" needs "cluster-store"',
  'validate.removed.graphAndDataRoot': () =>
    '"graph" and "data-root" are both set; "graph" is the old name of "data-root"',
  'validate.removed.in': (p: { key: string; version: string }) => `"${p.key}" was removed in ${p.version}`,
  'validate.removed.deprecated': (p: { key: string; version: string }) =>
    `"${p.key}" is deprecated and refused from ${p.version} on`,
  'validate.removed.corsNoEffect': () =>
    '"api-cors-header" has no effect in 27.x unless DOCKERD_DEPRECATED_CORS_HEADER is set, and is refused from 28.0 on',
  'validate.removed.hint.cluster': () =>
    'Remove cluster-advertise, cluster-store and cluster-store-opts; use swarm mode for overlay networks.',
  'validate.removed.hint.clusterStore': () =>
    'Set "cluster-store" too, or (better, as both are gone in 23.0) remove "cluster-advertise".',
  'validate.removed.hint.swarm': () => 'Plan to move overlay networking to swarm mode.',
  'validate.removed.hint.oomRemoved': () => 'Remove it; set OOMScoreAdjust= in the systemd unit instead.',
  'validate.removed.hint.oomDeprecated': () => 'Set OOMScoreAdjust= in the systemd unit instead.',
  'validate.oom.range': (p: { value: string }) =>
    `oom-score-adjust ${p.value} is outside -1000…1000: the kernel refuses it and dockerd will not start`,
  'validate.oom.hint.range': () => 'Use a value from -1000 to 1000 (or OOMScoreAdjust= in the systemd unit).',
  'validate.nondistributable.refused': (p: { registry: string; dockerd: string }) =>
    `allow-nondistributable-artifacts entry "${p.registry}" is neither a CIDR nor host[:port]: dockerd will not start (${p.dockerd})`,
  'validate.minApi.range': (p: { value: string; oldest: string; newest: string }) =>
    `min-api-version "${p.value}" is not between ${p.oldest} and ${p.newest}: dockerd will not start its API`,
  'validate.minApi.tooOld': (p: { value: string; oldest: string }) =>
    `min-api-version "${p.value}" is older than ${p.oldest}: dockerd will not start its API`,
  'validate.minApi.hint': () => 'Write a version such as "1.44" (no "v"), or remove the key to keep the default.',
  'validate.nondistributable.hint': () =>
    'Write a CIDR ("10.0.0.0/8") or host[:port] ("registry.example:5000") without a scheme, or remove the entry.',
  'validate.metrics.addr': (p: { value: string; dockerd: string }) =>
    `metrics-addr "${p.value}" is not host:port with a numeric port: dockerd will not start (${p.dockerd})`,
  'validate.metrics.hint.addr': () => 'Write it as host:port, e.g. "127.0.0.1:9323".',
  'validate.removed.hint.corsRemoved': () =>
    'Remove it and put a reverse proxy in front of the API if you need CORS headers.',
  'validate.removed.hint.corsDeprecated': () => 'Use a reverse proxy for CORS headers.',
  'validate.runtimes.reserved': (p: { name: string }) =>
    `the runtime name "${p.name}" is reserved for dockerd's own runc`,
  'validate.runtimes.defaultUnknown': (p: { runtime: string }) =>
    `default runtime "${p.runtime}" is neither built in nor defined under "runtimes"`,
  'validate.runtimes.v1Deprecated': (p: { runtime: string }) =>
    `default runtime "${p.runtime}" is deprecated and gone in 23.0`,
  'validate.runtimes.needs24': (p: { name: string }) =>
    `runtime "${p.name}": "runtimeType" and "options" need dockerd 24.0; this version ignores them`,
  'validate.runtimes.noPath': (p: { name: string }) =>
    `runtime "${p.name}" has no "path"; containers using it will fail`,
  'validate.runtimes.refused': (p: { name: string; dockerd: string }) => `runtime "${p.name}": ${p.dockerd}`,
  'validate.runtimes.hint.rename': () => 'Give your runtime another name, e.g. "runc-custom".',
  'validate.runtimes.hint.defaultUnknown': (p: { stock: string; runtime: string }) =>
    `Use "${p.stock}", define "${p.runtime}" under "runtimes", or give a containerd shim name such as io.containerd.runc.v2.`,
  'validate.runtimes.hint.path': () => 'Use "path" (and "runtimeArgs") on this version.',
  'validate.runtimes.hint.setPath': () => 'Set "path" to the runtime binary.',
  'validate.runtimes.hint.pathOrType': () =>
    'Set "path" to an OCI runtime binary or "runtimeType" to a containerd shim.',
  'validate.runtimes.hint.pathXorType': () => 'Keep either "path" or "runtimeType".',
  'validate.shmSize.notSize': (p: { size: string }) => `"default-shm-size": "${p.size}" is not a size`,
  'validate.shmSize.hint.size': () => 'Write a number with an optional unit, e.g. "64m", "128MiB" or "1g".',

  // hosts and group (values/hosts/)
  'validate.group.dockerMissing': () =>
    'group "docker" does not exist: dockerd warns and leaves its socket to the root group, so only root can use docker',
  'validate.group.unused': (p: { group: string }) =>
    `group "${p.group}" does not exist; it is unused now (no unix socket) but any unix:// host will fail`,
  'validate.group.missing': (p: { group: string }) =>
    `group "${p.group}" does not exist, so dockerd cannot hand its unix socket to it`,
  'validate.group.hint.createDocker': () => 'Create it (groupadd docker) and add the users who may run docker.',
  'validate.group.hint.createOrRemove': (p: { group: string }) =>
    `Create the group (groupadd ${p.group}) or remove "group".`,
  'validate.group.hint.create': (p: { group: string }) =>
    `Create the group (groupadd ${p.group}), use an existing group, or remove "group" to get the default "docker".`,
  'validate.hosts.cannotListen': (p: { host: string; dockerd: string }) =>
    `dockerd cannot listen on "${p.host}": ${p.dockerd}`,
  'validate.hosts.unbracketedIpv6': (p: { host: string; listens: string }) =>
    `"${p.host}" is an IPv6 address without brackets; this dockerd listens on ${p.listens} (20.10 and 23+ split it differently)`,
  'validate.hosts.normalizedInvalid': (p: { host: string; normalized: string }) =>
    `dockerd cannot listen on "${p.host}": it reads it as ${p.normalized}, which is not a valid address`,
  'validate.hosts.npipe': (p: { host: string }) =>
    `"${p.host}" is a Windows named pipe; dockerd on Linux cannot listen on it`,
  'validate.hosts.fdWithoutActivation': (p: { host: string }) =>
    `"${p.host}" takes its sockets from systemd socket activation, and nothing here says dockerd is started that way`,
  'validate.hosts.fdNotNumber': (p: { host: string }) =>
    `"${p.host}": the part after fd:// must be a file descriptor number`,
  // The plain-TCP warning is put together from its parts (the hosts rule picks them).
  'validate.hosts.exposed': (p: { address: string; why: string; who: string; slow: string; deprecated: string }) =>
    `${p.address} ${p.why}: ${p.who} has root on this host${p.slow}${p.deprecated}`,
  'validate.hosts.exposed.tlsNoVerify': () => 'serves TLS but does not verify clients',
  'validate.hosts.exposed.noTls': () => 'has no TLS',
  'validate.hosts.exposed.localUsers': () => 'every local user and process',
  'validate.hosts.exposed.anyone': () => 'anyone who can reach it',
  'validate.hosts.exposed.slowStart': () => '; and dockerd waits 15 s before starting unless "tls" is set',
  'validate.hosts.exposed.deprecated': () => '; dockerd calls this deprecated and plans to refuse it',
  'validate.hosts.portZero': (p: { host: string; version: string }) =>
    `"${p.host}" uses port 0: dockerd ${p.version} listens on a random port, and 23.0+ refuse it`,
  'validate.hosts.tlsNoPort': (p: { host: string }) =>
    `"${p.host}" has no port: dockerd uses 2375 even with TLS on (2376 is the TLS convention)`,
  'validate.hosts.tlsDefaultHost': (p: { address: string }) =>
    `with TLS on and no "hosts", dockerd listens on ${p.address} instead of the unix socket /var/run/docker.sock`,
  'validate.hosts.hint.forms': () =>
    'Use unix:///path/to.sock, tcp://HOST:PORT (port 1-65535, no path) or fd:// under systemd socket activation.',
  'validate.hosts.hint.brackets': (p: { address: string; port: string }) =>
    `Write the address in brackets with the port after them, e.g. tcp://[${p.address}]:${p.port}.`,
  'validate.hosts.hint.ipv6Brackets': () => 'Put an IPv6 address in brackets: tcp://[::1]:2376.',
  'validate.hosts.hint.unixOnLinux': () => 'Use unix:///var/run/docker.sock on Linux.',
  'validate.hosts.hint.tcpPort': () => 'Use tcp://HOST:PORT with a port between 1 and 65535 and nothing after it.',
  'validate.hosts.hint.fdUnit': () =>
    'Keep fd:// only in the systemd unit that is paired with docker.socket; elsewhere use unix:///var/run/docker.sock.',
  'validate.hosts.hint.fdNumber': () => 'Write fd:// (all sockets from systemd) or fd://3.',
  'validate.hosts.hint.localTls': () =>
    'Prefer the unix socket (its group controls access), or set "tlsverify": true with "tlscacert", "tlscert" and "tlskey".',
  'validate.hosts.hint.remoteTls': () =>
    'Set "tlsverify": true with "tlscacert", "tlscert" and "tlskey", or listen on 127.0.0.1 only.',
  'validate.hosts.hint.writePort': (p: { example: string }) => `Write the port, e.g. ${p.example}.`,
  'validate.hosts.hint.listHosts': () =>
    'List the sockets you want in "hosts", e.g. ["unix:///var/run/docker.sock", "tcp://0.0.0.0:2376"].',

  // logging (values/logging/)
  'validate.logLevel.unknown': (p: { level: string; version: string }) =>
    `log level "${p.level}" is not one dockerd ${p.version} knows`,
  'validate.logLevel.hint.warningRenamed': (p: { levels: string }) =>
    `Use one of: ${p.levels} ("warning" became "warn" in 25.0).`,
  'validate.logFormat.invalid': (p: { format: string }) => `log format "${p.format}" is neither "text" nor "json"`,
  'validate.logFormat.hint.use': () => 'Use "text" or "json" (lower case).',
  'validate.logDriver.pluginAtStart': (p: { version: string; driver: string }) =>
    `dockerd ${p.version} has no built-in log driver "${p.driver}", and with log-opts set it looks for a logging plugin of that name at start`,
  'validate.logDriver.pluginAtRun': (p: { version: string; driver: string }) =>
    `dockerd ${p.version} has no built-in log driver "${p.driver}": dockerd starts, but containers fail to start unless a logging plugin of that name is installed`,
  'validate.logDriver.hint.builtinOrPlugin': (p: { drivers: string }) =>
    `Use a built-in driver (${p.drivers}) or install the plugin first (docker plugin install).`,
  'validate.logDriver.hint.builtin': () => 'Use a built-in driver such as json-file, local or journald.',
  'validate.logOpts.invalid': (p: { driver: string; dockerd: string }) =>
    `log-opts are not valid for the ${p.driver} log driver: ${p.dockerd}`,
  'validate.logOpts.hint.accepts': (p: { driver: string; options: string }) =>
    `The ${p.driver} driver accepts: ${p.options}.`,
  'validate.logOpts.hint.docs': () => 'Check the option names in the logging driver documentation.',

  // networking (values/network/)
  'validate.pools.noBase': (p: { pool: number }) => `address pool ${p.pool} has no "base"`,
  'validate.pools.baseNotCidr': (p: { pool: number; base: string }) =>
    `address pool ${p.pool}: base "${p.base}" is not a CIDR`,
  'validate.pools.oversize': (p: { pool: number }) =>
    `address pool ${p.pool}: the size is longer than the address itself, and this dockerd refuses the pool it makes of it`,
  'validate.pools.sizeMisfit': (p: { pool: number; size: number; base: string; min: number; max: number }) =>
    `address pool ${p.pool}: size ${p.size} does not fit base ${p.base} (it must be between /${p.min} and /${p.max})`,
  'validate.pools.tooMany': (p: { pool: number; base: string; exponent: number }) =>
    `address pool ${p.pool} splits ${p.base} into 2^${p.exponent} networks; dockerd may be slow to start or use much memory`,
  'validate.pools.hint.form': () =>
    'Each pool is {"base": "10.10.0.0/16", "size": 24}: a CIDR and the prefix length of the networks cut from it.',
  'validate.pools.hint.smaller': () => 'Use a size closer to the base prefix, e.g. base /16 with size 24.',
  'validate.bridge.notIp': (p: { key: string; value: string }) => `"${p.key}": "${p.value}" is not an IP address`,
  'validate.bridge.notCidr': (p: { key: string; value: string }) =>
    `"${p.key}": "${p.value}" is not an address with a prefix length (CIDR)`,
  'validate.bridge.wrongFamily': (p: { key: string; value: string; family: string }) =>
    `"${p.key}": "${p.value}" is an ${p.family} prefix`,
  'validate.bridge.networkAddress': (p: { key: string; value: string }) =>
    `"${p.key}": "${p.value}" is the network address; "${p.key}" is the bridge's own address`,
  'validate.bridge.fixedCidrV6': (p: { value: string }) => `"fixed-cidr-v6": "${p.value}" is not a usable IPv6 subnet`,
  'validate.bridge.exclusive': (p: { key: string }) => `"bridge" and "${p.key}" are both set; they exclude each other`,
  'validate.bridge.iccNeedsIptables': () => '"icc": false needs iptables, but "iptables" is false',
  'validate.bridge.iccNeedsIp6tables': () => '"icc": false with IPv6 needs ip6tables, but "ip6tables" is false',
  'validate.bridge.ip6tablesExperimental': () => '"ip6tables" needs "experimental": true before 27.0',
  'validate.bridge.ipv6NeedsSubnet': (p: { version: string }) =>
    `"ipv6": true needs "fixed-cidr-v6" for the default bridge on dockerd ${p.version}`,
  'validate.bridge.gatewayOutside': (p: { key: string; value: string; option: string; pool: string }) =>
    `"${p.key}": "${p.value}" is outside the default bridge's network ${p.pool} (set by "${p.option}")`,
  'validate.bridge.gatewayOutsideSubPool': (p: { key: string; value: string; option: string; pool: string }) =>
    `"${p.key}": "${p.value}" is outside "${p.option}" ${p.pool}; dockerd refuses to start unless docker0 already has an address whose network holds both`,
  'validate.bridge.hint.gatewayInside': (p: { key: string; option: string; pool: string }) =>
    `Use an address inside ${p.pool} for "${p.key}", or change "${p.option}".`,
  'validate.bridge.hint.plainIp': () => 'Write a plain IPv4 or IPv6 address, without a prefix length or port.',
  'validate.bridge.hint.bip': () => 'Write the bridge address and prefix, e.g. "192.168.200.1/24".',
  'validate.bridge.hint.subnet': () => 'Write a subnet such as "172.17.0.0/16".',
  'validate.bridge.hint.ipv6Prefix': () => 'Use an IPv6 prefix.',
  'validate.bridge.hint.ipv4Prefix': () => 'Use an IPv4 prefix (IPv6 goes in fixed-cidr-v6 / bip6).',
  'validate.bridge.hint.hostAddress': (p: { example: string }) =>
    `Use a host address in that network, e.g. "${p.example}".`,
  'validate.bridge.hint.ipv6Subnet': () => 'Write an IPv6 subnet such as "fd00:db8:1::/64" (not link-local fe80::/64).',
  'validate.bridge.hint.exclusive': (p: { key: string; bridge: string }) =>
    `Remove "${p.key}" (configure the address on the bridge "${p.bridge}" itself) or remove "bridge".`,
  'validate.bridge.hint.iccNeeds': (p: { key: string }) => `Set "${p.key}": true or drop "icc": false.`,
  'validate.bridge.hint.experimental': () => 'Add "experimental": true, or remove "ip6tables".',
  'validate.bridge.hint.addSubnet': () => 'Add "fixed-cidr-v6", e.g. "fd00:db8:1::/64".',
  'validate.firewall.backend': (p: { backend: string }) =>
    `firewall backend "${p.backend}" is neither "iptables" nor "nftables"`,
  'validate.firewall.hint.backend': () => 'Use "iptables" or "nftables".',
  'validate.fwmark.markNotNumber': (p: { value: string }) =>
    `bridge-accept-fwmark "${p.value}": the mark is not a 32-bit number`,
  'validate.fwmark.maskNotNumber': (p: { value: string }) =>
    `bridge-accept-fwmark "${p.value}": the mask is not a 32-bit number`,
  'validate.fwmark.hint.form': () => 'Write MARK or MARK/MASK, e.g. "0x100/0xff00".',
  'validate.hostGateway.notIp': (p: { address: string }) => `host gateway address "${p.address}" is not an IP address`,
  'validate.hostGateway.twice': (p: { family: string }) => `"host-gateway-ips" has more than one ${p.family} address`,
  'validate.hostGateway.both': () => '"host-gateway-ip" and "host-gateway-ips" are both set',
  'validate.hostGateway.hint.ip': () => 'Write an IPv4 or IPv6 address.',
  'validate.hostGateway.hint.onePerFamily': () => 'Keep at most one IPv4 and one IPv6 address.',

  // storage (values/storage/)
  'validate.storage.option': (p: { option: string; problem: string }) => `storage option "${p.option}" ${p.problem}`,
  'validate.storage.optionRefused': (p: { option: string; driver: string; dockerd: string }) =>
    `storage option "${p.option}" is refused by the ${p.driver} storage driver: ${p.dockerd}`,
  'validate.storage.unknownOption': (p: { option: string; driver: string; known: string }) =>
    `storage option "${p.option}" is unknown to the ${p.driver} storage driver (it takes: ${p.known})`,
  'validate.storage.noOptions': () => 'none',
  'validate.storage.withoutEquals': (p: { option: string }) =>
    `storage option "${p.option}" has no "=": dockerd reads each entry as key=value`,
  'validate.storage.otherDriver': (p: { option: string; drivers: string; owner: string }) =>
    `storage option "${p.option}" belongs to the ${p.drivers} driver, but no "storage-driver" is set: unless this host already runs ${p.owner}, dockerd tries overlay2, which refuses it`,
  'validate.storage.unlessContainerd': (p: { problem: string }) =>
    `${p.problem}; dockerd 29 ignores storage-opts with the containerd image store (fresh installs) but refuses this on a host that still uses graph drivers`,
  'validate.storage.containerdIgnores': () =>
    'storage-opts are ignored: this dockerd uses the containerd image store, which takes no storage options',
  'validate.storage.driver': (p: { driver: string; problem: string }) => `storage driver "${p.driver}" ${p.problem}`,
  'validate.storage.driverNeedsProgram': (p: { driver: string; program: string }) =>
    `storage driver "${p.driver}" needs the ${p.program} program, which is not installed`,
  'validate.storage.driverRemoved': (p: { driver: string }) =>
    `storage driver "${p.driver}" was removed in this dockerd version`,
  'validate.storage.notBuiltIn': (p: { driver: string }) =>
    `storage driver "${p.driver}" is not built into this dockerd`,
  'validate.storage.notBuiltInPlugin': (p: { driver: string }) =>
    `storage driver "${p.driver}" is not built into this dockerd (only a graph driver plugin of that name would do)`,
  // What an option or driver does, said after `storage option "…"` / `storage driver "…"`.
  'validate.storage.needsXfsQuota': () =>
    'needs a data-root on xfs mounted with project quotas (pquota); on any other file system dockerd refuses to start',
  'validate.storage.needsXfs': (p: { where: string }) =>
    `needs xfs with project quotas under data-root, but ${p.where} is not xfs`,
  'validate.storage.needsQuota': (p: { where: string }) =>
    `needs project quotas, but ${p.where} is not mounted with pquota`,
  'validate.storage.dataRootFs': (p: { type: string; mountpoint: string }) =>
    `data-root's file system (${p.type} at ${p.mountpoint})`,
  'validate.storage.xattrsBestEffort': () =>
    'copies extended attributes only on a best-effort basis: containers may break',
  'validate.storage.aufsUnavailable': () => 'needs the out-of-tree aufs kernel module, which current kernels lack',
  'validate.storage.hint.unknownOption': () =>
    'Remove it, or use an option of the driver you run (see "storage-driver").',
  'validate.storage.hint.quota': () =>
    'Put data-root on xfs mounted with pquota (prjquota), or remove the size option.',
  'validate.storage.hint.size': () => 'Write a size such as 20G.',
  'validate.storage.hint.fixValue': () => 'Fix the value or remove the option.',
  'validate.storage.hint.unlessSetUp': () => 'Remove it unless the host is set up for it.',
  'validate.storage.hint.overlay2': () => 'Use overlay2 (or remove "storage-driver" and let dockerd choose).',
  'validate.storage.hint.installProgram': (p: { program: string }) =>
    `Install ${p.program} (its Debian package has the same name), or use overlay2.`,
  'validate.storage.hint.keyValue': () => 'Write it as key=value, e.g. "overlay2.size=20G".',
  'validate.storage.hint.setDriver': (p: { driver: string }) => `Set "storage-driver": "${p.driver}".`,
  'validate.storage.hint.snapshotter': () => 'Remove "storage-opts", or configure the snapshotter in containerd.',

  // TLS (values/tls/)
  'validate.tls.ignored': (p: { key: string }) =>
    `"${p.key}" is ignored: TLS is off (set "tlsverify": true to serve TLS and verify clients)`,
  'validate.tls.fileNotSet': (p: { key: string }) =>
    `TLS is on but "${p.key}" is not set: dockerd has no default certificate paths for TLS switched on in daemon.json`,
  'validate.tls.fileUnreadable': (p: { key: string; path: string }) =>
    `TLS is on but "${p.key}" ${p.path} is not a readable file`,
  'validate.tls.caNotSet': () =>
    'TLS client verification is on but "tlscacert" is not set: clients are checked against the system CA store',
  'validate.tls.caUnreadable': (p: { path: string }) =>
    `TLS client verification is on but the CA file ${p.path} is not a readable file`,
  'validate.tls.caNoCertificate': (p: { path: string }) =>
    `TLS client verification is on but the CA file ${p.path} holds no usable certificate (no valid "-----BEGIN CERTIFICATE-----" block without headers)`,
  'validate.tls.tlsAloneVerifies': () =>
    '"tls": true alone also requires client certificates (tlsverify defaults to the value of tls)',
  'validate.tls.tlsFalseOverridden': () => '"tls": false is overridden: any "tlsverify" setting turns TLS on',
  'validate.tls.keyPair': (p: { key: string; path: string; problem: string }) =>
    `TLS is on but ${p.key} ${p.path} ${p.problem}`,
  'validate.tls.keyPairMismatch': (p: { path: string; problem: string }) =>
    `TLS is on but the key ${p.path} ${p.problem}`,
  // What is wrong inside tlscert or tlskey, said after its name and path.
  'validate.tls.pem.noCertData': () => 'holds no PEM data (no "-----BEGIN CERTIFICATE-----" block)',
  'validate.tls.pem.keyNotCert': () => 'holds a private key, not a certificate (are tlscert and tlskey swapped?)',
  'validate.tls.pem.noCertBlock': (p: { types: string }) => `holds no CERTIFICATE block (only ${p.types})`,
  'validate.tls.pem.noKeyData': () => 'holds no PEM data (no "-----BEGIN … PRIVATE KEY-----" block)',
  'validate.tls.pem.certNotKey': () => 'holds a certificate, not a private key',
  'validate.tls.pem.noKeyBlock': (p: { types: string }) => `holds no PRIVATE KEY block (only ${p.types})`,
  'validate.tls.pem.badCert': () => 'has a first certificate that is not a valid X.509 certificate',
  'validate.tls.pem.certCurve': (p: { curve: string }) =>
    `has a certificate on elliptic curve ${p.curve}; Go supports only P-224, P-256, P-384 and P-521`,
  'validate.tls.pem.keyCurve': (p: { curve: string }) =>
    `holds a key on elliptic curve ${p.curve}; Go supports only P-224, P-256, P-384 and P-521`,
  'validate.tls.pem.unknownCurve': () => '(unknown)',
  'validate.tls.pem.encrypted': () => 'holds an encrypted (passphrase-protected) key, which dockerd cannot use',
  'validate.tls.pem.unparsable': () => 'holds a private key that cannot be parsed (not PKCS#1, PKCS#8 or SEC1)',
  'validate.tls.pem.x25519': () => 'holds an X25519 key, which cannot sign; TLS needs an RSA, ECDSA or Ed25519 key',
  'validate.tls.pem.keyType': (p: { type: string }) => `holds a ${p.type} key; TLS needs an RSA, ECDSA or Ed25519 key`,
  'validate.tls.pem.certKeyType': (p: { type: string }) =>
    `has a certificate for a ${p.type} key; TLS needs RSA, ECDSA or Ed25519`,
  'validate.tls.pem.typeMismatch': (p: { key: string; cert: string }) =>
    `holds a ${p.key} key but the certificate is for a ${p.cert} key`,
  'validate.tls.pem.laterCert': () =>
    'belongs to a later certificate of tlscert, but dockerd uses the first one (put the server certificate first)',
  'validate.tls.pem.noMatch': () => 'does not belong to the certificate',
  'validate.tls.hint.enable': () => 'Turn TLS on with "tlsverify": true, or remove the TLS file settings.',
  'validate.tls.hint.setPair': () =>
    'Set "tlscert" and "tlskey" to the server certificate and key (PEM files), or turn TLS off.',
  'validate.tls.hint.setCa': () => 'Set "tlscacert" to the CA that signs your client certificates.',
  'validate.tls.hint.caFile': () =>
    'Point "tlscacert" at the CA certificate (PEM) that signs your client certificates.',
  'validate.tls.hint.caPem': () =>
    'Point "tlscacert" at the PEM certificate of the CA that signs your client certificates.',
  'validate.tls.hint.pair': () =>
    'Point "tlscert" at the server certificate (PEM, the server certificate first) and "tlskey" at its unencrypted private key (PEM).',
  'validate.tls.hint.explicitVerify': () =>
    'Add "tlsverify": true to make that explicit, or "tlsverify": false for TLS without client certificates.',
  'validate.tls.hint.plainHttp': () => 'Remove "tls": false, or remove "tlsverify" to serve plain HTTP.',

  // insecure-registries: wide and unneeded
  'validate.insecure.wide': (p: { registry: string; size: string }) =>
    `insecure-registries has ${p.registry} (${p.size}): dockerd talks to any registry in it over plain HTTP or unchecked TLS, so anyone on that network can serve you images`,
  'validate.insecure.wide.addresses': (p: { count: string }) => `${p.count} addresses`,
  'validate.insecure.wide.network': (p: { bits: number }) => `a /${p.bits} network`,
  'validate.insecure.hint.wide': () =>
    'list the registries themselves (host:port), or give them TLS and put the CA in /etc/docker/certs.d/<host:port>/ca.crt',
  'validate.insecure.unneeded': (p: { registry: string; network: string }) =>
    `insecure registry "${p.registry}" is not needed: dockerd always treats ${p.network} as insecure`,

  // builder.gc: sizes and filters parsed while dockerd sets up BuildKit
  'validate.builder.size': (p: { where: string; value: string; dockerd: string }) =>
    `builder.gc ${p.where} "${p.value}" is not a size dockerd can read, so it stops while setting up the builder: ${p.dockerd}`,
  'validate.builder.filter': (p: { where: string; dockerd: string }) =>
    `builder.gc ${p.where} is refused by dockerd while it sets up the builder: ${p.dockerd}`,
  'validate.builder.hint.size': () =>
    'Write a number with an optional unit, e.g. "512MB", "10GB" or "20gb" (go-units, binary multiples), or remove the setting.',
  'validate.builder.hint.filter': () =>
    'Give each filter at most one value, use "until" or "unused-for" but not both, and write the age as a duration such as "24h".',
  'validate.builder.filterPanic': (p: { where: string }) =>
    `builder.gc ${p.where} has an entry without "=": this dockerd crashes (panics) while reading daemon.json`,
  'validate.builder.hint.filterPanic': () =>
    'Write every filter as name=value, e.g. "until=24h" or "type=source.local".',
  'validate.builder.historyMaxAge': (p: { value: string; dockerd: string }) =>
    `builder.history.maxAge "${p.value}" is neither a duration nor whole seconds: dockerd will not read daemon.json (${p.dockerd})`,
  'validate.builder.hint.historyMaxAge': () => 'Write a duration such as "48h", or a number of seconds.',
  'validate.builder.historyPanic': (p: { value: string }) =>
    `builder.history.maxEntries ${p.value} is negative: dockerd crashes (panics) when BuildKit cleans its build history`,
  'validate.builder.hint.historyPanic': () => 'Use 0 or a positive number of entries (the default is 50).',
} satisfies Messages;

export const zh: Translation<typeof en> = {
  'validate.hint.removeDuplicate': () => '删除重复的条目。',
  'validate.hint.removeEntry': () => '删除这一条。',
  'validate.hint.writeInstead': (p) => `改写为 "${p.value}"。`,
  'validate.hint.removeIt': () => '删除它。',
  'validate.hint.keepOnly': (p) => `只保留 "${p.key}"。`,
  'validate.hint.renameTo': (p) => `把它改名为 "${p.key}"。`,
  'validate.hint.use': (p) => `使用 "${p.value}"。`,
  'validate.hint.useOneOf': (p) => `使用以下之一：${p.values}。`,
  'validate.hint.removeOrUse': (p) => `删除 "${p.remove}"，或改用 "${p.use}"。`,
  'validate.hint.turnOneOff': () => '关闭其中一个。',

  'validate.mirror.refused': (p) => `dockerd ${p.version} 拒绝镜像加速器 "${p.mirror}"（dockerd 的原话：${p.dockerd}）`,
  'validate.mirror.warning': (p) => `镜像加速器 "${p.mirror}" ${p.warning}`,
  'validate.mirror.noHost': () => '没有主机名：dockerd 会接受它，但经由它的每次拉取都会失败',
  'validate.mirror.duplicate': (p) =>
    `镜像加速器 "${p.mirror}" 规范化为 "${p.normalised}" 后与第 ${p.entry} 条相同；dockerd 只保留第一条`,
  'validate.mirror.hint.form': () => '把镜像加速器写成 https://主机[:端口]。',
  'validate.mirror.hint.scheme': () => '加上协议：写成 "https://主机[:端口]"（纯 HTTP 的加速器写 "http://"）。',
  'validate.mirror.hint.httpOnly': () => '镜像加速器只能用 http:// 或 https://。',
  'validate.mirror.hint.credentials': () => '从地址中删去用户名和密码；改用 `docker login` 登录。',
  'validate.mirror.hint.noPath': () =>
    '这个版本的 dockerd 不接受路径：写成 "https://主机[:端口]"（24.0.8/25.0 起才支持路径）。',
  'validate.mirror.hint.noQuery': () => '删去 "?…" 或 "#…" 部分。',
  'validate.mirror.hint.spaces': () => '把镜像加速器写成 https://主机[:端口]，前后不要有空格。',

  'validate.insecure.refused': (p) =>
    `dockerd 拒绝非安全仓库 "${p.registry}"（dockerd 的原话：${p.dockerd}）；dockerd --validate 查不出来，守护进程启动时才失败`,
  'validate.insecure.hint.form': () =>
    '写成 主机[:端口]（只含字母、数字、"-" 和 "."）或 CIDR，例如 10.0.0.0/8，不要协议和路径。',
  'validate.insecure.scheme': (p) =>
    `非安全仓库 "${p.registry}" 带了协议；dockerd 会去掉它，实际使用 "${p.stripped}"（dockerd 的原话：${p.dockerd}）`,
  'validate.insecure.cidrMeans': (p) => `非安全仓库 CIDR "${p.registry}" 表示网段 ${p.network}`,
  'validate.insecure.dockerHub': () => '把 "docker.io" 标为非安全仓库不起作用：dockerd 总把 Docker Hub 当作安全仓库',

  'validate.cgroupParent.notSliceRefused': (p) =>
    `cgroup-parent "${p.parent}" 不是 systemd slice，而 systemd cgroup 驱动要求它必须是 slice`,
  'validate.cgroupParent.notSlice': (p) =>
    `cgroup-parent "${p.parent}" 不是 systemd slice：在由 systemd 管理的 cgroup v2 主机上（Debian 11 起的默认情况），dockerd 会选用 systemd 驱动并拒绝这个值`,
  'validate.cgroupParent.hint.slice': () => '写一个 slice 名，例如 "docker.slice"。',
  'validate.cgroupParent.hint.sliceOrCgroupfs': () =>
    '写一个 slice 名，例如 "docker.slice"，或在 exec-opts 中设置 native.cgroupdriver=cgroupfs。',
  'validate.containerdNamespace.same': (p) => `containerd-namespace 和插件命名空间都是 "${p.namespace}"`,
  'validate.containerdNamespace.hint.differ': () => '使用不同的命名空间（默认分别是 "moby" 和 "plugins.moby"）。',
  'validate.cpuRt.cgroupV1Only': (p) =>
    `"${p.key}" 只在 cgroup v1 主机上有效；在 cgroup v2 上（Debian 11 起的默认），dockerd 会拒绝启动`,
  'validate.cpuRt.hint.remove': () => '除非主机以 cgroup v1 启动，否则删除 cpu-rt-period/cpu-rt-runtime。',
  'validate.features.embeddedContainerdCri': () => '"embedded-containerd" 特性不能与 "cri-containerd" 同时使用',
  'validate.dns.notIp': (p) => `DNS 服务器 "${p.server}" 不是 IP 地址`,
  'validate.dns.hint.ip': () => '写 IPv4 或 IPv6 地址，例如 8.8.8.8（不带端口，也不要写主机名）。',
  'validate.dnsSearch.invalid': (p) => `DNS 搜索域 "${p.domain}" 不是有效的域名`,
  'validate.dnsSearch.hint.domain': () =>
    '写一个域名，例如 "example.com"（字母、数字、"-" 和 "."，至少含一个字母）；不要搜索域时写 "."。',
  'validate.execOpts.unknown': (p) =>
    `exec-opt "${p.entry}" 不是已知选项（Linux 上只有 native.cgroupdriver=cgroupfs|systemd）`,
  'validate.execOpts.ignoredUntil28': (p) => `${p.problem}；这个版本的 dockerd 会忽略它，28.0 起会拒绝`,
  'validate.execOpts.hint.cgroupDriver': () =>
    '删除它，或写成 "native.cgroupdriver=systemd" / "native.cgroupdriver=cgroupfs"。',
  'validate.cgroupDriver.unsupported': (p) => `不支持 cgroup 驱动 "${p.driver}"`,
  'validate.cgroupDriver.hint.use': () =>
    '使用 native.cgroupdriver=systemd（在 systemd 和 cgroup v2 下推荐）或 native.cgroupdriver=cgroupfs。',
  'validate.genericResources.notNameValue': (p) => `通用资源 "${p.resource}" 不是 name=value 的形式`,
  'validate.genericResources.unparsable': (p) => `node-generic-resources 无法解析（dockerd 的原话：${p.dockerd}）`,
  'validate.genericResources.hint.form': () =>
    '写成 "NAME=COUNT"（例如 "gpu=2"），或每个设备写一条 "NAME=ID"（例如 "gpu=GPU-1"）。',
  'validate.genericResources.hint.formNotBoth': () =>
    '写成 "NAME=COUNT"（例如 "gpu=2"），或每个设备写一条 "NAME=ID"（例如 "gpu=GPU-1"），同一个名字不要两种写法都用。',
  'validate.seccomp.unreadable': (p) => `seccomp 配置文件 ${p.profile} 不是可读的文件`,
  'validate.seccomp.hint.profileOrName': () =>
    '指向一个 JSON 格式的 seccomp 配置文件，或使用 "builtin" / "unconfined"。',
  'validate.seccomp.hint.profile2010': () =>
    '指向一个 JSON 格式的 seccomp 配置文件（20.10 在这里不认 "unconfined" 关键字）。',
  'validate.runtimes.wrapperName': (p) =>
    `运行时 "${p.name}" 设置了 runtimeArgs，而 dockerd 无法用这个名字（空、"."、".." 或含 "/"）写出它的包装脚本`,
  'validate.runtimes.hint.wrapperName': () => '给运行时起一个普通的名字，例如 "crun-debug"。',
  'validate.containerdNamespace.notAscii': (p) =>
    `containerd-namespace "${p.value}" 含有可打印 ASCII 以外的字符，这个版本的 dockerd 无法把它发送给 containerd`,
  'validate.containerdNamespace.hint': () => '只使用字母、数字、"."、"_" 和 "-"（默认值是 "moby"）。',
  'validate.userlandProxy.empty': () => '用户态代理已开启，但 userland-proxy-path 为空',
  'validate.userlandProxy.hint.emptyPath': () =>
    '去掉 userland-proxy-path（dockerd 会自己找 docker-proxy），写 docker-proxy 的绝对路径，或者设置 "userland-proxy": false。',
  'validate.userlandProxy.notAbsolute': (p) => `userland-proxy-path "${p.path}" 不是绝对路径`,
  'validate.userlandProxy.relative': (p) => `userland-proxy-path "${p.path}" 是相对路径；25.0 起会被拒绝`,
  'validate.userlandProxy.notFile': (p) => `userland-proxy-path ${p.path} 在这台主机上不是文件`,
  'validate.userlandProxy.publishFails': (p) => `${p.problem}；发布端口会失败`,
  'validate.userlandProxy.hint.absolute': () => '写绝对路径，例如 /usr/sbin/docker-proxy。',
  'validate.userlandProxy.hint.binary': () =>
    '指向 docker-proxy 可执行文件（Debian 上是 /usr/sbin/docker-proxy），或设置 "userland-proxy": false。',
  'validate.labels.notKeyValue': (p) => `标签 "${p.label}" 不是 key=value 的形式`,
  'validate.labels.reserved': (p) =>
    `标签 "${p.label}" 使用了 Docker 保留的命名空间（com.docker.*、io.docker.*、org.dockerproject.*）`,
  'validate.labels.conflict': (p) => `标签 "${p.label}" 出现了两次，值不同（"${p.first}" 和 "${p.second}"）`,
  'validate.labels.hint.form': () => '标签写成 "key=value"。',
  'validate.labels.hint.ownNamespace': () => '使用你自己的命名空间，例如 "com.example.role=web"。',
  'validate.labels.hint.oneValue': () => '每个标签键只保留一个值。',
  'validate.limits.outOfRange': (p) => `"${p.key}": ${p.value} 超出允许的范围`,
  'validate.limits.mtuNegative': (p) => `"mtu": ${p.value} 在 20.10 上可以使用，但从 23.0 起会被拒绝`,
  'validate.limits.stallsPulls': (p) => `"${p.key}": 0 会让每次拉取都卡住`,
  'validate.limits.stallsPushes': (p) => `"${p.key}": 0 会让每次推送都卡住`,
  'validate.limits.hint.mtu': () => '使用网络的 MTU，例如 1500（0 表示默认值）。',
  'validate.limits.hint.atLeastOne': (p) => `使用 1 或更大的数（默认 ${p.default}）。`,
  'validate.limits.hint.port': () => '使用 1 到 65535 之间的 TCP 端口，或用 0 关闭它。',
  'validate.limits.hint.seconds': () => '使用秒数，0 或更大。',
  'validate.ipcMode.notDefault': (p) => `IPC 模式 "${p.mode}" 不能用作默认值`,
  'validate.ipcMode.hint.use': () => '使用 "private"（默认值）或 "shareable"。',
  'validate.cgroupnsMode.invalid': (p) => `默认 cgroup 命名空间模式 "${p.mode}" 既不是 "host" 也不是 "private"`,
  'validate.cgroupnsMode.hint.use': () => '使用 "private" 或 "host"。',
  'validate.removed.cluster': (p) => `"${p.key}" 已在 23.0 中移除（基于外部 k/v 存储的发现机制已经取消）`,
  'validate.removed.clusterAdvertiseNeedsStore': () => '"cluster-advertise" 需要同时设置 "cluster-store"',
  'validate.removed.graphAndDataRoot': () => '同时设置了 "graph" 和 "data-root"；"graph" 是 "data-root" 的旧名',
  'validate.removed.in': (p) => `"${p.key}" 已在 ${p.version} 中移除`,
  'validate.removed.deprecated': (p) => `"${p.key}" 已弃用，从 ${p.version} 起会被拒绝`,
  'validate.removed.corsNoEffect': () =>
    '除非设置了 DOCKERD_DEPRECATED_CORS_HEADER，"api-cors-header" 在 27.x 中不起作用；从 28.0 起会被拒绝',
  'validate.removed.hint.cluster': () =>
    '删除 cluster-advertise、cluster-store 和 cluster-store-opts；overlay 网络改用 swarm 模式。',
  'validate.removed.hint.clusterStore': () =>
    '同时设置 "cluster-store"；更好的做法是删除 "cluster-advertise"，因为两者在 23.0 中都已移除。',
  'validate.removed.hint.swarm': () => '请计划把 overlay 网络迁移到 swarm 模式。',
  'validate.removed.hint.oomRemoved': () => '删除它；改在 systemd 单元中设置 OOMScoreAdjust=。',
  'validate.removed.hint.oomDeprecated': () => '改在 systemd 单元中设置 OOMScoreAdjust=。',
  'validate.oom.range': (p) => `oom-score-adjust ${p.value} 超出 -1000…1000：内核拒绝它，dockerd 将无法启动`,
  'validate.oom.hint.range': () => '使用 -1000 到 1000 之间的值（或在 systemd 单元中设置 OOMScoreAdjust=）。',
  'validate.nondistributable.refused': (p) =>
    `allow-nondistributable-artifacts 的条目 "${p.registry}" 既不是 CIDR 也不是 host[:port]：dockerd 将无法启动（dockerd 的原话：${p.dockerd}）`,
  'validate.minApi.range': (p) =>
    `min-api-version "${p.value}" 不在 ${p.oldest} 和 ${p.newest} 之间：dockerd 的 API 将无法启动`,
  'validate.minApi.tooOld': (p) => `min-api-version "${p.value}" 早于 ${p.oldest}：dockerd 的 API 将无法启动`,
  'validate.minApi.hint': () => '写成类似 "1.44" 的版本（不带 "v"），或者删掉这个键以保留默认值。',
  'validate.nondistributable.hint': () =>
    '写成 CIDR（"10.0.0.0/8"）或不带协议的 host[:port]（"registry.example:5000"），或者删掉这个条目。',
  'validate.metrics.addr': (p) =>
    `metrics-addr "${p.value}" 不是带数字端口的 host:port：dockerd 将无法启动（dockerd 的原话：${p.dockerd}）`,
  'validate.metrics.hint.addr': () => '写成 host:port，例如 "127.0.0.1:9323"。',
  'validate.removed.hint.corsRemoved': () => '删除它；如果需要 CORS 头，请在 API 前面放一个反向代理。',
  'validate.removed.hint.corsDeprecated': () => '用反向代理来添加 CORS 头。',
  'validate.runtimes.reserved': (p) => `运行时名称 "${p.name}" 保留给 dockerd 自带的 runc`,
  'validate.runtimes.defaultUnknown': (p) => `默认运行时 "${p.runtime}" 既不是内置的，也没有在 "runtimes" 下定义`,
  'validate.runtimes.v1Deprecated': (p) => `默认运行时 "${p.runtime}" 已弃用，并在 23.0 中移除`,
  'validate.runtimes.needs24': (p) =>
    `运行时 "${p.name}"："runtimeType" 和 "options" 需要 dockerd 24.0，这个版本会忽略它们`,
  'validate.runtimes.noPath': (p) => `运行时 "${p.name}" 没有 "path"；使用它的容器会失败`,
  'validate.runtimes.refused': (p) => `dockerd 拒绝运行时 "${p.name}"（dockerd 的原话：${p.dockerd}）`,
  'validate.runtimes.hint.rename': () => '给你的运行时换个名字，例如 "runc-custom"。',
  'validate.runtimes.hint.defaultUnknown': (p) =>
    `使用 "${p.stock}"，在 "runtimes" 下定义 "${p.runtime}"，或写一个 containerd shim 名称，例如 io.containerd.runc.v2。`,
  'validate.runtimes.hint.path': () => '在这个版本上使用 "path"（以及 "runtimeArgs"）。',
  'validate.runtimes.hint.setPath': () => '把 "path" 设为运行时的可执行文件。',
  'validate.runtimes.hint.pathOrType': () =>
    '把 "path" 设为 OCI 运行时的可执行文件，或把 "runtimeType" 设为 containerd shim。',
  'validate.runtimes.hint.pathXorType': () => '"path" 和 "runtimeType" 只保留一个。',
  'validate.shmSize.notSize': (p) => `"default-shm-size": "${p.size}" 不是有效的大小`,
  'validate.shmSize.hint.size': () => '写一个数字，可以带单位，例如 "64m"、"128MiB" 或 "1g"。',

  'validate.group.dockerMissing': () =>
    '用户组 "docker" 不存在：dockerd 会给出警告，并把套接字留给 root 组，于是只有 root 能使用 docker',
  'validate.group.unused': (p) =>
    `用户组 "${p.group}" 不存在；现在没有用到它（没有 unix 套接字），但任何 unix:// 监听地址都会失败`,
  'validate.group.missing': (p) => `用户组 "${p.group}" 不存在，dockerd 无法把 unix 套接字交给它`,
  'validate.group.hint.createDocker': () => '创建该组（`groupadd docker`），并把允许使用 docker 的用户加进去。',
  'validate.group.hint.createOrRemove': (p) => `创建该组（\`groupadd ${p.group}\`），或删除 "group"。`,
  'validate.group.hint.create': (p) =>
    `创建该组（\`groupadd ${p.group}\`），改用已有的组，或删除 "group" 以使用默认的 "docker"。`,
  'validate.hosts.cannotListen': (p) => `dockerd 无法监听 "${p.host}"（dockerd 的原话：${p.dockerd}）`,
  'validate.hosts.unbracketedIpv6': (p) =>
    `"${p.host}" 是没有加方括号的 IPv6 地址；这个版本的 dockerd 实际监听 ${p.listens}（20.10 和 23 以上版本的拆分方式不同）`,
  'validate.hosts.normalizedInvalid': (p) =>
    `dockerd 无法监听 "${p.host}"：它把这个值读作 ${p.normalized}，而这不是有效的地址`,
  'validate.hosts.npipe': (p) => `"${p.host}" 是 Windows 命名管道；Linux 上的 dockerd 无法监听它`,
  'validate.hosts.fdWithoutActivation': (p) =>
    `"${p.host}" 要从 systemd 套接字激活获得套接字，但这里没有任何迹象表明 dockerd 是这样启动的`,
  'validate.hosts.fdNotNumber': (p) => `"${p.host}"：fd:// 后面必须是文件描述符编号`,
  'validate.hosts.exposed': (p) =>
    `${p.address} ${p.why}：${p.who}都能获得这台主机的 root 权限${p.slow}${p.deprecated}`,
  'validate.hosts.exposed.tlsNoVerify': () => '启用了 TLS 但不验证客户端',
  'validate.hosts.exposed.noTls': () => '没有启用 TLS',
  'validate.hosts.exposed.localUsers': () => '本机的每个用户和进程',
  'validate.hosts.exposed.anyone': () => '任何能连到它的人',
  'validate.hosts.exposed.slowStart': () => '；而且除非设置了 "tls"，dockerd 启动前会先等 15 秒',
  'validate.hosts.exposed.deprecated': () => '；dockerd 已把这种用法标为弃用，并计划今后拒绝',
  'validate.hosts.portZero': (p) =>
    `"${p.host}" 使用端口 0：dockerd ${p.version} 会监听一个随机端口，而 23.0 起会拒绝它`,
  'validate.hosts.tlsNoPort': (p) =>
    `"${p.host}" 没有写端口：即使启用了 TLS，dockerd 也使用 2375（TLS 的惯例端口是 2376）`,
  'validate.hosts.tlsDefaultHost': (p) =>
    `启用了 TLS 又没有设置 "hosts" 时，dockerd 监听 ${p.address}，而不是 unix 套接字 /var/run/docker.sock`,
  'validate.hosts.hint.forms': () =>
    '使用 unix:///path/to.sock、tcp://HOST:PORT（端口 1-65535，不带路径），或在 systemd 套接字激活下使用 fd://。',
  'validate.hosts.hint.brackets': (p) => `把地址放进方括号，端口写在方括号后面，例如 tcp://[${p.address}]:${p.port}。`,
  'validate.hosts.hint.ipv6Brackets': () => '把 IPv6 地址放进方括号：tcp://[::1]:2376。',
  'validate.hosts.hint.unixOnLinux': () => '在 Linux 上使用 unix:///var/run/docker.sock。',
  'validate.hosts.hint.tcpPort': () => '使用 tcp://HOST:PORT，端口在 1 到 65535 之间，后面不要再写别的。',
  'validate.hosts.hint.fdUnit': () =>
    '只在与 docker.socket 配套的 systemd 单元中保留 fd://；其他地方使用 unix:///var/run/docker.sock。',
  'validate.hosts.hint.fdNumber': () => '写 fd://（使用 systemd 交来的所有套接字）或 fd://3。',
  'validate.hosts.hint.localTls': () =>
    '优先使用 unix 套接字（由它的用户组控制访问），或设置 "tlsverify": true 并配好 "tlscacert"、"tlscert" 和 "tlskey"。',
  'validate.hosts.hint.remoteTls': () =>
    '设置 "tlsverify": true 并配好 "tlscacert"、"tlscert" 和 "tlskey"，或只监听 127.0.0.1。',
  'validate.hosts.hint.writePort': (p) => `写上端口，例如 ${p.example}。`,
  'validate.hosts.hint.listHosts': () =>
    '在 "hosts" 中列出你要的监听地址，例如 ["unix:///var/run/docker.sock", "tcp://0.0.0.0:2376"]。',

  'validate.logLevel.unknown': (p) => `dockerd ${p.version} 不认识日志级别 "${p.level}"`,
  'validate.logLevel.hint.warningRenamed': (p) => `使用以下之一：${p.levels}（25.0 起 "warning" 改成了 "warn"）。`,
  'validate.logFormat.invalid': (p) => `日志格式 "${p.format}" 既不是 "text" 也不是 "json"`,
  'validate.logFormat.hint.use': () => '使用 "text" 或 "json"（小写）。',
  'validate.logDriver.pluginAtStart': (p) =>
    `dockerd ${p.version} 没有内置的日志驱动 "${p.driver}"；由于设置了 log-opts，它会在启动时查找同名的日志插件`,
  'validate.logDriver.pluginAtRun': (p) =>
    `dockerd ${p.version} 没有内置的日志驱动 "${p.driver}"：dockerd 能启动，但除非装了同名的日志插件，否则容器会启动失败`,
  'validate.logDriver.hint.builtinOrPlugin': (p) =>
    `使用内置的日志驱动（${p.drivers}），或先安装插件（\`docker plugin install\`）。`,
  'validate.logDriver.hint.builtin': () => '使用内置的日志驱动，例如 json-file、local 或 journald。',
  'validate.logOpts.invalid': (p) => `log-opts 对日志驱动 ${p.driver} 无效（dockerd 的原话：${p.dockerd}）`,
  'validate.logOpts.hint.accepts': (p) => `${p.driver} 驱动接受的选项：${p.options}。`,
  'validate.logOpts.hint.docs': () => '请对照日志驱动的文档检查选项名。',

  'validate.pools.noBase': (p) => `第 ${p.pool} 个地址池没有 "base"`,
  'validate.pools.baseNotCidr': (p) => `第 ${p.pool} 个地址池：base "${p.base}" 不是 CIDR`,
  'validate.pools.oversize': (p) => `地址池 ${p.pool}：size 比地址本身还长，这个版本的 dockerd 会拒绝由此生成的网络`,
  'validate.pools.sizeMisfit': (p) =>
    `第 ${p.pool} 个地址池：size ${p.size} 与 base ${p.base} 不匹配（必须在 /${p.min} 到 /${p.max} 之间）`,
  'validate.pools.tooMany': (p) =>
    `第 ${p.pool} 个地址池把 ${p.base} 切成 2^${p.exponent} 个网络；dockerd 可能启动很慢，或占用大量内存`,
  'validate.pools.hint.form': () =>
    '每个地址池写成 {"base": "10.10.0.0/16", "size": 24}：一个 CIDR，加上从中切出的网络的前缀长度。',
  'validate.pools.hint.smaller': () => '让 size 更接近 base 的前缀长度，例如 base 为 /16 时 size 用 24。',
  'validate.bridge.notIp': (p) => `"${p.key}": "${p.value}" 不是 IP 地址`,
  'validate.bridge.notCidr': (p) => `"${p.key}": "${p.value}" 不是带前缀长度的地址（CIDR）`,
  'validate.bridge.wrongFamily': (p) => `"${p.key}": "${p.value}" 是 ${p.family} 前缀`,
  'validate.bridge.networkAddress': (p) => `"${p.key}": "${p.value}" 是网络地址；"${p.key}" 应该是网桥自己的地址`,
  'validate.bridge.fixedCidrV6': (p) => `"fixed-cidr-v6": "${p.value}" 不是可用的 IPv6 子网`,
  'validate.bridge.exclusive': (p) => `同时设置了 "bridge" 和 "${p.key}"；两者互斥`,
  'validate.bridge.iccNeedsIptables': () => '"icc": false 依赖 iptables，但 "iptables" 是 false',
  'validate.bridge.iccNeedsIp6tables': () => '启用 IPv6 时 "icc": false 依赖 ip6tables，但 "ip6tables" 是 false',
  'validate.bridge.ip6tablesExperimental': () => '27.0 之前 "ip6tables" 需要 "experimental": true',
  'validate.bridge.ipv6NeedsSubnet': (p) =>
    `在 dockerd ${p.version} 上，"ipv6": true 要求为默认网桥设置 "fixed-cidr-v6"`,
  'validate.bridge.gatewayOutside': (p) =>
    `"${p.key}": "${p.value}" 不在默认网桥的网络 ${p.pool} 内（该网络由 "${p.option}" 决定）`,
  'validate.bridge.gatewayOutsideSubPool': (p) =>
    `"${p.key}": "${p.value}" 不在 "${p.option}" ${p.pool} 内；除非 docker0 已有一个同时包含两者的网络地址，否则 dockerd 会拒绝启动`,
  'validate.bridge.hint.gatewayInside': (p) => `"${p.key}" 请用 ${p.pool} 内的地址，或修改 "${p.option}"。`,
  'validate.bridge.hint.plainIp': () => '写一个单纯的 IPv4 或 IPv6 地址，不带前缀长度和端口。',
  'validate.bridge.hint.bip': () => '写网桥地址和前缀长度，例如 "192.168.200.1/24"。',
  'validate.bridge.hint.subnet': () => '写一个子网，例如 "172.17.0.0/16"。',
  'validate.bridge.hint.ipv6Prefix': () => '使用 IPv6 前缀。',
  'validate.bridge.hint.ipv4Prefix': () => '使用 IPv4 前缀（IPv6 写在 fixed-cidr-v6 / bip6 中）。',
  'validate.bridge.hint.hostAddress': (p) => `使用该网络中的一个主机地址，例如 "${p.example}"。`,
  'validate.bridge.hint.ipv6Subnet': () => '写一个 IPv6 子网，例如 "fd00:db8:1::/64"（不要用链路本地前缀 fe80::/64）。',
  'validate.bridge.hint.exclusive': (p) =>
    `删除 "${p.key}"（改在网桥 "${p.bridge}" 本身上配置地址），或删除 "bridge"。`,
  'validate.bridge.hint.iccNeeds': (p) => `设置 "${p.key}": true，或去掉 "icc": false。`,
  'validate.bridge.hint.experimental': () => '加上 "experimental": true，或删除 "ip6tables"。',
  'validate.bridge.hint.addSubnet': () => '加上 "fixed-cidr-v6"，例如 "fd00:db8:1::/64"。',
  'validate.firewall.backend': (p) => `防火墙后端 "${p.backend}" 既不是 "iptables" 也不是 "nftables"`,
  'validate.firewall.hint.backend': () => '使用 "iptables" 或 "nftables"。',
  'validate.fwmark.markNotNumber': (p) => `bridge-accept-fwmark "${p.value}"：标记不是 32 位数字`,
  'validate.fwmark.maskNotNumber': (p) => `bridge-accept-fwmark "${p.value}"：掩码不是 32 位数字`,
  'validate.fwmark.hint.form': () => '写成 MARK 或 MARK/MASK，例如 "0x100/0xff00"。',
  'validate.hostGateway.notIp': (p) => `主机网关地址 "${p.address}" 不是 IP 地址`,
  'validate.hostGateway.twice': (p) => `"host-gateway-ips" 中有不止一个 ${p.family} 地址`,
  'validate.hostGateway.both': () => '同时设置了 "host-gateway-ip" 和 "host-gateway-ips"',
  'validate.hostGateway.hint.ip': () => '写一个 IPv4 或 IPv6 地址。',
  'validate.hostGateway.hint.onePerFamily': () => '最多保留一个 IPv4 地址和一个 IPv6 地址。',

  'validate.storage.option': (p) => `存储选项 "${p.option}" ${p.problem}`,
  'validate.storage.optionRefused': (p) =>
    `存储驱动 ${p.driver} 拒绝存储选项 "${p.option}"（dockerd 的原话：${p.dockerd}）`,
  'validate.storage.unknownOption': (p) =>
    `存储驱动 ${p.driver} 不认识存储选项 "${p.option}"（它接受的选项：${p.known}）`,
  'validate.storage.noOptions': () => '无',
  'validate.storage.withoutEquals': (p) => `存储选项 "${p.option}" 没有 "="：dockerd 把每一项都当作 key=value 读取`,
  'validate.storage.otherDriver': (p) =>
    `存储选项 "${p.option}" 属于 ${p.drivers} 驱动，但没有设置 "storage-driver"：除非这台主机已经在用 ${p.owner}，否则 dockerd 会尝试 overlay2，而 overlay2 会拒绝它`,
  'validate.storage.unlessContainerd': (p) =>
    `${p.problem}；使用 containerd 镜像存储（全新安装）时 dockerd 29 会忽略 storage-opts，但在仍使用 graph driver 的主机上会拒绝它`,
  'validate.storage.containerdIgnores': () =>
    'storage-opts 会被忽略：这个 dockerd 使用 containerd 镜像存储，它不接受存储选项',
  'validate.storage.driver': (p) => `存储驱动 "${p.driver}" ${p.problem}`,
  'validate.storage.driverNeedsProgram': (p) => `存储驱动 "${p.driver}" 需要 ${p.program} 程序，但它没有安装`,
  'validate.storage.driverRemoved': (p) => `存储驱动 "${p.driver}" 在这个版本的 dockerd 中已被移除`,
  'validate.storage.notBuiltIn': (p) => `这个 dockerd 没有内置存储驱动 "${p.driver}"`,
  'validate.storage.notBuiltInPlugin': (p) =>
    `这个 dockerd 没有内置存储驱动 "${p.driver}"（只有同名的 graph driver 插件才行）`,
  'validate.storage.needsXfsQuota': () =>
    '需要 data-root 位于以项目配额（pquota）挂载的 xfs 上；在其他文件系统上 dockerd 会拒绝启动',
  'validate.storage.needsXfs': (p) => `需要 data-root 下是启用了项目配额的 xfs，但 ${p.where}不是 xfs`,
  'validate.storage.needsQuota': (p) => `需要项目配额，但 ${p.where}没有以 pquota 挂载`,
  'validate.storage.dataRootFs': (p) => `data-root 所在的文件系统（${p.mountpoint} 上的 ${p.type}）`,
  'validate.storage.xattrsBestEffort': () => '只会尽力复制扩展属性：容器可能会出问题',
  'validate.storage.aufsUnavailable': () => '需要树外的 aufs 内核模块，而当前的内核都没有它',
  'validate.storage.hint.unknownOption': () => '删除它，或使用你所运行的驱动的选项（见 "storage-driver"）。',
  'validate.storage.hint.quota': () => '把 data-root 放到以 pquota（prjquota）挂载的 xfs 上，或删除 size 选项。',
  'validate.storage.hint.size': () => '写一个大小，例如 20G。',
  'validate.storage.hint.fixValue': () => '改正这个值，或删除该选项。',
  'validate.storage.hint.unlessSetUp': () => '除非主机已为此做好准备，否则删除它。',
  'validate.storage.hint.overlay2': () => '使用 overlay2（或删除 "storage-driver"，让 dockerd 自己选择）。',
  'validate.storage.hint.installProgram': (p) => `安装 ${p.program}（Debian 软件包同名），或改用 overlay2。`,
  'validate.storage.hint.keyValue': () => '写成 key=value，例如 "overlay2.size=20G"。',
  'validate.storage.hint.setDriver': (p) => `设置 "storage-driver": "${p.driver}"。`,
  'validate.storage.hint.snapshotter': () => '删除 "storage-opts"，或在 containerd 中配置 snapshotter。',

  'validate.tls.ignored': (p) => `"${p.key}" 被忽略：TLS 未启用（设置 "tlsverify": true 以提供 TLS 并验证客户端）`,
  'validate.tls.fileNotSet': (p) =>
    `TLS 已启用，但没有设置 "${p.key}"：在 daemon.json 中启用 TLS 时，dockerd 没有默认的证书路径`,
  'validate.tls.fileUnreadable': (p) => `TLS 已启用，但 "${p.key}" ${p.path} 不是可读的文件`,
  'validate.tls.caNotSet': () => 'TLS 客户端验证已启用，但没有设置 "tlscacert"：客户端证书将按系统的 CA 证书库校验',
  'validate.tls.caUnreadable': (p) => `TLS 客户端验证已启用，但 CA 文件 ${p.path} 不是可读的文件`,
  'validate.tls.caNoCertificate': (p) =>
    `TLS 客户端验证已启用，但 CA 文件 ${p.path} 里没有可用的证书（没有不带头部的有效 "-----BEGIN CERTIFICATE-----" 块）`,
  'validate.tls.tlsAloneVerifies': () => '单独设置 "tls": true 也会要求客户端证书（tlsverify 默认取 tls 的值）',
  'validate.tls.tlsFalseOverridden': () => '"tls": false 不起作用：只要设置了 "tlsverify"，TLS 就会启用',
  'validate.tls.keyPair': (p) => `TLS 已启用，但 ${p.key} 文件 ${p.path} ${p.problem}`,
  'validate.tls.keyPairMismatch': (p) => `TLS 已启用，但私钥文件 ${p.path} ${p.problem}`,
  'validate.tls.pem.noCertData': () => '里没有 PEM 数据（没有 "-----BEGIN CERTIFICATE-----" 块）',
  'validate.tls.pem.keyNotCert': () => '里是私钥而不是证书（tlscert 和 tlskey 是不是写反了？）',
  'validate.tls.pem.noCertBlock': (p) => `里没有 CERTIFICATE 块（只有 ${p.types}）`,
  'validate.tls.pem.noKeyData': () => '里没有 PEM 数据（没有 "-----BEGIN … PRIVATE KEY-----" 块）',
  'validate.tls.pem.certNotKey': () => '里是证书而不是私钥',
  'validate.tls.pem.noKeyBlock': (p) => `里没有 PRIVATE KEY 块（只有 ${p.types}）`,
  'validate.tls.pem.badCert': () => '里的第一个证书不是有效的 X.509 证书',
  'validate.tls.pem.certCurve': (p) => `里的证书使用椭圆曲线 ${p.curve}；Go 只支持 P-224、P-256、P-384 和 P-521`,
  'validate.tls.pem.keyCurve': (p) => `里的私钥使用椭圆曲线 ${p.curve}；Go 只支持 P-224、P-256、P-384 和 P-521`,
  'validate.tls.pem.unknownCurve': () => '（未知）',
  'validate.tls.pem.encrypted': () => '里是加密的（有口令保护的）私钥，dockerd 无法使用',
  'validate.tls.pem.unparsable': () => '里的私钥无法解析（不是 PKCS#1、PKCS#8 或 SEC1 格式）',
  'validate.tls.pem.x25519': () => '里是 X25519 密钥，它不能用于签名；TLS 需要 RSA、ECDSA 或 Ed25519 密钥',
  'validate.tls.pem.keyType': (p) => `里是 ${p.type} 密钥；TLS 需要 RSA、ECDSA 或 Ed25519 密钥`,
  'validate.tls.pem.certKeyType': (p) => `里的证书对应 ${p.type} 密钥；TLS 需要 RSA、ECDSA 或 Ed25519`,
  'validate.tls.pem.typeMismatch': (p) => `是 ${p.key} 密钥，而证书对应的是 ${p.cert} 密钥`,
  'validate.tls.pem.laterCert': () =>
    '属于 tlscert 里靠后的某个证书，但 dockerd 只用第一个（请把服务器证书放在最前面）',
  'validate.tls.pem.noMatch': () => '与证书不匹配',
  'validate.tls.hint.enable': () => '用 "tlsverify": true 启用 TLS，或删除这些 TLS 文件设置。',
  'validate.tls.hint.setPair': () => '把 "tlscert" 和 "tlskey" 设为服务器证书和私钥（PEM 文件），或关闭 TLS。',
  'validate.tls.hint.setCa': () => '把 "tlscacert" 设为签发客户端证书的 CA。',
  'validate.tls.hint.caFile': () => '让 "tlscacert" 指向签发客户端证书的 CA 证书（PEM）。',
  'validate.tls.hint.caPem': () => '让 "tlscacert" 指向签发客户端证书的 CA 的 PEM 证书。',
  'validate.tls.hint.pair': () =>
    '让 "tlscert" 指向服务器证书（PEM，服务器证书放在最前面），让 "tlskey" 指向它未加密的私钥（PEM）。',
  'validate.tls.hint.explicitVerify': () =>
    '加上 "tlsverify": true 把这一点写明；如果要不验证客户端证书的 TLS，设置 "tlsverify": false。',
  'validate.tls.hint.plainHttp': () => '删除 "tls": false，或删除 "tlsverify" 以提供纯 HTTP。',

  // insecure-registries: wide and unneeded
  'validate.insecure.wide': (p) =>
    `insecure-registries 中有 ${p.registry}（${p.size}）：dockerd 对其中任何仓库都用纯 HTTP 或不校验证书的 TLS 通信，同一网络里的任何人都能给你提供镜像`,
  'validate.insecure.wide.addresses': (p) => `${p.count} 个地址`,
  'validate.insecure.wide.network': (p) => `一个 /${p.bits} 网段`,
  'validate.insecure.hint.wide': () =>
    '只列出具体的仓库（主机:端口），或者给它们配上 TLS，并把 CA 证书放到 /etc/docker/certs.d/<主机:端口>/ca.crt',
  'validate.insecure.unneeded': (p) => `不需要非安全仓库 "${p.registry}"：dockerd 始终把 ${p.network} 当作非安全仓库`,

  // builder.gc: sizes and filters parsed while dockerd sets up BuildKit
  'validate.builder.size': (p) =>
    `builder.gc ${p.where} "${p.value}" 不是 dockerd 能读懂的大小，dockerd 在初始化构建器时会停止（dockerd 的原话：${p.dockerd}）`,
  'validate.builder.filter': (p) =>
    `dockerd 在初始化构建器时拒绝 builder.gc ${p.where}（dockerd 的原话：${p.dockerd}）`,
  'validate.builder.hint.size': () =>
    '写一个数字，可以带单位，例如 "512MB"、"10GB" 或 "20gb"（go-units，按 1024 进位），或者删除这个设置。',
  'validate.builder.hint.filter': () =>
    '每个过滤条件最多给一个值，"until" 和 "unused-for" 只用其一，时长写成 "24h" 这样的形式。',
  'validate.builder.filterPanic': (p) =>
    `builder.gc ${p.where} 中有不带 "=" 的条目：这个版本的 dockerd 读取 daemon.json 时会崩溃（panic）`,
  'validate.builder.hint.filterPanic': () =>
    '每个过滤条件都写成 名称=值 的形式，例如 "until=24h" 或 "type=source.local"。',
  'validate.builder.historyMaxAge': (p) =>
    `builder.history.maxAge "${p.value}" 既不是时长也不是整秒数：dockerd 无法读取 daemon.json（dockerd 的原话：${p.dockerd}）`,
  'validate.builder.hint.historyMaxAge': () => '写成 "48h" 这样的时长，或者秒数。',
  'validate.builder.historyPanic': (p) =>
    `builder.history.maxEntries ${p.value} 是负数：BuildKit 清理构建历史时 dockerd 会崩溃（panic）`,
  'validate.builder.hint.historyPanic': () => '使用 0 或正数（默认是 50）。',
};
