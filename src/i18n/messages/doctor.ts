import type { Messages, Translation } from '../types.js';

/** doctor's report: group titles, counts, fixes, the summary line. */
export const en = {
  'doctor.group.config': () => 'Configuration files',
  'doctor.group.service': () => 'Service',
  'doctor.group.network': () => 'Network',
  'doctor.group.security': () => 'Security',
  'doctor.group.skipped': (p: { why: string }) => (p.why ? `skipped (${p.why})` : 'skipped'),
  'doctor.group.offline': () => 'offline',
  'doctor.recovered': (p: { at: string }) => `${p.at} once repaired`,
  'doctor.counts': (p: { errors: number; warnings: number }) =>
    [
      p.errors ? `${p.errors} error${p.errors > 1 ? 's' : ''}` : '',
      p.warnings ? `${p.warnings} warning${p.warnings > 1 ? 's' : ''}` : '',
    ]
      .filter(Boolean)
      .join(', '),
  'doctor.fix': (p: { what: string }) => `fix: ${p.what} — \`dockerd-config doctor --fix\``,
  'doctor.fix.repair': () => 'repair daemon.json (keeps every setting)',
  'doctor.dockerdSaid': (p: { line: string }) => `dockerd said: ${p.line}`,
  'doctor.status.skipped': (p: { why: string }) => `skipped: ${p.why}`,
  'doctor.noIssues': () => '• No issues found.',
  'doctor.summary': (p: { errors: number; warnings: number; groups: number; fixable: number }) =>
    `! Doctor found ${p.errors} error${p.errors === 1 ? '' : 's'}, ${p.warnings} warning${p.warnings === 1 ? '' : 's'} in ${p.groups} categor${p.groups === 1 ? 'y' : 'ies'}.` +
    (p.fixable > 0 ? ` ${p.fixable} can be fixed with \`dockerd-config doctor --fix\`.` : ''),
  'doctor.details': () => '(details: dockerd-config doctor -v)',
  'doctor.fixing': () => 'Fixing:',
  'doctor.wouldFix': () => 'Would fix:',
  'doctor.nothingToFix': () => 'Nothing doctor --fix can change.',
  'doctor.nothingWritten': (p: { dryRun: boolean }) =>
    p.dryRun
      ? 'Nothing would be written: the fixes are refused for the reason above.'
      : 'Nothing was written: the fixes were refused for the reason above.',
  'doctor.help': () =>
    "find out why dockerd won't (re)start or can't pull: files, service, log, sockets, mirrors, security (exit 1: errors found)",
  'doctor.help.fix': () => 'apply the fixes through the safe write path (backup, validate, verify, roll back)',
  'doctor.help.offline': () => 'skip the network probes (mirrors, registries)',
  'doctor.help.only': () => 'run one group of checks',
  'doctor.help.timeout': () => 'seconds per probe (they run at once: ten dead mirrors cost one timeout)',
  'doctor.help.dryRun': () => 'with --fix: show what would change; change nothing',
  'doctor.help.daemonLog': () => "dockerd's log file to read (default: the journal, or /var/log/docker.log)",
  'doctor.step.chmod': (p: { mode: string; path: string; dryRun: boolean }) =>
    `${p.dryRun ? 'would chmod' : 'chmod'} ${p.mode} ${p.path}`,
  'doctor.step.repaired': (p: { action: string }) => `repaired: ${p.action}`,
  'doctor.step.service': (p: { action: 'reload' | 'restart' }) => `would ${p.action} dockerd`,
} satisfies Messages;

export const zh: Translation<typeof en> = {
  'doctor.group.config': () => '配置文件',
  'doctor.group.service': () => '服务',
  'doctor.group.network': () => '网络',
  'doctor.group.security': () => '安全',
  'doctor.group.skipped': (p) => (p.why ? `已跳过（${p.why}）` : '已跳过'),
  'doctor.group.offline': () => '离线模式',
  'doctor.recovered': (p) => `修复后的 ${p.at}`,
  'doctor.counts': (p) =>
    [p.errors ? `${p.errors} 个错误` : '', p.warnings ? `${p.warnings} 个警告` : ''].filter(Boolean).join('，'),
  'doctor.fix': (p) => `修复：${p.what} — \`dockerd-config doctor --fix\``,
  'doctor.fix.repair': () => '修复 daemon.json（保留全部设置）',
  'doctor.dockerdSaid': (p) => `dockerd 的原话：${p.line}`,
  'doctor.status.skipped': (p) => `已跳过：${p.why}`,
  'doctor.noIssues': () => '• 没有发现问题。',
  'doctor.summary': (p) =>
    `! 检查发现 ${p.groups} 类问题：${p.errors} 个错误，${p.warnings} 个警告。${p.fixable > 0 ? `其中 ${p.fixable} 个可以用 \`dockerd-config doctor --fix\` 修复。` : ''}`,
  'doctor.details': () => '（详情：dockerd-config doctor -v）',
  'doctor.fixing': () => '正在修复：',
  'doctor.wouldFix': () => '将会修复：',
  'doctor.nothingToFix': () => '没有 doctor --fix 能够修改的内容。',
  'doctor.nothingWritten': (p) =>
    p.dryRun ? '不会写入任何文件：这些修复因上述原因被拒绝。' : '没有写入任何文件：这些修复因上述原因被拒绝。',
  'doctor.help': () =>
    '找出 dockerd 为什么无法（重新）启动或拉取镜像：配置文件、服务、日志、socket、镜像加速器、安全（退出码 1：发现错误）',
  'doctor.help.fix': () => '通过安全写入流程应用修复（备份、校验、验证、失败时回滚）',
  'doctor.help.offline': () => '跳过网络探测（镜像加速器、仓库）',
  'doctor.help.only': () => '只运行一组检查',
  'doctor.help.timeout': () => '每次探测的秒数（全部同时进行：十个失效的镜像加速器也只花一次超时的时间）',
  'doctor.help.dryRun': () => '配合 --fix：只显示将要修改的内容，不做任何修改',
  'doctor.help.daemonLog': () => '要读取的 dockerd 日志文件（默认：journal，或 /var/log/docker.log）',
  'doctor.step.chmod': (p) => `${p.dryRun ? '将执行' : '已执行'} chmod ${p.mode} ${p.path}`,
  'doctor.step.repaired': (p) => `修复：${p.action}`,
  'doctor.step.service': (p) => `将${p.action === 'reload' ? '重新加载' : '重启'} dockerd`,
};
