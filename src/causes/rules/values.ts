// Values dockerd refuses, at validation or later at start: one row per message family.
import { q, type Rule } from './rule.js';

interface ValueRow {
  pattern: RegExp;
  setting: string | ((m: RegExpExecArray) => string);
  message(m: RegExpExecArray): string;
  hint: string | ((m: RegExpExecArray) => string);
}

const ROWS: readonly ValueRow[] = [
  {
    pattern: /^(?:invalid logging level|unable to parse logging level): (.*)$/,
    setting: 'log-level',
    message: (m) => `"log-level" ${q(m[1]!)} is not a level dockerd knows.`,
    hint: 'Use debug, info, warn, error or fatal ("warning" works only before 25.0).',
  },
  {
    pattern: /^invalid max (concurrent downloads|concurrent uploads|download attempts): (.*)$/,
    setting: (m) => `max-${m[1]!.replace(' ', '-')}`,
    message: (m) => `"max-${m[1]!.replace(' ', '-')}" is ${m[2]}; it must be at least 1.`,
    hint: 'Use a whole number of 1 or more (defaults: downloads 3, uploads 5, attempts 5), or remove the key.',
  },
  {
    pattern: /^invalid default MTU: (.*)$/,
    setting: 'mtu',
    message: (m) => `"mtu" ${m[1]} is not a valid MTU.`,
    hint: 'Use a positive MTU such as 1500, or remove the key.',
  },
  {
    pattern: /^label (.*) is not allowed: the namespaces/,
    setting: 'labels',
    message: (m) =>
      `Label ${q(m[1]!)} uses a namespace reserved for Docker (com.docker.*, io.docker.*, org.dockerproject.*).`,
    hint: 'Rename it, e.g. com.example.team=core.',
  },
  {
    pattern: /^bad attribute format: ?(.*)$/,
    setting: 'labels',
    message: (m) => `Label ${q(m[1]!)} is not key=value.`,
    hint: 'Write labels as "key=value".',
  },
  {
    pattern: /^conflict labels for (.*) and (.*)$/,
    setting: 'labels',
    message: (m) => `Two labels give the same key different values: ${m[1]} and ${m[2]}.`,
    hint: 'Keep one of them.',
  },
  {
    pattern: /^IPC mode "(.*)" is not supported as default value/,
    setting: 'default-ipc-mode',
    message: (m) => `"default-ipc-mode" ${q(m[1]!)} is not allowed.`,
    hint: 'Use "shareable" or "private".',
  },
  {
    pattern: /^(?:default cgroup namespace mode \((.*)\) is invalid|invalid default cgroup namespace \((.*)\))/,
    setting: 'default-cgroupns-mode',
    message: (m) => `"default-cgroupns-mode" ${q(m[1] ?? m[2]!)} is not allowed.`,
    hint: 'Use "host" or "private".',
  },
  {
    pattern: /^(?:invalid IP address: (.*)|(.*) is not an ip address)$/,
    setting: 'dns',
    message: (m) => {
      const v = (m[1] ?? m[2]!).trim();
      return `DNS server ${q(v)} is not an IP address${/:\d+$/.test(v) && /\./.test(v) ? ' (a port is not allowed)' : ''}.`;
    },
    hint: 'Use plain IP addresses: "dns": ["1.1.1.1"].',
  },
  {
    pattern: /^(.*) is not a valid domain$/,
    setting: 'dns-search',
    message: (m) => `DNS search domain ${q(m[1]!)} is not a valid domain.`,
    hint: 'Use domain names such as "example.com".',
  },
  {
    pattern: /^could not parse GenericResource: (.*)$/,
    setting: 'node-generic-resources',
    message: (m) => `"node-generic-resources" cannot be read: ${m[1]}.`,
    hint: 'Write entries as "NAME=VALUE", e.g. "gpu=GPU-UUID".',
  },
  {
    pattern: /^specified default runtime '(.*)' does not exist$/,
    setting: 'default-runtime',
    message: (m) => `"default-runtime" ${q(m[1]!)} is not a runtime dockerd knows.`,
    hint: 'Use "runc", or a runtime defined under "runtimes".',
  },
  {
    pattern: /^runtime name '(.*)' is reserved$/,
    setting: 'runtimes',
    message: (m) => `"runtimes" defines ${q(m[1]!)}, a name dockerd reserves for its built-in runtime.`,
    hint: 'Give the runtime another name.',
  },
  {
    pattern: /^runtime (\S+): either a runtimeType or a path must be configured$/,
    setting: 'runtimes',
    message: (m) => `Runtime ${q(m[1]!)} under "runtimes" has neither "path" nor "runtimeType".`,
    hint: 'Add "path": "/usr/bin/…" (or "runtimeType") to it.',
  },
  {
    pattern: /^(?:invalid exec-opt \((.*?)\)|native\.cgroupdriver option (\S+) not supported)/,
    setting: 'exec-opts',
    message: (m) => `"exec-opts" entry ${q(m[1] ?? `native.cgroupdriver=${m[2]}`)} is not valid.`,
    hint: 'Use "native.cgroupdriver=systemd" or "native.cgroupdriver=cgroupfs".',
  },
  {
    pattern: /^failed to set log opts: (?:failed to set log opts: )?error looking up logging plugin (\S+):/,
    setting: 'log-driver',
    message: (m) => `Log driver ${q(m[1]!)} does not exist.`,
    hint: 'Use json-file, local, journald, syslog, … or install the logging plugin first.',
  },
  {
    pattern:
      /^failed to set log opts: (?:failed to set log opts: )?unknown log opt '(.*)' for (?:(\S+) log driver|log driver (\S+))$/,
    setting: 'log-opts',
    message: (m) => `Log option ${q(m[1]!)} does not exist for the ${m[2] ?? m[3]} log driver.`,
    hint: 'Remove it from "log-opts", or use an option that driver has (e.g. max-size, max-file).',
  },
  {
    pattern: /^failed to set log opts: (?:failed to set log opts: )?(.*)$/,
    setting: 'log-opts',
    message: (m) => `"log-opts" are not valid: ${m[1]}.`,
    hint: 'Fix "log-opts" (or "log-driver") as the message says.',
  },
  {
    pattern: /^opening seccomp profile \((.*)\) failed: (.*)$/,
    setting: 'seccomp-profile',
    message: (m) => `"seccomp-profile" ${q(m[1]!)} cannot be read: ${m[2]}.`,
    hint: 'Point it at a readable JSON profile ("unconfined" works only on 23.0+), or remove the key.',
  },
  {
    pattern: /^invalid (?:size: ['"](.*)['"]|suffix: '(.*)')$/,
    setting: 'default-shm-size',
    message: (m) => `"default-shm-size" ${q(m[1] ?? m[2]!)} is not a size.`,
    hint: 'Write a size as a string with a unit, e.g. "64m".',
  },
  {
    pattern: /^(?:netip\.ParsePrefix\("(.*?)"\)|.*invalid base pool "(.*?)"): (.*)$/,
    setting: 'default-address-pools',
    message: (m) => `Address pool base ${q(m[1] ?? m[2]!)} is not a valid CIDR.`,
    hint: 'Use a network such as "10.123.0.0/16" with a prefix length of 0–32.',
  },
  {
    pattern: /^error initializing graphdriver: (?:.*: )?[Uu]nknown option (\S+?)(?: for (\w+))?(?:: \w+)?$/,
    setting: 'storage-opts',
    message: (m) => `"storage-opts" has ${q(m[1]!)}, which the ${m[2] ?? 'configured'} storage driver does not know.`,
    hint: 'Remove it, or use an option of that driver (see `dockerd --help` and the storage-driver docs).',
  },
  {
    pattern: /^host-gateway-ip and host-gateway-ips must not both be specified/,
    setting: 'host-gateway-ip',
    message: () => '"host-gateway-ip" and "host-gateway-ips" are both set.',
    hint: 'Keep only "host-gateway-ips".',
  },
  {
    pattern: /^cannot specify both "(?:--)?graph" and "(?:--)?data-root"/,
    setting: 'graph',
    message: () =>
      '"graph" (--graph) and "data-root" (--data-root) are both set; "graph" is the old name of "data-root".',
    hint: 'Keep only "data-root".',
  },
  {
    pattern: /^group (\S+) not found$/,
    setting: 'group',
    message: (m) => `The socket group ${q(m[1]!)} ("group" or -G) does not exist.`,
    hint: (m) => `Create it (\`groupadd ${m[1]}\`), or set "group" to an existing group such as "docker".`,
  },
  {
    pattern: /^strconv\.Parse(?:Bool|Int|Uint|Float): parsing "(.*)": invalid syntax$/,
    setting: () => '',
    message: (m) => `The value ${q(m[1]!)} cannot be read as a number or true/false.`,
    hint: 'Check the value: numbers without quotes or units where a number is expected, sizes as strings such as "64m".',
  },
  {
    pattern: /^invalid cluster configuration\. (.*)$/,
    setting: 'cluster-advertise',
    message: (m) => `The cluster settings do not fit together: ${m[1]}.`,
    hint: 'Remove "cluster-advertise" (and the other cluster-* keys, which later versions removed).',
  },
];

export const valueRules: readonly Rule[] = ROWS.map((row) => ({
  id: 'invalid-value',
  pattern: row.pattern,
  build: ({ match }) => {
    const setting = typeof row.setting === 'string' ? row.setting : row.setting(match);
    const hint = typeof row.hint === 'string' ? row.hint : row.hint(match);
    return { message: row.message(match), hint, ...(setting ? { setting } : {}), fixable: true };
  },
}));
