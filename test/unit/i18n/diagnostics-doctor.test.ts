import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../src/doctor/render.js';
import type { CheckResult, Finding } from '../../../src/doctor/types.js';
import { translator } from '../../../src/i18n/index.js';
import { said } from '../../../src/i18n/said.js';

const zh = translator('zh');
const en = translator('en');

const syntax: Finding = {
  id: 'json-syntax',
  severity: 'error',
  message: 'a dangling comma',
  file: '/etc/docker/daemon.json',
  line: 3,
  column: 1,
  fixable: true,
  fix: { kind: 'repair' },
};
const deadMirror: Finding = {
  id: 'mirror-unreachable',
  severity: 'warning',
  message: 'https://u:secret@m.example.com: connection refused',
  hint: 'dockerd-config mirror remove https://u:secret@m.example.com',
  fixable: false,
};

const results: CheckResult[] = [
  {
    check: { id: 'config.validation', title: 'daemon.json and dockerd flags', group: 'config' },
    status: 'error',
    findings: [syntax],
  },
  {
    check: { id: 'network.mirrors', title: 'registry mirrors', group: 'network' },
    status: 'warning',
    findings: [deadMirror],
  },
  {
    check: { id: 'network.proxy', title: 'proxy', group: 'network' },
    status: 'skipped',
    findings: [],
    note: 'no proxy configured',
    noteSays: said('doctor.skip.no-proxy'),
  },
  {
    check: { id: 'network.sockets', title: 'Docker API sockets', group: 'network' },
    status: 'skipped',
    findings: [],
    note: 'nobody to ask (docker.service)',
  },
];

describe("doctor's report in Chinese", () => {
  it('check titles, statuses and known skip reasons in Chinese; each finding led by its headline; secrets masked', () => {
    expect(renderReport(results, { color: false, lang: 'zh' }, true, zh)).toEqual([
      '[✗] 配置文件 — 1 个错误',
      '  daemon.json 与 dockerd 参数 (config.validation): 错误',
      '    ✗ daemon.json 不是合法的 JSON：a dangling comma (/etc/docker/daemon.json:3:1) [json-syntax]',
      '      修复：修复 daemon.json（保留全部设置） — `dockerd-config doctor --fix`',
      '[!] 网络 — 1 个警告',
      '  镜像加速地址 (network.mirrors): 警告',
      '    ! 镜像加速地址连不上：https://u:xxxxx@m.example.com: connection refused [mirror-unreachable]',
      '      → 检查网络连通性，或用 `dockerd-config mirror remove URL` 删除它；`dockerd-config mirror test URL…` 可以给候选地址测速排序。',
      '      建议：dockerd-config mirror remove https://u:xxxxx@m.example.com',
      '  代理 (network.proxy): 已跳过：没有配置代理',
      // A reason given without a catalogue sentence stays as the check wrote it.
      '  Docker API 套接字 (network.sockets): 已跳过：nobody to ask (docker.service)',
    ]);
  });

  it('in English the titles are the checks’ own and the findings unchanged', () => {
    const renamed = results.map((r) => ({ ...r, check: { ...r.check, title: `title of ${r.check.id}` } }));
    const lines = renderReport(renamed, { color: false, lang: 'en' }, true, en);
    expect(lines).toContain('  title of config.validation (config.validation): error');
    expect(lines).toContain('  title of network.proxy (network.proxy): skipped: no proxy configured');
    expect(lines).toContain('    ! https://u:xxxxx@m.example.com: connection refused [mirror-unreachable]');
    expect(lines).toContain('      → dockerd-config mirror remove https://u:xxxxx@m.example.com');
  });
});
