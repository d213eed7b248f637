/**
 * The diagnostics' own sentences (messages and hints) of lifecycle/, apply/, sources/, service/,
 * verify/, edges/ and the CLI's parser, by key with parameters; see i18n/said.ts. dockerd's own
 * words are a parameter, never translated; so are a service manager's output and journal lines.
 */
import type { Messages, Translation } from '../../types.js';

type Mode = 'reload' | 'restart';
/** What the write path was doing when a file-system call failed ("cannot …"). */
export type FsAction =
  | 'read'
  | 'write'
  | 'remove'
  | 'open the directory'
  | 'create the directory'
  | 'read the backup'
  | 'write the backup'
  | 'read the backup index'
  | 'write the backup index'
  | 'read the lock'
  | 'create the lock'
  | 'break the stale lock';
/** The errno codes the write path explains in words. */
export type KnownErrno =
  | 'EACCES'
  | 'EPERM'
  | 'EROFS'
  | 'ENOSPC'
  | 'EDQUOT'
  | 'ENOENT'
  | 'ENOTDIR'
  | 'EISDIR'
  | 'ELOOP'
  | 'EIO';
export type Quote = "'" | '"' | '`' | '$';

const done = (action: Mode): string => (action === 'reload' ? 'reloaded' : 'restarted');
const containers = (names: readonly string[]): string =>
  `${names.length} running container${names.length === 1 ? '' : 's'} (${names.join(', ')})`;
const restoredList = (restored: readonly { path: string; rejectedBackup?: string | undefined }[]): string =>
  restored
    .map((f) => `${f.path}${f.rejectedBackup ? ` (the rejected version is backup ${f.rejectedBackup})` : ''}`)
    .join(', ');

const ERRNO_EN: Record<KnownErrno, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'it is a directory',
  ELOOP: 'too many levels of symbolic links',
  EIO: 'input/output error',
};
const UNCLOSED_EN: Record<Quote, string> = {
  "'": 'unclosed single quote',
  '"': 'unclosed double quote',
  '`': 'unclosed backquote',
  $: 'unclosed $( or ${',
};

