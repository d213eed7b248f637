import { hintIn, messageIn } from '../diagnostics/say.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { translator, type Lang } from '../i18n/index.js';

const SYMBOL = { error: '✗', warning: '!', info: 'i' } as const;

export interface Style {
  color: boolean;
  /** The language of our sentences; English when absent. */
  lang?: Lang;
}

const paint = (style: Style, code: number, text: string): string =>
  style.color ? `\u001b[${code}m${text}\u001b[0m` : text;
export const red = (s: Style, t: string): string => paint(s, 31, t);
export const yellow = (s: Style, t: string): string => paint(s, 33, t);
export const green = (s: Style, t: string): string => paint(s, 32, t);
export const magenta = (s: Style, t: string): string => paint(s, 35, t);
export const cyan = (s: Style, t: string): string => paint(s, 36, t);
export const dim = (s: Style, t: string): string => paint(s, 2, t);
export const bold = (s: Style, t: string): string => paint(s, 1, t);

/** `file:line:column` as editors and terminals link it. */
export function location(d: Pick<Diagnostic, 'file' | 'line' | 'column'>): string | undefined {
  if (!d.file) return undefined;
  if (d.line === undefined) return d.file;
  return `${d.file}:${d.line}${d.column === undefined ? '' : `:${d.column}`}`;
}

/**
 * One diagnostic as a few lines: where, what, and what to do, in the reader's language. A message
 * not yet in the catalogue (no `says`) is printed in English under the id's Chinese headline and
 * remedy; dockerd's own line is always verbatim and labelled as dockerd's.
 */
export function renderDiagnostic(d: Diagnostic, style: Style, verbose = false): string {
  const lang = style.lang ?? 'en';
  const t = translator(lang);
  const colorOf = d.severity === 'error' ? red : d.severity === 'warning' ? yellow : dim;
  const where = location(d);
  const severity = colorOf(style, `${SYMBOL[d.severity]} ${t(`diag.severity.${d.severity}`)}`);
  const id = dim(style, `[${d.id}]`);
  const from =
    d.source && d.source.kind !== 'daemon-json' && d.source.path && d.source.path !== d.file
      ? `    ${dim(style, t('diag.from', { where: `${d.source.path}${d.source.line ? `:${d.source.line}` : ''}` }))}`
      : undefined;
  const lines: string[] = [];
  const hint = hintIn(lang, d);
  if (lang === 'zh' && !d.says) {
    lines.push(
      `${severity} ${t(`diag.${d.id}.title`)} ${id}`,
      `    ${green(style, '→')} ${t(`diag.${d.id}.fix`)}`,
      `    ${t('diag.detail', { message: d.message })}`,
    );
    if (from) lines.push(from);
    if (hint) lines.push(`    ${t('diag.hint', { hint })}`);
  } else {
    lines.push(`${severity} ${messageIn(lang, d)} ${id}`);
    if (from) lines.push(from);
    if (hint) lines.push(`    ${green(style, '→')} ${hint}`);
    else if (lang === 'zh') lines.push(`    ${green(style, '→')} ${t(`diag.${d.id}.fix`)}`);
  }
  if (verbose && d.dockerd) lines.push(`    ${dim(style, t('diag.dockerdWouldSay', { line: d.dockerd }))}`);
  if (where) lines[0] = `${bold(style, where)}\n  ${lines[0]}`;
  return lines.join('\n');
}

export function summarize(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  return {
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
  };
}

/** "1 error, 2 warnings" (or 1 个错误，2 个警告). */
export function renderSummary(diagnostics: readonly Diagnostic[], lang: Lang = 'en'): string {
  return translator(lang)('diag.summary', summarize(diagnostics));
}
