/**
 * The diagnostics' own sentences of the flags rules (issue 13), by key with parameters; see
 * i18n/said.ts. dockerd's own words are a parameter, never translated.
 */
import type { Messages, Translation } from '../../types.js';

type Bad = { flag: string; value: string; dockerd: string };

export const en = {
  'flags.int.invalid': (p: Bad) => `${p.flag} ${p.value} is not an integer as Go reads one (${p.dockerd})`,
  'flags.int.hint': () =>
    'write a whole number: decimal (1500, 1_500), hex 0x5dc, octal 0o2734 or 02734, binary 0b101; no spaces, units or decimals',
  'flags.ulimit.format': (p: Bad) => `${p.flag} ${p.value} is not a ulimit (${p.dockerd})`,
  'flags.ulimit.hint.format': () => 'write name=soft or name=soft:hard, e.g. nofile=1024:2048',
  'flags.ulimit.type': (p: { flag: string; name: string; dockerd: string }) =>
    `${p.flag}: ${p.name} is not a ulimit name (${p.dockerd})`,
  'flags.ulimit.hint.names': (p: { names: string }) => `use one of: ${p.names}`,
  'flags.ulimit.number': (p: Bad) => `${p.flag} ${p.value}: a limit is not a decimal integer (${p.dockerd})`,
  'flags.ulimit.hint.number': () => 'write the limits as decimal integers (-1 means unlimited); no units, no 0x',
  'flags.ulimit.order': (p: Bad) => `${p.flag} ${p.value}: the soft limit is above the hard limit (${p.dockerd})`,
  'flags.ulimit.hint.order': () => 'make the soft limit (before ":") at most the hard limit, or the hard limit -1',
  'flags.pool.invalid': (p: Bad) => `${p.flag} ${p.value} is not an address pool (${p.dockerd})`,
  'flags.pool.hint': () => 'write base=CIDR,size=N, e.g. base=10.10.0.0/16,size=24',
  'flags.networkOpt.format': (p: Bad) => `${p.flag} ${p.value} is not driver=option=value (${p.dockerd})`,
  'flags.networkOpt.hint': () =>
    'write the driver, the option and its value, e.g. bridge=com.docker.network.driver.mtu=1400',
  'flags.runtime.format': (p: Bad) => `${p.flag} ${p.value} is not name=path (${p.dockerd})`,
  'flags.runtime.hint.format': () => 'write the runtime name and its binary, e.g. crun=/usr/bin/crun',
  'flags.runtime.reserved': (p: Bad) => `${p.flag} ${p.value}: the name runc is dockerd's own (${p.dockerd})`,
  'flags.runtime.hint.reserved': () => 'give the runtime another name (runc is always registered)',
  'flags.runtime.duplicate': (p: { flag: string; name: string; dockerd: string }) =>
    `${p.flag} names the runtime ${p.name} twice (${p.dockerd})`,
  'flags.runtime.hint.duplicate': (p: { flag: string }) => `keep one ${p.flag} per runtime name`,
  'flags.indexName.hyphen': (p: Bad) => `${p.flag} ${p.value} begins or ends with a hyphen (${p.dockerd})`,
  'flags.indexName.hint': () => 'write the registry as host[:port], without a leading or trailing "-"',
  'flags.feature.noName': (p: Bad) => `${p.flag} ${p.value} names no feature (${p.dockerd})`,
  'flags.feature.notBool': (p: Bad) => `${p.flag} ${p.value}: the value after "=" is not a boolean (${p.dockerd})`,
  'flags.feature.hint': () => 'write the feature name, optionally =true or =false, e.g. containerd-snapshotter=true',
  'flags.nri.invalid': (p: Bad) => `${p.flag} ${p.value} is not an NRI setting (${p.dockerd})`,
  'flags.nri.hint': () =>
    'write enable[=true|false], plugin-path=…, plugin-config-path=… or socket-path=…, comma-separated',
  'flags.ip.invalid': (p: Bad) => `${p.flag} ${p.value} is not an IP address (${p.dockerd})`,
  'flags.ip.hint': () => 'write one IPv4 or IPv6 address per flag, without brackets, port or spaces',
  'flags.quoted.empty': (p: { flag: string }) => `an empty ${p.flag} makes dockerd 20.10 crash while reading its flags`,
  'flags.quoted.hint': (p: { flag: string }) => `give ${p.flag} a file path, or leave the flag out`,
} satisfies Messages;

const zhSaid = (dockerd: string): string => `（dockerd 的原话：${dockerd}）`;

