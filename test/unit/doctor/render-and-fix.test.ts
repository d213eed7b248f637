import { describe, expect, it } from 'vitest';
import { mergeFixes } from '../../../src/doctor/fix.js';
import { translator } from '../../../src/i18n/index.js';
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
      [{ ...result('network.mirrors', 'network', [], 'skipped'), note: '--offline' }],
      { color: false },
      true,
      en,
    );
    expect(lines).toEqual(['[✓] Network', '  network.mirrors (network.mirrors): skipped: --offline']);
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
        fix: { kind: 'restart', mode: 'reload', describe: 'reload' },
      },
      {
        id: 'start-limit-hit',
        severity: 'error',
        message: '',
        fixable: true,
        fix: { kind: 'restart', mode: 'restart', describe: 'restart' },
      },
      {
        id: 'validate-key',
        severity: 'error',
        message: '',
        fixable: true,
        fix: { kind: 'intents', intents: [{ kind: 'unset', key: 'validate' }], describe: 'remove "validate"' },
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
    expect(merged.describe).toEqual(['repair daemon.json (keeps every setting)', 'remove "validate"']);
  });

  it('a reload alone stays a reload', () => {
    expect(
      mergeFixes([
        {
          id: 'config-not-applied',
          severity: 'warning',
          message: '',
          fixable: true,
          fix: { kind: 'restart', mode: 'reload', describe: '' },
        },
      ]).service,
    ).toBe('reload');
  });
});
