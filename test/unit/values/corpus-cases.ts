// Generated from /work/shared/corpus (verdicts of real dockerd 20.10.24, 26.1.5, 28.5.2 Debian builds).
export interface CorpusCase {
  name: string;
  json: string;
  flags: string[];
  verdicts: Record<string, { accepted: string; line: string }>;
}
export const CORPUS_ENGINES: Record<string, string> = {
  '20.10': '20.10.24+dfsg1',
  '26.1.5-debian': '26.1.5+dfsg1-9+deb13u1',
  '28.5.2-debian': '28.5.2+dfsg4-5',
};
export const CORPUS: CorpusCase[] = [
  {
    name: 'hosts-bare-host-port',
    json: '{"hosts": ["unix://@TMP@/d.sock", "127.0.0.1:@PORT@"]}\n',
    flags: [],
    verdicts: {
      '20.10': { accepted: 'yes', line: '' },
      '26.1.5-debian': { accepted: 'yes', line: '' },
      '28.5.2-debian': { accepted: 'yes', line: '' },
    },
  },
  {
    name: 'hosts-duplicate',
    json: '{"hosts": ["unix://@TMP@/d.sock", "unix://@TMP@/d.sock"]}\n',
    flags: [],
    verdicts: {
      '20.10': { accepted: 'yes', line: '' },
      '26.1.5-debian': { accepted: 'yes', line: '' },
      '28.5.2-debian': { accepted: 'yes', line: '' },
    },
  },
  {
    name: 'hosts-fd-without-systemd',
    json: '{"hosts": ["fd://"]}\n',
    flags: [],
    verdicts: {
      '20.10': {
        accepted: 'no',
        line: 'failed to load listeners: no sockets found via socket activation: make sure the service was started by systemd',
      },
      '26.1.5-debian': {
        accepted: 'no',
        line: 'failed to load listeners: no sockets found via socket activation: make sure the service was started by systemd',
      },
      '28.5.2-debian': {
        accepted: 'no',
        line: 'failed to load listeners: no sockets found via socket activation: make sure the service was started by systemd',
      },
    },
  },
  {
    name: 'hosts-npipe-on-linux',
    json: '{"hosts": ["unix://@TMP@/d.sock", "npipe:////./pipe/docker_engine"]}\n',
    flags: [],
    verdicts: {
      '20.10': { accepted: 'no', line: 'failed to load listeners: invalid protocol format: "npipe"' },
      '26.1.5-debian': { accepted: 'no', line: 'failed to load listeners: invalid protocol format: "npipe"' },
      '28.5.2-debian': { accepted: 'no', line: 'failed to load listeners: invalid protocol format: "npipe"' },
    },
  },
  {
    name: 'hosts-ssh-scheme',
    json: '{"hosts": ["unix://@TMP@/d.sock", "ssh://127.0.0.1"]}\n',
    flags: [],
    verdicts: {
      '20.10': {
        accepted: 'no',
        line: 'failed to load listeners: error parsing -H ssh://127.0.0.1: Invalid bind address format: ssh://127.0.0.1',
      },
      '26.1.5-debian': {
        accepted: 'no',
        line: "unable to configure the Docker daemon with file $TMP/daemon.json: merged configuration validation from file and command line flags failed: invalid bind address (ssh://127.0.0.1): unsupported proto 'ssh'",
      },
      '28.5.2-debian': {
        accepted: 'no',
        line: "unable to configure the Docker daemon with file $TMP/daemon.json: merged configuration validation from file and command line flags failed: invalid bind address (ssh://127.0.0.1): unsupported proto 'ssh'",
      },
    },
  },
  {
    name: 'hosts-tcp-bad-port',
    json: '{"hosts": ["unix://@TMP@/d.sock", "tcp://127.0.0.1:abc"]}\n',
    flags: [],
    verdicts: {
      '20.10': {
        accepted: 'no',
        line: 'failed to load listeners: error parsing -H tcp://127.0.0.1:abc: parse "tcp://127.0.0.1:abc": invalid port ":abc" after host',
      },
      '26.1.5-debian': {
        accepted: 'no',
        line: 'unable to configure the Docker daemon with file $TMP/daemon.json: merged configuration validation from file and command line flags failed: invalid bind address (tcp://127.0.0.1:abc): parse "tcp://127.0.0.1:abc": invalid port ":abc" after host',
      },
      '28.5.2-debian': {
        accepted: 'no',
        line: 'unable to configure the Docker daemon with file $TMP/daemon.json: merged configuration validation from file and command line flags failed: invalid bind address (tcp://127.0.0.1:abc): parse "tcp://127.0.0.1:abc": invalid port ":abc" after host',
      },
    },
  },
  {
    name: 'hosts-tcp-loopback',
    json: '{"hosts": ["unix://@TMP@/d.sock", "tcp://127.0.0.1:@PORT@"]}\n',
    flags: [],
    verdicts: {
      '20.10': { accepted: 'yes', line: '' },
      '26.1.5-debian': { accepted: 'yes', line: '' },
      '28.5.2-debian': { accepted: 'yes', line: '' },
    },
  },
  {
    name: 'hosts-tcp-no-port',
    json: '{"hosts": ["unix://@TMP@/d.sock", "tcp://127.0.0.1"]}\n',
    flags: [],
    verdicts: {
      '20.10': { accepted: 'yes', line: '' },
      '26.1.5-debian': { accepted: 'yes', line: '' },
      '28.5.2-debian': { accepted: 'yes', line: '' },
    },
  },
  {
    name: 'hosts-tcp-path',
    json: '{"hosts": ["unix://@TMP@/d.sock", "tcp://127.0.0.1:@PORT@/api"]}\n',
    flags: [],
    verdicts: {
      '20.10': { accepted: 'no', line: 'failed to load listeners: listen tcp: address tcp/$PORT/api: unknown port' },
      '26.1.5-debian': {
        accepted: 'no',
        line: 'unable to configure the Docker daemon with file $TMP/daemon.json: merged configuration validation from file and command line flags failed: invalid bind address (tcp://127.0.0.1:$PORT/api): should not contain a path element',
      },
      '28.5.2-debian': {
        accepted: 'no',
        line: 'unable to configure the Docker daemon with file $TMP/daemon.json: merged configuration validation from file and command line flags failed: invalid bind address (tcp://127.0.0.1:$PORT/api): should not contain a path element',
      },
    },
  },
  {
    name: 'hosts-unix',
    json: '{"hosts": ["unix://@TMP@/d.sock"]}\n',
    flags: [],
    verdicts: {
      '20.10': { accepted: 'yes', line: '' },
      '26.1.5-debian': { accepted: 'yes', line: '' },
      '28.5.2-debian': { accepted: 'yes', line: '' },
    },
  },
  {
    name: 'insecure-bad-port',
    json: '{"insecure-registries": ["registry.local:99999"]}\n',
    flags: [],
    verdicts: {
      '20.10': {
        accepted: 'no',
        line: 'failed to start daemon: insecure registry registry.local:99999 is not valid: invalid port "99999"',
      },
      '26.1.5-debian': {
        accepted: 'no',
        line: 'failed to start daemon: insecure registry registry.local:99999 is not valid: invalid port "99999"',
      },
      '28.5.2-debian': {
        accepted: 'no',
        line: 'failed to start daemon: insecure registry registry.local:99999 is not valid: invalid port "99999"',
      },
    },
  },
  {
    name: 'insecure-cidr-host-bits',
    json: '{"insecure-registries": ["10.1.2.3/8"]}\n',
    flags: [],
    verdicts: {
      '20.10': { accepted: 'yes', line: '' },
      '26.1.5-debian': { accepted: 'yes', line: '' },
      '28.5.2-debian': { accepted: 'yes', line: '' },
    },
  },
  {
    name: 'insecure-empty-string',
    json: '{"insecure-registries": [""]}\n',
    flags: [],
    verdicts: {
      '20.10': { accepted: 'no', line: 'failed to start daemon: insecure registry  is not valid: invalid host ""' },
      '26.1.5-debian': {
        accepted: 'no',
        line: 'failed to start daemon: insecure registry  is not valid: invalid host ""',
      },
      '28.5.2-debian': {
        accepted: 'no',
        line: 'failed to start daemon: insecure registry  is not valid: invalid host ""',
      },
    },
  },
  {
    name: 'insecure-host-port',
    json: '{"insecure-registries": ["registry.local:5000"]}\n',
    flags: [],
    verdicts: {
      '20.10': { accepted: 'yes', line: '' },
      '26.1.5-debian': { accepted: 'yes', line: '' },
      '28.5.2-debian': { accepted: 'yes', line: '' },
    },
  },
  {
    name: 'insecure-http-prefix',
    json: '{"insecure-registries": ["http://registry.local:5000"]}\n',
    flags: [],
    verdicts: {
      '20.10': { accepted: 'yes', line: '' },
      '26.1.5-debian': { accepted: 'yes', line: '' },
      '28.5.2-debian': { accepted: 'yes', line: '' },
    },
  },
  {
    name: 'insecure-index-docker-io',
    json: '{"insecure-registries": ["index.docker.io"]}\n',
    flags: [],
    verdicts: {
      '20.10': { accepted: 'yes', line: '' },
      '26.1.5-debian': { accepted: 'yes', line: '' },
      '28.5.2-debian': { accepted: 'yes', line: '' },
    },
  },
  {
    name: 'insecure-ipv6-cidr',
    json: '{"insecure-registries": ["fd00::/8"]}\n',
    flags: [],
    verdicts: {
      '20.10': { accepted: 'yes', line: '' },
      '26.1.5-debian': { accepted: 'yes', line: '' },
      '28.5.2-debian': { accepted: 'yes', line: '' },
    },
  },
  {
    name: 'insecure-leading-hyphen',
    json: '{"insecure-registries": ["-registry.local"]}\n',
    flags: [],
    verdicts: {
      '20.10': {
        accepted: 'no',
        line: 'failed to start daemon: invalid index name (-registry.local). Cannot begin or end with a hyphen',
      },
      '26.1.5-debian': {
        accepted: 'no',
        line: 'failed to start daemon: invalid index name (-registry.local). Cannot begin or end with a hyphen',
      },
      '28.5.2-debian': {
        accepted: 'no',
        line: 'failed to start daemon: invalid index name (-registry.local). Cannot begin or end with a hyphen',
      },
    },
  },
  {
    name: 'insecure-underscore-host',
    json: '{"insecure-registries": ["my_registry:5000"]}\n',
    flags: [],
    verdicts: {
      '20.10': {
        accepted: 'no',
        line: 'failed to start daemon: insecure registry my_registry:5000 is not valid: invalid host "my_registry"',
      },
      '26.1.5-debian': {
        accepted: 'no',
        line: 'failed to start daemon: insecure registry my_registry:5000 is not valid: invalid host "my_registry"',
      },
      '28.5.2-debian': {
        accepted: 'no',
        line: 'failed to start daemon: insecure registry my_registry:5000 is not valid: invalid host "my_registry"',
      },
    },
  },
  {
    name: 'mirror-double-slash',
    json: '{"registry-mirrors": ["https://mirror.example.com//"]}\n',
    flags: [],
    verdicts: {
      '20.10': {
        accepted: 'no',
        line: 'failed to start daemon: invalid mirror: path, query, or fragment at end of the URI "https://mirror.example.com//"',
      },
      '26.1.5-debian': { accepted: 'yes', line: '' },
      '28.5.2-debian': { accepted: 'yes', line: '' },
    },
  },
  {
    name: 'mirror-duplicates',
    json: '{"registry-mirrors": ["https://mirror.example.com", "https://mirror.example.com/"]}\n',
    flags: [],
    verdicts: {
      '20.10': { accepted: 'yes', line: '' },
      '26.1.5-debian': { accepted: 'yes', line: '' },
      '28.5.2-debian': { accepted: 'yes', line: '' },
    },
  },
  {
    name: 'mirror-fragment',
    json: '{"registry-mirrors": ["https://mirror.example.com/#frag"]}\n',
    flags: [],
    verdicts: {
      '20.10': {
        accepted: 'no',
        line: 'failed to start daemon: invalid mirror: path, query, or fragment at end of the URI "https://mirror.example.com/#frag"',
      },
      '26.1.5-debian': {
        accepted: 'no',
        line: 'failed to start daemon: invalid mirror: query or fragment at end of the URI "https://mirror.example.com/#frag"',
      },
      '28.5.2-debian': {
        accepted: 'no',
        line: 'unable to configure the Docker daemon with file $TMP/daemon.json: merged configuration validation from file and command line flags failed: invalid mirror: query or fragment at end of the URI "https://mirror.example.com/#frag"',
      },
    },
  },
  {
    name: 'mirror-ftp-scheme',
    json: '{"registry-mirrors": ["ftp://mirror.example.com"]}\n',
    flags: [],
    verdicts: {
      '20.10': {
        accepted: 'no',
        line: 'failed to start daemon: invalid mirror: unsupported scheme "ftp" in "ftp://mirror.example.com"',
      },
      '26.1.5-debian': {
        accepted: 'no',
        line: 'failed to start daemon: invalid mirror: unsupported scheme "ftp" in "ftp://mirror.example.com"',
      },
      '28.5.2-debian': {
        accepted: 'no',
        line: 'unable to configure the Docker daemon with file $TMP/daemon.json: merged configuration validation from file and command line flags failed: invalid mirror: unsupported scheme "ftp" in "ftp://mirror.example.com": must use either \'https://\' or \'http://\'',
      },
    },
  },
  {
    name: 'mirror-leading-space',
    json: '{"registry-mirrors": [" https://mirror.example.com"]}\n',
    flags: [],
    verdicts: {
      '20.10': {
        accepted: 'no',
        line: 'failed to start daemon: invalid mirror: " https://mirror.example.com" is not a valid URI',
      },
      '26.1.5-debian': {
        accepted: 'no',
        line: 'failed to start daemon: invalid mirror: " https://mirror.example.com" is not a valid URI: parse " https://mirror.example.com": first path segment in URL cannot contain colon',
      },
      '28.5.2-debian': {
        accepted: 'no',
        line: 'unable to configure the Docker daemon with file $TMP/daemon.json: merged configuration validation from file and command line flags failed: invalid mirror: " https://mirror.example.com" is not a valid URI: parse " https://mirror.example.com": first path segment in URL cannot contain colon',
      },
    },
  },
  {
    name: 'mirror-no-scheme',
    json: '{"registry-mirrors": ["mirror.example.com"]}\n',
    flags: [],
    verdicts: {
      '20.10': {
        accepted: 'no',
        line: 'failed to start daemon: invalid mirror: unsupported scheme "" in "mirror.example.com"',
      },
      '26.1.5-debian': {
        accepted: 'no',
        line: 'failed to start daemon: invalid mirror: unsupported scheme "" in "mirror.example.com"',
      },
      '28.5.2-debian': {
        accepted: 'no',
        line: "unable to configure the Docker daemon with file $TMP/daemon.json: merged configuration validation from file and command line flags failed: invalid mirror: no scheme specified for \"mirror.example.com\": must use either 'https://' or 'http://'",
      },
    },
  },
  {
    name: 'mirror-path-trailing-slash',
    json: '{"registry-mirrors": ["https://mirror.example.com/path/"]}\n',
    flags: [],
    verdicts: {
      '20.10': {
        accepted: 'no',
        line: 'failed to start daemon: invalid mirror: path, query, or fragment at end of the URI "https://mirror.example.com/path/"',
      },
      '26.1.5-debian': { accepted: 'yes', line: '' },
      '28.5.2-debian': { accepted: 'yes', line: '' },
    },
  },
  {
    name: 'mirror-query',
    json: '{"registry-mirrors": ["https://mirror.example.com/?token=x"]}\n',
    flags: [],
    verdicts: {
      '20.10': {
        accepted: 'no',
        line: 'failed to start daemon: invalid mirror: path, query, or fragment at end of the URI "https://mirror.example.com/?token=x"',
      },
      '26.1.5-debian': {
        accepted: 'no',
        line: 'failed to start daemon: invalid mirror: query or fragment at end of the URI "https://mirror.example.com/?token=x"',
      },
      '28.5.2-debian': {
        accepted: 'no',
        line: 'unable to configure the Docker daemon with file $TMP/daemon.json: merged configuration validation from file and command line flags failed: invalid mirror: query or fragment at end of the URI "https://mirror.example.com/?token=x"',
      },
    },
  },
  {
    name: 'mirror-uppercase-scheme',
    json: '{"registry-mirrors": ["HTTPS://mirror.example.com"]}\n',
    flags: [],
    verdicts: {
      '20.10': { accepted: 'yes', line: '' },
      '26.1.5-debian': { accepted: 'yes', line: '' },
      '28.5.2-debian': { accepted: 'yes', line: '' },
    },
  },
  {
    name: 'mirror-valid',
    json: '{"registry-mirrors": ["https://mirror.example.com"]}\n',
    flags: [],
    verdicts: {
      '20.10': { accepted: 'yes', line: '' },
      '26.1.5-debian': { accepted: 'yes', line: '' },
      '28.5.2-debian': { accepted: 'yes', line: '' },
    },
  },
  {
    name: 'tls-verify-missing-files',
    json: '{"hosts": ["unix://@TMP@/d.sock", "tcp://127.0.0.1:@PORT@"], "tlsverify": true, "tlscacert": "@TMP@/missing/ca.pem", "tlscert": "@TMP@/missing/cert.pem", "tlskey": "@TMP@/missing/key.pem"}\n',
    flags: [],
    verdicts: {
      '20.10': {
        accepted: 'no',
        line: 'failed to create API server: Could not load X509 key pair (cert: "$TMP/missing/cert.pem", key: "$TMP/missing/key.pem"): open $TMP/missing/cert.pem: no such file or directory',
      },
      '26.1.5-debian': {
        accepted: 'no',
        line: 'invalid TLS configuration: Could not load X509 key pair (cert: "$TMP/missing/cert.pem", key: "$TMP/missing/key.pem"): open $TMP/missing/cert.pem: no such file or directory',
      },
      '28.5.2-debian': {
        accepted: 'no',
        line: 'invalid TLS configuration: Could not load X509 key pair (cert: "$TMP/missing/cert.pem", key: "$TMP/missing/key.pem"): open $TMP/missing/cert.pem: no such file or directory',
      },
    },
  },
  {
    name: 'tlsverify-false-no-certs',
    json: '{"hosts": ["unix://@TMP@/d.sock", "tcp://127.0.0.1:@PORT@"], "tlsverify": false}\n',
    flags: [],
    verdicts: {
      '20.10': {
        accepted: 'no',
        line: 'failed to create API server: Could not load X509 key pair (cert: "", key: ""): open : no such file or directory',
      },
      '26.1.5-debian': {
        accepted: 'no',
        line: 'invalid TLS configuration: Could not load X509 key pair (cert: "", key: ""): open : no such file or directory',
      },
      '28.5.2-debian': {
        accepted: 'no',
        line: 'invalid TLS configuration: Could not load X509 key pair (cert: "", key: ""): open : no such file or directory',
      },
    },
  },
  {
    name: 'value-default-address-pools',
    json: '{"default-address-pools": [{"base": "10.123.0.0/16", "size": 24}]}\n',
    flags: [],
    verdicts: {
      '20.10': { accepted: 'yes', line: '' },
      '26.1.5-debian': { accepted: 'yes', line: '' },
      '28.5.2-debian': { accepted: 'yes', line: '' },
    },
  },
  {
    name: 'value-default-cgroupns-invalid',
    json: '{"default-cgroupns-mode": "shared"}\n',
    flags: [],
    verdicts: {
      '20.10': {
        accepted: 'no',
        line: 'unable to configure the Docker daemon with file $TMP/daemon.json: configuration validation from file failed: default cgroup namespace mode (shared) is invalid; use "host" or "private"',
      },
      '26.1.5-debian': {
        accepted: 'no',
        line: 'unable to configure the Docker daemon with file $TMP/daemon.json: merged configuration validation from file and command line flags failed: default cgroup namespace mode (shared) is invalid; use "host" or "private"',
      },
      '28.5.2-debian': {
        accepted: 'no',
        line: 'unable to configure the Docker daemon with file $TMP/daemon.json: merged configuration validation from file and command line flags failed: invalid default cgroup namespace (shared): use "host" or "private"',
      },
    },
  },
  {
    name: 'value-default-ipc-mode-host',
    json: '{"default-ipc-mode": "host"}\n',
    flags: [],
    verdicts: {
      '20.10': {
        accepted: 'no',
        line: 'unable to configure the Docker daemon with file $TMP/daemon.json: configuration validation from file failed: IPC mode "host" is not supported as default value; use "shareable" or "private"',
      },
      '26.1.5-debian': {
        accepted: 'no',
        line: 'unable to configure the Docker daemon with file $TMP/daemon.json: merged configuration validation from file and command line flags failed: IPC mode "host" is not supported as default value; use "shareable" or "private"',
      },
      '28.5.2-debian': {
        accepted: 'no',
        line: 'unable to configure the Docker daemon with file $TMP/daemon.json: merged configuration validation from file and command line flags failed: IPC mode "host" is not supported as default value; use "shareable" or "private"',
      },
    },
  },
  {
    name: 'value-default-ulimits',
    json: '{"default-ulimits": {"nofile": {"Name": "nofile", "Hard": 64000, "Soft": 64000}}}\n',
    flags: [],
    verdicts: {
      '20.10': { accepted: 'yes', line: '' },
      '26.1.5-debian': { accepted: 'yes', line: '' },
      '28.5.2-debian': { accepted: 'yes', line: '' },
    },
  },
  {
    name: 'value-dns-invalid',
    json: '{"dns": ["not-an-ip"]}\n',
    flags: [],
    verdicts: {
      '20.10': {
        accepted: 'no',
        line: 'unable to configure the Docker daemon with file $TMP/daemon.json: configuration validation from file failed: not-an-ip is not an ip address',
      },
      '26.1.5-debian': {
        accepted: 'no',
        line: 'unable to configure the Docker daemon with file $TMP/daemon.json: invalid IP address: not-an-ip',
      },
      '28.5.2-debian': {
        accepted: 'no',
        line: 'unable to configure the Docker daemon with file $TMP/daemon.json: invalid JSON: invalid IP address: not-an-ip',
      },
    },
  },
  {
    name: 'value-exec-opts-bad-cgroupdriver',
    json: '{"exec-opts": ["native.cgroupdriver=bogus"]}\n',
    flags: [],
    verdicts: {
      '20.10': { accepted: 'no', line: 'failed to start daemon: native.cgroupdriver option bogus not supported' },
      '26.1.5-debian': {
        accepted: 'no',
        line: 'failed to start daemon: native.cgroupdriver option bogus not supported',
      },
      '28.5.2-debian': {
        accepted: 'no',
        line: 'failed to start daemon: native.cgroupdriver option bogus not supported',
      },
    },
  },
  {
    name: 'value-exec-opts-systemd-cgroupdriver',
    json: '{"exec-opts": ["native.cgroupdriver=systemd"]}\n',
    flags: [],
    verdicts: {
      '20.10': { accepted: 'yes', line: '' },
      '26.1.5-debian': { accepted: 'yes', line: '' },
      '28.5.2-debian': { accepted: 'yes', line: '' },
    },
  },
  {
    name: 'value-group-missing',
    json: '{"group": "no-such-group-xyz"}\n',
    flags: [],
    verdicts: {
      '20.10': { accepted: 'no', line: 'failed to load listeners: group no-such-group-xyz not found' },
      '26.1.5-debian': { accepted: 'no', line: 'failed to load listeners: group no-such-group-xyz not found' },
      '28.5.2-debian': { accepted: 'no', line: 'failed to load listeners: group no-such-group-xyz not found' },
    },
  },
  {
    name: 'value-labels-bad-format',
    json: '{"labels": ["nokeyvalue"]}\n',
    flags: [],
    verdicts: {
      '20.10': {
        accepted: 'no',
        line: 'unable to configure the Docker daemon with file $TMP/daemon.json: configuration validation from file failed: bad attribute format: nokeyvalue',
      },
      '26.1.5-debian': {
        accepted: 'no',
        line: 'unable to configure the Docker daemon with file $TMP/daemon.json: merged configuration validation from file and command line flags failed: bad attribute format: nokeyvalue',
      },
      '28.5.2-debian': {
        accepted: 'no',
        line: 'unable to configure the Docker daemon with file $TMP/daemon.json: merged configuration validation from file and command line flags failed: bad attribute format: nokeyvalue',
      },
    },
  },
  {
    name: 'value-log-driver-unknown',
    json: '{"log-driver": "no-such-driver"}\n',
    flags: [],
    verdicts: {
      '20.10': { accepted: 'yes', line: '' },
      '26.1.5-debian': { accepted: 'yes', line: '' },
      '28.5.2-debian': { accepted: 'yes', line: '' },
    },
  },
  {
    name: 'value-log-driver-unknown-with-opts',
    json: '{"log-driver": "no-such-driver", "log-opts": {"a": "b"}}\n',
    flags: [],
    verdicts: {
      '20.10': {
        accepted: 'no',
        line: 'failed to start daemon: failed to set log opts: error looking up logging plugin no-such-driver: plugin "no-such-driver" not found',
      },
      '26.1.5-debian': {
        accepted: 'no',
        line: 'failed to start daemon: failed to set log opts: failed to set log opts: error looking up logging plugin no-such-driver: plugin "no-such-driver" not found',
      },
      '28.5.2-debian': {
        accepted: 'no',
        line: 'failed to start daemon: failed to set log opts: failed to set log opts: error looking up logging plugin no-such-driver: plugin "no-such-driver" not found',
      },
    },
  },
  {
    name: 'value-log-level-uppercase',
    json: '{"log-level": "DEBUG"}\n',
    flags: [],
    verdicts: {
      '20.10': { accepted: 'yes', line: '' },
      '26.1.5-debian': { accepted: 'yes', line: '' },
      '28.5.2-debian': { accepted: 'yes', line: '' },
    },
  },
  {
    name: 'value-log-level-warning',
    json: '{"log-level": "warning"}\n',
    flags: [],
    verdicts: {
      '20.10': { accepted: 'yes', line: '' },
      '26.1.5-debian': {
        accepted: 'no',
        line: 'unable to configure the Docker daemon with file $TMP/daemon.json: merged configuration validation from file and command line flags failed: invalid logging level: warning',
      },
      '28.5.2-debian': {
        accepted: 'no',
        line: 'unable to configure the Docker daemon with file $TMP/daemon.json: merged configuration validation from file and command line flags failed: invalid logging level: warning',
      },
    },
  },
  {
    name: 'value-log-opts-unknown-key',
    json: '{"log-opts": {"bogus": "1"}}\n',
    flags: [],
    verdicts: {
      '20.10': {
        accepted: 'no',
        line: "failed to start daemon: failed to set log opts: unknown log opt 'bogus' for json-file log driver",
      },
      '26.1.5-debian': {
        accepted: 'no',
        line: "failed to start daemon: failed to set log opts: failed to set log opts: unknown log opt 'bogus' for json-file log driver",
      },
      '28.5.2-debian': {
        accepted: 'no',
        line: "failed to start daemon: failed to set log opts: failed to set log opts: unknown log opt 'bogus' for json-file log driver",
      },
    },
  },
  {
    name: 'value-log-opts-valid',
    json: '{"log-driver": "json-file", "log-opts": {"max-size": "10m", "max-file": "3"}}\n',
    flags: [],
    verdicts: {
      '20.10': { accepted: 'yes', line: '' },
      '26.1.5-debian': { accepted: 'yes', line: '' },
      '28.5.2-debian': { accepted: 'yes', line: '' },
    },
  },
  {
    name: 'value-node-generic-resources-bad',
    json: '{"node-generic-resources": ["gpu"]}\n',
    flags: [],
    verdicts: {
      '20.10': {
        accepted: 'no',
        line: "unable to configure the Docker daemon with file $TMP/daemon.json: configuration validation from file failed: could not parse GenericResource: incorrect term gpu, missing '=' or malformed expression",
      },
      '26.1.5-debian': {
        accepted: 'no',
        line: "unable to configure the Docker daemon with file $TMP/daemon.json: merged configuration validation from file and command line flags failed: could not parse GenericResource: incorrect term gpu, missing '=' or malformed expression",
      },
      '28.5.2-debian': {
        accepted: 'no',
        line: "unable to configure the Docker daemon with file $TMP/daemon.json: merged configuration validation from file and command line flags failed: could not parse GenericResource: incorrect term gpu, missing '=' or malformed expression",
      },
    },
  },
  {
    name: 'value-runtimes-custom',
    json: '{"runtimes": {"custom": {"path": "/usr/sbin/runc", "runtimeArgs": ["--debug"]}}}\n',
    flags: [],
    verdicts: {
      '20.10': { accepted: 'yes', line: '' },
      '26.1.5-debian': { accepted: 'yes', line: '' },
      '28.5.2-debian': { accepted: 'yes', line: '' },
    },
  },
  {
    name: 'value-shutdown-timeout-negative',
    json: '{"shutdown-timeout": -1}\n',
    flags: [],
    verdicts: {
      '20.10': { accepted: 'yes', line: '' },
      '26.1.5-debian': { accepted: 'yes', line: '' },
      '28.5.2-debian': { accepted: 'yes', line: '' },
    },
  },
  {
    name: 'type-negative-max-downloads',
    json: '{"max-concurrent-downloads": -1}\n',
    flags: [],
    verdicts: {
      '20.10': {
        accepted: 'no',
        line: 'unable to configure the Docker daemon with file $TMP/daemon.json: configuration validation from file failed: invalid max concurrent downloads: -1',
      },
      '26.1.5-debian': {
        accepted: 'no',
        line: 'unable to configure the Docker daemon with file $TMP/daemon.json: merged configuration validation from file and command line flags failed: invalid max concurrent downloads: -1',
      },
      '28.5.2-debian': {
        accepted: 'no',
        line: 'unable to configure the Docker daemon with file $TMP/daemon.json: merged configuration validation from file and command line flags failed: invalid max concurrent downloads: -1',
      },
    },
  },
  {
    name: 'type-zero-max-download-attempts',
    json: '{"max-download-attempts": 0}\n',
    flags: [],
    verdicts: {
      '20.10': {
        accepted: 'no',
        line: 'unable to configure the Docker daemon with file $TMP/daemon.json: configuration validation from file failed: invalid max download attempts: 0',
      },
      '26.1.5-debian': { accepted: 'yes', line: '' },
      '28.5.2-debian': { accepted: 'yes', line: '' },
    },
  },
  {
    name: 'type-shm-size-string',
    json: '{"default-shm-size": "128M"}\n',
    flags: [],
    verdicts: {
      '20.10': { accepted: 'yes', line: '' },
      '26.1.5-debian': { accepted: 'yes', line: '' },
      '28.5.2-debian': { accepted: 'yes', line: '' },
    },
  },
  {
    name: 'key-cluster-advertise-without-store',
    json: '{"cluster-advertise": "127.0.0.1:2376"}\n',
    flags: [],
    verdicts: {
      '20.10': {
        accepted: 'no',
        line: 'failed to start daemon: invalid cluster configuration. --cluster-advertise must be accompanied by --cluster-store configuration',
      },
      '26.1.5-debian': {
        accepted: 'no',
        line: "unable to configure the Docker daemon with file $TMP/daemon.json: the following directives don't match any configuration option: cluster-advertise",
      },
      '28.5.2-debian': {
        accepted: 'no',
        line: "unable to configure the Docker daemon with file $TMP/daemon.json: the following directives don't match any configuration option: cluster-advertise",
      },
    },
  },
  {
    name: 'key-graph-and-data-root',
    json: '{"graph": "@TMP@/root", "data-root": "@TMP@/root"}\n',
    flags: [],
    verdicts: {
      '20.10': {
        accepted: 'no',
        line: 'unable to configure the Docker daemon with file $TMP/daemon.json: cannot specify both "graph" and "data-root" config file options',
      },
      '26.1.5-debian': {
        accepted: 'no',
        line: "unable to configure the Docker daemon with file $TMP/daemon.json: the following directives don't match any configuration option: graph",
      },
      '28.5.2-debian': {
        accepted: 'no',
        line: "unable to configure the Docker daemon with file $TMP/daemon.json: the following directives don't match any configuration option: graph",
      },
    },
  },
];
