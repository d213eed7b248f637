// Real dockerd lines (captured from Debian's 20.10.24, 26.1.5 and 28.5.2 builds on this machine,
// from research/feasibility/captures, or quoted in research/moby-daemon-config.md §6 for 29.x).
import { describe, expect, it } from 'vitest';
import { classify, type Cause } from '../../../src/causes/index.js';

const F = '/etc/docker/daemon.json';
const PREFIX = `unable to configure the Docker daemon with file ${F}: `;
const MERGED = `${PREFIX}merged configuration validation from file and command line flags failed: `;

interface Expect {
  id: Cause['id'];
  setting?: string;
  /** words the message must contain */
  says?: string[];
  /** words the hint must contain */
  fix?: string[];
  fixable?: boolean;
}

function check(line: string, e: Expect): void {
  const cause = classify(line);
  expect(cause, line).toBeDefined();
  expect(cause!.id).toBe(e.id);
  if ('setting' in e) expect(cause!.setting).toBe(e.setting);
  for (const w of e.says ?? []) expect(cause!.message).toContain(w);
  for (const w of e.fix ?? []) expect(cause!.hint).toContain(w);
  if (e.fixable !== undefined) expect(cause!.fixable).toBe(e.fixable);
  expect(cause!.message).toMatch(/[.?]$/);
  expect(cause!.message).not.toMatch(/\.\.$/);
}

describe('classify: the file is not JSON dockerd reads', () => {
  it.each<[string, string, Expect]>([
    [
      '20.10 journal, trailing comma',
      `Nov 28 00:32:46 sdbox dockerd[499]: ${PREFIX}invalid character '}' looking for beginning of object key string`,
      { id: 'json-syntax', says: [F, "'}'", 'trailing comma'], fix: ['dockerd-config repair'], fixable: true },
    ],
    [
      '28.5/29 "invalid JSON: "',
      `${PREFIX}invalid JSON: invalid character '}' looking for beginning of object key string`,
      { id: 'json-syntax', says: [F, 'trailing comma'] },
    ],
    [
      '20.10 comment',
      `${PREFIX}invalid character '/' looking for beginning of object key string`,
      { id: 'json-syntax', says: ['comments are not allowed'] },
    ],
    [
      '20.10 missing comma',
      `${PREFIX}invalid character '"' after object key:value pair`,
      { id: 'json-syntax', says: ["missing ','"] },
    ],
    ['20.10 truncated', `${PREFIX}unexpected EOF`, { id: 'json-syntax', says: ['ends in the middle'] }],
    ['26.1 truncated', `${PREFIX}unexpected end of JSON input`, { id: 'json-syntax', says: ['ends in the middle'] }],
    ['28.5 truncated', `${PREFIX}invalid JSON: unexpected end of JSON input`, { id: 'json-syntax' }],
    [
      'Go 1.27 escape',
      `${PREFIX}invalid JSON: invalid escape sequence \`\\q\` in string`,
      { id: 'json-syntax', says: ['\\q'] },
    ],
    ['20.10 empty file', `${PREFIX}EOF`, { id: 'json-empty', says: [F, 'empty'], fix: ['{}'] }],
    [
      '20.10 UTF-8 BOM',
      `${PREFIX}invalid character 'ï' looking for beginning of value`,
      { id: 'json-bom', says: ['UTF-8 byte-order mark'] },
    ],
    [
      '20.10 UTF-16 BOM',
      `${PREFIX}invalid character 'ÿ' looking for beginning of value`,
      { id: 'json-bom', says: ['UTF-16'] },
    ],
    [
      '26.1 stray brace',
      `${PREFIX}invalid character '}' after top-level value`,
      { id: 'json-trailing-content', says: ["stray '}'", '23.0+'] },
    ],
    [
      '28.5 stray brace',
      `${PREFIX}invalid JSON: invalid character '}' after top-level value`,
      { id: 'json-trailing-content' },
    ],
    [
      '26.1 invalid UTF-8',
      `${PREFIX}failed to decode configuration JSON at offset 17: encoding: invalid UTF-8`,
      { id: 'json-invalid-utf8', says: ['byte 17'] },
    ],
    [
      '20.10 top-level list',
      `${PREFIX}json: cannot unmarshal array into Go value of type map[string]interface {}`,
      { id: 'json-top-level', says: ['a list'] },
    ],
    [
      '28.5 top-level number',
      `${PREFIX}invalid JSON: json: cannot unmarshal number into Go value of type map[string]interface {}`,
      { id: 'json-top-level' },
    ],
  ])('%s', (_, line, e) => check(line, e));
});

