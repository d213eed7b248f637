import type { Diagnostic } from '../diagnostics/types.js';
import type { EngineVersion } from '../engine/version.js';
import type { DaemonArg } from '../model/daemon-arg.js';

/** daemon.json as dockerd would read it. */
export interface DaemonJsonInput {
  /** The path dockerd is given (shown in messages). */
  path: string;
  /** The file's bytes; null when the file does not exist. */
  bytes: Uint8Array | null;
  /** Passed with --config-file: then a missing file is fatal for dockerd. */
  explicit: boolean;
}

/** What the validator may ask about the host (answers come from the edges, rooted at --root). */
export interface HostView {
  /** Is there a group of this name in /etc/group? */
  groupExists(name: string): boolean;
  /** Is this path a readable regular file? (TLS files) */
  fileReadable(path: string): boolean;
  /** The bytes of a readable regular file (TLS certificates and keys); undefined when unreadable. */
  readFile(path: string): Uint8Array | undefined;
  /**
   * What os.Stat says about a path (symbolic links followed); undefined when it does not exist or
   * cannot be stat'ed. Optional: a view without it leaves the checks that need it undecided.
   */
  stat?(path: string): HostStat | undefined;
  /** The names in a directory (os.ReadDir); undefined when it is not a readable directory. */
  listDir?(path: string): string[] | undefined;
}

/** The parts of a stat result dockerd's host checks look at. */
export interface HostStat {
  kind: 'file' | 'directory' | 'socket' | 'other';
  /** The permission bits (mode & 0o777). */
  perm: number;
  uid: number;
  gid: number;
}

export interface ValidateRequest {
  daemonJson: DaemonJsonInput;
  /** dockerd's flags as the service manager will pass them (without the dockerd binary itself). */
  args: readonly DaemonArg[];
  engine: EngineVersion;
  host: HostView;
  /** Warnings about things that will bite later become errors. */
  strict: boolean;
}

/** The result of validation: dockerd refuses to start exactly when an error is present. */
export interface ValidateResult {
  diagnostics: Diagnostic[];
}
