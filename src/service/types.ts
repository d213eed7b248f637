import type { Said } from '../i18n/said.js';
/** How dockerd is run on this host, and so how it is restarted, reloaded and where it logs. */
export type ManagerKind = 'systemd' | 'systemd-user' | 'sysvinit' | 'openrc' | 'snap' | 'desktop' | 'custom' | 'none';

/** One command we ran (or the signal we sent), for the report. */
export interface Step {
  command: string;
  ok: boolean;
  exitCode: number;
  output: string;
}

/** Where the daemon's log stood before we acted, so we read only what came after. */
export type LogMark =
  | { kind: 'journal'; cursor?: string; since: Date }
  | { kind: 'file'; path: string; offset: number }
  | { kind: 'none' };

export type UnitState = 'active' | 'activating' | 'reloading' | 'inactive' | 'failed' | 'unknown';

export interface ServiceStatus {
  state: UnitState;
  /** systemd's start rate limit refused (or will refuse) the next start. */
  startLimitHit: boolean;
  /** systemd noticed a unit file changed since it last read them (it misses a first drop-in). */
  needsDaemonReload?: boolean;
  /** Between two attempts of Restart=: it failed, and systemd will try again (ActiveState "activating"). */
  autoRestart?: boolean;
}

/** What one kind of service manager can do. Every method runs programs through ctx only. */
export interface ServiceDriver {
  kind: ManagerKind;
  /** e.g. "systemd (docker.service)" */
  name: string;
  /** The commands a person would type, for hints and for `--json`. */
  restartCommand: string;
  reloadCommand?: string;
  /** How a person starts a stopped dockerd (default: the restart command, which starts it too). */
  startCommand?: string;
  /** false: we never restart it ourselves (Docker Desktop, none, --root without --restart-cmd). */
  canRestart: boolean;
  /** Why it cannot, and what to do instead (in English; `manualSays` has it for the reader's language). */
  manualSteps?: string;
  manualSays?: Said;
  status(): Promise<ServiceStatus>;
  /** systemctl daemon-reload (only systemd has one). */
  daemonReload?(): Promise<Step>;
  /** systemctl reset-failed (only systemd has one). */
  resetFailed?(): Promise<Step>;
  /**
   * `withSocket`: the unit's listeners may have changed (a drop-in came or went). A dockerd that
   * listened on /run/docker.sock itself removed that path when it stopped, so socket activation
   * (fd://) needs docker.socket restarted too, or nobody can connect.
   */
  restart(options?: { withSocket?: boolean }): Promise<Step>;
  reload(): Promise<Step>;
  markLog(): Promise<LogMark>;
  /** A stopped daemon: does its log end in a start that failed (rather than a stop someone asked for)? */
  lastStartFailed?(): Promise<boolean>;
  /** Where a person reads the daemon's log, for hints. */
  logHint?: string;
  /** The daemon's log since the mark (journal short format, or the log file's new bytes). */
  logSince(mark: LogMark): Promise<string>;
}