describe('classify: keys and types', () => {
  it.each<[string, string, Expect]>([
    [
      '20.10 unknown key (json_variants capture)',
      `${PREFIX}the following directives don't match any configuration option: debgu`,
      { id: 'unknown-key', setting: 'debgu', says: [F, '"debgu"'] },
    ],
    [
      '26.1 two unknown keys',
      `${PREFIX}the following directives don't match any configuration option: https-proxy, no-proxy`,
      { id: 'unknown-key', setting: undefined, says: ['"https-proxy", "no-proxy"'] },
    ],
    [
      '20.10 type (Go 1.19 path)',
      `${PREFIX}json: cannot unmarshal string into Go struct field Config.debug of type bool`,
      { id: 'invalid-type', setting: 'debug', says: ['"debug"', 'true or false', 'a string'], fix: ['without quotes'] },
    ],
    [
      '26.1 type (Go 1.20+ path)',
      `${PREFIX}json: cannot unmarshal string into Go struct field Config.CommonConfig.debug of type bool`,
      { id: 'invalid-type', setting: 'debug' },
    ],
    [
      '26.1 nested Go path',
      `${PREFIX}json: cannot unmarshal string into Go struct field Config.CommonConfig.BridgeConfig.DefaultBridgeConfig.mtu of type int`,
      { id: 'invalid-type', setting: 'mtu', says: ['"mtu"', 'whole number'] },
    ],
    [
      '28.5 "invalid JSON: " type',
      `${PREFIX}invalid JSON: json: cannot unmarshal string into Go struct field Config.debug of type bool`,
      { id: 'invalid-type', setting: 'debug' },
    ],
    [
      '28.5 list element (Go 1.27)',
      `${PREFIX}invalid JSON: json: cannot unmarshal number into Config.hosts.1 of type string`,
      { id: 'invalid-type', setting: 'hosts', says: ['"hosts[1]"'] },
    ],
    [
      '20.10 string for a list (json_variants capture)',
      `${PREFIX}json: cannot unmarshal string into Go struct field Config.registry-mirrors of type []string`,
      { id: 'invalid-type', setting: 'registry-mirrors', fix: ['"registry-mirrors": ["…"]'] },
    ],
    [
      '26.1 number out of range',
      `${PREFIX}json: cannot unmarshal number 9223372036854775808 into Go struct field Config.CommonConfig.max-concurrent-uploads of type int`,
      { id: 'invalid-type', setting: 'max-concurrent-uploads', says: ['9223372036854775808'] },
    ],
    [
      '28.5 removed key',
      `${MERGED}DEPRECATED: The "api-cors-header" config parameter and the dockerd "--api-cors-header" option have been removed; use a reverse proxy if you need CORS headers.`,
      { id: 'removed-key', setting: 'api-cors-header' },
    ],
    [
      'explicit --config-file missing',
      `unable to configure the Docker daemon with file /etc/docker/nope.json: open /etc/docker/nope.json: no such file or directory`,
      { id: 'config-file-missing', says: ['/etc/docker/nope.json'] },
    ],
    [
      'snap AppArmor (anchors §2.18)',
      `${PREFIX}open ${F}: permission denied`,
      {
        id: 'config-permission-denied',
        says: [F],
        fix: ['/var/snap/docker/current/config/daemon.json', 'snap restart docker'],
        fixable: false,
      },
    ],
  ])('%s', (_, line, e) => check(line, e));
});

