import { hintIn, messageIn } from '../diagnostics/say.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Io } from './io.js';

/** A note (an info diagnostic) on one line after a command's outcome, in the reader's language. */
export function noteLine(io: Pick<Io, 'lang' | 't'>, d: Diagnostic): string {
  const hint = hintIn(io.lang, d);
  if (io.lang !== 'zh') return `${d.message}${hint ? `: ${hint}` : ''}`;
  const title = d.says ? messageIn(io.lang, d) : io.t(`diag.${d.id}.title`);
  return hint ? `${title}（${io.t('diag.hint', { hint })}）` : title;
}
