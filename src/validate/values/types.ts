import type { DiagnosticId, Severity, Source } from '../../diagnostics/types.js';
import type { Said } from '../../i18n/said.js';
import type { EngineVersion } from '../../engine/version.js';
import type { HostView } from '../types.js';

/** One setting of the merged configuration (daemon.json after dockerd's flattening, plus flags). */
export interface Setting {
  /** The daemon.json key (flattened): "registry-mirrors", "debug", "log-opts" … */
  key: string;
  /** The typed value (for flags: converted to the daemon.json shape, e.g. a list). */
  value: unknown;
  from: 'file' | 'flag';
  source: Source;
}

export interface ValueContext {
  engine: EngineVersion;
  host: HostView;
  /** Merged settings by key; a key set both in the file and as a flag is a conflict found elsewhere. */
  settings: ReadonlyMap<string, Setting>;
  /**
   * Does the service manager hand dockerd listening sockets (systemd docker.socket), so that
   * `fd://` hosts work? Unknown (undefined): only `fd://` given by a systemd unit or drop-in counts.
   */
  socketActivation?: boolean;
}

/** A problem with a value; the caller adds file, line and column from the setting. */
export interface ValueProblem {
  id: DiagnosticId;
  severity: Severity;
  key: string;
  /** Index of the offending array element, so the position points at it. */
  index?: number;
  message: string;
  hint?: string;
  says?: Said;
  hintSays?: Said;
  /** dockerd's own error line for this engine version (without the "unable to configure…" prefix). */
  dockerd?: string;
  /**
   * dockerd prints `unable to configure the Docker daemon with file <path>: ` before `dockerd`
   * (problems found while loading the configuration); otherwise `dockerd` is the whole line.
   */
  withFilePrefix?: boolean;
}

export interface ValueRule {
  /** The keys whose values this rule reads (it runs when any of them is set). */
  keys: readonly string[];
  check(ctx: ValueContext): ValueProblem[];
}
