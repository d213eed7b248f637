/**
 * flutter-doctor style: one line per group with ✓ / ! / ✗, each finding under it with its
 * one-line remedy, then a summary line. Pure: returns the lines.
 */
import { maskCredentials } from '../diagnostics/redact.js';
import { hintIn, messageIn } from '../diagnostics/say.js';
import { CATALOGUES } from '../i18n/catalogue.js';
import type { MessageKey, Translate } from '../i18n/index.js';
import { cyan, green, location, magenta, red, yellow, type Style } from '../output/render.js';
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
} as const;
const mark = (style: Style, kind: keyof typeof MARK): string => MARK[kind][0](style, MARK[kind][1]);

const where = (f: Finding): string => {
  const at = location(f);
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
    `    ${mark(style, kind)} ${headlineFirst ? `${t(`diag.${f.id}.title`)}：${message}` : message}${where(f)} [${f.id}]`,
  ];
  if (f.fix) {
    const what =
      f.fix.kind === 'repair'
        ? t('doctor.fix.repair')
        : f.fix.kind === 'chmod'
          ? `chmod ${f.fix.mode.toString(8).padStart(4, '0')} ${f.fix.path}`
          : f.fix.describe;
    lines.push(`      ${t('doctor.fix', { what })}`);
  } else if (headlineFirst) {
    lines.push(`      → ${t(`diag.${f.id}.fix`)}`);
    if (hint) lines.push(`      ${t('diag.hint', { hint: maskCredentials(hint) })}`);
  } else if (hint) lines.push(`      → ${maskCredentials(hint)}`);
  else if (lang === 'zh') lines.push(`      → ${t(`diag.${f.id}.fix`)}`);
  if (verbose && f.dockerd) lines.push(`      ${t('doctor.dockerdSaid', { line: maskCredentials(f.dockerd) })}`);
  return lines;
}

/** A catalogue key of ours, or undefined (a check or a skip reason the catalogue does not name). */
const known = (key: string): MessageKey | undefined => (key in CATALOGUES.en ? (key as MessageKey) : undefined);

/** Skip reasons are the checks' fixed English sentences; their keys are found by that text. */
const SKIP_KEYS = new Map(
  Object.entries(CATALOGUES.en)
    .filter(([key]) => key.startsWith('doctor.skip.'))
    .map(([key, message]) => [(message as () => string)(), key as MessageKey]),
);

const say = (t: Translate, key: MessageKey | undefined, fallback: string): string =>
  key ? (t as (k: MessageKey) => string)(key) : fallback;

/** The check's title as written in its file in English; the catalogue's by id in Chinese. */
function checkLine(r: CheckResult, style: Style, t: Translate): string {
  const title = style.lang === 'zh' ? say(t, known(`doctor.check.${r.check.id}`), r.check.title) : r.check.title;
  const status =
    r.status === 'skipped' && r.note
      ? t('doctor.status.skipped', { why: say(t, SKIP_KEYS.get(r.note), r.note) })
      : t(`doctor.checkStatus.${r.status}`);
  return `  ${title} (${r.check.id}): ${status}`;
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

export function summaryLine(results: readonly CheckResult[], t: Translate): string {
  const findings = results.flatMap((r) => r.findings);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const fixable = findings.filter((f) => f.fix && f.severity !== 'info').length;
  if (errors === 0 && warnings === 0) return t('doctor.noIssues');
  const groups = new Set(results.filter((r) => r.findings.some((f) => f.severity !== 'info')).map((r) => r.check.group))
    .size;
  return t('doctor.summary', { errors, warnings, groups, fixable });
}
