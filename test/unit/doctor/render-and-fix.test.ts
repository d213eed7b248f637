import { describe, expect, it } from 'vitest';
import { fixStepSaid, mergeFixes } from '../../../src/doctor/fix.js';
import { translator } from '../../../src/i18n/index.js';
import { english, said, sayIn } from '../../../src/i18n/said.js';
import { renderReport, summaryLine } from '../../../src/doctor/render.js';
import type { CheckResult, Finding } from '../../../src/doctor/types.js';

const en = translator('en');
const zh = translator('zh');

const result = (
  id: string,
  group: CheckResult['check']['group'],
  findings: Finding[],
  status: CheckResult['status'] = findings.some((f) => f.severity === 'error')
    ? 'error'
    : findings.length
      ? 'warning'
      : 'ok',
): CheckResult => ({
  check: { id, title: id, group },
  status,
  findings,
});

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
  message: 'https://u:xxxxx@m.example.com: connection refused',
  hint: 'dockerd-config mirror remove https://m.example.com',
  fixable: false,
};

describe('doctor output', () => {
  const results = [
    result('config.validation', 'config', [syntax]),
    result('network.mirrors', 'network', [deadMirror]),
    result('security.files', 'security', []),
  ];

  it('a line per group with ✓ / ! / ✗, each finding under it with its remedy, no colour when asked for none', () => {
    const lines = renderReport(results, { color: false }, false, en);
    expect(lines).toEqual([
      '[✗] Configuration files — 1 error',
      '    ✗ a dangling comma (/etc/docker/daemon.json:3:1) [json-syntax]',
      '      fix: repair daemon.json (keeps every setting) — `dockerd-config doctor --fix`',
      '[!] Network — 1 warning',
      '    ! https://u:xxxxx@m.example.com: connection refused [mirror-unreachable]',
      '      → dockerd-config mirror remove https://m.example.com',
      '[✓] Security',
    ]);
    expect(lines.join('\n')).not.toContain('\u001b[');
  });

  it('colour only when asked for', () => {
    expect(renderReport(results, { color: true }, false, en)[0]).toContain('\u001b[31m✗\u001b[0m');
  });

  it('-v names every check, skipped ones with why', () => {
    const lines = renderReport(
      [
        {
          ...result('network.mirrors', 'network', [], 'skipped'),
          note: '--offline',
          noteSays: said('doctor.skip.offline'),
        },
        result('network.proxy', 'network', []),
      ],
      { color: false },
      true,
      en,
    );
    expect(lines).toEqual([
      '[✓] Network',
      '  network.mirrors (network.mirrors): skipped: --offline',
      '  network.proxy (network.proxy): ok',
    ]);
  });

  it('a group whose every check was skipped is shown as skipped, not ✓ (issue 12)', () => {
    const offline = [
      {
        ...result('network.mirrors', 'network', [], 'skipped'),
        note: '--offline',
        noteSays: said('doctor.skip.offline'),
      },
      { ...result('network.proxy', 'network', [], 'skipped'), noteSays: said('doctor.skip.no-proxy') },
    ];
    expect(renderReport(offline, { color: false }, false, en)).toEqual(['[-] Network — skipped (offline)']);
    expect(renderReport(offline, { color: false, lang: 'zh' }, false, zh)).toEqual(['[-] 网络 — 已跳过（离线模式）']);
    // One reason they share is named; different ones (none of them --offline) are left to -v.
    const proxy = [{ ...result('network.proxy', 'network', [], 'skipped'), noteSays: said('doctor.skip.no-proxy') }];
    expect(renderReport(proxy, { color: false }, false, en)).toEqual(['[-] Network — skipped (no proxy configured)']);
    const mixed = [
      proxy[0]!,
      { ...result('network.sockets', 'network', [], 'skipped'), noteSays: said('doctor.skip.not-running') },
    ];
    expect(renderReport(mixed, { color: false }, true, en)).toEqual([
      '[-] Network — skipped',
      '  network.proxy (network.proxy): skipped: no proxy configured',
      '  network.sockets (network.sockets): skipped: dockerd is not running',
    ]);
  });

  it("a finding judged on the repaired file says so; the log's evidence follows the file's finding", () => {
    const open: Finding = {
      id: 'tcp-without-tls',
      severity: 'error',
      message: 'tcp://0.0.0.0:2375 has no TLS',
      file: '/etc/docker/daemon.json',
      key: 'hosts',
      recovered: true,
      fixable: false,
    };
    const withEvidence: Finding = { ...syntax, evidence: said('doctor.log.same', { where: '/var/log/docker.log:8' }) };
    const lines = renderReport(
      [result('config.validation', 'config', [withEvidence]), result('security.listeners', 'security', [open])],
      { color: false },
      false,
      en,
    );
    expect(lines).toEqual([
      '[✗] Configuration files — 1 error',
      '    ✗ a dangling comma (/etc/docker/daemon.json:3:1) [json-syntax]',
      "      dockerd's log says the same: /var/log/docker.log:8",
      '      fix: repair daemon.json (keeps every setting) — `dockerd-config doctor --fix`',
      '[✗] Security — 1 error',
      '    ✗ tcp://0.0.0.0:2375 has no TLS (daemon.json once repaired) [tcp-without-tls]',
    ]);
    const inZh = renderReport(
      [result('security.listeners', 'security', [open])],
      { color: false, lang: 'zh' },
      false,
      zh,
    );
    expect(inZh[1]).toContain('(修复后的 daemon.json) [tcp-without-tls]');
  });

  it('a crashed check shows as ☠ and does not hide the others', () => {
    const crashed = result(
      'x.crash',
      'config',
      [{ id: 'check-crashed', severity: 'warning', message: 'boom', fixable: false }],
      'crashed',
    );
    expect(renderReport([crashed], { color: false }, false, en)[0]).toBe('[☠] Configuration files — 1 warning');
  });

  it('in Chinese: the group titles, counts, remedies and summary; ids and messages of findings unchanged', () => {
    const lines = renderReport(results, { color: false }, false, zh);
    expect(lines[0]).toBe('[✗] 配置文件 — 1 个错误');
    expect(lines[2]).toBe('      修复：修复 daemon.json（保留全部设置） — `dockerd-config doctor --fix`');
    expect(lines).toContain('[✓] 安全');
    expect(summaryLine(results, zh)).toBe(
      '! 检查发现 2 类问题：1 个错误，1 个警告。其中 1 个可以用 `dockerd-config doctor --fix` 修复。',
    );
    expect(summaryLine([result('a', 'config', [])], zh)).toBe('• 没有发现问题。');
  });

  it('the summary counts errors, warnings, categories and what --fix can do', () => {
    expect(summaryLine(results, en)).toBe(
      '! Doctor found 1 error, 1 warning in 2 categories. 1 can be fixed with `dockerd-config doctor --fix`.',
    );
    expect(summaryLine([result('a', 'config', [])], en)).toBe('• No issues found.');
  });
});

