/**
 * The diagnostics' own sentences (messages and hints) of change/, the CLI's commands and the wizard, by key with parameters; see
 * i18n/said.ts. dockerd's own words are a parameter, never translated.
 */
import type { Messages, Translation } from '../../types.js';

export const en = {
  // Read commands on a daemon.json that does not parse
  'change.unparsable.recovered': () =>
    'dockerd reads none of daemon.json while it does not parse (it will not start). Below is what `dockerd-config repair` would recover, not what is in effect; run `dockerd-config repair` to mend the file.',
  'change.unparsable.unrecoverable': () =>
    'dockerd reads none of daemon.json while it does not parse (it will not start), and `dockerd-config repair` cannot recover it without guessing: fix the named line by hand, or restore a backup (`dockerd-config rollback`).',
  'change.unparsable.notRepairable': () =>
    'dockerd reads none of daemon.json while it does not parse (it will not start), and `dockerd-config repair` does not mend this kind of damage: fix it as the hint above says.',
  'change.unparsable.mark': () => '(recovered by repair, not in effect)',
  // A change's report names what it mends; what it leaves as it was is validate's and doctor's to say.
  'change.fixed': (p: { finding: string }) => `fixes: ${p.finding}`,

  // Values typed on the command line or in the wizard
  'change.values.warning': (p: { value: string; dockerd: string }) => `${p.value}: ${p.dockerd}`,
  'change.values.ownWarning': (p: { value: string; warning: string }) => `${p.value}: ${p.warning}`,
  'change.values.hint.mirror': () =>
    'A mirror is an http:// or https:// URL without credentials, query or fragment, e.g. https://mirror.example.com',
  'change.values.hint.insecure': () =>
    'An insecure registry is host[:port] or a CIDR, without a scheme, e.g. registry.local:5000 or 10.0.0.0/8',
  'change.values.hint.host': () => 'An address is unix:///path, tcp://host:port or fd://, e.g. tcp://127.0.0.1:2375',
  'change.tcp.exposed': (p: { address: string }) =>
    `${p.address} exposes the Docker API to the network without TLS client verification: anyone who can reach it has root on this host`,
  'change.tcp.hint.allowed': () =>
    'Set "tlsverify": true with tlscacert, tlscert and tlskey, or listen on 127.0.0.1 only.',
  'change.tcp.hint.refused': () =>
    'Set "tlsverify": true with tlscacert, tlscert and tlskey first, listen on 127.0.0.1, or pass --allow-insecure-tcp if you really mean it.',
  'change.unparsable.repairFirst': (p: { hint: string }) =>
    `${p.hint}; nothing else is changed until it parses: run \`dockerd-config repair\` first`,
  'change.unparsable.repairFirstOnly': () =>
    'nothing else is changed until it parses: run `dockerd-config repair` first',

  // What a dry run would do to the daemon (--json's note; the text says it with mutate.wouldAct)
  'change.wouldAct': (p: { action: 'reload' | 'restart'; reason: string }) =>
    `dockerd would be ${p.action === 'reload' ? 'reloaded' : 'restarted'} (${p.reason})`,
  'change.noServiceManager': () => 'no service manager',

  // apply and rollback
  'change.apply.hint.object': (p: { path: string }) =>
    `Fix ${p.path}: it must be a JSON object of daemon.json settings.`,
  'change.apply.notObject': () => 'the desired configuration must be a JSON object',
  'change.apply.unreadable': (p: { path: string; error: string }) => `cannot read ${p.path}: ${p.error}`,
  'change.rollback.noBackups': () => 'there are no backups to roll back to',
  'change.rollback.noSuchBackup': (p: { id: string }) => `there is no backup ${p.id}`,
  'change.rollback.hint.list': () => 'list them with: dockerd-config backups',
  'change.rollback.rejected': (p: { id: string }) =>
    `backup ${p.id} holds a version dockerd refused (an automatic rollback kept it): restoring it would not be a better state`,
  'change.rollback.refused': (p: { id: string }) =>
    `backup ${p.id} holds a daemon.json that dockerd would refuse (above): restoring it would not be a better state`,
  'change.rollback.hint.other': () =>
    'pick another backup (`dockerd-config backups`), or pass --force to restore it anyway',
} satisfies Messages;

