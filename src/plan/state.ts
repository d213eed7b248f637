import type { EngineVersion } from '../engine/version.js';
import type { TransferEncoding } from '../jsonfile/decode.js';
import type { Said } from '../i18n/said.js';
import type { DaemonArg } from '../model/daemon-arg.js';

/** Everything a plan is computed from, read once under the lock. Pure data. */
export interface PlanState {
  engine: EngineVersion;
  daemonJson: {
    path: string;
    text: string | null;
    /** The bytes `text` was decoded from (jsonfile/decode.ts decodeForEdit): edits keep their encoding. */
    read?: { bytes: Uint8Array; text: string; encoding: TransferEncoding; inexactAt?: number };
  };
  /** /etc/default/docker; `readBy` is empty when neither the unit nor an init script reads it. */
  envFile: {
    path: string;
    text: string | null;
    words: readonly string[];
    readBy: readonly string[];
    /** The bytes `text` was decoded from: an edit that could not write them back is refused. */
    read?: { bytes: Uint8Array; text: string; encoding: TransferEncoding; inexactAt?: number };
  };
  /** dockerd's flags as the service manager passes them, each with its source. */
  args: readonly DaemonArg[];
  manager: 'systemd' | 'sysvinit' | 'none';
  /**
   * On a systemd unit that passes -H: the drop-in that takes the -H flags off ExecStart, so that
   * `hosts` can live in daemon.json. Undefined when the unit passes no -H.
   */
  hostsDropIn?: { path: string; text: string; before: string | null };
  /** Why our drop-in cannot take -H off ExecStart (another drop-in sets it after ours): the plan's `says`, or its English reason. */
  hostsDropInBlocked?: string | Said;
}