export const en = {
  // The service step: nothing run, or not yet
  'service.restart.writtenOnly': (p: { action: Mode }) =>
    `written only (--no-restart): dockerd must ${p.action} to use it`,
  'service.restart.needed': (p: { action: Mode }) => `dockerd must ${p.action} to use the new configuration`,
  'service.restart.hint.run': (p: { command: string }) => `run \`${p.command}\``,
  'service.manual.writtenOnly': () => 'written only (--no-restart)',
  'service.manual.root': (p: { root: string }) =>
    `--root ${p.root}: the files were changed, but the dockerd that reads them is not restarted from here; restart it there, or give --restart-cmd "CMD"`,
  'service.manual.desktop': () =>
    'Docker Desktop owns this engine: open Docker Desktop → Settings → Docker Engine, paste the configuration, then "Apply & restart"',
  'service.manual.systemdNotRunning': () =>
    'docker.service exists but systemd is not running here: restart dockerd the way it was started, or give --restart-cmd "CMD"',
  'service.manual.none': () =>
    'no service manager runs dockerd here (no docker.service, no /etc/init.d/docker): restart dockerd the way it was started, or give --restart-cmd "CMD"',
  'service.stopped.message': (p: { name: string }) =>
    `${p.name}: dockerd is stopped; the new configuration applies when it starts`,
  'service.stopped.hint': (p: { command: string }) => `start it when you want it: ${p.command}`,

  // A restart that would stop running containers, without consent
  'service.containers.declined': (p: { names: string[] }) =>
    `not changed: restarting dockerd would stop ${containers(p.names)}, and the answer was no`,
  'service.containers.needsYes': (p: { names: string[] }) =>
    `not changed: this change restarts dockerd, which would stop ${containers(p.names)}; pass -y to restart anyway`,
  'service.containers.hint.declined': () =>
    'run it again when the containers may stop, or set "live-restore": true first (that change only needs a reload)',
  'service.containers.hint.needsYes': (p: { command: string }) =>
    `pass -y (--yes) to restart anyway, or set "live-restore": true first (that change only needs a reload); \`${p.command}\` is what would run`,

  // The service manager, systemd's start limit
  'service.manager.failed': (p: { command: string; exitCode: number; output?: string; journal?: string }) =>
    `\`${p.command}\` failed (exit ${p.exitCode}) before dockerd ran, so dockerd never judged the new configuration; it is kept${p.output ? `: ${p.output}` : ''}${p.journal ? ` (${p.journal})` : ''}`,
  'service.manager.hint.systemd': () =>
    'a command of docker.service that runs before dockerd (ExecStartPre=, a drop-in) failed: `systemctl cat docker` shows them, `journalctl -u docker -n 50` says which',
  'service.manager.hint.other': (p: { command: string; start: string }) =>
    `fix what \`${p.command}\` reports, then \`${p.start}\``,
  'service.startLimit.cleared': () =>
    "systemd's start limit for docker.service had been hit (it hides the real error); it was cleared with `systemctl reset-failed`",
  'service.startLimit.hint': () => 'read the first dockerd error in `journalctl -u docker`, not the last systemd line',

  // Verifying the daemon after a reload or restart
  'service.verify.notApplied': (p: { action: Mode; settings: string[] }) =>
    `dockerd ${done(p.action)} but does not use the new configuration: ${p.settings.join(', ')} differ`,
  'service.verify.hint.reloadPartial': () =>
    'a reload applies only some keys; restart dockerd, or check its log for the reload error',
  'service.verify.hint.whichFile': () => 'check which daemon.json dockerd reads (--config-file in its unit)',
  'service.verify.unreachable': (p: {
    action: Mode;
    missing: { address: string; detail: string }[];
    command?: string;
    exitCode?: number;
    output?: string;
  }) =>
    `dockerd did not answer after the ${p.action}${p.missing.length ? ` on ${p.missing.map((m) => `${m.address} (${m.detail})`).join(', ')}` : ''}${p.command !== undefined ? `: \`${p.command}\` exited ${p.exitCode}${p.output ? `: ${p.output}` : ''}` : ''}`,
  'service.verify.hint.readLog': (p: { where: string }) => `read its log: ${p.where}`,
  'service.verify.hint.readDaemonLog': () => 'read its log: the daemon log',

  // Rolling back
  'service.rollback.skipped': () =>
    'the new configuration is kept: the previous one would not start dockerd either, so putting it back would not help',
  'service.rollback.hint.skipped': () =>
    'fix what the error above names, then `dockerd-config restart`; `dockerd-config backups` lists both versions',
  'service.rollback.failed': (p: {
    down: boolean;
    restored: { path: string; rejectedBackup?: string | undefined }[];
  }) =>
    `${p.down ? 'the previous configuration did not come up either: dockerd is down' : 'the previous configuration was put back, but dockerd does not show it either'}. Restored: ${restoredList(p.restored)}`,
  'service.rollback.hint.failed': () =>
    'read the first dockerd error in its log; the old files are back in place, and `dockerd-config rollback --to ID` restores either version',
  'service.rollback.previous': (p: { message: string }) => `previous configuration: ${p.message}`,

  // The write path (apply/): a file-system call that failed, and the failures that are not errnos
  'service.write.cannot': (p: { action: FsAction; path: string; why: string }) =>
    `cannot ${p.action} ${p.path}: ${p.why}`,
  'service.write.errno': (p: { code: KnownErrno }) => ERRNO_EN[p.code],
  'service.write.hint.root': () => 'run with sudo (or as root)',
  'service.write.hint.readOnly': (p: { dir: string }) =>
    `the file system holding ${p.dir} is mounted read-only: remount it read-write, or point the daemon at a writable --config-file`,
  'service.write.hint.noSpace': (p: { dir: string }) =>
    `free some space on the file system holding ${p.dir} (df -h ${p.dir}) and run the command again`,
  'service.write.hint.quota': (p: { dir: string }) =>
    `free some space in the quota for ${p.dir} and run the command again`,
  'service.write.hint.dirExists': (p: { dir: string }) => `check that ${p.dir} exists`,
  'service.write.hint.checkPath': (p: { path: string }) => `check the path ${p.path}`,
  'service.write.hint.isDirectory': (p: { path: string }) => `${p.path} must be a file; move the directory away`,
  'service.write.hint.symlinkLoop': (p: { path: string }) => `fix the symbolic link loop at ${p.path}`,
  'service.write.hint.diskErrors': (p: { dir: string }) => `the disk holding ${p.dir} reports errors; check dmesg`,
  'service.write.hint.unknown': () =>
    'the file was left as it was; run the command again, or with --verbose for details',
  'service.write.notRegular': (p: { path: string }) => `${p.path} is not a regular file`,
  'service.write.hint.notRegular': () => 'move it away, or point at the file to manage',
  'service.write.changedMeanwhile': (p: { path: string; what: 'changed' | 'created' | 'removed' }) =>
    `${p.path} ${p.what === 'changed' ? 'changed' : `was ${p.what}`} after this command read it`,
  'service.write.hint.readAgain': () => 'run the command again: it reads the file afresh',
  'service.write.twice': (p: { path: string }) => `the plan changes ${p.path} twice`,
  'service.write.hint.bug': () => 'this is a bug in dockerd-config; please report it',
  'service.write.lockRemoved': (p: { path: string }) => `the lock ${p.path} was removed while this command held it`,
  'service.write.hint.nothingWritten': () => 'run the command again; nothing was written',
  'service.write.putBack': (p: { message: string; restored: string[]; unrestored: { path: string; id: string }[] }) =>
    [
      p.message,
      ...(p.restored.length > 0 ? [`put back ${p.restored.join(', ')}, already written, from the backup`] : []),
      ...p.unrestored.map((u) => `COULD NOT put back ${u.path}: restore it with dockerd-config rollback --to ${u.id}`),
    ].join('; '),
  'service.backup.none': (p: { id: string }) => `there is no backup ${p.id}`,
  'service.backup.hint.list': () => 'list them with: dockerd-config backups',
  'service.backup.dataMissing': (p: { id: string; file: string }) =>
    `the data of backup ${p.id} is missing (${p.file})`,
  'service.backup.hint.another': () => 'choose another backup: dockerd-config backups',
  'service.lock.held': (p: { pid: number; since: string; path: string; seconds: number }) =>
    `another dockerd-config run (pid ${p.pid}, since ${p.since}) holds the lock ${p.path}; gave up after ${p.seconds} s`,
  'service.lock.hint.held': (p: { pid: number; path: string }) =>
    `wait for it to finish and run the command again; if pid ${p.pid} is not dockerd-config, remove ${p.path}`,
  'service.lock.unreadable': (p: { path: string; seconds: number }) =>
    `the lock ${p.path} is taken and unreadable; gave up after ${p.seconds} s`,
  'service.lock.hint.unreadable': (p: { path: string }) => `if no dockerd-config is running, remove ${p.path}`,

  // Reading the sources (sources/)
  'service.sources.cannotRead': (p: { path: string; code: string }) => `cannot read ${p.path}: ${p.code}`,
  'service.sources.hint.readable': () => 'Run as root (sudo), or give a readable copy with --config-file.',
  'service.daemonArgs.invalid': (p: { column: number; problem: string }) =>
    `--daemon-args, column ${p.column}: ${p.problem}`,
  'service.daemonArgs.hint.quote': () => 'Quote the value as a shell would, e.g. --daemon-args "-H fd:// --debug".',
  'service.shell.unclosed': (p: { quote: Quote }) => UNCLOSED_EN[p.quote],
  'service.shell.operator': (p: { operator: string }) =>
    `${JSON.stringify(p.operator)} would end the command in a shell: quote it`,

  // Why dockerd reads this daemon.json (show --sources, doctor)
  'service.daemonJson.given': () => 'given with --config-file',
  'service.daemonJson.flag': (p: { where: string }) => `--config-file on dockerd's command line (${p.where})`,
  'service.daemonJson.rootless': () => 'rootless docker reads $XDG_CONFIG_HOME/docker/daemon.json (default ~/.config)',
  'service.daemonJson.snap': () => 'the docker snap is installed; its dockerd reads $SNAP_DATA/config/daemon.json',
  'service.daemonJson.default': () => 'the default for a rootful dockerd',
} satisfies Messages;

