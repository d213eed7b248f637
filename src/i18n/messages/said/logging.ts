/**
 * The diagnostics' own sentences of the logging rules (issue 13), by key with parameters; see
 * i18n/said.ts. dockerd's own words are a parameter, never translated.
 */
import type { Messages, Translation } from '../../types.js';

type Addr = { address: string; dockerd: string };
type OptValue = { option: string; value: string; dockerd: string };
type OptAddr = { option: string; address: string; dockerd: string };

export const en = {
  // syslog
  'logging.syslog.address': (p: Addr) =>
    `syslog-address "${p.address}" is refused by the syslog log driver: ${p.dockerd}`,
  'logging.syslog.hint.address': () =>
    'Write it as udp://host[:port], tcp://host[:port], tcp+tls://host[:port] or unix:///path/to/socket.',
  'logging.syslog.facility': (p: { facility: string; dockerd: string }) =>
    `syslog-facility "${p.facility}" is not a syslog facility: ${p.dockerd}`,
  'logging.syslog.hint.facility': () =>
    'Use a facility name (kern, user, mail, daemon, auth, syslog, lpr, news, uucp, cron, authpriv, ftp, local0 … local7) or a number from 0 to 23.',
  'logging.syslog.format': (p: { format: string; dockerd: string }) =>
    `syslog-format "${p.format}" is not a format the syslog log driver knows: ${p.dockerd}`,

  // gelf
  'logging.gelf.address': (p: Addr) => `gelf-address "${p.address}" is refused by the gelf log driver: ${p.dockerd}`,
  'logging.gelf.hint.address': () => 'Write it as udp://host:port or tcp://host:port.',
  'logging.gelf.needsUdp': (p: OptAddr) =>
    `${p.option} works only with a udp:// gelf-address, not "${p.address}": ${p.dockerd}`,
  'logging.gelf.hint.needsUdp': (p: { option: string }) => `Remove ${p.option}, or send to a udp:// address.`,
  'logging.gelf.needsTcp': (p: OptAddr) =>
    `${p.option} works only with a tcp:// gelf-address, not "${p.address}": ${p.dockerd}`,
  'logging.gelf.hint.needsTcp': (p: { option: string }) => `Remove ${p.option}, or send to a tcp:// address.`,
  'logging.gelf.value': (p: OptValue) => `${p.option} "${p.value}" is refused by the gelf log driver: ${p.dockerd}`,
  'logging.gelf.hint.level': () => 'Use a whole number from -1 (the default) to 9.',

  // fluentd
  'logging.fluentd.address': (p: Addr) =>
    `fluentd-address "${p.address}" is refused by the fluentd log driver: ${p.dockerd}`,
  'logging.fluentd.hint.address': () =>
    'Write it as host[:port], tcp://host[:port], tls://host[:port] or unix:///path/to/socket.',
  'logging.fluentd.value': (p: OptValue) =>
    `${p.option} "${p.value}" is refused by the fluentd log driver: ${p.dockerd}`,
  'logging.fluentd.asyncConflict': (p: { dockerd: string }) =>
    `fluentd-async and fluentd-async-connect cannot both be set: ${p.dockerd}`,
  'logging.fluentd.hint.keepAsync': () => 'Keep only fluentd-async (fluentd-async-connect is its old name).',
  'logging.fluentd.hint.maxRetries': () => 'Use a whole number from 0 to 2147483647.',
  'logging.fluentd.hint.reconnect': () => 'Use 0 (the default) or a duration from 100ms to 10s, such as 1s.',

  // awslogs
  'logging.awslogs.value': (p: OptValue) =>
    `${p.option} "${p.value}" is refused by the awslogs log driver: ${p.dockerd}`,
  'logging.awslogs.format': (p: { format: string; dockerd: string }) =>
    `awslogs-format "${p.format}" is not supported: ${p.dockerd}`,
  'logging.awslogs.emfConflict': (p: { dockerd: string }) =>
    `awslogs-format json/emf cannot be combined with awslogs-datetime-format or awslogs-multiline-pattern: ${p.dockerd}`,
  'logging.awslogs.hint.emfConflict': () =>
    'Remove awslogs-datetime-format and awslogs-multiline-pattern, or remove awslogs-format.',

  // shared hints
  'logging.hint.bool': () => 'Use true or false.',
  'logging.hint.count': () => 'Use a whole number, 0 or more.',
  'logging.hint.positive': () => 'Use a whole number greater than 0.',
  'logging.hint.duration': () => 'Write a duration of 0 or more with its unit, such as 500ms, 1s or 1m.',
  'logging.hint.size': () => 'Write a size such as 8m or 1MB.',
} satisfies Messages;

