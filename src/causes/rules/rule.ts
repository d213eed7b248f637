// One classification rule: a regular expression on a stable piece of dockerd's error text and
// the sentences (catalogue keys with parameters) it turns into.
import type { DiagnosticId } from '../../diagnostics/types.js';
import { said, type Said } from '../../i18n/said.js';
import type { DockerdError } from '../dockerd-error.js';

export interface RuleInput {
  error: DockerdError;
  match: RegExpExecArray;
  /** The configuration file, for messages: the one the line names, else the one we were told. */
  file: string;
  /** Where the value came from: the file, or "the --registry-mirror flag". */
  where: string | Said;
}

export interface RuleResult {
  message: Said;
  hint: Said;
  setting?: string;
  fixable: boolean;
}

export interface Rule {
  id: DiagnosticId;
  /** Tested against the detail (prefixes peeled). */
  pattern: RegExp;
  /** Only in this phase (default: any). */
  phase?: DockerdError['phase'];
  build(input: RuleInput): RuleResult;
}

/** Where a flag may be set on Debian-like hosts. */
export const FLAG_PLACES: Said = said('causes.flagPlaces');

/** A refused value in table form: which setting, and what to say, from the pattern's match. */
export interface ValueRow {
  pattern: RegExp;
  setting: string | ((m: RegExpExecArray) => string);
  message(m: RegExpExecArray): Said;
  hint: Said | ((m: RegExpExecArray) => Said);
}

/** Rows of one family as `invalid-value` rules; `fixable`: whether repair can change that setting. */
export function valueRules(rows: readonly ValueRow[], fixable: boolean): Rule[] {
  return rows.map((row) => ({
    id: 'invalid-value',
    pattern: row.pattern,
    build: ({ match }) => {
      const setting = typeof row.setting === 'string' ? row.setting : row.setting(match);
      const hint = typeof row.hint === 'function' ? row.hint(match) : row.hint;
      return { message: row.message(match), hint, ...(setting ? { setting } : {}), fixable };
    },
  }));
}
