// Go 1.20–1.26 name the embedded structs a field sits in when they report a type error
// ("Go struct field Config.CommonConfig.ServiceOptions.registry-mirrors"). The embedding as of
// dockerd 25.0–27.x (extracted from daemon/config at v26.1.5); 20.10 builds (Go 1.19) and the
// Go 1.27 builds of 28.x print none.
const EMBEDDED: Readonly<Record<string, readonly string[]>> = {
  CommonConfig: [
    'api-cors-header',
    'authorization-plugins',
    'builder',
    'cdi-spec-dirs',
    'containerd',
    'containerd-namespace',
    'containerd-plugin-namespace',
    'cri-containerd',
    'data-root',
    'debug',
    'default-runtime',
    'exec-opts',
    'exec-root',
    'experimental',
    'features',
    'group',
    'hosts',
    'labels',
    'live-restore',
    'log-format',
    'log-level',
    'max-concurrent-downloads',
    'max-concurrent-uploads',
    'max-download-attempts',
    'metrics-addr',
    'network-diagnostic-port',
    'node-generic-resources',
    'pidfile',
    'proxies',
    'raw-logs',
    'shutdown-timeout',
    'storage-driver',
    'storage-opts',
    'swarm-default-advertise-addr',
    'tls',
    'tlsverify',
  ],
  'CommonConfig.TLSOptions': ['tlscacert', 'tlscert', 'tlskey'],
  'CommonConfig.DNSConfig': ['dns', 'dns-opts', 'dns-search', 'host-gateway-ip'],
  'CommonConfig.LogConfig': ['log-driver', 'log-opts'],
  'CommonConfig.BridgeConfig.DefaultBridgeConfig.commonBridgeConfig': ['bridge', 'fixed-cidr'],
  'CommonConfig.BridgeConfig.DefaultBridgeConfig': [
    'bip',
    'default-gateway',
    'default-gateway-v6',
    'fixed-cidr-v6',
    'icc',
    'ip',
    'ipv6',
    'mtu',
  ],
  'CommonConfig.BridgeConfig': [
    'ip-forward',
    'ip-masq',
    'ip6tables',
    'iptables',
    'userland-proxy',
    'userland-proxy-path',
  ],
  'CommonConfig.NetworkConfig': ['default-address-pools', 'default-network-opts', 'network-control-plane-mtu'],
  'CommonConfig.ServiceOptions': ['allow-nondistributable-artifacts', 'insecure-registries', 'registry-mirrors'],
};

const BY_KEY = new Map(Object.entries(EMBEDDED).flatMap(([path, keys]) => keys.map((k) => [k, path] as const)));

/** "CommonConfig.ServiceOptions" for "registry-mirrors"; "" for fields of Config itself. */
export const goEmbeddingPath = (key: string): string => BY_KEY.get(key) ?? '';
