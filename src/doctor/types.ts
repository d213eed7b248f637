import type { Diagnostic } from '../diagnostics/types.js';
import type { Said } from '../i18n/said.js';
import type { Intent } from '../plan/make-plan.js';
import type { Facts } from './facts.js';

/** The groups `--only` selects, in the order doctor prints them. */
export const GROUPS = ['config', 'service', 'network', 'security'] as const;
export type Group = (typeof GROUPS)[number];

/**
 * How doctor --fix mends a finding. Every kind goes through the safe write path or the
 * service manager; `manual` is a step for a person (the hint says which).
 */
export type Fix =
  /** daemon.json's syntax: the repairer (keeps every setting). */
  | { kind: 'repair' }
  /** Setting changes, planned as `set`/`unset`/`remove` would plan them. */
  | { kind: 'intents'; intents: Intent[]; describe: Said }
  /** The files are right; the daemon must reload or (re)start to use them (reset-failed and daemon-reload included). */
  | { kind: 'restart'; mode: 'reload' | 'restart'; describe: Said }
  /** A file's mode (CIS 3.x): chmod, nothing else. */
  | { kind: 'chmod'; path: string; mode: number };

/** A diagnostic with how to fix it, when we can. */
export interface Finding extends Diagnostic {
  fix?: Fix;
  /**
   * Judged on daemon.json as `repair` would recover it: dockerd reads none of a file that does not
   * parse, so this is what it will do once the file is mended.
   */
  recovered?: boolean;
  /** The same problem as dockerd's log tells it (where), beside the file's own line. */
  evidence?: Said;
}

/** One check: a pure function of facts gathered once. */
export interface Check {
  /** Stable: `--json` reports it, tests name it. */
  id: string;
  title: string;
  group: Group;
  /** Findings (none: all is well), or why the check had nothing to look at. */
  run(facts: Facts): Finding[] | { skipped: Said };
}

export type CheckStatus = 'ok' | 'warning' | 'error' | 'crashed' | 'skipped';

export interface CheckResult {
  check: Pick<Check, 'id' | 'title' | 'group'>;
  status: CheckStatus;
  findings: Finding[];
  /** Why it was skipped (offline, no daemon to ask), in English for --json. */
  note?: string;
  /** The same, for the reader's language. */
  noteSays?: Said;
}
