import { messageIn } from '../../diagnostics/say.js';
import type { ListSetting } from '../../plan/list-settings.js';
import { checkValues } from '../../change/values.js';
import { listCheck, splitValues } from '../checks.js';
import type { Session } from '../session.js';

/**
 * Values of a list setting, several per line, line after line until an empty one; each line is
 * checked as typed, and kept as the CLI's `add` would write it (dockerd's warnings shown).
 */
export async function askTypedList(
  s: Session,
  setting: ListSetting,
  question: { name: string; first: string; more: string },
): Promise<string[]> {
  const { io } = s;
  const engine = s.state.engine.version;
  const typed: string[] = [];
  for (;;) {
    const line = await s.prompter.input({
      name: question.name,
      message: typed.length === 0 ? question.first : question.more,
      validate: listCheck(setting, engine, io.t, true),
    });
    if (line.trim() === '') return typed;
    const checked = checkValues(setting, splitValues(line), s.state);
    for (const warning of checked.diagnostics) io.say(`  ! ${messageIn(io.lang, warning)}`);
    typed.push(...checked.ok);
  }
}
