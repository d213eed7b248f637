import { givenPath, type Ctx } from '../context.js';
import type { FinishOptions, FinishRequest } from '../lifecycle/finish.js';
import type { DaemonArg } from '../model/daemon-arg.js';
import { decideAction, type Decision } from '../lifecycle/decide.js';
import type { PlannedChange } from './judge.js';
import { loadDaemonConfig } from '../validate/model.js';
import type { ServiceOptions } from './options.js';
import type { LoadedState } from './state.js';

/** The effective settings of daemon.json bytes plus flags, as dockerd of this version reads them. */
export function configurationOf(state: LoadedState, bytes: Uint8Array | null, args: readonly DaemonArg[]): FinishRequest['before'] {
  const engine = state.engine.version;
  const settings = loadDaemonConfig({ daemonJson: { path: state.plan.daemonJson.path, bytes, explicit: state.explicit }, args, engine }).settings;
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

/** What a planned change would make the service step do (the wizard's preview). */
export function decisionFor(planned: PlannedChange): Decision {
  const { state } = planned;
  const kinds = new Set(planned.plan.changes.map((c) => c.kind));
  return decideAction({
    before: configurationOf(state, state.daemonJsonBytes, state.plan.args).settings,
    after: configurationOf(state, planned.jsonAfter === null ? null : Buffer.from(planned.jsonAfter, 'utf8'), planned.argsAfter).settings,
    engine: state.engine.version,
    argsChanged: kinds.has('env-file') || kinds.has('drop-in'),
  });
}
