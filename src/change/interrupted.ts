// validate and doctor write nothing, so they cannot undo a cut-off change of several files: they
// say it is there (the next change undoes it first, see apply/apply-changes.ts).
import { interruptedChange, intentPath } from '../apply/index.js';
import type { Ctx } from '../context.js';
import { hint, message } from '../diagnostics/say.js';
import type { Diagnostic } from '../diagnostics/types.js';

export function interruptedChangeNote(ctx: Ctx): Diagnostic | undefined {
  const found = interruptedChange(ctx);
  if (found === undefined) return undefined;
  const path = intentPath(ctx);
  return {
    id: 'interrupted-change',
    severity: 'warning',
    ...(found === 'unreadable'
      ? { ...message('change.interrupted.unusable', { path }), ...hint('change.interrupted.hint.unusable', { path }) }
      : message('change.interrupted.pending', { at: found.at, files: found.files.map((f) => f.path).join(', ') })),
    fixable: false,
  };
}