export const zh: Translation<typeof en> = {
  'flags.int.invalid': (p) => `${p.flag} 的值 ${p.value} 不是 Go 能读的整数${zhSaid(p.dockerd)}`,
  'flags.int.hint': () =>
    '写一个整数：十进制（1500、1_500）、十六进制 0x5dc、八进制 0o2734 或 02734、二进制 0b101；不要空格、单位或小数',
  'flags.ulimit.format': (p) => `${p.flag} 的值 ${p.value} 不是 ulimit${zhSaid(p.dockerd)}`,
  'flags.ulimit.hint.format': () => '写成 名称=软限制 或 名称=软限制:硬限制，例如 nofile=1024:2048',
  'flags.ulimit.type': (p) => `${p.flag}：${p.name} 不是 ulimit 的名称${zhSaid(p.dockerd)}`,
  'flags.ulimit.hint.names': (p) => `可用的名称：${p.names}`,
  'flags.ulimit.number': (p) => `${p.flag} 的值 ${p.value} 中的限制不是十进制整数${zhSaid(p.dockerd)}`,
  'flags.ulimit.hint.number': () => '限制要写成十进制整数（-1 表示不限）；不要单位，也不要 0x',
  'flags.ulimit.order': (p) => `${p.flag} 的值 ${p.value} 中软限制大于硬限制${zhSaid(p.dockerd)}`,
  'flags.ulimit.hint.order': () => '让软限制（":" 之前）不大于硬限制，或把硬限制写成 -1',
  'flags.pool.invalid': (p) => `${p.flag} 的值 ${p.value} 不是地址池${zhSaid(p.dockerd)}`,
  'flags.pool.hint': () => '写成 base=CIDR,size=N，例如 base=10.10.0.0/16,size=24',
  'flags.networkOpt.format': (p) => `${p.flag} 的值 ${p.value} 不是 驱动=选项=值 的形式${zhSaid(p.dockerd)}`,
  'flags.networkOpt.hint': () => '写出驱动、选项和它的值，例如 bridge=com.docker.network.driver.mtu=1400',
  'flags.runtime.format': (p) => `${p.flag} 的值 ${p.value} 不是 名称=路径 的形式${zhSaid(p.dockerd)}`,
  'flags.runtime.hint.format': () => '写出运行时的名称和它的程序，例如 crun=/usr/bin/crun',
  'flags.runtime.reserved': (p) => `${p.flag} 的值 ${p.value}：runc 这个名称归 dockerd 自己所有${zhSaid(p.dockerd)}`,
  'flags.runtime.hint.reserved': () => '给这个运行时换个名称（runc 总是已注册的）',
  'flags.runtime.duplicate': (p) => `${p.flag} 两次给出了运行时 ${p.name}${zhSaid(p.dockerd)}`,
  'flags.runtime.hint.duplicate': (p) => `每个运行时名称只保留一个 ${p.flag}`,
  'flags.indexName.hyphen': (p) => `${p.flag} 的值 ${p.value} 以连字符开头或结尾${zhSaid(p.dockerd)}`,
  'flags.indexName.hint': () => '把仓库写成 主机[:端口]，开头和结尾都不要有 "-"',
  'flags.feature.noName': (p) => `${p.flag} 的值 ${p.value} 没有给出功能名称${zhSaid(p.dockerd)}`,
  'flags.feature.notBool': (p) => `${p.flag} 的值 ${p.value} 中 "=" 后面不是布尔值${zhSaid(p.dockerd)}`,
  'flags.feature.hint': () => '写出功能名称，可带 =true 或 =false，例如 containerd-snapshotter=true',
  'flags.nri.invalid': (p) => `${p.flag} 的值 ${p.value} 不是 NRI 设置${zhSaid(p.dockerd)}`,
  'flags.nri.hint': () => '写成 enable[=true|false]、plugin-path=…、plugin-config-path=… 或 socket-path=…，用逗号分隔',
  'flags.ip.invalid': (p) => `${p.flag} 的值 ${p.value} 不是 IP 地址${zhSaid(p.dockerd)}`,
  'flags.ip.hint': () => '每个参数写一个 IPv4 或 IPv6 地址，不要方括号、端口或空格',
  'flags.quoted.empty': (p) => `${p.flag} 的值为空会让 dockerd 20.10 在读取参数时崩溃`,
  'flags.quoted.hint': (p) => `给 ${p.flag} 一个文件路径，或者去掉这个参数`,
};