export const zh: Translation<typeof en> = {
  'logging.syslog.address': (p) => `syslog 日志驱动拒绝 syslog-address "${p.address}"（dockerd 的原话：${p.dockerd}）`,
  'logging.syslog.hint.address': () =>
    '写成 udp://主机[:端口]、tcp://主机[:端口]、tcp+tls://主机[:端口] 或 unix:///套接字路径。',
  'logging.syslog.facility': (p) => `syslog-facility "${p.facility}" 不是 syslog 设施（dockerd 的原话：${p.dockerd}）`,
  'logging.syslog.hint.facility': () =>
    '使用设施名（kern、user、mail、daemon、auth、syslog、lpr、news、uucp、cron、authpriv、ftp、local0 … local7）或 0 到 23 之间的数字。',
  'logging.syslog.format': (p) => `syslog 日志驱动不认识 syslog-format "${p.format}"（dockerd 的原话：${p.dockerd}）`,

  'logging.gelf.address': (p) => `gelf 日志驱动拒绝 gelf-address "${p.address}"（dockerd 的原话：${p.dockerd}）`,
  'logging.gelf.hint.address': () => '写成 udp://主机:端口 或 tcp://主机:端口。',
  'logging.gelf.needsUdp': (p) =>
    `${p.option} 只能配合 udp:// 的 gelf-address 使用，而这里是 "${p.address}"（dockerd 的原话：${p.dockerd}）`,
  'logging.gelf.hint.needsUdp': (p) => `删除 ${p.option}，或者改为发送到 udp:// 地址。`,
  'logging.gelf.needsTcp': (p) =>
    `${p.option} 只能配合 tcp:// 的 gelf-address 使用，而这里是 "${p.address}"（dockerd 的原话：${p.dockerd}）`,
  'logging.gelf.hint.needsTcp': (p) => `删除 ${p.option}，或者改为发送到 tcp:// 地址。`,
  'logging.gelf.value': (p) => `gelf 日志驱动拒绝 ${p.option} "${p.value}"（dockerd 的原话：${p.dockerd}）`,
  'logging.gelf.hint.level': () => '使用 -1（默认值）到 9 之间的整数。',

  'logging.fluentd.address': (p) =>
    `fluentd 日志驱动拒绝 fluentd-address "${p.address}"（dockerd 的原话：${p.dockerd}）`,
  'logging.fluentd.hint.address': () =>
    '写成 主机[:端口]、tcp://主机[:端口]、tls://主机[:端口] 或 unix:///套接字路径。',
  'logging.fluentd.value': (p) => `fluentd 日志驱动拒绝 ${p.option} "${p.value}"（dockerd 的原话：${p.dockerd}）`,
  'logging.fluentd.asyncConflict': (p) =>
    `fluentd-async 和 fluentd-async-connect 不能同时设置（dockerd 的原话：${p.dockerd}）`,
  'logging.fluentd.hint.keepAsync': () => '只保留 fluentd-async（fluentd-async-connect 是它的旧名字）。',
  'logging.fluentd.hint.maxRetries': () => '使用 0 到 2147483647 之间的整数。',
  'logging.fluentd.hint.reconnect': () => '使用 0（默认值）或 100ms 到 10s 之间的时长，例如 1s。',

  'logging.awslogs.value': (p) => `awslogs 日志驱动拒绝 ${p.option} "${p.value}"（dockerd 的原话：${p.dockerd}）`,
  'logging.awslogs.format': (p) => `不支持 awslogs-format "${p.format}"（dockerd 的原话：${p.dockerd}）`,
  'logging.awslogs.emfConflict': (p) =>
    `awslogs-format 为 json/emf 时不能再设置 awslogs-datetime-format 或 awslogs-multiline-pattern（dockerd 的原话：${p.dockerd}）`,
  'logging.awslogs.hint.emfConflict': () =>
    '删除 awslogs-datetime-format 和 awslogs-multiline-pattern，或者删除 awslogs-format。',

  'logging.hint.bool': () => '使用 true 或 false。',
  'logging.hint.count': () => '使用不小于 0 的整数。',
  'logging.hint.positive': () => '使用大于 0 的整数。',
  'logging.hint.duration': () => '写一个不小于 0、带单位的时长，例如 500ms、1s 或 1m。',
  'logging.hint.size': () => '写一个大小，例如 8m 或 1MB。',
};