export const zh: Translation<typeof en> = {
  'change.unparsable.recovered': () =>
    'daemon.json 无法解析，dockerd 一项设置也不会读取（它不会启动）。下面是 `dockerd-config repair` 能恢复出的内容，并未生效；运行 `dockerd-config repair` 修复该文件。',
  'change.unparsable.unrecoverable': () =>
    'daemon.json 无法解析，dockerd 一项设置也不会读取（它不会启动），而且 `dockerd-config repair` 无法不靠猜测地恢复它：请手工修正所指的那一行，或恢复备份（`dockerd-config rollback`）。',
  'change.unparsable.notRepairable': () =>
    'daemon.json 无法解析，dockerd 一项设置也不会读取（它不会启动），而 `dockerd-config repair` 修复不了这种损坏：请按上面的建议处理。',
  'change.unparsable.mark': () => '（由 repair 恢复，未生效）',
  'change.fixed': (p) => `修正：${p.finding}`,

  'change.values.warning': (p) => `${p.value}（dockerd 的原话：${p.dockerd}）`,
  'change.values.ownWarning': (p) => `${p.value} 这个值${p.warning}`,
  'change.values.hint.mirror': () =>
    '镜像加速器是 http:// 或 https:// 地址，不带用户名密码、查询串或片段，例如 https://mirror.example.com',
  'change.values.hint.insecure': () =>
    '非安全仓库写成 主机[:端口] 或 CIDR，不带协议，例如 registry.local:5000 或 10.0.0.0/8',
  'change.values.hint.host': () => '监听地址写成 unix:///路径、tcp://主机:端口 或 fd://，例如 tcp://127.0.0.1:2375',
  'change.tcp.exposed': (p) =>
    `${p.address} 把 Docker API 暴露在网络上且没有 TLS 客户端验证：任何能连上它的人都拥有这台主机的 root 权限`,
  'change.tcp.hint.allowed': () => '设置 "tlsverify": true 并配好 tlscacert、tlscert 和 tlskey，或只监听 127.0.0.1。',
  'change.tcp.hint.refused': () =>
    '先设置 "tlsverify": true 并配好 tlscacert、tlscert 和 tlskey，或监听 127.0.0.1；确实要这样做时加 --allow-insecure-tcp。',
  'change.unparsable.repairFirst': (p) =>
    `${p.hint}；在它能被解析之前不会修改其他任何内容：先运行 \`dockerd-config repair\``,
  'change.unparsable.repairFirstOnly': () => '在它能被解析之前不会修改其他任何内容：先运行 `dockerd-config repair`',

  'change.wouldAct': (p) => `dockerd 将会${p.action === 'reload' ? '重新加载' : '重启'}（${p.reason}）`,
  'change.noServiceManager': () => '没有服务管理器',
  'change.apply.hint.object': (p) => `修正 ${p.path}：它必须是一个由 daemon.json 设置组成的 JSON 对象。`,
  'change.apply.notObject': () => '期望的配置必须是一个 JSON 对象',
  'change.apply.unreadable': (p) => `无法读取 ${p.path}：${p.error}`,
  'change.rollback.noBackups': () => '没有可以回滚到的备份',
  'change.rollback.noSuchBackup': (p) => `没有名为 ${p.id} 的备份`,
  'change.rollback.hint.list': () => '用 `dockerd-config backups` 列出备份',
  'change.rollback.rejected': (p) =>
    `备份 ${p.id} 保存的是 dockerd 拒绝过的版本（自动回滚时保留下来的）：恢复它不会让情况更好`,
  'change.rollback.refused': (p) => `备份 ${p.id} 里的 daemon.json 会被 dockerd 拒绝（见上文）：恢复它不会让情况更好`,
  'change.rollback.hint.other': () => '换一个备份（`dockerd-config backups`），或加 --force 强制恢复',
};
