import type { Diagnostic } from '../diagnostics/types.js';
import type { ReadableSettings } from '../change/state.js';
import { said, sayIn } from '../i18n/said.js';
import type { Io } from './io.js';
import { dim, renderDiagnostic } from './render.js';

/**
 * What a read command says first when daemon.json does not parse: why (file:line:column), then
 * that the values below are repair's recovery, not in effect. On stderr, so stdout keeps the
 * values alone; the exit code (1) tells scripts. `reasons: false` when the caller shows them next.
 */
export function sayUnparsable(io: Io, readable: ReadableSettings, { reasons = true } = {}): void {
  if (reasons)
    for (const d of [...readable.unparsable, ...(readable.unrecoverable ? [readable.unrecoverable] : [])])
      io.note(renderDiagnostic(d, io.style, io.verbose));
  const what = readable.unrecoverable
    ? said('change.unparsable.unrecoverable')
    : readable.notRepairable
      ? said('change.unparsable.notRepairable')
      : said('change.unparsable.recovered');
  io.note(sayIn(io.lang, what));
}

/** The mark after a recovered value in a listing. */
export const recoveredMark = (io: Io): string => dim(io.style, sayIn(io.lang, said('change.unparsable.mark')));

/** What --json adds when daemon.json does not parse: the reasons, and that the values are recovered. */
export function unparsableJson(readable: ReadableSettings): { recovered?: boolean; diagnostics?: Diagnostic[] } {
  if (readable.unparsable.length === 0) return {};
  return {
    recovered: readable.recovered.size > 0,
    diagnostics: [...readable.unparsable, ...(readable.unrecoverable ? [readable.unrecoverable] : [])],
  };
}
