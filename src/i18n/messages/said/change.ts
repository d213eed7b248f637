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

  // interrupted changes of several files (issue 14)
  'change.interrupted.undone': (p: { at: string; files: string }) =>
    `A change to several files started at ${p.at} was cut off before it finished; it was undone first (${p.files} hold what they held before it).`,
  'change.interrupted.pending': (p: { at: string; files: string }) =>
    `A change to several files started at ${p.at} was cut off before it finished: ${p.files} may not fit together. The next change undoes it; to do that now, run any change again (e.g. \`dockerd-config set debug false\` and back) or restore the backups.`,
  'change.interrupted.unusable': (p: { path: string }) =>
    `${p.path} records a change to several files that was cut off, but it or the backups it names cannot be used`,
  'change.interrupted.hint.unusable': (p: { path: string }) =>
    `Check the files named in ${p.path} against \`dockerd-config backups\`, put them right by hand or with \`rollback\`, then delete ${p.path}.`,
  // state directory trust (issue 14)
  'change.state.untrusted': (p: {
    path: string;
    problem: 'symlink' | 'not-directory' | 'not-file' | 'owner' | 'group-writable' | 'other-writable';
    uid: number;
    gid: number;
    mode: string;
  }) =>
    `refusing to use ${p.path}: ${
      {
        symlink: 'it is a symbolic link',
        'not-directory': 'it is not a directory',
        'not-file': 'it is not a regular file',
        owner: `it is owned by uid ${p.uid}, not by root or the user running this command`,
        'group-writable': `its group (gid ${p.gid}) may write it (mode ${p.mode})`,
        'other-writable': `anyone may write it (mode ${p.mode})`,
      }[p.problem]
    }; whoever can change it could make this command overwrite any file (owner uid ${p.uid}, gid ${p.gid}, mode ${p.mode})`,
  'change.state.hint.untrusted': (p: { fix: string }) =>
    `check who put it there, then make it root's alone and run again: ${p.fix}`,
  'change.state.forged': (p: { id: string; path: string; root: string; index: string }) =>
    `backup ${p.id} names ${JSON.stringify(p.path)}, which is not a file under --root ${p.root}: dockerd-config never backed it up, so the entry in ${p.index} is forged or damaged and is not restored`,
  'change.state.notManaged': (p: { id: string; path: string; managed: string }) =>
    `backup ${p.id} is of ${p.path}, which this run does not manage (it manages ${p.managed}): it is not restored`,
  'change.state.hint.notManaged': (p: { id: string }) =>
    `if ${p.id} is really of that file, name it the way it was managed then (e.g. --config-file), or pick another backup: dockerd-config backups`,
  'change.state.hint.forged': (p: { index: string }) =>
    `check who can write ${p.index}; pick another backup (dockerd-config backups), or remove the line by hand`,
  'change.state.escapes': (p: { path: string; root: string; outside: string; inside: string }) =>
    `${p.path} is a symbolic link that leads out of --root ${p.root}, to ${p.outside}; inside the root it names ${p.inside}, and nothing outside the root is written`,
  'change.state.hint.escapes': (p: { path: string; root: string }) =>
    `make ${p.path} point to a file inside ${p.root} (a relative link must not climb out with ..), then run again`,

  // meaning kept (issue 14)
  'change.meaning.controlChar': (p: { word: string; name: string; char: string }) =>
    `cannot write ${p.word} into ${p.name}: it holds the control character ${p.char}, which sh drops and systemd refuses, so dockerd would get another value than the one given`,
  'change.meaning.hint.controlChar': (p: { name: string }) =>
    `Give the value without control characters (NUL, escape, a line break …): no value in ${p.name} can carry them.`,
  'change.meaning.systemdComment': (p: { line: number; name: string; comment: string }) =>
    `${p.name} on line ${p.line} ends with the comment ${JSON.stringify(p.comment)}: sh ignores it, but systemd's EnvironmentFile= reads it as part of the value, so an edit would hand dockerd the comment's words`,
  'change.meaning.hint.systemdComment': (p: { name: string }) =>
    `Move the comment to a line of its own (starting with #) above ${p.name}=…, then run again.`,
  'change.meaning.unitControl': (p: { path: string; char: string }) =>
    `cannot write ${p.path} into the systemd drop-in: it holds the control character ${p.char}, and a line break there would start a directive of its own`,
  'change.meaning.hint.unitControl': () => 'Name daemon.json by a path without line breaks or control characters.',
  'change.meaning.duplicateEdited': (p: { key: string; last: number; earlier: string; count: number }) =>
    `"${p.key}" appeared more than once in daemon.json; dockerd uses the last copy (line ${p.last}), so this change edited that one and removed the earlier ${p.count === 1 ? 'copy' : 'copies'} (${p.count === 1 ? 'line' : 'lines'} ${p.earlier}), which dockerd ignored`,
  'change.meaning.duplicateMerged': (p: { key: string; last: number; earlier: string; count: number }) =>
    `"${p.key}" appeared more than once in daemon.json, each time an object: dockerd merges such copies member by member (a later member wins). This change set the whole value at line ${p.last} and removed the earlier ${p.count === 1 ? 'copy' : 'copies'} (${p.count === 1 ? 'line' : 'lines'} ${p.earlier}), so "${p.key}" is now exactly the value given`,
  'change.meaning.duplicateRemoved': (p: { key: string; lines: string }) =>
    `"${p.key}" appeared more than once in daemon.json (lines ${p.lines}); every copy was removed, or dockerd would use the one left`,
  'change.meaning.duplicateKept': (p: { key: string; last: number; earlier: string; count: number }) =>
    `"${p.key}" appears more than once in daemon.json; dockerd uses the last copy (line ${p.last}), so this change edited that one and left the earlier ${p.count === 1 ? 'copy' : 'copies'} (${p.count === 1 ? 'line' : 'lines'} ${p.earlier}) as ${p.count === 1 ? 'it was' : 'they were'}: dockerd ignores ${p.count === 1 ? 'it' : 'them'}`,
  'change.meaning.dropInRemoved': (p: { path: string }) =>
    `"hosts" is no longer set in daemon.json: ${p.path} (written by dockerd-config to take -H off ExecStart=) is removed, and the unit's own -H applies again`,

  // insecure tcp and scale (issue 14)
  'change.tcp.hint.already': () =>
    'It was open before this change, which does not widen it; close it: set "tlsverify": true with tlscacert, tlscert and tlskey, or listen on 127.0.0.1 only.',
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

  // interrupted changes of several files (issue 14)
  'change.interrupted.undone': (p) =>
    `一次从 ${p.at} 开始、涉及多个文件的修改在完成前被中断了；已先将其撤销（${p.files} 已恢复为修改前的内容）。`,
  'change.interrupted.pending': (p) =>
    `一次从 ${p.at} 开始、涉及多个文件的修改在完成前被中断了：${p.files} 之间可能不一致。下一次修改会先撤销它；如要立即处理，请再执行一次任意修改，或恢复备份。`,
  'change.interrupted.unusable': (p) => `${p.path} 记录了一次被中断的多文件修改，但该记录或它提到的备份无法使用`,
  'change.interrupted.hint.unusable': (p) =>
    `对照 \`dockerd-config backups\` 检查 ${p.path} 中列出的文件，手工或用 \`rollback\` 修正后，删除 ${p.path}。`,
  // state directory trust (issue 14)
  'change.state.untrusted': (p) =>
    `拒绝使用 ${p.path}：${
      {
        symlink: '它是一个符号链接',
        'not-directory': '它不是目录',
        'not-file': '它不是普通文件',
        owner: `它属于 uid ${p.uid}，既不是 root 也不是运行本命令的用户`,
        'group-writable': `它的属组（gid ${p.gid}）可以写它（权限 ${p.mode}）`,
        'other-writable': `任何人都可以写它（权限 ${p.mode}）`,
      }[p.problem]
    }；能修改它的人就能让本命令覆盖任意文件（属主 uid ${p.uid}，gid ${p.gid}，权限 ${p.mode}）`,
  'change.state.hint.untrusted': (p) => `先查明是谁放在那里的，然后让它只归 root 所有，再运行一次：${p.fix}`,
  'change.state.forged': (p) =>
    `备份 ${p.id} 指向 ${JSON.stringify(p.path)}，它不是 --root ${p.root} 下的文件：dockerd-config 从未备份过它，所以 ${p.index} 里的这条记录是伪造的或已损坏，不予恢复`,
  'change.state.notManaged': (p) =>
    `备份 ${p.id} 属于 ${p.path}，本次运行并不管理这个文件（管理的是 ${p.managed}）：不予恢复`,
  'change.state.hint.notManaged': (p) =>
    `如果 ${p.id} 确实属于那个文件，请按当时的方式指定它（例如 --config-file），或换一个备份：dockerd-config backups`,
  'change.state.hint.forged': (p) => `检查谁能写 ${p.index}；换一个备份（dockerd-config backups），或手工删掉那一行`,
  'change.state.escapes': (p) =>
    `${p.path} 是一个通向 --root ${p.root} 之外的符号链接，指向 ${p.outside}；在根目录内它表示 ${p.inside}，本命令不会写根目录之外的任何文件`,
  'change.state.hint.escapes': (p) =>
    `让 ${p.path} 指向 ${p.root} 之内的文件（相对链接不能用 .. 爬出根目录），然后再运行一次`,

  // meaning kept (issue 14)
  'change.meaning.controlChar': (p) =>
    `无法把 ${p.word} 写进 ${p.name}：其中有控制字符 ${p.char}，sh 会丢掉它、systemd 会拒绝它，dockerd 拿到的将不是给定的值`,
  'change.meaning.hint.controlChar': (p) =>
    `请给出不含控制字符（NUL、转义符、换行等）的值：${p.name} 中的任何值都无法携带它们。`,
  'change.meaning.systemdComment': (p) =>
    `第 ${p.line} 行的 ${p.name} 后面跟着注释 ${JSON.stringify(p.comment)}：sh 会忽略它，但 systemd 的 EnvironmentFile= 会把它当作值的一部分，修改后 dockerd 会收到注释里的词`,
  'change.meaning.hint.systemdComment': (p) =>
    `请把这条注释移到 ${p.name}=… 上方单独的一行（以 # 开头），然后再运行一次。`,
  'change.meaning.unitControl': (p) =>
    `无法把 ${p.path} 写进 systemd drop-in：其中有控制字符 ${p.char}，那里的换行会另起一条指令`,
  'change.meaning.hint.unitControl': () => '请用不含换行和控制字符的路径指定 daemon.json。',
  'change.meaning.duplicateEdited': (p) =>
    `daemon.json 中 "${p.key}" 出现了不止一次；dockerd 使用最后一个（第 ${p.last} 行），所以本次修改了那一个，并删除了前面 dockerd 忽略的副本（第 ${p.earlier} 行）`,
  'change.meaning.duplicateMerged': (p) =>
    `daemon.json 中 "${p.key}" 出现了不止一次，且每次都是对象：dockerd 会把这些副本按成员合并（后面的成员优先）。本次在第 ${p.last} 行设置了整个值，并删除了前面的副本（第 ${p.earlier} 行），所以 "${p.key}" 现在正好是给定的值`,
  'change.meaning.duplicateRemoved': (p) =>
    `daemon.json 中 "${p.key}" 出现了不止一次（第 ${p.lines} 行）；已全部删除，否则 dockerd 会使用留下的那个`,
  'change.meaning.duplicateKept': (p) =>
    `daemon.json 中 "${p.key}" 出现了不止一次；dockerd 使用最后一个（第 ${p.last} 行），所以本次修改了那一个，前面的副本（第 ${p.earlier} 行）保持原样：dockerd 会忽略它们`,
  'change.meaning.dropInRemoved': (p) =>
    `daemon.json 中已不再设置 "hosts"：删除 ${p.path}（dockerd-config 为从 ExecStart= 去掉 -H 而写的），unit 自己的 -H 重新生效`,
  // insecure tcp and scale (issue 14)
  'change.tcp.hint.already': () =>
    '它在本次修改之前就已开放，本次修改没有扩大它；请关闭它：设置 "tlsverify": true 并配好 tlscacert、tlscert 和 tlskey，或只监听 127.0.0.1。',
};
