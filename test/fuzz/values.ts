// Value generators: valid values of a Go type, boundary values, type mutations, and per-key tables
// of the values our rules check (the interesting boundaries of src/validate/values/**). Pure.
import type { GoType } from '../../src/engine/go-type.js';
import type { Rng } from './prng.js';

/** A JSON number written exactly as given (2^63, 1e400, -0 …: JSON.stringify cannot). */
export class Raw {
  constructor(readonly text: string) {}
}

/** A JSON object that may repeat a key (Go keeps the last one, case-insensitively for fields). */
export class Dup {
  constructor(readonly entries: ReadonlyArray<readonly [string, Json]>) {}
}

export type Json = null | boolean | number | string | Raw | Dup | Json[] | { [k: string]: Json };

export function serialize(v: Json): string {
  if (v instanceof Raw) return v.text;
  if (v instanceof Dup) return `{${v.entries.map(([k, x]) => `${JSON.stringify(k)}: ${serialize(x)}`).join(', ')}}`;
  if (Array.isArray(v)) return `[${v.map(serialize).join(', ')}]`;
  if (v !== null && typeof v === 'object')
    return `{${Object.entries(v)
      .map(([k, x]) => `${JSON.stringify(k)}: ${serialize(x)}`)
      .join(', ')}}`;
  return JSON.stringify(v);
}

export const INT_BOUNDARIES: readonly Json[] = [
  0,
  -1,
  1,
  2147483647,
  2147483648,
  4294967296,
  -2147483649,
  new Raw('9223372036854775807'),
  new Raw('9223372036854775808'),
  new Raw('-9223372036854775809'),
  new Raw('1e3'),
  1.5,
  new Raw('-0'),
  new Raw('1e400'),
];

/** The same setting as another JSON type. */
export const TYPE_MUTANTS: readonly Json[] = [
  null,
  true,
  false,
  0,
  1,
  -1,
  1.5,
  '',
  'x',
  'true',
  '1',
  [],
  ['x'],
  [1],
  {},
  { a: 'b' },
];

const SIZES = [
  '64m',
  '64M',
  '1.5k',
  '-1',
  '0',
  '10GB',
  '10gb',
  '64',
  '1e3',
  '',
  'x',
  ' 64m',
  '64 MB',
  '9999999999999999999999',
];
const DURATIONS = ['1s', '24h', '48h', '0', '1', '-1s', '1.5h', '1d', '', 'x', '10000000000h'];
const BOOL_TEXT = ['true', 'false', '1', '0', 't', 'F', 'TRUE', 'yes', '', 'maybe'];

