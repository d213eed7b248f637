import { describe, expect, it } from 'vitest';
import { createIo } from '../../../src/cli/io.js';
import { sayService } from '../../../src/output/change-text.js';
import type { Lang } from '../../../src/i18n/index.js';
import type { FinishReport } from '../../../src/lifecycle/finish.js';
import { englishReason, type Reason } from '../../../src/lifecycle/reason.js';

/** What sayService prints, in one language: stdout's lines. */
function said(lang: Lang, finish: FinishReport, verbose = false): string[] {
  const out: string[] = [];
  const stream = { write: (text: string) => out.push(text) };
  const io = createIo({ json: false, verbose, color: false, lang }, {
    stdout: stream,
    stderr: stream,
  } as unknown as NodeJS.Process);
  sayService(io, finish);
  return out.join('').split('\n').slice(0, -1);
}

const because: Reason = { why: 'reloadable', keys: ['debug', 'registry-mirrors'] };
const report = (over: Partial<FinishReport>): FinishReport => ({
  outcome: 'verified',
  stoppedContainers: [],
  service: {
    manager: 'systemd',
    action: 'reload',
    ok: true,
    daemonReload: false,
    startLimitHit: false,
    reason: englishReason(because),
    commands: ['systemctl reload docker'],
  },
  because,
  verified: true,
  differences: [],
  answered: ['unix:///var/run/docker.sock'],
  rolledBack: false,
  restored: [],
  diagnostics: [],
  ...over,
});

describe('the service step says its outcome in the reader language', () => {
  it('verified: English as it always was; Chinese with the reason in Chinese', () => {
    expect(said('en', report({}), true)).toEqual([
      'ran: systemctl reload docker',
      'dockerd reloaded (debug, registry-mirrors are reloadable: containers keep running) and verified: unix:///var/run/docker.sock answers with the new configuration',
    ]);
    expect(said('zh', report({}), true)).toEqual([
      '已运行：systemctl reload docker',
      'dockerd 已重新加载（debug、registry-mirrors 可以重新加载：容器继续运行）并通过验证：unix:///var/run/docker.sock 已按新配置响应',
    ]);
  });

  it('a report without the reason as data (an older caller) falls back to the English reason', () => {
    const { because: _omitted, ...old } = report({});
    expect(said('zh', old)[0]).toContain('（debug, registry-mirrors are reloadable: containers keep running）');
  });

  it('rolled back and failed', () => {
    const service = { ...report({}).service, action: 'restart' as const, ok: false };
    const rolledBack = report({
      service,
      verified: false,
      rolledBack: true,
      restored: [{ path: '/etc/docker/daemon.json' }],
    });
    expect(said('en', rolledBack)).toEqual([
      'dockerd did not accept the change; the previous configuration was put back and running again: /etc/docker/daemon.json',
    ]);
    expect(said('zh', rolledBack)).toEqual([
      'dockerd 没有接受这次修改；之前的配置已恢复，dockerd 已重新运行：/etc/docker/daemon.json',
    ]);
    const failed = report({ service, verified: false });
    expect(said('en', failed)).toEqual(['dockerd restart failed']);
    expect(said('zh', failed)).toEqual(['dockerd 重启失败']);
  });

  it('nothing run: only the notes, one line each', () => {
    const note = {
      id: 'restart-needed' as const,
      severity: 'info' as const,
      message: 'written only (--no-restart): dockerd must reload to use it',
      hint: 'run `systemctl reload docker`',
      fixable: false,
    };
    const none = report({
      service: { ...report({}).service, action: 'none', commands: [] },
      verified: false,
      diagnostics: [note],
    });
    expect(said('en', none)).toEqual([
      'written only (--no-restart): dockerd must reload to use it: run `systemctl reload docker`',
    ]);
    expect(said('zh', none)).toEqual([
      '文件已修改，但 dockerd 还没有重载或重启（建议：run `systemctl reload docker`）',
    ]);
  });
});
