/**
 * flutter-doctor style: one line per group with ✓ / ! / ✗, each finding under it with its
 * one-line remedy, then a summary line. Pure: returns the lines.
 */
import { maskCredentials } from '../diagnostics/redact.js';
import { cyan, green, location, magenta, red, yellow, type Style } from '../output/render.js';
import { GROUPS, type CheckResult, type Finding, type Group } from './types.js';

const TITLES: Record<Group, string> = {
  config: 'Configuration files',
  service: 'Service',
  network: 'Network',
  security: 'Security',
};

const MARK = { ok: [green, '✓'], warning: [yellow, '!'], error: [red, '✗'], info: [cyan, '•'], crashed: [magenta, '☠'] } as const;
const mark = (style: Style, kind: keyof typeof MARK): string => MARK[kind][0](style, MARK[kind][1]);

const where = (f: Finding): string => {
  const at = location(f);
  return at === undefined ? '' : ` (${at})`;
};

function findingLines(f: Finding, style: Style, verbose: boolean): string[] {
  const kind = f.id === 'check-crashed' ? 'crashed' : f.severity;
  const lines = [`    ${mark(style, kind)} ${maskCredentials(f.message)}${where(f)} [${f.id}]`];
  if (f.fix) lines.push(`      fix: ${f.fix.kind === 'repair' ? 'repair daemon.json (keeps every setting)' : f.fix.kind === 'chmod' ? `chmod ${f.fix.mode.toString(8).padStart(4, '0')} ${f.fix.path}` : f.fix.describe} — \`dockerd-config doctor --fix\``);
  else if (f.hint) lines.push(`      → ${maskCredentials(f.hint)}`);
  if (verbose && f.dockerd) lines.push(`      dockerd said: ${maskCredentials(f.dockerd)}`);
  return lines;
}

export function renderReport(results: readonly CheckResult[], style: Style, verbose: boolean): string[] {
  const lines: string[] = [];
  for (const group of GROUPS) {
    const inGroup = results.filter((r) => r.check.group === group);
    if (inGroup.length === 0) continue;
    const findings = inGroup.flatMap((r) => r.findings);
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    const crashed = inGroup.some((r) => r.status === 'crashed');
    const head = crashed ? mark(style, 'crashed') : errors > 0 ? mark(style, 'error') : warnings > 0 ? mark(style, 'warning') : mark(style, 'ok');
    const counts = [errors ? `${errors} error${errors > 1 ? 's' : ''}` : '', warnings ? `${warnings} warning${warnings > 1 ? 's' : ''}` : ''].filter(Boolean).join(', ');
    lines.push(`[${head}] ${TITLES[group]}${counts ? ` — ${counts}` : ''}`);
    for (const r of inGroup) {
      const shown = r.findings.filter((f) => verbose || f.severity !== 'info');
      if (verbose) {
        const status = r.status === 'skipped' && r.note ? `skipped: ${r.note}` : r.status;
        lines.push(`  ${r.check.title} (${r.check.id}): ${status}`);
      }
      for (const f of shown) lines.push(...findingLines(f, style, verbose));
    }
  }
  return lines;
}

export function summaryLine(results: readonly CheckResult[]): string {
  const findings = results.flatMap((r) => r.findings);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const fixable = findings.filter((f) => f.fix && f.severity !== 'info').length;
  if (errors === 0 && warnings === 0) return '• No issues found.';
  const groups = new Set(results.filter((r) => r.findings.some((f) => f.severity !== 'info')).map((r) => r.check.group)).size;
  const parts = [`${errors} error${errors === 1 ? '' : 's'}`, `${warnings} warning${warnings === 1 ? '' : 's'}`].join(', ');
  return `! Doctor found ${parts} in ${groups} categor${groups === 1 ? 'y' : 'ies'}.${fixable > 0 ? ` ${fixable} can be fixed with \`dockerd-config doctor --fix\`.` : ''}`;
}