describe('mergeFixes', () => {
  it('one repair, intents in order, the strongest service action, each chmod once', () => {
    const findings: Finding[] = [
      syntax,
      { ...syntax, id: 'json-trailing-content' },
      {
        id: 'config-not-applied',
        severity: 'warning',
        message: '',
        fixable: true,
        fix: { kind: 'restart', mode: 'reload', describe: said('doctor.applied.fix', { command: 'kill -HUP' }) },
      },
      {
        id: 'start-limit-hit',
        severity: 'error',
        message: '',
        fixable: true,
        fix: { kind: 'restart', mode: 'restart', describe: said('doctor.startLimit.fix') },
      },
      {
        id: 'validate-key',
        severity: 'error',
        message: '',
        fixable: true,
        fix: {
          kind: 'intents',
          intents: [{ kind: 'unset', key: 'validate' }],
          describe: said('doctor.fix.removeValidate'),
        },
      },
      {
        id: 'file-permissions',
        severity: 'warning',
        message: '',
        fixable: true,
        fix: { kind: 'chmod', path: '/etc/docker/daemon.json', mode: 0o644 },
      },
      {
        id: 'file-permissions',
        severity: 'warning',
        message: '',
        fixable: true,
        fix: { kind: 'chmod', path: '/etc/docker/daemon.json', mode: 0o644 },
      },
      deadMirror,
    ];
    const merged = mergeFixes(findings);
    expect(merged).toMatchObject({
      repair: true,
      intents: [{ kind: 'unset', key: 'validate' }],
      service: 'restart',
      chmod: [{ path: '/etc/docker/daemon.json', mode: 0o644 }],
    });
  });

  it('a reload alone stays a reload', () => {
    expect(
      mergeFixes([
        {
          id: 'config-not-applied',
          severity: 'warning',
          message: '',
          fixable: true,
          fix: { kind: 'restart', mode: 'reload', describe: said('doctor.unitReload.fix') },
        },
      ]).service,
    ).toBe('reload');
  });
});

describe("--fix's steps", () => {
  it("are catalogue sentences: English for --json, the reader's language on the terminal", () => {
    const step = fixStepSaid({ kind: 'chmod', mode: 0o644, path: '/etc/docker/daemon.json' }, true);
    expect(english(step)).toBe('would chmod 0644 /etc/docker/daemon.json');
    expect(sayIn('zh', step)).toBe('将执行 chmod 0644 /etc/docker/daemon.json');
    expect(english(fixStepSaid({ kind: 'changed', path: '/x', backup: 'b1' }, false))).toBe('changed /x (backup b1)');
  });
});
