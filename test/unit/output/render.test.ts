import { describe, expect, it } from 'vitest';
import { createIo } from '../../../src/cli/io.js';
import type { Diagnostic } from '../../../src/diagnostics/types.js';
import { renderDiagnostic, renderSummary } from '../../../src/output/render.js';

const syntax: Diagnostic = {
  id: 'json-syntax',
  severity: 'error',
  message: "invalid JSON: unexpected '}' (a trailing comma before it)",
  file: '/etc/docker/daemon.json',
  line: 5,
  column: 1,
  hint: 'fix the JSON at this position; `dockerd-config repair` fixes stray braces, commas and comments',
  dockerd: "invalid character '}' looking for beginning of object key string",
  fixable: true,
};
const conflict: Diagnostic = {
  id: 'flag-file-conflict',
  severity: 'warning',
  message: 'hosts is set both in daemon.json and as -H',
  file: '/etc/docker/daemon.json',
  source: { kind: 'unit', path: '/lib/systemd/system/docker.service', line: 12 },
  fixable: false,
};
const unchanged: Diagnostic = {
  id: 'unchanged',
  severity: 'info',
  message: 'registry-mirrors already lists it',
  fixable: false,
};

describe('renderDiagnostic in English (what the e2e tests and scripts see today)', () => {
  it('location, then severity, message and id, the hint, and dockerd’s line with -v', () => {
    expect(renderDiagnostic(syntax, { color: false }, true)).toBe(
      [
        '/etc/docker/daemon.json:5:1',
        "  ✗ error invalid JSON: unexpected '}' (a trailing comma before it) [json-syntax]",
        '    → fix the JSON at this position; `dockerd-config repair` fixes stray braces, commas and comments',
        "    dockerd would say: invalid character '}' looking for beginning of object key string",
      ].join('\n'),
    );
    expect(renderDiagnostic(syntax, { color: false, lang: 'en' }, false)).not.toContain('dockerd would say');
  });

  it('where a flag comes from, and no location line without a file', () => {
    expect(renderDiagnostic(conflict, { color: false })).toBe(
      [
        '/etc/docker/daemon.json',
        '  ! warning hosts is set both in daemon.json and as -H [flag-file-conflict]',
        '    from /lib/systemd/system/docker.service:12',
      ].join('\n'),
    );
    expect(renderDiagnostic(unchanged, { color: false })).toBe('i info registry-mirrors already lists it [unchanged]');
  });

  it('colour only when asked for', () => {
    expect(renderDiagnostic(syntax, { color: true })).toContain('\u001b[31m✗ error\u001b[0m');
    expect(renderDiagnostic(syntax, { color: false })).not.toContain('\u001b[');
  });
});

describe('renderDiagnostic in Chinese', () => {
  it('a Chinese headline and remedy by id, then the English detail and hint, labelled; location unchanged', () => {
    expect(renderDiagnostic(syntax, { color: false, lang: 'zh' }, true)).toBe(
      [
        '/etc/docker/daemon.json:5:1',
        '  ✗ 错误 daemon.json 不是合法的 JSON [json-syntax]',
        '    → 运行 `dockerd-config repair`（会保留全部设置），或按给出的行号和列号手动修改。',
        "    详情：invalid JSON: unexpected '}' (a trailing comma before it)",
        '    建议：fix the JSON at this position; `dockerd-config repair` fixes stray braces, commas and comments',
        "    dockerd 会输出：invalid character '}' looking for beginning of object key string",
      ].join('\n'),
    );
  });

  it('warnings and information: their words, the same symbols, where a flag comes from', () => {
    expect(renderDiagnostic(conflict, { color: false, lang: 'zh' }).split('\n')).toEqual([
      '/etc/docker/daemon.json',
      '  ! 警告 同一个设置既写在 daemon.json 里，又出现在 dockerd 的命令行参数中 [flag-file-conflict]',
      '    → 只保留一处；`dockerd-config host add` 会写一个 drop-in，把 `-H` 从 ExecStart 中去掉。',
      '    详情：hosts is set both in daemon.json and as -H',
      '    来自 /lib/systemd/system/docker.service:12',
    ]);
    expect(renderDiagnostic(unchanged, { color: false, lang: 'zh' }).split('\n')[0]).toBe(
      'i 提示 无需任何修改 [unchanged]',
    );
  });

  it('paints the severity as in English', () => {
    expect(renderDiagnostic(syntax, { color: true, lang: 'zh' })).toContain('\u001b[31m✗ 错误\u001b[0m');
  });
});

describe('renderSummary', () => {
  const list = [syntax, conflict, { ...conflict, id: 'unknown-key' as const }, unchanged];
  it('counts errors and warnings in English (plural) and Chinese', () => {
    expect(renderSummary(list)).toBe('1 error, 2 warnings');
    expect(renderSummary([])).toBe('0 errors, 0 warnings');
    expect(renderSummary([conflict])).toBe('0 errors, 1 warning');
    expect(renderSummary(list, 'zh')).toBe('1 个错误，2 个警告');
  });
});

describe('createIo', () => {
  const fakeStreams = () => {
    const out: string[] = [];
    const streams = {
      stdout: { write: (s: string) => out.push(s) },
      stderr: { write: (s: string) => out.push(s) },
    } as unknown as NodeJS.Process;
    return { out, streams };
  };

  it('renders diagnostics in its language: the style carries it', () => {
    const { out, streams } = fakeStreams();
    const io = createIo({ json: false, verbose: false, color: false, lang: 'zh' }, streams);
    expect(io.style).toEqual({ color: false, lang: 'zh' });
    io.diagnostics([unchanged]);
    expect(out.join('')).toBe(
      'i 提示 无需任何修改 [unchanged]\n    → 无需操作。\n    详情：registry-mirrors already lists it\n',
    );
  });

  it('English without --lang; nothing but the JSON document under --json', () => {
    const { out, streams } = fakeStreams();
    expect(createIo({ json: false, verbose: false, color: false }, streams).style.lang).toBe('en');
    createIo({ json: true, verbose: false, color: false, lang: 'zh' }, streams).diagnostics([syntax]);
    expect(out).toEqual([]);
  });
});