describe('classify: flag and file', () => {
  const A = `Nov 28 00:10:12 sysdtest dockerd[8605]: ${PREFIX}the following directives are specified both as a flag and in the configuration file: hosts: (from flag: [fd://], from file: [unix:///var/run/docker.sock tcp://127.0.0.1:2375])`;
  it('hosts with -H fd:// (systemd capture): names the drop-in fix', () => {
    check(A, {
      id: 'flag-file-conflict',
      setting: 'hosts',
      says: ['"hosts"', F, '[fd://]', 'tcp://127.0.0.1:2375'],
      fix: ['drop-in', 'ExecStart=', 'systemctl daemon-reload', 'dockerd-config host add'],
      fixable: true,
    });
  });
  it('hosts with DOCKER_OPTS -H (sysvinit capture): names where flags live', () => {
    const line = `${PREFIX}the following directives are specified both as a flag and in the configuration file: hosts: (from flag: [unix:///var/run/docker.sock], from file: [unix:///var/run/docker.sock tcp://127.0.0.1:2375])`;
    check(line, { id: 'flag-file-conflict', setting: 'hosts', fix: ['DOCKER_OPTS', 'dockerd-config show --sources'] });
    expect(classify(line)!.hint).not.toContain('drop-in that');
  });
  it('two keys at once', () => {
    const line = `${PREFIX}the following directives are specified both as a flag and in the configuration file: debug: (from flag: true, from file: true), log-level: (from flag: info, from file: warn)`;
    check(line, {
      id: 'flag-file-conflict',
      setting: 'debug',
      says: ['"debug", "log-level"'],
      fix: ['"debug", "log-level"'],
    });
  });
  it('values with ", " inside brackets stay whole', () => {
    const line = `${PREFIX}the following directives are specified both as a flag and in the configuration file: dns: (from flag: [8.8.8.8,8.8.4.4], from file: [1.1.1.1])`;
    check(line, { id: 'flag-file-conflict', setting: 'dns', says: ['([1.1.1.1])', '([8.8.8.8,8.8.4.4])'] });
  });
});

describe('classify: registries', () => {
  it.each<[string, string, Expect]>([
    [
      '20.10 no scheme (json_variants capture)',
      'failed to start daemon: invalid mirror: "127.0.0.1:5000" is not a valid URI',
      {
        id: 'invalid-mirror',
        setting: 'registry-mirrors',
        says: ['"127.0.0.1:5000"', 'no scheme'],
        fix: ['"https://127.0.0.1:5000"'],
      },
    ],
    [
      '20.10 no scheme, host only',
      'failed to start daemon: invalid mirror: unsupported scheme "" in "mirror.example.com"',
      { id: 'invalid-mirror', says: ['no scheme'], fix: ['"https://mirror.example.com"'] },
    ],
    [
      '28.5 no scheme',
      `${MERGED}invalid mirror: no scheme specified for "mirror.example.com": must use either 'https://' or 'http://'`,
      { id: 'invalid-mirror', says: [F, 'no scheme'] },
    ],
    [
      '26.1 ftp',
      'failed to start daemon: invalid mirror: unsupported scheme "ftp" in "ftp://mirror.example.com"',
      { id: 'invalid-mirror', says: ['ftp://'] },
    ],
    [
      '20.10 path',
      'failed to start daemon: invalid mirror: path, query, or fragment at end of the URI "https://mirror.example.com/v2/proxy"',
      { id: 'invalid-mirror', says: ['24.0.8'], fix: ['"https://mirror.example.com/"'] },
    ],
    [
      '26.1 query',
      'failed to start daemon: invalid mirror: query or fragment at end of the URI "https://mirror.example.com/?token=x"',
      { id: 'invalid-mirror', fix: ['"https://mirror.example.com/"'] },
    ],
    [
      '28.5 spaces',
      `${MERGED}invalid mirror: " https://mirror.example.com" is not a valid URI: parse " https://mirror.example.com": first path segment in URL cannot contain colon`,
      { id: 'invalid-mirror', says: ['spaces'], fix: ['"https://mirror.example.com"'] },
    ],
    [
      '20.10 path in insecure (json_variants capture)',
      'failed to start daemon: insecure registry 127.0.0.1:5000/v2 is not valid: strconv.Atoi: parsing "5000/v2": invalid syntax',
      { id: 'invalid-insecure-registry', setting: 'insecure-registries', says: ['path'], fix: ['"127.0.0.1:5000"'] },
    ],
    [
      'all versions, scheme',
      "failed to start daemon: insecure registry ftp://registry.local should not contain '://'",
      { id: 'invalid-insecure-registry', fix: ['"registry.local"'] },
    ],
    [
      'all versions, host',
      'failed to start daemon: insecure registry my_registry:5000 is not valid: invalid host "my_registry"',
      { id: 'invalid-insecure-registry', says: ['"my_registry"'] },
    ],
    [
      'all versions, port',
      'failed to start daemon: insecure registry registry.local:99999 is not valid: invalid port "99999"',
      { id: 'invalid-insecure-registry', says: ['99999'] },
    ],
    [
      'all versions, hyphen',
      'failed to start daemon: invalid index name (-registry.local). Cannot begin or end with a hyphen',
      { id: 'invalid-insecure-registry', says: ["'-'"] },
    ],
  ])('%s', (_, line, e) => check(line, e));
});

