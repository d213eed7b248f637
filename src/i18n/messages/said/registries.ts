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

const WHY_URL_EN: Readonly<Record<string, string>> = {
  'not-a-url': 'not an http or https URL',
  scheme: 'only http and https are mirrors',
  credentials: 'it carries a user or password, which hosts.toml must not hold (use docker login)',
};
const WHY_URL_ZH: Readonly<Record<string, string>> = {
  'not-a-url': '不是 http 或 https URL',
  scheme: '镜像只能是 http 或 https',
  credentials: '其中带有用户名或密码，hosts.toml 里不能保存它们（请用 docker login）',
};

export const en = {
  'registries.toml.syntax': (p: { path: string; error: string; version: string }) =>
    `${p.path} is not valid TOML ${p.version} (${p.error}): ${DROPPED_EN}`,
  'registries.toml.notUtf8': (p: { path: string }) => `${p.path} is not UTF-8 text (TOML must be): ${DROPPED_EN}`,
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
  'registries.mirror.invalidUrl': (p: { url: string; why: string }) =>
    `"${p.url}" is not a mirror URL: ${WHY_URL_EN[p.why] ?? p.why}.`,
  'registries.mirror.hint.invalidUrl': () =>
    'Give http://host[:port] or https://host[:port][/path], without user, password, query or fragment.',
  'registries.mirror.hubClassic': (p: { store: string; engine: string }) =>
    `Docker Hub's hosts.toml is not read by ${p.store === 'containerd' ? 'the containerd image store before dockerd 28' : 'the classic image store'} (dockerd ${p.engine}): daemon.json's registry-mirrors is what applies.`,
  'registries.mirror.hint.hubClassic': (p: { urls: string }) => `Run: dockerd-config mirror add ${p.urls}`,
  'registries.mirror.offerHub': (p: { urls: string }) => `Add ${p.urls} to daemon.json's registry-mirrors instead?`,
  'registries.mirror.notRead': (p: { store: string; engine: string; path: string }) =>
    `${p.path} is written, but ${p.store === 'containerd' ? 'the containerd image store before dockerd 28' : 'the classic image store'} (dockerd ${p.engine}) does not read it: pulls do not use these mirrors.`,
  'registries.mirror.hint.notRead': () =>
    'It applies with dockerd 28 or later and "features": {"containerd-snapshotter": true} in daemon.json (the default for new installations from 29).',
  'registries.defaultShadowed': (p: { registry: string; dir: string }) =>
    `${p.registry} has no directory of its own in certs.d, so containerd uses ${p.dir} for it; the new one replaces it, and ${p.dir}'s mirrors and certificates no longer apply to ${p.registry}.`,
  'registries.hint.defaultShadowed': (p: { dir: string }) =>
    `Copy into the new directory whatever ${p.dir} sets (mirrors, ca, client) that this registry still needs.`,
  'registries.mirror.perPull': () =>
    'hosts.toml is read on every pull: the next pull uses it, without a reload or restart.',
  'registries.mirror.none': (p: { registry: string }) =>
    `${p.registry} has no mirrors; pulls go to the registry itself.`,
  'help.command.registryMirror': () => "a registry's mirrors in its certs.d/<registry>/hosts.toml: add, remove, list",
  'help.command.registryMirrorAdd': () =>
    'add mirrors of REGISTRY (tried in the order given, before the registry itself)',
  'help.command.registryMirrorRemove': () => 'remove mirrors of REGISTRY',
  'help.command.registryMirrorList': () => 'the endpoints a pull from REGISTRY tries, in order',
  'help.option.registry': () => 'a registry: docker.io, ghcr.io, registry.k8s.io, host:port',
  'help.option.registryMirrorUrls': () =>
    'mirror URLs: https://host[:port][/path] or http://… (host[:port] means https)',
  'registries.name.invalid': (p: { name: string; why: string }) =>
    `"${p.name}" is not a registry name${p.why === 'scheme' ? ' (a registry is a host, not a URL)' : p.why === 'port' ? ' (the port must be 1 to 65535)' : ''}.`,
  'registries.name.hint': () =>
    'Give the registry as a pull names it: docker.io, ghcr.io, registry.k8s.io, host:5000, [::1]:5000.',
  'registries.trust.notPem': (p: { file: string }) =>
    `${p.file} holds no PEM certificate ("-----BEGIN CERTIFICATE-----").`,
  'registries.trust.unreadable': (p: { file: string; error: string }) =>
    `${p.file}: a certificate in it cannot be read (${p.error}).`,
  'registries.trust.keyInCert': (p: { file: string }) =>
    `${p.file} holds a private key: it would be installed readable by everyone. A CA or client certificate file holds certificates only.`,
  'registries.trust.keyEncrypted': (p: { file: string }) =>
    `${p.file} is an encrypted key: dockerd cannot ask for its passphrase.`,
  'registries.trust.keyUnreadable': (p: { file: string }) => `${p.file} is not a PEM private key.`,
  'registries.trust.keyMismatch': (p: { file: string }) => `${p.file} is not the key of the client certificate given.`,
  'registries.trust.keyOpen': (p: { path: string }) => `${p.path} holds this key already, but others can read it.`,
  'registries.trust.hint.keyOpen': (p: { path: string }) => `Run: chmod 600 ${p.path}`,
  'registries.trust.hint.pem': () =>
    'Give PEM files (openssl x509 -in FILE -text shows a certificate); decrypt a key with openssl pkey -in KEY -out KEY.plain.',
  'registries.trust.expired': (p: { subject: string; notAfter: string }) =>
    `The certificate ${p.subject} expired on ${p.notAfter}: pulls will be refused until it is renewed.`,
  'registries.trust.certWithoutKey': () => '--cert and --key go together: a client certificate needs its key.',
  'registries.trust.installed': (p: { dir: string }) =>
    `Read on every connection to the registry: the next pull trusts it, without a reload or restart (${p.dir}).`,
  'registries.trust.insecureToo': (p: { registry: string }) =>
    `${p.registry} is also in insecure-registries: with its CA trusted it no longer needs to be; remove it with: dockerd-config insecure remove ${p.registry}`,
  'registries.trust.tomlNamesOthers': (p: { key: string; path: string; line: number }) =>
    `${p.path} names other files in "${p.key}" (line ${p.line}), and with a hosts.toml containerd reads only the files it names: nothing was installed.`,
  'registries.trust.hint.tomlNamesOthers': (p: { key: string; file: string }) =>
    `Add "${p.file}" to ${p.key} there (an array may name several), or remove the key; then run this again.`,
  'help.command.registryTrust': () =>
    "trust a registry's CA (and present a client certificate) through certs.d/HOST:PORT/ — instead of insecure-registries",
  'help.option.trustCa': () => "the CA certificate (PEM) that signed the registry's certificate",
  'help.option.trustCert': () => 'a client certificate (PEM) for a registry that asks for one; with --key',
  'help.option.trustKey': () => "the client certificate's private key (PEM, unencrypted); installed with mode 0600",
} satisfies Messages;

