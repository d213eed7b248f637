import { validateState } from '../../cli/load.js';
import { parseValue } from '../../cli/commands/set.js';
import { argsAfterPlan } from '../../plan/args-after.js';
import { makePlan } from '../../plan/make-plan.js';
import type { WizardAnswers } from '../answers.js';
import { keyCheck } from '../checks.js';
import type { Check } from '../questions.js';
import type { Session } from '../session.js';

/**
 * A value is checked as `set KEY VALUE` checks it: planned into the files and the whole result
 * validated; the first new error about the key is what the person reads.
 */
export function valueCheck(s: Session, key: string): Check {
  const { state, options } = s;
  const before = new Set(validateState(state, state.plan.daemonJson.text, state.plan.args, options.strict, state.daemonJsonBytes).map((d) => d.message));
  return (typed) => {
    if (typed.trim() === '') return s.io.t('wizard.check.empty');
    const plan = makePlan(state.plan, [{ kind: 'set', key, value: parseValue(typed.trim()) }], { ...(options.target ? { target: options.target } : {}) });
    const refused = plan.diagnostics.find((d) => d.severity === 'error');
    if (refused) return refused.message;
    const jsonAfter = plan.changes.find((c) => c.kind === 'daemon-json')?.after ?? state.plan.daemonJson.text;
    const after = validateState(state, jsonAfter, argsAfterPlan(state.plan, plan), options.strict);
    const problem = after.find((d) => d.severity === 'error' && !before.has(d.message));
    return problem ? problem.message : true;
  };
}

/** Any other daemon.json key, checked against this engine version, then its value as dockerd would. */
export async function askKeys(s: Session): Promise<WizardAnswers['keys']> {
  const { io, prompter } = s;
  const { t } = io;
  const keys: { key: string; value: unknown }[] = [];
  const known = keyCheck(s.state.engine.version, t);
  for (;;) {
    const key = (await prompter.input({ name: 'key', message: t(keys.length === 0 ? 'wizard.keys.key' : 'wizard.keys.more'), validate: (typed) => (typed.trim() === '' ? true : known(typed)) })).trim();
    if (key === '') break;
    const value = await prompter.input({ name: 'value', message: t('wizard.keys.value', { key }), validate: valueCheck(s, key) });
    keys.push({ key, value: parseValue(value.trim()) });
  }
  return keys.length > 0 ? keys : undefined;
}