describe('classify: listeners, pid file, TLS', () => {
  it.each<[string, string, Expect]>([
    [
      '20.10 ssh',
      'failed to load listeners: error parsing -H ssh://127.0.0.1: Invalid bind address format: ssh://127.0.0.1',
      { id: 'invalid-host', setting: 'hosts', says: ['ssh://'], fix: ['DOCKER_HOST'] },
    ],
    [
      '26.1/28.5 ssh',
      `${MERGED}invalid bind address (ssh://127.0.0.1): unsupported proto 'ssh'`,
      { id: 'invalid-host', says: ['"ssh://127.0.0.1"'] },
    ],
    [
      '20.10 port',
      'failed to load listeners: error parsing -H tcp://127.0.0.1:abc: parse "tcp://127.0.0.1:abc": invalid port ":abc" after host',
      { id: 'invalid-host', says: ['invalid port'] },
    ],
    [
      '28.5 path',
      `${MERGED}invalid bind address (tcp://127.0.0.1:2375/api): should not contain a path element`,
      { id: 'invalid-host', says: ['path'] },
    ],
    [
      '20.10 path at listen',
      'failed to load listeners: listen tcp: address tcp/2375/api: unknown port',
      { id: 'invalid-host', says: ['path'] },
    ],
    [
      'fd:// outside systemd',
      'failed to load listeners: no sockets found via socket activation: make sure the service was started by systemd',
      { id: 'invalid-host', says: ['fd://'] },
    ],
    [
      '20.10 capture: port taken',
      'failed to load listeners: listen tcp 127.0.0.1:47311: bind: address already in use',
      {
        id: 'address-in-use',
        setting: 'hosts',
        says: ['127.0.0.1:47311'],
        fix: ["ss -ltnp 'sport = :47311'"],
        fixable: false,
      },
    ],
    [
      '20.10 capture: pid file',
      'failed to start daemon: pid file found, ensure docker is not running or delete /tmp/causes-scratch/cap/d20/d.pid',
      { id: 'pidfile-in-use', setting: 'pidfile', says: ['/tmp/causes-scratch/cap/d20/d.pid'], fixable: false },
    ],
    [
      '26.1/28.5 capture: pid file',
      'failed to start daemon, ensure docker is not running or delete /tmp/causes-scratch/cap/d26/d.pid: process with PID 30937 is still running',
      { id: 'pidfile-in-use', says: ['PID 30937'], fix: ['kill 30937'] },
    ],
    [
      'data-root in use',
      'failed to start daemon: error while opening volume store metadata database (/var/lib/docker/volumes/metadata.db): timeout',
      { id: 'pidfile-in-use', setting: 'data-root', says: ['/var/lib/docker/volumes/metadata.db'] },
    ],
    [
      '20.10 TLS file missing',
      'failed to create API server: Could not load X509 key pair (cert: "/p/cert.pem", key: "/p/key.pem"): open /p/cert.pem: no such file or directory',
      { id: 'tls-file-missing', setting: 'tlscert', says: ['/p/cert.pem'] },
    ],
    [
      '26.1 TLS key missing',
      'invalid TLS configuration: Could not load X509 key pair (cert: "/p/cert.pem", key: "/p/key.pem"): open /p/key.pem: no such file or directory',
      { id: 'tls-file-missing', setting: 'tlskey' },
    ],
    [
      'upstream 25+ lower case',
      'invalid TLS configuration: could not load X509 key pair (cert: "/p/cert.pem", key: "/p/key.pem"): open /p/key.pem: no such file or directory',
      { id: 'tls-file-missing', setting: 'tlskey' },
    ],
    [
      'TLS on without files',
      'invalid TLS configuration: Could not load X509 key pair (cert: "", key: ""): open : no such file or directory',
      { id: 'tls-file-missing', says: ['"tlscert" and "tlskey" are not set'] },
    ],
    [
      'key does not match',
      'invalid TLS configuration: Error reading X509 key pair (cert: "/p/cert.pem", key: "/p/other-key.pem"): tls: private key does not match public key. Make sure the key is not encrypted.',
      { id: 'invalid-tls', setting: 'tlskey', says: ['/p/other-key.pem', '/p/cert.pem'] },
    ],
    [
      'CA not PEM',
      'failed to create API server: failed to append certificates from PEM file: "/p/garbage.pem"',
      { id: 'invalid-tls', setting: 'tlscacert' },
    ],
  ])('%s', (_, line, e) => check(line, e));
});

