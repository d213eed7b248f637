// The inventory of what dockerd checks before it serves the API (issue 13 §1): one check, as data.
import type { DiagnosticId } from '../../diagnostics/types.js';

/** Why a check cannot be decided offline, and what we say instead. */
export interface AtStart {
  why: string;
  /** The diagnostic we give instead (a warning, a post-start finding), or 'none'. */
  instead: DiagnosticId | 'none';
}

/** One check dockerd makes that can make it refuse to start. */
export interface DockerdCheck {
  /** What is checked, briefly. */
  what: string;
  /** Where: "daemon/config/config.go:Validate" (the newest path; older ones in `versions`). */
  source: string;
  /** The versions it applies to, when not all ("23.0+", "20.10–24.0; 25.0+ in daemon/…"). */
  versions?: string;
  /** dockerd's error text (for gaps: what a rule must print). */
  error?: string;
  /** Our module under src/validate that decides it ("values/daemon/limits", "../engine/flag-values"). */
  rule?: string;
  atStart?: AtStart;
}

/** The checks of one daemon.json key (and the flags that set it). */
export interface KeyChecks {
  checks: readonly DockerdCheck[];
  /** For keys with no check of their own: "stored; no start-time check", "passed to containerd". */
  note?: string;
}