/** Values of the log options of every driver, by option name (unlisted names get OTHER_LOG_OPT). */
export const LOG_OPT_VALUES: Readonly<Record<string, readonly string[]>> = {
  'max-size': SIZES,
  'max-file': ['1', '3', '0', '-1', 'x', '', '1.5'],
  compress: BOOL_TEXT,
  mode: ['blocking', 'non-blocking', 'Blocking', '', 'x'],
  'max-buffer-size': ['1m', '4MB', '0', '-1', 'x', ''],
  'cache-disabled': BOOL_TEXT,
  'cache-max-size': SIZES,
  'cache-max-file': ['1', '5', '0', '-1', 'x'],
  'cache-compress': BOOL_TEXT,
  tag: ['{{.Name}}', '{{.ID}}', '{{bad', 'plain', '', '{{.Nope}}'],
  labels: ['a,b', 'a', ''],
  'labels-regex': ['^a', '[', ''],
  env: ['A,B', 'A', ''],
  'env-regex': ['^A', '(', ''],
  'syslog-address': [
    'udp://127.0.0.1:514',
    'tcp://127.0.0.1:514',
    'tcp+tls://127.0.0.1:6514',
    'unix:///@TMP@/log.sock',
    'unixgram:///@TMP@/log.sock',
    'udp://127.0.0.1',
    'foo://127.0.0.1:514',
    '127.0.0.1:514',
    'udp://[::1]:514',
    'udp://127.0.0.1:x',
    '',
  ],
  'syslog-facility': ['daemon', 'local7', 'kern', '0', '23', '24', '-1', 'x', 'DAEMON', ''],
  'syslog-format': ['rfc3164', 'rfc5424', 'rfc5424micro', 'RFC5424', 'x', ''],
  'syslog-tls-ca-cert': ['@TMP@/ca.pem', ''],
  'syslog-tls-cert': ['@TMP@/cert.pem', ''],
  'syslog-tls-key': ['@TMP@/key.pem', ''],
  'syslog-tls-skip-verify': BOOL_TEXT,
  'gelf-address': [
    'udp://127.0.0.1:12201',
    'tcp://127.0.0.1:12201',
    'http://127.0.0.1:12201',
    'udp://127.0.0.1',
    '127.0.0.1:12201',
    'udp://[::1]:12201',
    '',
    'x',
  ],
  'gelf-compression-type': ['gzip', 'zlib', 'none', 'GZIP', 'x', ''],
  'gelf-compression-level': ['-1', '0', '9', '10', '-2', 'x', ''],
  'gelf-tcp-max-reconnect': ['0', '3', '-1', '-2', 'x'],
  'gelf-tcp-reconnect-delay': ['0', '1', '-1', 'x', '1s'],
  'fluentd-address': [
    '127.0.0.1:24224',
    'tcp://127.0.0.1:24224',
    'tls://127.0.0.1:24224',
    'unix:///@TMP@/f.sock',
    'unix://',
    'udp://127.0.0.1:24224',
    'tcp://127.0.0.1:24224/path',
    '127.0.0.1:x',
    'localhost',
    '',
  ],
  'fluentd-buffer-limit': ['8m', '1048576', '-1', 'x', ''],
  'fluentd-retry-wait': DURATIONS,
  'fluentd-max-retries': ['10', '0', '-1', '2147483648', '9223372036854775808', 'x', ''],
  'fluentd-async': BOOL_TEXT,
  'fluentd-async-connect': BOOL_TEXT,
  'fluentd-async-reconnect-interval': ['100ms', '1s', '10s', '11s', '-1s', 'x'],
  'fluentd-request-ack': BOOL_TEXT,
  'fluentd-sub-second-precision': BOOL_TEXT,
  'fluentd-write-timeout': DURATIONS,
  'awslogs-region': ['us-east-1', '', 'x'],
  'awslogs-group': ['g', ''],
  'awslogs-stream': ['s', ''],
  'awslogs-create-group': BOOL_TEXT,
  'awslogs-endpoint': ['https://logs.example.com', ''],
  'awslogs-datetime-format': ['%Y-%m-%d', ''],
  'awslogs-multiline-pattern': ['^x', '(', ''],
  'awslogs-credentials-endpoint': ['/creds', ''],
  'awslogs-force-flush-interval-seconds': ['0', '1', '5', '-1', 'x'],
  'awslogs-max-buffered-events': ['0', '10', '-1', 'x'],
  'awslogs-format': ['json/emf', 'x', ''],
  'splunk-url': ['https://127.0.0.1:8088', 'x', ''],
  'splunk-token': ['t', ''],
  'splunk-gzip': BOOL_TEXT,
  'splunk-gzip-level': ['-1', '0', '9', '10', 'x'],
  'splunk-format': ['inline', 'json', 'raw', 'x'],
};
export const OTHER_LOG_OPT = ['x', '1', '', 'true'];

const RUNTIME = (o: Record<string, Json>): Json => o;

/**
 * Interesting JSON values per daemon.json key (the value rules' boundaries). RESTRICTED keys are
 * generated from here only; for the others these come beside type-valid values and mutations.
 */
