/**
 * The sentences about registries' own endpoints (issue 16): a hosts.toml in /etc/docker/certs.d as
 * containerd's resolver inside dockerd reads it, and which of daemon.json's settings apply.
 */
import type { Messages, Translation } from '../../types.js';

const EXPECTED_EN: Readonly<Record<string, string>> = {
  strings: 'an array of strings',
  boolean: 'true or false',
  string: 'a string',
  table: 'a table',
  'path-or-paths': 'a file path or an array of them',
  client: 'a file path, or an array of paths and ["certificate", "key"] pairs',
  header: 'a table of strings or arrays of strings',
};
const EXPECTED_ZH: Readonly<Record<string, string>> = {
  strings: '字符串数组',
  boolean: 'true 或 false',
  string: '字符串',
  table: '表（table）',
  'path-or-paths': '文件路径或路径数组',
  client: '文件路径，或由路径和 ["证书", "私钥"] 对组成的数组',
  header: '值为字符串或字符串数组的表',
};

const DROPPED_EN =
  'containerd drops the whole file (dockerd logs "failed to decode …/hosts.toml") and pulls go to the registry itself.';
const DROPPED_ZH =
  'containerd 会整个丢弃该文件（dockerd 日志里只有一行 "failed to decode …/hosts.toml"），拉取直接访问仓库本身。';

const FROM_EN: Readonly<Record<string, string>> = {
  'daemon-json': 'features.containerd-snapshotter in daemon.json',
  'engine-default': "the engine's default for a new installation",
  'running-daemon': 'as the running daemon reports',
};
const FROM_ZH: Readonly<Record<string, string>> = {
  'daemon-json': 'daemon.json 的 features.containerd-snapshotter',
  'engine-default': '该版本新安装时的默认值',
  'running-daemon': '正在运行的 daemon 所报告',
};
const ORIGIN_EN: Readonly<Record<string, string>> = {
  'daemon-json': "from daemon.json's registry-mirrors",
  'hosts-toml': 'from hosts.toml',
  default: 'the registry itself',
};
const ORIGIN_ZH: Readonly<Record<string, string>> = {
  'daemon-json': '来自 daemon.json 的 registry-mirrors',
  'hosts-toml': '来自 hosts.toml',
  default: '仓库本身',
};

export const en = {
  'registries.toml.syntax': (p: { path: string; error: string; version: string }) =>
    `${p.path} is not valid TOML ${p.version} (${p.error}): ${DROPPED_EN}`,
  'registries.toml.type': (p: { key: string; expected: string }) =>
    `${p.key} must be ${EXPECTED_EN[p.expected] ?? p.expected}: ${DROPPED_EN}`,
  'registries.toml.capability': (p: { key: string; value: string; known: string }) =>
    `${p.key}: "${p.value}" is not a capability this dockerd knows (${p.known}): ${DROPPED_EN}`,
  'registries.toml.duration': (p: { key: string; value: string }) =>
    `${p.key}: "${p.value}" is not a Go duration such as "5s" or "1m30s": ${DROPPED_EN}`,
  'registries.toml.url': (p: { key: string; value: string }) =>
    `${p.key}: "${p.value}" is not an http or https URL or a host name: ${DROPPED_EN}`,
  'registries.toml.hint.dropped': () =>
    'Correct it at the line shown; until then no mirror or certificate setting of this file is used.',
  'registries.toml.unknownKey': (p: { key: string; table: string }) =>
    `"${p.key}" is not a key containerd reads ${p.table === '' ? 'at the top of hosts.toml' : `in [${p.table}]`}; it is ignored without a word.`,
  'registries.toml.hint.unknownKey': (p: { known: string }) =>
    `Check the spelling; a host's keys are ${p.known} (and "server" only at the top).`,
  'registries.toml.tooNew': (p: { key: string; since: string; version: string }) =>
    `${p.key} is read from dockerd ${p.since} on; ${p.version} ignores it.`,
  'registries.toml.hint.tooNew': () => 'Remove it, or upgrade dockerd.',
  'registries.toml.reopened': (p: { host: string }) =>
    `[host."${p.host}"] is opened again after another table: containerd tries this host twice.`,
  'registries.toml.hint.reopened': () => 'Keep each host\'s keys in one [host."…"] table.',
  'registries.toml.notAHeader': (p: { host: string }) =>
    `Host "${p.host}" is not written as a [host."…"] table header (a dotted key or an inline table): containerd never tries it.`,
  'registries.toml.hint.notAHeader': (p: { host: string }) =>
    `Write it as [host."${p.host}"] on a line of its own, with its keys below.`,
  'help.command.registry': () => 'mirrors and endpoints of every registry (certs.d/hosts.toml): list',
  'help.command.registryList': () =>
    'the endpoints a pull from each registry tries, in order, and where each comes from (read-only)',
  'registries.list.store': (p: { store: string; from: string; version: string }) =>
    `Image store: ${p.store === 'containerd' ? 'containerd' : 'classic (graph driver)'} (${FROM_EN[p.from] ?? p.from}); dockerd ${p.version}`,
  'registries.list.registry': (p: { registry: string; file?: string }) =>
    `${p.registry}  (${p.file ?? 'no hosts.toml'})`,
  'registries.list.endpoint': (p: { n: number; endpoint: string; origin: string; capabilities: string }) =>
    `  ${p.n}. ${p.endpoint}  ${ORIGIN_EN[p.origin] ?? p.origin}; for ${p.capabilities}`,
  'registries.note.hosts-toml-not-read': (p: { store: string; engine: string }) =>
    `  hosts.toml is not read by ${p.store === 'containerd' ? 'the containerd image store before dockerd 28' : 'the classic image store'} (dockerd ${p.engine}): only the certificates beside it apply.`,
  'registries.note.hosts-toml-dropped': () =>
    '  hosts.toml has an error (below): containerd ignores all of it and pulls go to the registry itself.',
  'registries.note.daemon-json-mirrors-overridden': (p: { hosts: number }) =>
    `  daemon.json's registry-mirrors do not apply: hosts.toml defines ${p.hosts} host${p.hosts === 1 ? '' : 's'}, and dockerd merges daemon.json's mirrors only while a registry has a single endpoint.`,
  'registries.note.daemon-json-mirrors-hub-only': () =>
    "  daemon.json's registry-mirrors are for Docker Hub only; mirrors of this registry go in its hosts.toml.",
  'registries.note.hosts-toml-unreadable': (p: { code: string }) =>
    `  hosts.toml cannot be read (${p.code}): every pull from this registry fails until it can.`,
} satisfies Messages;

