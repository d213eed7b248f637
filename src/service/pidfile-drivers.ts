import { explainLog } from '../causes/index.js';
import type { Ctx } from '../context.js';
import { hangUp, livePid, markFile, readFileSince, readFileTail } from './pid-and-log.js';
import { commandLine, runStep } from './step.js';
import type { ServiceDriver, ServiceStatus, Step } from './types.js';
import { english, type Said } from '../i18n/said.js';

/** Where a daemon that is not under systemd keeps its pid and log (paths already under --root). */
export interface PidfileOptions {
  pidfile: string;
  logFile: string;
  timeoutMs: number;
}

type Ops = Pick<Ctx, 'exec' | 'fs' | 'kill'>;

// How much of the log's end tells how the last start ended.
const TAIL_BYTES = 64 * 1024;

function pidfileDriver(
  ctx: Ops,
  options: PidfileOptions,
  own: Pick<ServiceDriver, 'kind' | 'name' | 'restartCommand' | 'restart'> &
    Partial<Pick<ServiceDriver, 'startCommand'>>,
): ServiceDriver {
  return {
    ...own,
    reloadCommand: `kill -HUP $(cat ${options.pidfile})`,
    canRestart: true,
    status: async (): Promise<ServiceStatus> => ({
      state: livePid(ctx, options.pidfile) === undefined ? 'inactive' : 'active',
      startLimitHit: false,
    }),
    reload: async () => hangUp(ctx, options.pidfile),
    markLog: async () => markFile(ctx, options.logFile),
    logSince: async (mark) => readFileSince(ctx, mark),
    lastStartFailed: async () => {
      const explained = explainLog(readFileTail(ctx, options.logFile, TAIL_BYTES));
      return explained.firstError !== undefined && !explained.laterStarted;
    },
    logHint: options.logFile,
  };
}

/**
 * Debian's /etc/init.d/docker through `service`. Its `restart` exits 1 without a word when the
 * pidfile is missing (a `set -e` bug), so a stopped daemon is started instead.
 */
export function sysvinitDriver(ctx: Ops, options: PidfileOptions): ServiceDriver {
  return pidfileDriver(ctx, options, {
    kind: 'sysvinit',
    name: 'sysvinit (/etc/init.d/docker)',
    restartCommand: 'service docker restart',
    startCommand: 'service docker start',
    restart: async (): Promise<Step> => {
      const action = livePid(ctx, options.pidfile) === undefined ? 'start' : 'restart';
      return runStep(ctx, 'service', ['docker', action], options.timeoutMs);
    },
  });
}

export function openrcDriver(ctx: Ops, options: PidfileOptions): ServiceDriver {
  return pidfileDriver(ctx, options, {
    kind: 'openrc',
    name: 'OpenRC (rc-service docker)',
    restartCommand: 'rc-service docker restart',
    startCommand: 'rc-service docker start',
    restart: () => runStep(ctx, 'rc-service', ['docker', 'restart'], options.timeoutMs),
  });
}

/** --restart-cmd: whatever runs dockerd here (s6, supervisord, a test); run through sh. */
export function customDriver(ctx: Ops, options: PidfileOptions & { command: string }): ServiceDriver {
  return pidfileDriver(ctx, options, {
    kind: 'custom',
    name: `--restart-cmd "${options.command}"`,
    restartCommand: options.command,
    restart: async () => ({
      ...(await runStep(ctx, 'sh', ['-c', options.command], options.timeoutMs)),
      command: options.command,
    }),
  });
}

/** snap's dockerd: restarted by snapd, logged in the journal of snap.docker.dockerd. */
export function snapDriver(ctx: Pick<Ctx, 'exec'>, timeoutMs: number): ServiceDriver {
  const unit = 'snap.docker.dockerd.service';
  return {
    kind: 'snap',
    name: 'snap (snap.docker.dockerd)',
    restartCommand: 'snap restart docker',
    reloadCommand: 'snap restart --reload docker',
    startCommand: 'snap start docker',
    canRestart: true,
    status: async () => {
      const step = await runStep(ctx, 'systemctl', ['is-active', unit], timeoutMs);
      return {
        state: step.output === 'active' ? 'active' : step.output === 'failed' ? 'failed' : 'inactive',
        startLimitHit: false,
      };
    },
    restart: () => runStep(ctx, 'snap', ['restart', 'docker'], timeoutMs),
    reload: () => runStep(ctx, 'snap', ['restart', '--reload', 'docker'], timeoutMs),
    markLog: async () => ({ kind: 'journal', since: new Date() }),
    logSince: async (mark) => {
      if (mark.kind !== 'journal') return '';
      const step = await runStep(
        ctx,
        'journalctl',
        ['-u', unit, `--since=@${Math.floor(mark.since.getTime() / 1000)}`, '--no-pager', '-q'],
        timeoutMs,
      );
      return step.ok ? step.output : '';
    },
  };
}

/** A daemon we must not or cannot restart ourselves: say what to do instead. */
export function manualDriver(kind: 'desktop' | 'none', says: Said, restartCommand: string): ServiceDriver {
  const steps = english(says);
  const refuse = async (): Promise<Step> => ({
    command: commandLine('true', []),
    ok: false,
    exitCode: 1,
    output: steps,
  });
  return {
    kind,
    name: kind === 'desktop' ? 'Docker Desktop' : 'no service manager',
    restartCommand,
    canRestart: false,
    manualSteps: steps,
    manualSays: says,
    status: async () => ({ state: 'unknown', startLimitHit: false }),
    restart: refuse,
    reload: refuse,
    markLog: async () => ({ kind: 'none' }),
    logSince: async () => '',
  };
}
