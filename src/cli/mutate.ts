import type { IntentsFor } from '../change/judge.js';
import { runIntents } from '../change/intents.js';
import { changeExitCode, changeJson } from '../change/report.js';
import { sayChange } from '../output/change-text.js';
import type { Runtime } from './command.js';
import type { MutatingOptions } from './options.js';

/** mirror|insecure|host add|remove, set, unset, apply: the intents through the change transaction, then the report. */
export async function runMutation(
  rt: Runtime,
  options: MutatingOptions,
  reason: string,
  intentsFor: IntentsFor,
): Promise<number> {
  const result = await runIntents(rt.ctx, rt.io, options, reason, intentsFor);
  rt.io.result(changeJson(result, options));
  sayChange(rt.io, result, options);
  return changeExitCode(result, options);
}
