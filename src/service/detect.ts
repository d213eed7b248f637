import { underRoot, type Ctx } from '../context.js';
import { INIT_SCRIPT, INIT_SCRIPT_DEFAULTS } from '../sources/sysvinit-args.js';
import { readText } from '../sources/fs-read.js';
import type { Sources } from '../sources/types.js';
import { readEnvFile } from '../targets/env-file.js';
import { customDriver, manualDriver, openrcDriver, snapDriver, sysvinitDriver } from './pidfile-drivers.js';
import { systemdDriver } from './systemd.js';
import type { ServiceDriver } from './types.js';
import { said } from '../i18n/said.js';

export interface DriverOptions {
  restartCmd?: string;
  /** --daemon-log: where a --restart-cmd daemon logs. */
  daemonLog?: string;
  /** The pidfile dockerd is configured with (the `pidfile` setting), as the system names it. */
  pidfile?: string;
  timeoutMs: number;
}

const DEFAULT_PIDFILE = '/var/run/docker.pid';
const DEFAULT_LOG = INIT_SCRIPT_DEFAULTS.DOCKER_LOGFILE ?? '/var/log/docker.log';

/** DOCKER_LOGFILE as /etc/default/docker sets it for the init script. */
function sysvinitLogFile(sources: Sources): string {
  const text = sources.envFile?.bytes ? Buffer.from(sources.envFile.bytes).toString('utf8') : null;
  if (text === null) return DEFAULT_LOG;
  return (
    readEnvFile(text, sources.envFile?.path ?? '', { name: 'DOCKER_LOGFILE', shDefaults: INIT_SCRIPT_DEFAULTS }).sh
      ?.words?.[0]?.value ?? DEFAULT_LOG
  );
}

const isDir = (ctx: Pick<Ctx, 'fs'>, path: string): boolean => {
  try {
    return ctx.fs.statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/**
 * How to restart this host's dockerd: --restart-cmd wins; under --root the daemon is not ours to
 * touch (nothing is run without --restart-cmd); otherwise what detectManager finds.
 */
export function chooseDriver(ctx: Ctx, sources: Sources, options: DriverOptions): ServiceDriver {
  if (options.restartCmd !== undefined) {
    const pidfile = underRoot(ctx, options.pidfile ?? DEFAULT_PIDFILE);
    const logFile = options.daemonLog ?? underRoot(ctx, DEFAULT_LOG);
    return customDriver(ctx, { command: options.restartCmd, pidfile, logFile, timeoutMs: options.timeoutMs });
  }
  if (ctx.root !== '/') {
    return manualDriver(
      'none',
      said('service.manual.root', { root: ctx.root }),
      'dockerd-config restart --restart-cmd "CMD"',
    );
  }
  return detectManager(ctx, sources, options);
}

/**
 * The service manager that runs dockerd, from the files (under ctx.root, so fixtures can play a
 * host): snap, rootless (systemctl --user), Docker Desktop (never restarted by us), systemd (only
 * when it is running), OpenRC, sysvinit, and otherwise nothing but advice.
 */
export function detectManager(ctx: Ctx, sources: Sources, options: DriverOptions): ServiceDriver {
  const { timeoutMs } = options;
  const pidfile = underRoot(ctx, options.pidfile ?? DEFAULT_PIDFILE);
  if (sources.daemonJson.flavour === 'snap') return snapDriver(ctx, timeoutMs);
  const info = sources.daemonArgs;
  if (info.scope === 'user') return systemdDriver(ctx, { user: true, timeoutMs });
  const home = ctx.env.HOME;
  if (info.manager === 'none' && home && isDir(ctx, underRoot(ctx, `${home}/.docker/desktop`))) {
    return manualDriver(
      'desktop',
      said('service.manual.desktop'),
      'Docker Desktop → Settings → Docker Engine → Apply & restart',
    );
  }
  if (info.manager === 'systemd' && isDir(ctx, underRoot(ctx, '/run/systemd/system')))
    return systemdDriver(ctx, { user: false, timeoutMs });
  const script = readText(ctx, underRoot(ctx, INIT_SCRIPT));
  if (script !== null && /^#!\s*\S*openrc-run/.test(script)) {
    return openrcDriver(ctx, { pidfile, logFile: underRoot(ctx, DEFAULT_LOG), timeoutMs });
  }
  // systemd not running and an init script: the script is what starts dockerd.
  if (script !== null)
    return sysvinitDriver(ctx, { pidfile, logFile: underRoot(ctx, sysvinitLogFile(sources)), timeoutMs });
  return manualDriver(
    'none',
    said(info.manager === 'systemd' ? 'service.manual.systemdNotRunning' : 'service.manual.none'),
    'restart dockerd',
  );
}
