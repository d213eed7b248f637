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
