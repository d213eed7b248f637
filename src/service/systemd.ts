import type { Ctx } from '../context.js';
import { runStep } from './step.js';
import type { LogMark, ServiceDriver, ServiceStatus, UnitState } from './types.js';

const UNIT = 'docker.service';
const SOCKET = 'docker.socket';
const STATES: readonly UnitState[] = ['active', 'activating', 'reloading', 'inactive', 'failed'];

/** `systemctl show -p A -p B` output as a record (one unit's block). */
function properties(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1).trim();
  }
  return out;
}

/** `systemctl show U1 U2 -p Id …`: one block per unit, by Id (one call instead of one per unit). */
const unitBlocks = (text: string): Map<string, Record<string, string>> =>
  new Map(
    text
      .split(/\n\s*\n/)
      .map(properties)
      .map((p) => [p.Id ?? '', p]),
  );

/**
 * dockerd under systemd (the system instance, or `systemctl --user` for rootless docker).
 * The journal is read from a cursor taken before we act, so old lines never mislead.
 */
export function systemdDriver(ctx: Pick<Ctx, 'exec'>, options: { user: boolean; timeoutMs: number }): ServiceDriver {
  const scope = options.user ? ['--user'] : [];
  const systemctl = (...args: string[]) => runStep(ctx, 'systemctl', [...scope, ...args], options.timeoutMs);
  const unitFilter = options.user ? ['--user-unit', UNIT, '--user-unit', SOCKET] : ['-u', UNIT, '-u', SOCKET];
  const prefix = options.user ? 'systemctl --user' : 'systemctl';
  return {
    kind: options.user ? 'systemd-user' : 'systemd',
    name: `systemd${options.user ? ' --user' : ''} (${UNIT})`,
    restartCommand: `${prefix} restart docker`,
    reloadCommand: `${prefix} reload docker`,
    startCommand: `${prefix} start docker`,
    canRestart: true,
    async status(): Promise<ServiceStatus> {
      const units = unitBlocks(
        (
          await systemctl(
            'show',
            UNIT,
            SOCKET,
            '-p',
            'Id',
            '-p',
            'ActiveState',
            '-p',
            'SubState',
            '-p',
            'Result',
            '-p',
            'NeedDaemonReload',
          )
        ).output,
      );
      const service = units.get(UNIT) ?? {};
      const socket = units.get(SOCKET) ?? {};
      const state = (STATES as readonly string[]).includes(service.ActiveState ?? '')
        ? (service.ActiveState as UnitState)
        : 'unknown';
      return {
        state,
        startLimitHit: service.Result === 'start-limit-hit' || socket.Result === 'service-start-limit-hit',
        needsDaemonReload: service.NeedDaemonReload === 'yes',
        ...(service.SubState === 'auto-restart' ? { autoRestart: true } : {}),
      };
    },
    daemonReload: () => systemctl('daemon-reload'),
    // The socket too: a service that hit its start limit takes docker.socket down with it.
    resetFailed: () => systemctl('reset-failed', UNIT, SOCKET),
    async restart(restartOptions = {}) {
      const socketLoaded =
        restartOptions.withSocket === true &&
        properties((await systemctl('show', SOCKET, '-p', 'LoadState')).output).LoadState === 'loaded';
      return socketLoaded ? systemctl('restart', SOCKET, UNIT) : systemctl('restart', UNIT);
    },
    reload: () => systemctl('reload', UNIT),
    async markLog(): Promise<LogMark> {
      const since = new Date();
      const step = await runStep(
        ctx,
        'journalctl',
        [...unitFilter, '-n', '0', '--show-cursor', '--no-pager', '-q'],
        options.timeoutMs,
      );
      const cursor = /-- cursor: (\S+)/.exec(step.output)?.[1];
      return { kind: 'journal', since, ...(cursor ? { cursor } : {}) };
    },
    async logSince(mark: LogMark): Promise<string> {
      if (mark.kind !== 'journal') return '';
      const from = mark.cursor
        ? [`--after-cursor=${mark.cursor}`]
        : [`--since=@${Math.floor(mark.since.getTime() / 1000)}`];
      const step = await runStep(
        ctx,
        'journalctl',
        [...unitFilter, ...from, '--no-pager', '-q', '-o', 'short'],
        options.timeoutMs,
      );
      return step.ok ? step.output : '';
    },
  };
}