const DONE_ZH: Record<Mode, string> = { reload: '重新加载', restart: '重启' };
const FS_ACTION_ZH: Record<FsAction, string> = {
  read: '读取',
  write: '写入',
  remove: '删除',
  'open the directory': '打开目录',
  'create the directory': '创建目录',
  'read the backup': '读取备份',
  'write the backup': '写入备份',
  'read the backup index': '读取备份索引',
  'write the backup index': '写入备份索引',
  'read the lock': '读取锁文件',
  'create the lock': '创建锁文件',
  'break the stale lock': '清除过期的锁文件',
};
const ERRNO_ZH: Record<KnownErrno, string> = {
  EACCES: '权限不足',
  EPERM: '不允许的操作',
  EROFS: '文件系统是只读的',
  ENOSPC: '设备上没有剩余空间',
  EDQUOT: '超出了磁盘配额',
  ENOENT: '文件或目录不存在',
  ENOTDIR: '路径中的某一部分不是目录',
  EISDIR: '它是一个目录',
  ELOOP: '符号链接的层级太多',
  EIO: '输入/输出错误',
};
const UNCLOSED_ZH: Record<Quote, string> = {
  "'": '单引号没有闭合',
  '"': '双引号没有闭合',
  '`': '反引号没有闭合',
  $: '$( 或 ${ 没有闭合',
};
// Paths, addresses and container names stay ASCII; Chinese lists them with the enumeration comma.
// (The zh sentences tolerate missing lists: the catalogue test says each with sample parameters only.)
const list = (items: readonly string[] = []): string => items.join('、');
const containersZh = (names: readonly string[] = []): string => `${names.length} 个正在运行的容器（${list(names)}）`;
const outputZh = (output: string | undefined): string => (output ? `（输出：${output}）` : '');

