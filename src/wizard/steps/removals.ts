import { effectiveSettings } from '../../change/state.js';
import { listSettingFor } from '../../plan/list-settings.js';
import type { Removal, WizardAnswers } from '../answers.js';
import type { Choice } from '../../model/prompter.js';
import type { Session } from '../session.js';

/** What the files set (daemon.json, DOCKER_OPTS): whole keys, and each entry of the list settings. */
export function removalChoices(s: Session): { choices: Choice[]; byValue: Map<string, Removal> } {
  const byValue = new Map<string, Removal>();
  const choices: Choice[] = [];
  const settings = [...effectiveSettings(s.state).values()]
    .filter((x) => x.source.kind === 'daemon-json' || x.source.kind === 'env-file')
    .sort((a, b) => a.key.localeCompare(b.key));
  for (const setting of settings) {
    const list = listSettingFor(setting.key);
    if (list && Array.isArray(setting.value)) {
      for (const entry of setting.value.map(String)) {
        const value = `${setting.key} ${entry}`;
        byValue.set(value, { kind: 'entry', key: setting.key, value: entry });
        choices.push({ value, label: `${setting.key}: ${list.display(entry)}` });
      }
      continue;
    }
    byValue.set(setting.key, { kind: 'key', key: setting.key });
    choices.push({ value: setting.key, label: `${setting.key} = ${JSON.stringify(setting.value)}` });
  }
  return { choices, byValue };
}

export async function askRemovals(s: Session): Promise<WizardAnswers['removals']> {
  const { choices, byValue } = removalChoices(s);
  if (choices.length === 0) {
    s.io.say(s.io.t('wizard.remove.nothing'));
    return undefined;
  }
  const picked = await s.prompter.checkbox({ name: 'removals', message: s.io.t('wizard.remove.pick'), choices });
  return picked.length > 0 ? picked.map((value) => byValue.get(value)!) : undefined;
}
