import type { ReadableSettings } from '../change/state.js';
import { said, sayIn } from '../i18n/said.js';
import type { Io } from './io.js';
import { dim, renderDiagnostic } from './render.js';

/**
 * What a read command says first when daemon.json does not parse: why (file:line:column), then
 * that the values below are repair's recovery, not in effect. On stderr, so stdout keeps the
 * values alone; the exit code (1) tells scripts.
 */
export function sayUnparsable(io: Io, readable: ReadableSettings): void {
  for (const d of [...readable.unparsable, ...(readable.unrecoverable ? [readable.unrecoverable] : [])])
    io.note(renderDiagnostic(d, io.style, io.verbose));
  io.note(
    sayIn(io.lang, said(readable.unrecoverable ? 'change.unparsable.unrecoverable' : 'change.unparsable.recovered')),
  );
}

/** The mark after a recovered value in a listing. */
export const recoveredMark = (io: Io): string => dim(io.style, sayIn(io.lang, said('change.unparsable.mark')));

/** What --json adds when daemon.json does not parse: the reasons, and that the values are recovered. */
export function unparsableJson(readable: ReadableSettings): Record<string, unknown> {
  if (readable.unparsable.length === 0) return {};
  return {
    recovered: readable.recovered.size > 0,
    diagnostics: [...readable.unparsable, ...(readable.unrecoverable ? [readable.unrecoverable] : [])],
  };
}
