import type { Interaction } from '../lifecycle/finish.js';
import type { Ctx } from '../context.js';
import { judgeChange, type IntentsFor, type PlannedChange } from './judge.js';
import type { MutatingOptions } from './options.js';
import { runChange, type ChangeResult, type Proposal } from './transaction.js';

/** A planned, judged set of intents as the transaction takes it. */
export function intentsProposal(planned: PlannedChange): Proposal {
  return {
    changes: planned.refused ? [] : planned.plan.changes,
    jsonAfter: planned.jsonAfter === null ? null : Buffer.from(planned.jsonAfter, 'utf8'),
    argsAfter: planned.argsAfter,
    diagnostics: planned.diagnostics,
    ...(planned.fixed?.length ? { fixed: planned.fixed } : {}),
    refused: planned.refused,
  };
}

/** mirror|insecure|host add|remove, set, unset, apply and the wizard: intents through the one change transaction. */
export function runIntents(
  ctx: Ctx,
  io: Interaction,
  options: MutatingOptions,
  reason: string,
  intentsFor: IntentsFor,
): Promise<ChangeResult> {
  return runChange(ctx, io, options, {
    reason,
    propose: (state) => intentsProposal(judgeChange(state, intentsFor(state), options)),
  });
}
