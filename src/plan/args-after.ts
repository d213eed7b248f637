import { findFlag } from './flag-words.js';
import { HOSTS } from './list-settings.js';
import type { Plan } from './make-plan.js';
import type { PlanState } from './state.js';
import type { DaemonArg } from '../model/daemon-arg.js';
import { readEnvFile, wordsDockerdGets } from '../targets/env-file.js';

/**
 * dockerd's command line once the plan is written: DOCKER_OPTS words replaced by the new ones,
 * the unit's -H flags gone when our drop-in takes them off ExecStart. The validator checks
 * the resulting configuration with it.
 */
export function argsAfterPlan(state: PlanState, plan: Pick<Plan, 'changes'>): DaemonArg[] {
  let args = [...state.args];
  const env = plan.changes.find((c) => c.kind === 'env-file');
  if (env) {
    const reading = readEnvFile(env.after, env.path);
    const words = (wordsDockerdGets(reading, state.manager) ?? []).map((w) => ({
      value: w.value,
      source: { kind: 'env-file' as const, path: env.path, line: w.line },
    }));
    const at = args.findIndex((a) => a.source.kind === 'env-file');
    const kept = args.filter((a) => a.source.kind !== 'env-file');
    args = [...kept.slice(0, at < 0 ? kept.length : at), ...words, ...kept.slice(at < 0 ? kept.length : at)];
  }
  // Our drop-in written takes -H off ExecStart; removed (or restored as absent by a rollback), the
  // unit's own -H applies again (the args read with the drop-in in place already lack them).
  if (plan.changes.some((c) => c.kind === 'drop-in' && !c.remove && c.after !== '')) {
    const values = args.filter((a) => a.source.kind !== 'env-file').map((a) => a.value);
    const drop = new Set<number>();
    for (const o of findFlag(values, HOSTS.flag)) for (let i = o.start; i < o.end; i++) drop.add(i);
    let unitIndex = -1;
    args = args.filter((a) => a.source.kind === 'env-file' || !drop.has(++unitIndex));
  }
  return args;
}
