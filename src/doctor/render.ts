/**
 * flutter-doctor style: one line per group with ✓ / ! / ✗, each finding under it with its
 * one-line remedy, then a summary line. Pure: returns the lines.
 */
import { maskCredentials } from '../diagnostics/redact.js';
import { hintIn, messageIn } from '../diagnostics/say.js';
import type { Translate } from '../i18n/index.js';
import { said, sayIn, type Said } from '../i18n/said.js';
import { cyan, dim, green, location, magenta, red, yellow, type Style } from '../output/render.js';
import { titleOf } from './run.js';
import { GROUPS, type CheckResult, type Finding, type Group } from './types.js';

const TITLES = {
  config: 'doctor.group.config',
  service: 'doctor.group.service',
  network: 'doctor.group.network',
  security: 'doctor.group.security',
} as const satisfies Record<Group, string>;

const MARK = {
  ok: [green, '✓'],
  warning: [yellow, '!'],
  error: [red, '✗'],
  info: [cyan, '•'],
  crashed: [magenta, '☠'],
  skipped: [dim, '-'],
} as const;
const mark = (style: Style, kind: keyof typeof MARK): string => MARK[kind][0](style, MARK[kind][1]);

const where = (f: Finding, t: Translate): string => {
  const at = location(f);
  // The file's full path is in the config group's finding above; here only which file, once repaired.
  if (f.recovered) return ` (${t('doctor.recovered', { at: f.file?.split('/').pop() ?? 'daemon.json' })})`;
  return at === undefined ? '' : ` (${at})`;
};

/**
 * In Chinese the finding leads with its headline from the catalogue (the English message, with
 * its exact values, follows it), and a remedy without a fix of ours gets the id's Chinese remedy
 * above the specific English hint.
 */
function findingLines(f: Finding, style: Style, verbose: boolean, t: Translate): string[] {
  const kind = f.id === 'check-crashed' ? 'crashed' : f.severity;
  const lang = style.lang ?? 'en';
  const headlineFirst = lang === 'zh' && !f.says;
  const message = maskCredentials(messageIn(lang, f));
  const hint = hintIn(lang, f);
  const lines = [
    `    ${mark(style, kind)} ${headlineFirst ? `${t(`diag.${f.id}.title`)}：${message}` : message}${where(f, t)} [${f.id}]`,
  ];
  if (f.evidence) lines.push(`      ${maskCredentials(sayIn(lang, f.evidence))}`);
  if (f.fix) {
    const what =
      f.fix.kind === 'repair'
        ? t('doctor.fix.repair')
        : f.fix.kind === 'chmod'
          ? `chmod ${f.fix.mode.toString(8).padStart(4, '0')} ${f.fix.path}`
          : sayIn(lang, f.fix.describe);
    lines.push(`      ${t('doctor.fix', { what })}`);
  } else if (headlineFirst) {
    lines.push(`      → ${t(`diag.${f.id}.fix`)}`);
    if (hint) lines.push(`      ${t('diag.hint', { hint: maskCredentials(hint) })}`);
  } else if (hint) lines.push(`      → ${maskCredentials(hint)}`);
  else if (lang === 'zh') lines.push(`      → ${t(`diag.${f.id}.fix`)}`);
  if (verbose && f.dockerd) lines.push(`      ${t('doctor.dockerdSaid', { line: maskCredentials(f.dockerd) })}`);
  return lines;
}

/** Why it was skipped, in the reader's language (a reason given as English text is printed as it is). */
const noteOf = (r: CheckResult, style: Style): string | undefined =>
  r.noteSays ? sayIn(style.lang ?? 'en', r.noteSays) : r.note;

/** The check's title as written in its file in English; the catalogue's by id in Chinese. */
function checkLine(r: CheckResult, style: Style, t: Translate): string {
  const shown = style.lang === 'zh' ? titleOf(r.check) : r.check.title;
  const title = typeof shown === 'string' ? shown : sayIn('zh', shown);
  const why = r.status === 'skipped' ? noteOf(r, style) : undefined;
  const status = why ? t('doctor.status.skipped', { why }) : t(`doctor.checkStatus.${r.status}`);
  return `  ${title} (${r.check.id}): ${status}`;
}

/**
 * Why a whole group was skipped: --offline when that is among the reasons (the reader's choice,
 * the rest are details for -v), else the one reason they share, else none.
 */
function groupSkipped(inGroup: readonly CheckResult[]): Said {
  const reasons = inGroup.map((r) => r.noteSays).filter((n): n is Said => n !== undefined);
  if (reasons.some((n) => n.key === 'doctor.skip.offline'))
    return said('doctor.group.skipped', { why: said('doctor.group.offline') });
  const keys = new Set(reasons.map((n) => JSON.stringify(n)));
  return keys.size === 1 && reasons.length === inGroup.length
    ? said('doctor.group.skipped', { why: reasons[0]! })
    : said('doctor.group.skipped', { why: '' });
}

export function renderReport(results: readonly CheckResult[], style: Style, verbose: boolean, t: Translate): string[] {
  const lines: string[] = [];
  for (const group of GROUPS) {
    const inGroup = results.filter((r) => r.check.group === group);
    if (inGroup.length === 0) continue;
    const findings = inGroup.flatMap((r) => r.findings);
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    const crashed = inGroup.some((r) => r.status === 'crashed');
    if (inGroup.every((r) => r.status === 'skipped')) {
      lines.push(
        `[${mark(style, 'skipped')}] ${t(TITLES[group])} — ${sayIn(style.lang ?? 'en', groupSkipped(inGroup))}`,
      );
      if (verbose) for (const r of inGroup) lines.push(checkLine(r, style, t));
      continue;
    }
    const head = crashed
      ? mark(style, 'crashed')
      : errors > 0
        ? mark(style, 'error')
        : warnings > 0
          ? mark(style, 'warning')
          : mark(style, 'ok');
    const counts = t('doctor.counts', { errors, warnings });
    lines.push(`[${head}] ${t(TITLES[group])}${counts ? ` — ${counts}` : ''}`);
    for (const r of inGroup) {
      const shown = r.findings.filter((f) => verbose || f.severity !== 'info');
      if (verbose) lines.push(checkLine(r, style, t));
      for (const f of shown) lines.push(...findingLines(f, style, verbose, t));
    }
  }
  return lines;
}

export function summaryLine(
  results: readonly CheckResult[],
  t: Translate,
  { offerFix }: { offerFix: boolean } = { offerFix: true },
): string {
  const findings = results.flatMap((r) => r.findings);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const fixable = offerFix ? findings.filter((f) => f.fix && f.severity !== 'info').length : 0;
  if (errors === 0 && warnings === 0) return t('doctor.noIssues');
  const groups = new Set(results.filter((r) => r.findings.some((f) => f.severity !== 'info')).map((r) => r.check.group))
    .size;
  return t('doctor.summary', { errors, warnings, groups, fixable });
}