describe('classify: values', () => {
  it.each<[string, string, Expect]>([
    [
      '20.10 validation',
      `${PREFIX}configuration validation from file failed: label com.docker.team=core is not allowed: the namespaces com.docker.*, io.docker.*, and org.dockerproject.* are reserved for internal use`,
      { id: 'invalid-value', setting: 'labels', says: ['"com.docker.team=core"'] },
    ],
    [
      '26.1 validation',
      `${MERGED}invalid logging level: warning`,
      { id: 'invalid-value', setting: 'log-level', fix: ['warn'] },
    ],
    [
      '28.5 decode',
      `${PREFIX}invalid JSON: invalid IP address: 1.1.1.1:53`,
      { id: 'invalid-value', setting: 'dns', says: ['port'] },
    ],
    [
      '20.10 validation, dns',
      `${PREFIX}configuration validation from file failed: 1.1.1.1:53 is not an ip address`,
      { id: 'invalid-value', setting: 'dns' },
    ],
    [
      'all, log driver',
      "failed to start daemon: failed to set log opts: unknown log opt 'bogus' for json-file log driver",
      { id: 'invalid-value', setting: 'log-opts', says: ['"bogus"', 'json-file'] },
    ],
    [
      '20.10 default runtime',
      `${PREFIX}configuration validation from file failed: specified default runtime 'nonexistent' does not exist`,
      { id: 'invalid-value', setting: 'default-runtime' },
    ],
    [
      'storage option',
      'failed to start daemon: error initializing graphdriver: unknown option bogus for vfs: vfs',
      { id: 'invalid-value', setting: 'storage-opts', says: ['"bogus"', 'vfs'] },
    ],
    [
      '28.5 address pool',
      `${PREFIX}invalid JSON: netip.ParsePrefix("10.123.0.0/33"): prefix length out of range`,
      { id: 'invalid-value', setting: 'default-address-pools' },
    ],
    [
      '20.10 address pool',
      'failed to start daemon: Error initializing network controller: error obtaining controller instance: invalid base pool "10.123.0.0/33": invalid CIDR address: 10.123.0.0/33',
      { id: 'invalid-value', setting: 'default-address-pools' },
    ],
    [
      'socket group',
      'failed to load listeners: group no-such-group not found',
      { id: 'invalid-value', setting: 'group', fix: ['groupadd no-such-group'] },
    ],
    ['20.10 labels', 'conflict labels for env=b and env=a', { id: 'invalid-value', setting: 'labels' }],
    ['shm size', `${PREFIX}invalid size: '64Q'`, { id: 'invalid-value', setting: 'default-shm-size', fix: ['"64m"'] }],
  ])('%s', (_, line, e) => check(line, e));
});

