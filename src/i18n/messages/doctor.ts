import type { Messages, Translation } from '../types.js';

/** doctor's report: group titles, counts, fixes, the summary line. */
export const en = {
  'doctor.group.config': () => 'Configuration files',
  'doctor.group.service': () => 'Service',
  'doctor.group.network': () => 'Network',
  'doctor.group.security': () => 'Security',
  'doctor.counts': (p: { errors: number; warnings: number }) =>
    [p.errors ? `${p.errors} error${p.errors > 1 ? 's' : ''}` : '', p.warnings ? `${p.warnings} warning${p.warnings > 1 ? 's' : ''}` : ''].filter(Boolean).join(', '),
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
  'doctor.nothingWritten': () =>
    'Nothing was written: with the fixes applied, dockerd would still refuse the files for the reason above (fix it by hand; `dockerd-config repair` mends the syntax alone).',
} satisfies Messages;

export const zh: Translation<typeof en> = {
  'doctor.group.config': () => '配置文件',
  'doctor.group.service': () => '服务',
  'doctor.group.network': () => '网络',
  'doctor.group.security': () => '安全',
  'doctor.counts': (p) => [p.errors ? `${p.errors} 个错误` : '', p.warnings ? `${p.warnings} 个警告` : ''].filter(Boolean).join('，'),
  'doctor.fix': (p) => `修复：${p.what} — \`dockerd-config doctor --fix\``,
  'doctor.fix.repair': () => '修复 daemon.json（保留全部设置）',
  'doctor.dockerdSaid': (p) => `dockerd 的原话：${p.line}`,
  'doctor.status.skipped': (p) => `已跳过：${p.why}`,
  'doctor.noIssues': () => '• 没有发现问题。',
  'doctor.summary': (p) => `! 检查发现 ${p.groups} 类问题：${p.errors} 个错误，${p.warnings} 个警告。${p.fixable > 0 ? `其中 ${p.fixable} 个可以用 \`dockerd-config doctor --fix\` 修复。` : ''}`,
  'doctor.details': () => '（详情：dockerd-config doctor -v）',
  'doctor.fixing': () => '正在修复：',
  'doctor.wouldFix': () => '将会修复：',
  'doctor.nothingToFix': () => '没有 doctor --fix 能够修改的内容。',
  'doctor.nothingWritten': () => '没有写入任何文件：即使应用了这些修复，dockerd 仍会因上述原因拒绝启动（请手动修改；`dockerd-config repair` 只修复语法）。',
};
