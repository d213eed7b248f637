import { messageIn } from '../../diagnostics/say.js';
import { judgeChange } from '../../change/judge.js';
import { parseValue } from '../../change/values.js';
import type { WizardAnswers } from '../answers.js';
import { keyCheck } from '../checks.js';
import type { Check } from '../../model/prompter.js';
import type { Session } from '../session.js';

/**
 * A value is checked as `set KEY VALUE` checks it (`judgeChange`, the write path's own rule):
 * planned into the files and the whole result validated; the first error is what the person reads.
 */
export function valueCheck(s: Session, key: string): Check {
  return (typed) => {
    if (typed.trim() === '') return s.io.t('wizard.check.empty');
    const judged = judgeChange(
      s.state,
      { intents: [{ kind: 'set', key, value: parseValue(typed.trim()) }] },
      s.options,
    );
    const error = judged.refused ? judged.diagnostics.find((d) => d.severity === 'error') : undefined;
    return error ? messageIn(s.io.lang, error) : true;
  };
}

/** Any other daemon.json key, checked against this engine version, then its value as dockerd would. */
export async function askKeys(s: Session): Promise<WizardAnswers['keys']> {
  const { io, prompter } = s;
  const { t } = io;
  const keys: { key: string; value: unknown }[] = [];
  const known = keyCheck(s.state.engine.version, t);
  for (;;) {
    const key = (
      await prompter.input({
        name: 'key',
        message: t(keys.length === 0 ? 'wizard.keys.key' : 'wizard.keys.more'),
        validate: (typed) => (typed.trim() === '' ? true : known(typed)),
      })
    ).trim();
    if (key === '') break;
    const value = await prompter.input({
      name: 'value',
      message: t('wizard.keys.value', { key }),
      validate: valueCheck(s, key),
    });
    keys.push({ key, value: parseValue(value.trim()) });
  }
  return keys.length > 0 ? keys : undefined;
}