describe('classify: the host, not the file', () => {
  it.each<[string, string, Expect]>([
    [
      '20.10 era storage',
      'failed to start daemon: error initializing graphdriver: driver not supported',
      { id: 'storage-driver-failed', setting: 'storage-driver', fix: ['modprobe overlay'], fixable: false },
    ],
    [
      'newer storage',
      'failed to start daemon: error initializing graphdriver: driver not supported: overlay2',
      { id: 'storage-driver-failed', says: ['overlay2'] },
    ],
    [
      'old logrus fatal',
      'Nov 28 00:00:00 h dockerd[1]: time="2016-12-26T19:46:16.693788209+01:00" level=fatal msg="Error starting daemon: error initializing graphdriver: driver not supported"',
      { id: 'storage-driver-failed' },
    ],
    [
      'several drivers',
      'Error starting daemon: error initializing graphdriver: /var/lib/docker contains several valid graphdrivers: overlay2, aufs; Please cleanup or explicitly choose storage driver (-s <DRIVER>)',
      { id: 'storage-driver-failed', says: ['overlay2, aufs'], fix: ['"storage-driver"'] },
    ],
    [
      'iptables (feasibility §1)',
      'failed to start daemon: Error initializing network controller: error obtaining controller instance: failed to create NAT chain DOCKER: iptables failed: iptables -t nat -N DOCKER: iptables v1.8.9 (nf_tables): Could not fetch rule set generation id: Permission denied (you must be root)',
      {
        id: 'network-controller-failed',
        setting: 'iptables',
        says: ['iptables'],
        fix: ['iptables-legacy', '"iptables": false'],
        fixable: false,
      },
    ],
    [
      '28+ bridge driver',
      'failed to start daemon: Error initializing network controller: error obtaining controller instance: failed to register "bridge" driver: failed to create NAT chain DOCKER: iptables failed: iptables --wait -t nat -N DOCKER: modprobe: FATAL: Module ip_tables not found',
      { id: 'network-controller-failed', setting: 'iptables' },
    ],
    [
      'no free range',
      'Error starting daemon: Error initializing network controller: list bridge addresses failed: no available network',
      { id: 'network-controller-failed', setting: 'default-address-pools', fix: ['"bip"'] },
    ],
    [
      'cgroups (feasibility §2)',
      "failed to start daemon: Devices cgroup isn't mounted",
      { id: 'cgroup-unavailable', fixable: false },
    ],
    [
      '20.10/26.1 capture: no containerd',
      'failed to start daemon: failed to dial "/tmp/causes-scratch/cap/d20/second/no-containerd.sock": failed to dial "/tmp/causes-scratch/cap/d20/second/no-containerd.sock": context deadline exceeded',
      {
        id: 'containerd-unreachable',
        says: ['/tmp/causes-scratch/cap/d20/second/no-containerd.sock', 'context deadline exceeded'],
        fix: ['systemctl status containerd'],
      },
    ],
    [
      '20.10/26.1/28.5 capture: managed containerd',
      'failed to start containerd: timeout waiting for containerd to start',
      { id: 'containerd-unreachable', fix: ['same data-root'] },
    ],
    [
      'logrus error line',
      'ERRO[2023-02-18T23:25:50.120531265Z] containerd did not exit successfully          error="exit status 1" module=libcontainerd',
      { id: 'containerd-unreachable', says: ['exit status 1'] },
    ],
  ])('%s', (_, line, e) => check(line, e));
});

describe('classify: flags and systemd', () => {
  it.each<[string, string, Expect]>([
    ['20.10 --validate', 'Status: unknown flag: --validate', { id: 'unknown-flag', says: ['--validate'] }],
    ['single dash', "Status: unknown shorthand flag: 'd' in -debug", { id: 'unknown-flag', fix: ['--debug'] }],
    ['stray word', '"dockerd" accepts no argument(s).', { id: 'invalid-flag' }],
    [
      'bad flag value',
      'Status: invalid argument "abc" for "--mtu" flag: strconv.ParseInt: parsing "abc": invalid syntax',
      { id: 'invalid-value', fix: ['--mtu flag'], fixable: false },
    ],
    [
      'flag value another rule knows, wrong setting',
      'Status: invalid argument "1.2.3" for "--ip" flag: 1.2.3 is not an ip address',
      { id: 'invalid-flag', says: ['--ip'] },
    ],
    [
      'sysvinit script (sysv_real_start.txt)',
      '/etc/init.d/docker: 86: ulimit: error setting limit (Operation not permitted)',
      { id: 'service-manager-failed', says: ['/etc/init.d/docker', 'ulimit'], fix: ['ulimit -Hn'], fixable: false },
    ],
    [
      'systemd start limit',
      'Nov 28 00:32:52 sdbox systemd[1]: docker.service: Start request repeated too quickly.',
      { id: 'start-limit-hit', fix: ['systemctl reset-failed docker.service docker.socket'], fixable: true },
    ],
    [
      'systemd start limit result',
      "Nov 28 00:32:52 sdbox systemd[1]: docker.service: Failed with result 'start-limit-hit'.",
      { id: 'start-limit-hit' },
    ],
    ['docker.socket', "docker.socket: Failed with result 'service-start-limit-hit'.", { id: 'start-limit-hit' }],
  ])('%s', (_, line, e) => check(line, e));
});

