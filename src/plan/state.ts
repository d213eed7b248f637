import type { EngineVersion } from '../engine/version.js';
import type { Said } from '../i18n/said.js';
import type { DaemonArg } from '../model/daemon-arg.js';

/** Everything a plan is computed from, read once under the lock. Pure data. */
export interface PlanState {
  engine: EngineVersion;
  daemonJson: { path: string; text: string | null };
  /** /etc/default/docker; `readBy` is empty when neither the unit nor an init script reads it. */
  envFile: { path: string; text: string | null; words: readonly string[]; readBy: readonly string[] };
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
