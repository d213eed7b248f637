import type { Said } from '../i18n/said.js';
import type { Diagnostic, Source } from '../diagnostics/types.js';
import type { EnvFileReading } from '../targets/env-file.js';
import type { ResolvedUnit } from '../targets/systemd-unit.js';
import type { DaemonArg } from '../model/daemon-arg.js';

export type ServiceManager = 'systemd' | 'sysvinit' | 'none';

/** /etc/default/docker and whether anything passes its DOCKER_OPTS to dockerd. */
export interface EnvFileInfo {
  /** Where we read it (under --root), and as the system names it. */
  path: string;
  systemPath: string;
  exists: boolean;
  /** The variable dockerd's flags are in: DOCKER_OPTS (Debian), OPTIONS (Red Hat). */
  variable: string;
  /** Who reads the file: the unit (EnvironmentFile=) and/or /etc/init.d/docker (sources it). */
  readBy: { unit: boolean; sysvinit: boolean };
  /**
   * Do the variable's words reach dockerd under the active service manager? False means
   * DOCKER_OPTS is ignored (env-file-ignored): e.g. docker-ce's unit has no EnvironmentFile=.
   */
  used: boolean;
  /** The variable as both readers see it (with env-file-syntax diagnostics); undefined when the file is missing. */
  reading?: EnvFileReading;
}

/** The command line the service manager gives dockerd. */
export interface DaemonArgsInfo {
  manager: ServiceManager;
  /** "user" for rootless docker under `systemctl --user`. */
  scope: 'system' | 'user';
  /** Why this manager was chosen. */
  why: string;
  /** Where `args` came from: --daemon-args replaces what the manager would pass. */
  from: 'daemon-args' | 'systemd' | 'sysvinit' | 'none';
  /** dockerd's flags (without the program), each with its source. */
  args: DaemonArg[];
  /** The systemd unit, when there is one (also under sysvinit or --daemon-args, for the drop-in). */
  unit?: ResolvedUnit;
  /** The ExecStart= (or init script line) that starts dockerd. */
  execStart?: { text: string; source: Source; program?: string };
  envFile?: EnvFileInfo;
  diagnostics: Diagnostic[];
}

/** Which daemon.json dockerd reads, and why we think so. */
export interface DaemonJsonLocation {
  /** Where we read and write it (under --root unless given with --config-file). */
  path: string;
  /** The path dockerd is given (for messages that quote dockerd). */
  systemPath: string;
  /** dockerd gets it with --config-file: then a missing file stops dockerd. */
  explicit: boolean;
  flavour: 'rootful' | 'rootless' | 'snap';
  /** Why dockerd reads this file. */
  why: Said;
}

export interface Sources {
  daemonJson: DaemonJsonLocation & { bytes: Uint8Array | null };
  daemonArgs: DaemonArgsInfo;
  /** The env file's bytes, for plans that edit it; undefined when there is no env file to speak of. */
  envFile?: { path: string; systemPath: string; bytes: Uint8Array | null };
  diagnostics: Diagnostic[];
}
