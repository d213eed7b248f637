import { said } from '../i18n/said.js';
import { givenPath, underRoot, type Ctx } from '../context.js';
import { exists } from './fs-read.js';
import { configFileFlag, readDaemonArgs } from './read-daemon-args.js';
import { currentUid, detectRootless } from './rootless.js';
import type { DaemonArgsInfo, DaemonJsonLocation } from './types.js';

export interface FindDaemonJsonOptions {
  /** --config-file given to us: used as given (relative to our working directory). */
  configFileOption?: string;
  /** --daemon-args given to us (a --config-file in them counts like one on the unit). */
  daemonArgsOption?: string;
  /** Already read, to avoid reading the unit twice. */
  daemonArgs?: DaemonArgsInfo;
  uid?: number;
}

const SNAP_DAEMON_JSON = '/var/snap/docker/current/config/daemon.json';
const DEFAULT_DAEMON_JSON = '/etc/docker/daemon.json';

const describeSource = (s: { kind: string; path?: string; line?: number }): string =>
  s.path ? `${s.path}${s.line ? `:${s.line}` : ''}` : s.kind;

/**
 * Which daemon.json dockerd reads: our --config-file option; else a --config-file flag on the
 * daemon's command line (unit ExecStart=, DOCKER_OPTS or --daemon-args); else rootless
 * ($XDG_CONFIG_HOME/docker/daemon.json); else the snap's; else /etc/docker/daemon.json.
 */
export function findDaemonJson(
  ctx: Pick<Ctx, 'root' | 'fs' | 'env' | 'cwd'>,
  options: FindDaemonJsonOptions = {},
): DaemonJsonLocation {
  if (options.configFileOption !== undefined) {
    const path = givenPath(ctx, options.configFileOption);
    return { path, systemPath: path, explicit: true, flavour: 'rootful', why: said('service.daemonJson.given') };
  }
  const rootless = detectRootless(ctx, options.uid ?? currentUid());
  const daemonArgs =
    options.daemonArgs ?? readDaemonArgs(ctx, { daemonArgsOption: options.daemonArgsOption }, rootless);
  const flag = configFileFlag(daemonArgs.args);
  const flavour = rootless ? 'rootless' : 'rootful';
  if (flag) {
    return {
      path: underRoot(ctx, flag.value),
      systemPath: flag.value,
      explicit: true,
      flavour,
      why: said('service.daemonJson.flag', { where: describeSource(flag.source) }),
    };
  }
  if (rootless) {
    const systemPath = `${rootless.configHome}/docker/daemon.json`;
    return {
      path: underRoot(ctx, systemPath),
      systemPath,
      explicit: false,
      flavour,
      why: said('service.daemonJson.rootless'),
    };
  }
  if (
    exists(ctx, underRoot(ctx, '/snap/bin/docker')) ||
    exists(ctx, underRoot(ctx, '/var/snap/docker/current/config'))
  ) {
    // The snap's dockerd-wrapper passes --config-file="$SNAP_DATA/config/daemon.json".
    return {
      path: underRoot(ctx, SNAP_DAEMON_JSON),
      systemPath: SNAP_DAEMON_JSON,
      explicit: true,
      flavour: 'snap',
      why: said('service.daemonJson.snap'),
    };
  }
  return {
    path: underRoot(ctx, DEFAULT_DAEMON_JSON),
    systemPath: DEFAULT_DAEMON_JSON,
    explicit: false,
    flavour,
    why: said('service.daemonJson.default'),
  };
}