describe('classify: what it does not know, and what is no error', () => {
  it('an unknown exit line: daemon-start-failed, with the line', () => {
    const cause = classify('Nov 28 00:00:00 h dockerd[5]: failed to start daemon: something nobody has seen')!;
    expect(cause).toMatchObject({
      id: 'daemon-start-failed',
      fixable: false,
      dockerd: 'failed to start daemon: something nobody has seen',
    });
    expect(cause.message).toContain('something nobody has seen');
  });
  it('an unknown complaint about the file: fixable by a rollback, names the file', () => {
    const cause = classify(`${PREFIX}invalid JSON: some new Go 1.28 wording`)!;
    expect(cause).toMatchObject({ id: 'daemon-start-failed', fixable: true, file: F });
    expect(cause.message).toContain(`refused ${F}: some new Go 1.28 wording`);
  });
  it.each([
    'time="2026-11-28T00:10:39.398890440Z" level=info msg="Starting up"',
    'time="2026-11-28T00:10:39.411841508Z" level=warning msg="Your kernel does not support cgroup blkio weight"',
    "Nov 28 00:10:12 sysdtest systemd[1]: docker.service: Failed with result 'exit-code'.",
    'Nov 28 00:10:12 sysdtest systemd[1]: docker.service: Main process exited, code=exited, status=1/FAILURE',
    'Job for docker.service failed because the control process exited with error code.',
    '',
  ])('no cause: %s', (line) => expect(classify(line)).toBeUndefined());

  it("dockerd quoting systemd's words is not systemd giving up", () => {
    expect(classify('failed to start daemon: start-limit-hit')?.id).toBe('daemon-start-failed');
  });

  it('names the file it was told about when the line names none', () => {
    expect(
      classify('failed to start daemon: invalid mirror: unsupported scheme "" in "m.example.com"', {
        file: '/etc/docker/other.json',
      }),
    ).toMatchObject({
      file: '/etc/docker/other.json',
      message: 'Registry mirror "m.example.com" in /etc/docker/other.json has no scheme.',
    });
  });
});

describe('classify never repeats a password', () => {
  const leaks = (c: Cause | undefined): boolean => JSON.stringify(c).includes('p4ss');
  it.each([
    // 20.10 prints the flag's value unmasked before its own masked copy
    'Status: invalid argument "https://u:p4ss@mirror.example.com" for "--registry-mirror" flag: invalid mirror: username/password not allowed in URI "https://u:xxxxx@mirror.example.com"',
    'failed to start daemon: invalid mirror: "https://u:p4ss@mirror.example.com " is not a valid URI',
    `${PREFIX}the following directives are specified both as a flag and in the configuration file: registry-mirrors: (from flag: [https://u:p4ss@a.example.com/], from file: [https://u:p4ss@b.example.com])`,
    `${PREFIX}the following directives are specified both as a flag and in the configuration file: http-proxy: (from flag: http://u:p4ss@127.0.0.1:3129, from file: http://u:p4ss@127.0.0.1:3128)`,
    'failed to start daemon: something new about https://u:p4ss@m.example.com',
  ])('%s', (line) => {
    const cause = classify(line);
    expect(cause).toBeDefined();
    expect(leaks(cause)).toBe(false);
    expect(JSON.stringify(cause)).toContain('u:xxxxx@');
  });

  it('the flag mirror keeps its meaning: invalid-mirror from the flag, not fixable by an edit of the file', () => {
    const cause = classify(
      'Status: invalid argument "https://u:p4ss@mirror.example.com" for "--registry-mirror" flag: invalid mirror: username/password not allowed in URI "https://u:xxxxx@mirror.example.com"',
    )!;
    expect(cause).toMatchObject({ id: 'invalid-mirror', setting: 'registry-mirrors', fixable: false });
    expect(cause.message).toContain('the --registry-mirror flag');
    expect(cause.hint).toContain('"https://mirror.example.com"');
  });
});
