import { describe, expect, it } from 'vitest';
import { errorsOf, fullLine, problemsOf } from './helpers.js';

/**
 * Cases checked against the real binaries while writing these rules (beyond the shared corpus):
 * 20.10.24 with shared/corpus/run-corpus.sh, 26.1.5 and 28.5.2 with `dockerd --validate`
 * (which stops before NewDaemon, so start-time errors there show up as "configuration OK").
 * `ok` means dockerd accepted the value at that stage.
 */
const V20 = '20.10.24+dfsg1';
const V26 = '26.1.5+dfsg1-9+deb13u1';
const V28 = '28.5.2+dfsg4-5';
const F = '/tmp/h2v/c.json';
const P = `unable to configure the Docker daemon with file ${F}: `;
const M = `${P}merged configuration validation from file and command line flags failed: `;
const C20 = `${P}configuration validation from file failed: `;

type Row = [name: string, values: Record<string, unknown>, raw: string, expected: string];

const rows: Row[] = [
  ['shm 1e3 (go-units 0.4)', { 'default-shm-size': '1e3' }, V20, `${P}invalid size: '1e3'`],
  ['shm 1e3 (go-units 0.4)', { 'default-shm-size': '1e3' }, V26, `${P}invalid size: '1e3'`],
  ['shm 1e3 (go-units 0.5)', { 'default-shm-size': '1e3' }, V28, 'ok'],
  ['shm 10mi', { 'default-shm-size': '10mi' }, V20, 'ok'],
  ['shm 10mi', { 'default-shm-size': '10mi' }, V26, 'ok'],
  ['shm 10mi', { 'default-shm-size': '10mi' }, V28, `${P}invalid JSON: invalid suffix: 'mi'`],
  ['shm empty', { 'default-shm-size': '' }, V26, `${P}invalid size: "\\"\\""`],
  ['shm -1', { 'default-shm-size': '-1' }, V28, `${P}invalid JSON: invalid size: '-1'`],
  ['tcp port 0', { hosts: ['tcp://0.0.0.0:0'] }, V20, 'ok'],
  ['tcp port 0', { hosts: ['tcp://0.0.0.0:0'] }, V26, `${M}invalid bind address (tcp://0.0.0.0:0): invalid port: 0`],
  [
    'unix with ://',
    { hosts: ['unix://a://b'] },
    V28,
    `${M}invalid bind address (unix://a://b): invalid unix address: a://b`,
  ],
  [
    'bare ip:abc',
    { hosts: ['127.0.0.1:abc'] },
    V26,
    `${M}invalid bind address (127.0.0.1:abc): parse "tcp://127.0.0.1:abc": invalid port ":abc" after host`,
  ],
  [
    'tcp trailing slash',
    { hosts: ['tcp://127.0.0.1:2375/'] },
    V28,
    `${M}invalid bind address (tcp://127.0.0.1:2375/): should not contain a path element`,
  ],
  ['tcp with query', { hosts: ['tcp://127.0.0.1:2375?x=1'] }, V28, 'ok'],
  ['exec-opt unknown', { 'exec-opts': ['foo=bar'] }, V26, 'ok'],
  ['exec-opt unknown', { 'exec-opts': ['foo=bar'] }, V28, `${M}invalid exec-opt (foo=bar): unknown option: 'foo'`],
  ['exec-opt no =', { 'exec-opts': ['foo'] }, V28, `${M}invalid exec-opt (foo): must be formatted 'opt=value'`],
  [
    'reserved label',
    { labels: ['com.docker.x=y'] },
    V26,
    `${M}label com.docker.x=y is not allowed: the namespaces com.docker.*, io.docker.*, and org.dockerproject.* are reserved for internal use`,
  ],
  ['label conflict', { labels: ['a=1', 'a=2'] }, V20, 'conflict labels for a=2 and a=1'],
  ['label conflict', { labels: ['a=1', 'a=2'] }, V28, 'conflict labels for a=2 and a=1'],
  ['dns-search', { 'dns-search': ['-bad-'] }, V20, `${C20}-bad- is not a valid domain`],
  ['dns-search', { 'dns-search': ['-bad-'] }, V28, `${M}-bad- is not a valid domain`],
  ['dns empty', { dns: [''] }, V20, `${C20} is not an ip address`],
  ['dns empty', { dns: [''] }, V26, 'ok'],
  ['dns zone', { dns: ['fe80::1%eth0'] }, V26, `${P}invalid IP address: fe80::1%eth0`],
  ['dns leading space', { dns: [' 8.8.8.8'] }, V28, `${P}invalid JSON: invalid IP address:  8.8.8.8`],
  ['log-format', { 'log-format': 'xml' }, V26, `${M}invalid log format: xml`],
  ['log-level WARN', { 'log-level': 'WARN' }, V28, 'ok'],
  ['log-level verbose', { 'log-level': 'verbose' }, V20, 'unable to parse logging level: verbose'],
  [
    'fixed-cidr-v6 link-local',
    { 'fixed-cidr-v6': 'fe80::/10' },
    V26,
    `${M}invalid fixed-cidr-v6: clash with the Link-Local prefix 'fe80::/64'`,
  ],
  [
    'fixed-cidr-v6 link-local',
    { 'fixed-cidr-v6': 'fe80::/10' },
    V28,
    `${M}invalid fixed-cidr-v6: invalid fixed-cidr-v6: 'fe80::/10' clashes with the Link-Local prefix 'fe80::/64'`,
  ],
  [
    'fixed-cidr-v6 v4',
    { 'fixed-cidr-v6': '10.0.0.0/8' },
    V26,
    `${M}invalid fixed-cidr-v6: fixed-cidr-v6 is not an IPv6 subnet`,
  ],
  [
    'fixed-cidr-v6 v4',
    { 'fixed-cidr-v6': '10.0.0.0/8' },
    V28,
    `${M}invalid fixed-cidr-v6: invalid fixed-cidr-v6: '10.0.0.0/8' is not a valid IPv6 subnet`,
  ],
  ['fixed-cidr-v6 junk', { 'fixed-cidr-v6': 'zz' }, V26, `${M}invalid fixed-cidr-v6: invalid CIDR address: zz`],
  [
    'fixed-cidr-v6 junk',
    { 'fixed-cidr-v6': 'zz' },
    V28,
    `${M}invalid fixed-cidr-v6: invalid fixed-cidr-v6: netip.ParsePrefix("zz"): no '/'`,
  ],
  [
    'userland-proxy-path relative',
    { 'userland-proxy-path': 'docker-proxy' },
    V26,
    `${M}invalid userland-proxy-path: must be an absolute path: docker-proxy`,
  ],
  [
    'pool base /33',
    { 'default-address-pools': [{ base: '10.0.0.0/33', size: 24 }] },
    V28,
    `${P}invalid JSON: netip.ParsePrefix("10.0.0.0/33"): prefix length out of range`,
  ],
  [
    'host-gateway-ips two v4',
    { 'host-gateway-ips': ['10.0.0.1', '10.0.0.2'] },
    V28,
    `${M}only one IPv4 host gateway IP address can be specified`,
  ],
  [
    'host-gateway-ips junk',
    { 'host-gateway-ips': ['nope'] },
    V28,
    `${P}invalid JSON: ParseAddr("nope"): unable to parse IP`,
  ],
  ['ip junk', { ip: 'nope' }, V26, `${P}invalid IP address: nope`],
  [
    'network-diagnostic-port',
    { 'network-diagnostic-port': 70000 },
    V28,
    `${M}invalid network-diagnostic-port (70000): value must be between 0 and 65535`,
  ],
  ['network-diagnostic-port', { 'network-diagnostic-port': 70000 }, V26, 'ok'],
  ['mtu -1', { mtu: -1 }, V26, `${M}invalid default MTU: -1`],
  ['default-runtime nope', { 'default-runtime': 'nope' }, V20, `${C20}specified default runtime 'nope' does not exist`],
  ['runtimes runc', { runtimes: { runc: { path: '/usr/bin/runc' } } }, V20, `${C20}runtime name 'runc' is reserved`],
  ['default-runtime shim name', { 'default-runtime': 'io.containerd.kata.v2' }, V26, 'ok'],
  [
    'seccomp unconfined',
    { 'seccomp-profile': 'unconfined' },
    V20,
    'failed to start daemon: opening seccomp profile (unconfined) failed: open unconfined: no such file or directory',
  ],
  ['seccomp unconfined', { 'seccomp-profile': 'unconfined' }, V28, 'ok'],
  [
    'mirror credentials',
    { 'registry-mirrors': ['https://user:secret@m.example.com'] },
    V20,
    'failed to start daemon: invalid mirror: username/password not allowed in URI "https://user:xxxxx@m.example.com"',
  ],
  [
    'mirror credentials',
    { 'registry-mirrors': ['https://user:secret@m.example.com'] },
    V28,
    `${M}invalid mirror: username/password not allowed in URI "https://user:xxxxx@m.example.com"`,
  ],
  [
    'mirror host:port',
    { 'registry-mirrors': ['127.0.0.1:5000'] },
    V28,
    `${M}invalid mirror: no scheme specified for "127.0.0.1:5000": must use either 'https://' or 'http://'`,
  ],
  [
    'mirror empty',
    { 'registry-mirrors': [''] },
    V28,
    `${M}invalid mirror: no scheme specified for "": must use either 'https://' or 'http://'`,
  ],
  [
    'mirror space in host',
    { 'registry-mirrors': ['https://m example.com'] },
    V28,
    `${M}invalid mirror: "https://m example.com" is not a valid URI: parse "https://m example.com": invalid character " " in host name`,
  ],
  [
    'icc without iptables',
    { icc: false, iptables: false },
    V20,
    'failed to start daemon: You specified --iptables=false with --icc=false. ICC=false uses iptables to function. Please set --icc or --iptables to true',
  ],
  [
    'ip6tables without experimental',
    { ip6tables: true },
    V20,
    'failed to start daemon: ip6tables rules are only available if experimental features are enabled',
  ],
  ['insecure [v6]:port', { 'insecure-registries': ['[::1]:5000', 'registry.local:5000'] }, V20, 'ok'],
  [
    'tls on, missing files',
    { tls: true, tlscert: '/nonexist/c.pem', tlskey: '/nonexist/k.pem' },
    V28,
    'invalid TLS configuration: Could not load X509 key pair (cert: "/nonexist/c.pem", key: "/nonexist/k.pem"): open /nonexist/c.pem: no such file or directory',
  ],
];

describe('value rules agree with dockerd on cases verified against the real binaries', () => {
  it.each(rows)('%s on %s', (_name, values, raw, expected) => {
    const errors = errorsOf(problemsOf(raw, values));
    if (expected === 'ok') {
      // --validate on 26/28 cannot see start-time errors: only config-load ones must be absent.
      const early =
        raw === V20
          ? errors
          : errors.filter(
              (e) =>
                e.withFilePrefix || e.dockerd?.startsWith('invalid TLS') || e.dockerd?.startsWith('conflict labels'),
            );
      expect(early.map((e) => fullLine(e, F))).toEqual([]);
      return;
    }
    expect(errors.map((e) => fullLine(e, F))).toContain(expected);
  });
});