export const zh: Translation<typeof en> = {
  'registries.toml.syntax': (p) => `${p.path} 不是合法的 TOML ${p.version}（${p.error}）：${DROPPED_ZH}`,
  'registries.toml.type': (p) => `${p.key} 必须是${EXPECTED_ZH[p.expected] ?? p.expected}：${DROPPED_ZH}`,
  'registries.toml.capability': (p) =>
    `${p.key}："${p.value}" 不是此版本 dockerd 认识的能力（${p.known}）：${DROPPED_ZH}`,
  'registries.toml.duration': (p) => `${p.key}："${p.value}" 不是 Go 时长（例如 "5s"、"1m30s"）：${DROPPED_ZH}`,
  'registries.toml.url': (p) => `${p.key}："${p.value}" 不是 http/https URL 或主机名：${DROPPED_ZH}`,
  'registries.toml.hint.dropped': () => '请按所示行列改正；改正之前，此文件中的镜像和证书设置都不会生效。',
  'registries.toml.unknownKey': (p) =>
    `${p.table === '' ? 'hosts.toml 顶层' : `[${p.table}] 中`}的 "${p.key}" 不是 containerd 读取的键，会被悄悄忽略。`,
  'registries.toml.hint.unknownKey': (p) => `请检查拼写；主机的键有 ${p.known}（"server" 只能写在顶层）。`,
  'registries.toml.tooNew': (p) => `${p.key} 从 dockerd ${p.since} 起才读取；${p.version} 会忽略它。`,
  'registries.toml.hint.tooNew': () => '删除它，或升级 dockerd。',
  'registries.toml.reopened': (p) => `[host."${p.host}"] 在其他表之后再次出现：containerd 会把这个主机尝试两次。`,
  'registries.toml.hint.reopened': () => '把同一主机的键写在同一个 [host."…"] 表中。',
  'registries.toml.notAHeader': (p) =>
    `主机 "${p.host}" 没有写成 [host."…"] 表头（而是点号键或内联表）：containerd 永远不会尝试它。`,
  'registries.toml.hint.notAHeader': (p) => `请写成单独一行的 [host."${p.host}"]，键写在其下方。`,
  'help.command.registry': () => '所有仓库的镜像与端点（certs.d/hosts.toml）：list',
  'help.command.registryList': () => '拉取每个仓库时依次尝试的端点，以及每个端点的来源（只读）',
  'registries.list.store': (p) =>
    `镜像存储：${p.store === 'containerd' ? 'containerd' : '经典存储（graph driver）'}（${FROM_ZH[p.from] ?? p.from}）；dockerd ${p.version}`,
  'registries.list.registry': (p) => `${p.registry}  （${p.file ?? '没有 hosts.toml'}）`,
  'registries.list.endpoint': (p) =>
    `  ${p.n}. ${p.endpoint}  ${ORIGIN_ZH[p.origin] ?? p.origin}；用于 ${p.capabilities}`,
  'registries.note.hosts-toml-not-read': (p) =>
    `  ${p.store === 'containerd' ? 'dockerd 28 之前的 containerd 镜像存储' : '经典镜像存储'}不读取 hosts.toml（dockerd ${p.engine}）：只有它旁边的证书生效。`,
  'registries.note.hosts-toml-dropped': () =>
    '  hosts.toml 有错误（见下）：containerd 会整个忽略它，拉取直接访问仓库本身。',
  'registries.note.daemon-json-mirrors-overridden': (p) =>
    `  daemon.json 的 registry-mirrors 不生效：hosts.toml 定义了 ${p.hosts} 个主机，而 dockerd 只在仓库只有一个端点时才合并 daemon.json 的镜像。`,
  'registries.note.daemon-json-mirrors-hub-only': () =>
    '  daemon.json 的 registry-mirrors 只用于 Docker Hub；这个仓库的镜像要写在它的 hosts.toml 里。',
  'registries.note.hosts-toml-unreadable': (p) =>
    `  无法读取 hosts.toml（${p.code}）：在能读取之前，从该仓库的每次拉取都会失败。`,
};
