import { givenPath, type Ctx } from '../context.js';
import type { FinishOptions, FinishRequest } from '../lifecycle/finish.js';
import type { DaemonArg } from '../model/daemon-arg.js';
import { decideAction, type Decision } from '../lifecycle/decide.js';
import type { FileChange } from '../plan/types.js';
import type { PlannedChange } from './judge.js';
import { loadDaemonConfig } from '../validate/model.js';
import type { ServiceOptions } from './options.js';
import type { LoadedState } from './state.js';

/** The effective settings of daemon.json bytes plus flags, as dockerd of this version reads them. */
export function configurationOf(
  state: LoadedState,
  bytes: Uint8Array | null,
  args: readonly DaemonArg[],
): FinishRequest['before'] {
  const engine = state.engine.version;
  const settings = loadDaemonConfig({
    daemonJson: { path: state.plan.daemonJson.path, bytes, explicit: state.explicit },
    args,
    engine,
  }).settings;
  return { settings, engine };
}

/** The command line's service options, as the service step takes them. */
export function finishOptions(ctx: Pick<Ctx, 'cwd'>, options: ServiceOptions & { restart?: boolean }): FinishOptions {
  return {
    restart: options.restart ?? true,
    yes: options.yes,
    json: options.json,
    timeoutSeconds: options.timeout,
    ...(options.restartCmd !== undefined ? { restartCmd: options.restartCmd } : {}),
    ...(options.daemonLog !== undefined ? { daemonLog: givenPath(ctx, options.daemonLog) } : {}),
  };
}

/** A change as dockerd reads it: the configuration before and after, and whether its flags or unit change. */
export function beforeAndAfter(
  state: LoadedState,
  change: { changes: readonly FileChange[]; jsonAfter: Uint8Array | null; argsAfter: readonly DaemonArg[] },
) {
  const kinds = new Set(change.changes.map((c) => c.kind));
  return {
    before: configurationOf(state, state.daemonJsonBytes, state.plan.args),
    after: configurationOf(state, change.jsonAfter, change.argsAfter),
    argsChanged: kinds.has('env-file') || kinds.has('drop-in'),
    unitChanged: kinds.has('drop-in'),
  };
}

/** What a planned change would make the service step do (the wizard's preview). */
export function decisionFor(planned: PlannedChange): Decision {
  const jsonAfter = planned.jsonAfter === null ? null : Buffer.from(planned.jsonAfter, 'utf8');
  const { before, after, argsChanged } = beforeAndAfter(planned.state, {
    changes: planned.plan.changes,
    jsonAfter,
    argsAfter: planned.argsAfter,
  });
  return decideAction({ before: before.settings, after: after.settings, engine: after.engine, argsChanged });
}
