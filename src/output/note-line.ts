import type { Diagnostic } from '../diagnostics/types.js';
import type { Io } from './io.js';

/**
 * A note (an info diagnostic) on one line after a command's outcome: its message and hint in
 * English; in Chinese the id's headline, with the producer's English hint (it names the exact command).
 */
export function noteLine(io: Pick<Io, 'lang' | 't'>, d: Diagnostic): string {
  if (io.lang !== 'zh') return `${d.message}${d.hint ? `: ${d.hint}` : ''}`;
  const title = io.t(`diag.${d.id}.title`);
  return d.hint ? `${title}（${io.t('diag.hint', { hint: d.hint })}）` : title;
}