export const zh: Translation<typeof en> = {
  'registries.toml.syntax': (p) => `${p.path} 不是合法的 TOML ${p.version}（${p.error}）：${DROPPED_ZH}`,
  'registries.toml.notUtf8': (p) => `${p.path} 不是 UTF-8 文本（TOML 必须是）：${DROPPED_ZH}`,
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
  'registries.mirror.invalidUrl': (p) => `"${p.url}" 不是镜像 URL：${WHY_URL_ZH[p.why] ?? p.why}。`,
  'registries.mirror.hint.invalidUrl': () =>
    '请写成 http://主机[:端口] 或 https://主机[:端口][/路径]，不要带用户名、密码、查询参数或片段。',
  'registries.mirror.hubClassic': (p) =>
    `${p.store === 'containerd' ? 'dockerd 28 之前的 containerd 镜像存储' : '经典镜像存储'}（dockerd ${p.engine}）不读取 Docker Hub 的 hosts.toml：生效的是 daemon.json 的 registry-mirrors。`,
  'registries.mirror.hint.hubClassic': (p) => `请运行：dockerd-config mirror add ${p.urls}`,
  'registries.mirror.offerHub': (p) => `改为把 ${p.urls} 加入 daemon.json 的 registry-mirrors 吗？`,
  'registries.mirror.notRead': (p) =>
    `已写入 ${p.path}，但${p.store === 'containerd' ? ' dockerd 28 之前的 containerd 镜像存储' : '经典镜像存储'}（dockerd ${p.engine}）不读取它：拉取不会使用这些镜像。`,
  'registries.mirror.hint.notRead': () =>
    '需要 dockerd 28 或更高版本，并在 daemon.json 中设置 "features": {"containerd-snapshotter": true}（29 起新安装的默认值）才会生效。',
  'registries.defaultShadowed': (p) =>
    `${p.registry} 在 certs.d 中没有自己的目录，所以 containerd 对它使用 ${p.dir}；新建的目录会取代它，${p.dir} 中的镜像和证书将不再适用于 ${p.registry}。`,
  'registries.hint.defaultShadowed': (p) => `把 ${p.dir} 中该仓库仍然需要的设置（镜像、ca、client）复制到新目录里。`,
  'registries.mirror.perPull': () => '每次拉取都会重新读取 hosts.toml：下一次拉取即生效，无需 reload 或重启。',
  'registries.mirror.none': (p) => `${p.registry} 没有镜像；拉取直接访问仓库本身。`,
  'help.command.registryMirror': () => '仓库在 certs.d/<仓库>/hosts.toml 中的镜像：add、remove、list',
  'help.command.registryMirrorAdd': () => '为 REGISTRY 添加镜像（按给出的顺序尝试，最后才访问仓库本身）',
  'help.command.registryMirrorRemove': () => '删除 REGISTRY 的镜像',
  'help.command.registryMirrorList': () => '从 REGISTRY 拉取时依次尝试的端点',
  'help.option.registry': () => '仓库：docker.io、ghcr.io、registry.k8s.io、主机:端口',
  'help.option.registryMirrorUrls': () =>
    '镜像 URL：https://主机[:端口][/路径] 或 http://…（只写主机[:端口] 表示 https）',
  'registries.name.invalid': (p) =>
    `"${p.name}" 不是仓库名${p.why === 'scheme' ? '（仓库是主机名，不是 URL）' : p.why === 'port' ? '（端口必须在 1 到 65535 之间）' : ''}。`,
  'registries.name.hint': () =>
    '请按拉取时的写法给出仓库：docker.io、ghcr.io、registry.k8s.io、host:5000、[::1]:5000。',
  'registries.trust.notPem': (p) => `${p.file} 中没有 PEM 证书（"-----BEGIN CERTIFICATE-----"）。`,
  'registries.trust.unreadable': (p) => `${p.file}：其中的证书无法读取（${p.error}）。`,
  'registries.trust.keyInCert': (p) => `${p.file} 中含有私钥：安装后所有人都能读取。CA 或客户端证书文件只应包含证书。`,
  'registries.trust.keyEncrypted': (p) => `${p.file} 是加密的私钥：dockerd 无法输入口令。`,
  'registries.trust.keyUnreadable': (p) => `${p.file} 不是 PEM 私钥。`,
  'registries.trust.keyMismatch': (p) => `${p.file} 与给出的客户端证书不配对。`,
  'registries.trust.keyOpen': (p) => `${p.path} 中已经是这个私钥，但其他用户可以读取它。`,
  'registries.trust.hint.keyOpen': (p) => `请运行：chmod 600 ${p.path}`,
  'registries.trust.hint.pem': () =>
    '请给出 PEM 文件（openssl x509 -in 文件 -text 可查看证书）；用 openssl pkey -in KEY -out KEY.plain 解密私钥。',
  'registries.trust.expired': (p) => `证书 ${p.subject} 已于 ${p.notAfter} 过期：续期之前拉取都会被拒绝。`,
  'registries.trust.certWithoutKey': () => '--cert 和 --key 必须一起给出：客户端证书需要它的私钥。',
  'registries.trust.installed': (p) => `每次连接仓库时都会读取：下一次拉取即信任它，无需 reload 或重启（${p.dir}）。`,
  'registries.trust.insecureToo': (p) =>
    `${p.registry} 也在 insecure-registries 中：信任其 CA 后就不再需要了；可以这样删除：dockerd-config insecure remove ${p.registry}`,
  'registries.trust.tomlNamesOthers': (p) =>
    `${p.path} 的 "${p.key}"（第 ${p.line} 行）列出了其他文件；有 hosts.toml 时 containerd 只读取其中列出的文件：什么都没有安装。`,
  'registries.trust.hint.tomlNamesOthers': (p) =>
    `请在那里的 ${p.key} 中加上 "${p.file}"（数组可以列出多个），或删掉该键，然后再运行一次。`,
  'help.command.registryTrust': () =>
    '通过 certs.d/主机:端口/ 信任仓库的 CA（并提供客户端证书）——替代 insecure-registries',
  'help.option.trustCa': () => '签发仓库证书的 CA 证书（PEM）',
  'help.option.trustCert': () => '仓库要求的客户端证书（PEM），与 --key 一起使用',
  'help.option.trustKey': () => '客户端证书的私钥（PEM，未加密）；以 0600 权限安装',
};
