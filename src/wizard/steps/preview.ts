import { planChange, type PlannedChange } from '../../change/judge.js';
import { configurationOf, decisionFor } from '../../change/configuration.js';
import { containersAtRisk } from '../../lifecycle/prove.js';
import type { Decision } from '../../lifecycle/decide.js';
import { reasonText } from '../../lifecycle/reason.js';
import type { Intent } from '../../plan/make-plan.js';
import { changeDiff } from '../../output/diff.js';
import type { Session } from '../session.js';

export interface Preview {
  planned: PlannedChange;
  decision?: Decision;
}

/**
 * The change as the CLI would make it, not written: the diff of every file, what dockerd must do
 * to take it up, and what that costs the running containers.
 */
export async function showPreview(
  s: Session,
  intents: Intent[],
  allowInsecureTcp = false,
  extend: (planned: PlannedChange) => PlannedChange = (planned) => planned,
): Promise<Preview> {
  const { io } = s;
  const { t } = io;
  // The person confirmed an unverified network listener (the red-flag question): judged as the write will be.
  const planned = extend(await planChange(s.ctx, { ...s.options, allowInsecureTcp }, () => ({ intents })));
  if (planned.refused) {
    io.diagnostics(planned.diagnostics.filter((d) => d.severity !== 'info'));
    io.say(t('wizard.preview.refused'));
    return { planned };
  }
  if (planned.plan.changes.length === 0) {
    io.say(t('wizard.preview.nothing'));
    return { planned };
  }
  io.say(t('wizard.preview.title'));
  for (const c of planned.plan.changes) io.say(changeDiff(c, io.style));
  io.diagnostics(planned.diagnostics.filter((d) => d.severity !== 'info'));
  const { state } = planned;
  const decision = decisionFor(planned);
  io.say('');
  if (decision.action === 'reload') io.say(t('wizard.preview.reload', { reason: reasonText(decision.because, t) }));
  if (decision.action === 'restart') {
    io.say(t('wizard.preview.restart', { reason: reasonText(decision.because, t) }));
    const before = configurationOf(state, state.daemonJsonBytes, state.plan.args);
    if (before.settings.get('live-restore')?.value === true) io.say(t('wizard.preview.liveRestore'));
    else {
      const running = await containersAtRisk(s.ctx, before);
      io.say(t('wizard.preview.containersStop', { running: running.length }));
    }
  }
  if (!s.options.restart) io.say(t('wizard.preview.noRestart'));
  return { planned, decision };
}
