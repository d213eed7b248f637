import type { Diagnostic } from '../diagnostics/types.js';

const SYMBOL = { error: '✗', warning: '!', info: 'i' } as const;

export interface Style {
  color: boolean;
}

const paint = (style: Style, code: number, text: string): string => (style.color ? `\u001b[${code}m${text}\u001b[0m` : text);
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

/** One diagnostic as a few lines: where, what, and what to do. */
export function renderDiagnostic(d: Diagnostic, style: Style, verbose = false): string {
  const colorOf = d.severity === 'error' ? red : d.severity === 'warning' ? yellow : dim;
  const where = location(d);
  const head = `${colorOf(style, `${SYMBOL[d.severity]} ${d.severity}`)} ${d.message} ${dim(style, `[${d.id}]`)}`;
  const lines = [where ? `${bold(style, where)}\n  ${head}` : head];
  if (d.source && d.source.kind !== 'daemon-json' && d.source.path && d.source.path !== d.file) {
    lines.push(`    ${dim(style, `from ${d.source.path}${d.source.line ? `:${d.source.line}` : ''}`)}`);
  }
  if (d.hint) lines.push(`    ${green(style, '→')} ${d.hint}`);
  if (verbose && d.dockerd) lines.push(`    ${dim(style, `dockerd would say: ${d.dockerd}`)}`);
  return lines.join('\n');
}

export function summarize(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  return {
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
  };
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function renderSummary(diagnostics: readonly Diagnostic[]): string {
  const { errors, warnings } = summarize(diagnostics);
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}