export const KEY_VALUES: Readonly<Record<string, readonly Json[]>> = {
  hosts: [
    ['unix://@TMP@/h.sock'],
    ['tcp://127.0.0.1:@PORT@'],
    ['unix://@TMP@/h.sock', 'tcp://127.0.0.1:@PORT@'],
    ['unix://@TMP@/h.sock', 'unix://@TMP@/h.sock'],
    ['tcp://127.0.0.1:@PORT@/path'],
    ['tcp://[::1]:@PORT@'],
    ['127.0.0.1:@PORT@'],
    ['fd://'],
    ['bogus://127.0.0.1:@PORT@'],
    ['ssh://127.0.0.1:@PORT@'],
    ['npipe:////./pipe/x'],
    ['unix://@TMP@/h.sock', 'tcp://localhost:@PORT@'],
    'unix://@TMP@/h.sock',
  ],
  'storage-driver': ['vfs', 1, true, ['vfs'], {}],
  'metrics-addr': [
    '127.0.0.1:@PORT@',
    '127.0.0.1',
    '127.0.0.1:',
    '127.0.0.1:x',
    '127.0.0.1:@PORT@:1',
    '[::1]:@PORT@',
    'localhost:@PORT@',
    1,
  ],
  'swarm-default-advertise-addr': ['127.0.0.1', 'lo', 'nosuchif0', '300.0.0.1', '127.0.0.1:2377', 1],
  'network-diagnostic-port': [0, -1, 65536, 70000, '2000', 1.5],
  'cluster-store': ['consul://127.0.0.1:@PORT@', 1],
  'cluster-advertise': ['127.0.0.1:@PORT@', 1],
  'cluster-store-opts': [{ 'kv.cacertfile': '@TMP@/ca.pem' }, 'x'],
  'storage-opts': [['size=10G'], ['dm.basesize=10G'], ['x'], ['overlay2.size=1G'], [''], []],
  'log-driver': ['json-file', 'local', 'none', 'journald', 'syslog', 'JSON-FILE', 'bogus', ''],
  'log-level': ['debug', 'info', 'warn', 'warning', 'error', 'fatal', 'panic', 'trace', 'INFO', 'verbose', ''],
  'log-format': ['text', 'json', 'JSON', 'xml', ''],
  'default-ipc-mode': ['shareable', 'private', 'host', 'none', 'PRIVATE', ''],
  'default-cgroupns-mode': ['host', 'private', 'Host', 'x', ''],
  'exec-opts': [
    ['native.cgroupdriver=cgroupfs'],
    ['native.cgroupdriver=systemd'],
    ['native.cgroupdriver=bogus'],
    ['native.cgroupdriver'],
    ['isolation=process'],
    ['foo=bar'],
    ['=x'],
    ['native.cgroupdriver=cgroupfs', 'native.cgroupdriver=systemd'],
    [' native.cgroupdriver = cgroupfs'],
  ],
  mtu: [1500, 0, -1, 68, 67, 65535, 65536, '1500', 1500.5, new Raw('9223372036854775808')],
  'network-control-plane-mtu': [1500, 500, 0, -1, 1499, 2147483648],
  'max-concurrent-downloads': [0, -1, 1, 3, 1000000, 2147483648],
  'max-concurrent-uploads': [0, -1, 1, 5, 2147483648],
  'max-download-attempts': [0, -1, 1, 5, 2147483648],
  'shutdown-timeout': [-1, 0, 15, 2147483648],
  'oom-score-adjust': [-500, 0, 1000, 1001, -1000, -1001],
  'default-shm-size': [...SIZES, 64],
  'default-ulimits': [
    { nofile: { Name: 'nofile', Soft: 1024, Hard: 2048 } },
    { nofile: { Name: 'nofile', Soft: 4096, Hard: 2048 } },
    { nofile: { Name: 'nproc', Soft: 1024, Hard: 2048 } },
    { nofile: { Soft: 1024, Hard: 2048 } },
    { bogus: { Name: 'bogus', Soft: 1, Hard: 1 } },
    { nofile: { Name: 'nofile', Soft: -1, Hard: -1 } },
    { nofile: {} },
    { nofile: null },
    { nofile: { name: 'nofile', soft: 1024, hard: 2048 } },
    { nofile: { Name: 'nofile', Soft: '1024', Hard: 2048 } },
  ],
  runtimes: [
    { alt: RUNTIME({ path: 'runc' }) },
    { runc: RUNTIME({ path: 'runc' }) },
    { alt: {} },
    { alt: RUNTIME({ path: '@TMP@/runc' }) },
    { alt: RUNTIME({ runtimeType: 'io.containerd.runc.v2' }) },
    { alt: RUNTIME({ path: 'runc', runtimeType: 'io.containerd.runc.v2' }) },
    { alt: RUNTIME({ runtimeType: 'bogus' }) },
    { alt: RUNTIME({ path: 'runc', options: { BinaryName: 'runc' } }) },
    { alt: RUNTIME({ runtimeType: 'io.containerd.runc.v2', options: { BinaryName: 'runc' } }) },
    { 'a b': RUNTIME({ path: 'runc' }) },
    { alt: RUNTIME({ path: 'runc', runtimeArgs: ['--debug'] }) },
  ],
  'default-runtime': ['runc', 'io.containerd.runc.v2', 'alt', 'bogus', '', 'crun'],
  'default-address-pools': [
    [{ base: '10.123.0.0/16', size: 24 }],
    [{ base: '10.123.0.0/16', size: 8 }],
    [{ base: '10.123.0.0/16', size: 33 }],
    [{ base: '10.123.0.0/16', size: 0 }],
    [{ base: 'x', size: 24 }],
    [{ base: 'fd00:123::/48', size: 64 }],
    [{ base: '10.123.0.0/16' }],
    [{}],
    [],
    [
      { base: '10.123.0.0/16', size: 24 },
      { base: '10.123.0.0/16', size: 24 },
    ],
    [{ base: '10.123.0.1/16', size: 24 }],
  ],
  builder: [
    { gc: { enabled: true, defaultKeepStorage: '10GB' } },
    { gc: { enabled: true, defaultKeepStorage: 'x' } },
    { gc: { enabled: true, policy: [{ keepStorage: '512MB', filter: ['unused-for=168h'] }] } },
    { gc: { policy: [{ keepStorage: 'x' }] } },
    { gc: { policy: [{ all: true, filter: { until: { '24h': true } } }] } },
    { gc: { policy: [{ reservedSpace: '1.5k', maxUsedSpace: '10GB', minFreeSpace: '10%' }] } },
    { gc: { defaultReservedSpace: '10GB', defaultMaxUsedSpace: '-1' } },
    { gc: { policy: [{ filter: 'until=24h' }] } },
    { gc: { enabled: 'true' } },
    { entitlements: { 'network-host': true, 'security-insecure': false } },
    { history: { maxAge: '48h', maxEntries: 10 } },
    { history: { maxAge: 172800 } },
    { history: { maxAge: 'x' } },
    { history: { maxEntries: -1 } },
    { bogus: true },
  ],
  features: [
    { buildkit: true },
    { 'containerd-snapshotter': false },
    { cdi: true },
    { buildkit: 'true' },
    { x: true },
    {},
  ],
  proxies: [
    { 'http-proxy': 'http://127.0.0.1:3128' },
    { 'https-proxy': 'https://127.0.0.1:3128', 'no-proxy': '*.local' },
    { 'HTTP-PROXY': 'http://127.0.0.1:3128' },
    { bogus: 'x' },
    { 'http-proxy': '://bad' },
    { 'http-proxy': 1 },
  ],
  'http-proxy': ['http://127.0.0.1:3128', '://bad', ''],
  'https-proxy': ['https://127.0.0.1:3128', ''],
  'no-proxy': ['*.local', ''],
  'registry-mirrors': [
    ['https://m.example.com'],
    ['http://m.example.com'],
    ['ftp://m.example.com'],
    ['m.example.com'],
    ['https://m.example.com/path'],
    ['https://user:pw@m.example.com'],
    ['https://m.example.com?x=1'],
    ['https://m.example.com#f'],
    [''],
    ['https://'],
    ['https://m.example.com', 'https://m.example.com'],
  ],
  'insecure-registries': [
    ['10.0.0.0/8'],
    ['r.local:5000'],
    ['http://r.local'],
    ['::1/128'],
    ['300.1.1.1/8'],
    ['r.local/path'],
    [''],
    ['r.local:x'],
    ['10.0.0.0/33'],
  ],
  'allow-nondistributable-artifacts': [['r.local:5000'], ['10.0.0.0/8'], ['http://r.local'], ['']],
  labels: [['a=b'], ['a'], ['=b'], ['a=b=c'], ['com.docker.x=y'], [''], ['a=1', 'a=2'], ['a=b', 'a=b']],
  dns: [['8.8.8.8'], ['::1'], ['1.2.3'], ['not-an-ip'], [''], ['8.8.8.8:53'], ['fe80::1%eth0']],
  'dns-opts': [['ndots:2'], ['x'], ['']],
  'dns-search': [['example.com'], ['.'], ['a..b'], [''], ['-bad.example']],
  'node-generic-resources': [['gpu=1'], ['NVIDIA-GPU=UUID1'], ['x'], ['=1'], ['gpu=x']],
  'host-gateway-ip': ['172.17.0.1', '::1', 'x', '', '1.2.3'],
  'host-gateway-ips': [['172.17.0.1'], ['::1'], ['172.17.0.1', '::1'], ['172.17.0.1', '172.17.0.2'], ['x'], ['']],
  ip: ['0.0.0.0', '127.0.0.1', '::', 'x', '', '1.2.3.4.5'],
  'seccomp-profile': ['@TMP@/none.json', 'unconfined', 'builtin', ''],
  'init-path': ['@TMP@/init', ''],
  'userland-proxy-path': ['@TMP@/proxy', ''],
  'cdi-spec-dirs': [['@TMP@/cdi'], [], ['']],
  tlscacert: ['@TMP@/ca.pem', ''],
  tlscert: ['@TMP@/cert.pem', ''],
  tlskey: ['@TMP@/key.pem', ''],
  group: ['docker', 'root', 'nosuchgroup-x', '', '0', '65534'],
  'containerd-namespace': ['moby', '', 'bad/ns', 'a b'],
  'containerd-plugins-namespace': ['plugins.moby', '', 'bad/ns'],
  'api-cors-header': ['*', ''],
  'default-network-opts': [
    { overlay: { 'com.docker.network.driver.mtu': '1500' } },
    { macvlan: {} },
    { overlay: 'x' },
    {},
  ],
  'deprecated-key-path': ['@TMP@/key.json'],
  'min-api-version': ['1.24', '1.12', '9.99', 'x', ''],
  'default-stop-timeout': [10, 0, -1, 2147483648],
};