export const zh: Translation<typeof en> = {
  'service.restart.writtenOnly': (p) => `只写入了文件（--no-restart）：dockerd 需要${DONE_ZH[p.action]}才会使用它`,
  'service.restart.needed': (p) => `dockerd 需要${DONE_ZH[p.action]}才会使用新配置`,
  'service.restart.hint.run': (p) => `运行 \`${p.command}\``,
  'service.manual.writtenOnly': () => '只写入文件（--no-restart）',
  'service.manual.root': (p) =>
    `--root ${p.root}：文件已修改，但读取它们的 dockerd 不会从这里重启；请在那台主机上重启它，或者给出 --restart-cmd "CMD"`,
  'service.manual.desktop': () =>
    '这个引擎由 Docker Desktop 管理：打开 Docker Desktop → Settings → Docker Engine，粘贴配置，然后点击 "Apply & restart"',
  'service.manual.systemdNotRunning': () =>
    'docker.service 存在，但这里没有运行 systemd：请按原来启动 dockerd 的方式重启它，或者给出 --restart-cmd "CMD"',
  'service.manual.none': () =>
    '这里没有服务管理器在运行 dockerd（没有 docker.service，也没有 /etc/init.d/docker）：请按原来启动 dockerd 的方式重启它，或者给出 --restart-cmd "CMD"',
  'service.stopped.message': (p) => `${p.name}：dockerd 已停止；新配置会在它启动时生效`,
  'service.stopped.hint': (p) => `需要时再启动它：${p.command}`,

  'service.containers.declined': (p) => `没有修改：重启 dockerd 会停止 ${containersZh(p.names)}，而回答是不重启`,
  'service.containers.needsYes': (p) =>
    `没有修改：这次修改需要重启 dockerd，这会停止 ${containersZh(p.names)}；如果仍要重启，请加 -y`,
  'service.containers.hint.declined': () =>
    '等这些容器可以停止时再运行，或者先设置 "live-restore": true（这项修改只需要重新加载）',
  'service.containers.hint.needsYes': (p) =>
    `加 -y（--yes）仍然重启，或者先设置 "live-restore": true（这项修改只需要重新加载）；将会运行的是 \`${p.command}\``,

  'service.manager.failed': (p) =>
    `\`${p.command}\` 在 dockerd 运行之前就失败了（退出码 ${p.exitCode}），dockerd 没有机会检查新配置；新配置已保留${outputZh(p.output)}${p.journal ? `（日志：${p.journal}）` : ''}`,
  'service.manager.hint.systemd': () =>
    'docker.service 中在 dockerd 之前运行的某条命令（ExecStartPre=、某个 drop-in）失败了：`systemctl cat docker` 列出这些命令，`journalctl -u docker -n 50` 会指出是哪一条',
  'service.manager.hint.other': (p) => `先解决 \`${p.command}\` 报告的问题，再运行 \`${p.start}\``,
  'service.startLimit.cleared': () =>
    'docker.service 触发了 systemd 的启动次数限制（它会掩盖真正的错误）；已用 `systemctl reset-failed` 清除',
  'service.startLimit.hint': () => '请看 `journalctl -u docker` 中 dockerd 的第一条错误，而不是 systemd 的最后一行',

  'service.verify.notApplied': (p) =>
    `dockerd 已${DONE_ZH[p.action]}，但没有使用新配置：${list(p.settings)} 与文件不一致`,
  'service.verify.hint.reloadPartial': () =>
    '重新加载只会应用部分配置项；请重启 dockerd，或者在它的日志中查看重新加载的错误',
  'service.verify.hint.whichFile': () => '检查 dockerd 读取的是哪个 daemon.json（服务单元中的 --config-file）',
  'service.verify.unreachable': (p) =>
    `dockerd 在${DONE_ZH[p.action]}后没有响应${p.missing?.length ? `：${list(p.missing.map((m) => `${m.address}（${m.detail}）`))}` : ''}${p.command !== undefined ? `；\`${p.command}\` 的退出码为 ${p.exitCode}${outputZh(p.output)}` : ''}`,
  'service.verify.hint.readLog': (p) => `查看它的日志：${p.where}`,
  'service.verify.hint.readDaemonLog': () => '查看守护进程的日志',

  'service.rollback.skipped': () => '保留新配置：之前的配置同样无法启动 dockerd，回滚也无济于事',
  'service.rollback.hint.skipped': () =>
    '先修复上面的错误指出的问题，再运行 `dockerd-config restart`；`dockerd-config backups` 列出了这两个版本',
  'service.rollback.failed': (p) =>
    `${p.down ? '之前的配置也没能启动：dockerd 没有运行' : '之前的配置已恢复，但 dockerd 同样没有使用它'}。已恢复：${list(
      p.restored?.map((f) => `${f.path}${f.rejectedBackup ? `（被拒绝的版本在备份 ${f.rejectedBackup} 中）` : ''}`),
    )}`,
  'service.rollback.hint.failed': () =>
    '请查看日志中 dockerd 的第一条错误；旧文件已经放回原处，`dockerd-config rollback --to ID` 可以恢复任一版本',
  'service.rollback.previous': (p) => `之前的配置：${p.message}`,

  'service.write.cannot': (p) => `无法${FS_ACTION_ZH[p.action]} ${p.path}：${p.why}`,
  'service.write.errno': (p) => ERRNO_ZH[p.code] ?? `系统错误 ${p.code}`,
  'service.write.hint.root': () => '用 sudo（或以 root 身份）运行',
  'service.write.hint.readOnly': (p) =>
    `${p.dir} 所在的文件系统以只读方式挂载：请把它重新挂载为可写，或者让守护进程使用一个可写的 --config-file`,
  'service.write.hint.noSpace': (p) => `请在 ${p.dir} 所在的文件系统上腾出空间（df -h ${p.dir}），然后重新运行命令`,
  'service.write.hint.quota': (p) => `请在 ${p.dir} 的磁盘配额内腾出空间，然后重新运行命令`,
  'service.write.hint.dirExists': (p) => `检查 ${p.dir} 是否存在`,
  'service.write.hint.checkPath': (p) => `检查路径 ${p.path}`,
  'service.write.hint.isDirectory': (p) => `${p.path} 必须是文件；请把这个目录移走`,
  'service.write.hint.symlinkLoop': (p) => `修复 ${p.path} 处的符号链接循环`,
  'service.write.hint.diskErrors': (p) => `${p.dir} 所在的磁盘报告了错误；请查看 dmesg`,
  'service.write.hint.unknown': () => '文件保持原样；请重新运行命令，或加 --verbose 查看详情',
  'service.write.notRegular': (p) => `${p.path} 不是普通文件`,
  'service.write.hint.notRegular': () => '把它移走，或者指定要管理的那个文件',
  'service.write.changedMeanwhile': (p) =>
    `这条命令读取 ${p.path} 之后，它${p.what === 'changed' ? '被修改了' : p.what === 'created' ? '被创建了' : '被删除了'}`,
  'service.write.hint.readAgain': () => '请重新运行命令：它会重新读取这个文件',
  'service.write.twice': (p) => `计划中对 ${p.path} 修改了两次`,
  'service.write.hint.bug': () => '这是 dockerd-config 的缺陷，请报告它',
  'service.write.lockRemoved': (p) => `这条命令持有锁 ${p.path} 期间，锁文件被删除了`,
  'service.write.hint.nothingWritten': () => '请重新运行命令；没有写入任何内容',
  'service.write.putBack': (p) => {
    const parts = [
      ...(p.restored?.length ? [`已写入的 ${list(p.restored)} 已从备份恢复`] : []),
      ...(p.unrestored ?? []).map((u) => `无法恢复 ${u.path}：请用 dockerd-config rollback --to ${u.id} 恢复它`),
    ];
    return [p.message, ...(parts.length > 0 ? parts : ['没有需要恢复的文件'])].join('；');
  },
  'service.backup.none': (p) => `没有备份 ${p.id}`,
  'service.backup.hint.list': () => '列出所有备份：dockerd-config backups',
  'service.backup.dataMissing': (p) => `备份 ${p.id} 的数据丢失了（${p.file}）`,
  'service.backup.hint.another': () => '请选择另一个备份：dockerd-config backups',
  'service.lock.held': (p) =>
    `另一个 dockerd-config（pid ${p.pid}，开始于 ${p.since}）持有锁 ${p.path}；等待 ${p.seconds} 秒后放弃`,
  'service.lock.hint.held': (p) => `等它结束后重新运行命令；如果 pid ${p.pid} 不是 dockerd-config，请删除 ${p.path}`,
  'service.lock.unreadable': (p) => `锁 ${p.path} 已被占用且无法读取；等待 ${p.seconds} 秒后放弃`,
  'service.lock.hint.unreadable': (p) => `如果没有 dockerd-config 在运行，请删除 ${p.path}`,

  'service.sources.cannotRead': (p) => `无法读取 ${p.path}：${p.code}`,
  'service.sources.hint.readable': () => '请以 root 身份（sudo）运行，或者用 --config-file 指定一份可读的副本。',
  'service.daemonArgs.invalid': (p) => `--daemon-args 第 ${p.column} 列：${p.problem}`,
  'service.daemonArgs.hint.quote': () => '请像在 shell 中那样给值加引号，例如 --daemon-args "-H fd:// --debug"。',
  'service.shell.unclosed': (p) => UNCLOSED_ZH[p.quote] ?? '引号没有闭合',
  'service.shell.operator': (p) => `${JSON.stringify(p.operator)} 在 shell 中会结束这条命令：请给它加引号`,

  'service.daemonJson.given': () => '由 --config-file 指定',
  'service.daemonJson.flag': (p) => `dockerd 命令行上的 --config-file（${p.where}）`,
  'service.daemonJson.rootless': () => 'rootless docker 读取 $XDG_CONFIG_HOME/docker/daemon.json（默认 ~/.config）',
  'service.daemonJson.snap': () => '装了 docker snap；它的 dockerd 读取 $SNAP_DATA/config/daemon.json',
  'service.daemonJson.default': () => '以 root 运行的 dockerd 的默认位置',
};