/** dockerd flag values with their own syntax, where the JSON value has no direct flag spelling. */
export const FLAG_VALUES: Readonly<Record<string, readonly string[]>> = {
  'default-address-pool': ['base=10.123.0.0/16,size=24', 'base=10.123.0.0/16', 'size=24', 'x', 'base=x,size=24'],
  'default-ulimit': ['nofile=1024:2048', 'nofile=4096:2048', 'nofile=1024', 'bogus=1', 'nofile', 'nofile=-1'],
  'add-runtime': ['alt=runc', 'runc=runc', 'alt', 'alt=', '=runc'],
  'default-network-opt': ['overlay=com.docker.network.driver.mtu=1500', 'overlay', 'x=y'],
  'log-opt': ['max-size=10m', 'max-size=x', 'max-file=0', 'x=y', 'mode=non-blocking', 'max-size'],
  feature: ['buildkit', 'buildkit=false', 'x=true', '=true', 'buildkit=maybe'],
  mtu: ['1500', '0x5dc', '1_500', '-1', 'x', ''],
  'max-concurrent-downloads': ['3', '0', '-1', '010', 'x'],
};

/** A value that Go would decode into `type` without a type error. */
export function validOf(type: GoType, rng: Rng, depth = 0): Json {
  switch (type.t) {
    case 'bool':
      return rng.chance(0.5);
    case 'string':
      if (type.enum) return rng.chance(0.8) ? rng.pick(type.enum) : rng.pick(['', type.enum[0]!.toUpperCase()]);
      if (type.go === 'config.Duration') return rng.pick(DURATIONS);
      return rng.pick(['', 'x', 'a b', '@TMP@/f', 'ünïcode', 'x'.repeat(120)]);
    case 'int':
      return rng.chance(0.5) ? rng.pick([0, 1, 10, 1500]) : rng.pick(INT_BOUNDARIES);
    case 'list': {
      if (depth > 2) return [];
      return Array.from({ length: rng.int(3) }, () => validOf(type.of, rng, depth + 1));
    }
    case 'map': {
      if (depth > 2) return {};
      const names = rng.sample(['a', 'nofile', 'x.y', 'A', ''], rng.int(3));
      return Object.fromEntries(names.map((n) => [n, validOf(type.of, rng, depth + 1)]));
    }
    case 'struct': {
      if (depth > 2) return {};
      const fields = Object.entries(type.fields);
      const chosen = rng.sample(fields, 1 + rng.int(2));
      const out: Record<string, Json> = {};
      for (const [name, f] of chosen) {
        // Go matches field names case-insensitively; sometimes spell them otherwise.
        const spelled = rng.chance(0.2) ? name.toUpperCase() : name;
        out[spelled] = validOf(f.type, rng, depth + 1);
      }
      if (rng.chance(0.15)) out.bogusField = 'x';
      return out;
    }
    case 'text':
      return rng.pick(['127.0.0.1', '::1', '0.0.0.0', '1.2.3', '', 'x']);
    case 'mem-bytes':
      return rng.pick(SIZES);
    case 'either':
      return validOf(rng.pick(type.of), rng, depth);
    case 'any':
      return rng.pick<Json>(['x', 1, true, null]);
  }
}
