import { loadState } from '../change/state.js';
import { intentsProposal } from '../change/intents.js';
import { judgeChange, type PlannedChange } from '../change/judge.js';
import { runChange } from '../change/transaction.js';
import { askRunningDaemon } from '../change/registries.js';
import { changeExitCode } from '../change/report.js';
import { EXIT } from '../diagnostics/errors.js';
import { sayChange } from '../output/change-text.js';
import type { Io, Runtime } from '../output/io.js';
import { renderDiagnostic } from '../output/render.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { toIntents, type WizardAnswers } from './answers.js';
import type { Prompter } from '../model/prompter.js';
import type { Session, WizardOptions } from './session.js';
import { askInsecure } from './steps/insecure.js';
import { askKeys } from './steps/keys.js';
import { askMirrors } from './steps/mirrors.js';
import { offerDoctorFixes, showOverview } from './steps/overview.js';
import { showPreview } from './steps/preview.js';
import { askRemoteApi } from './steps/remote-api.js';
import { askRemovals } from './steps/removals.js';
import { askRegistryMirrors, withRegistryChanges } from './steps/registry-mirrors.js';

const TASKS = ['mirrors', 'registries', 'insecure', 'api', 'keys', 'remove'] as const;
type Task = (typeof TASKS)[number];

/**
 * The interactive set-up: look, ask, preview, confirm, then the CLI's own write path (lock,
 * backup, validate, restart or reload, verify, roll back). Nothing is written before the
 * confirmation; Ctrl-C after it lets the transaction finish.
 */
export async function runWizard(rt: Runtime, options: WizardOptions, prompter: Prompter): Promise<number> {
  const s: Session = { ...rt, prompter, options, state: await loadState(rt.ctx, options) };
  const { io } = rt;
  const { t } = io;
  showOverview(s);
  if (!(await offerDoctorFixes(s))) return EXIT.problems;

  const tasks = (await prompter.checkbox({
    name: 'tasks',
    message: t('wizard.tasks'),
    required: true,
    choices: TASKS.map((task) => ({ value: task, label: t(`wizard.task.${task}`) })),
  })) as Task[];
  const answers: WizardAnswers = {};
  for (const task of TASKS.filter((x) => tasks.includes(x))) {
    io.say('');
    io.say(io.style.color ? `\u001b[1m${t(`wizard.task.${task}`)}\u001b[0m` : t(`wizard.task.${task}`));
    if (task === 'mirrors') answers.mirrors = await askMirrors(s);
    if (task === 'registries') answers.registryMirrors = await askRegistryMirrors(s);
    if (task === 'insecure') answers.insecure = await askInsecure(s);
    if (task === 'api') answers.remoteApi = await askRemoteApi(s);
    if (task === 'keys') answers.keys = await askKeys(s);
    if (task === 'remove') answers.removals = await askRemovals(s);
  }

  const { intents, allowInsecureTcp } = toIntents(answers);
  io.say('');
  // The running daemon's store and version decide what a hosts.toml does: asked once, when one is written.
  const daemon = answers.registryMirrors || answers.insecure?.trust ? await askRunningDaemon(rt.ctx, s.state) : {};
  const extend = (planned: PlannedChange) => withRegistryChanges(rt.ctx, planned, answers, daemon);
  const preview = await showPreview(s, intents, allowInsecureTcp, extend);
  if (preview.planned.refused) return EXIT.problems;
  if (preview.planned.plan.changes.length === 0) return EXIT.ok;
  io.say('');
  if (
    !(await prompter.confirm({
      name: 'apply',
      message: t(
        options.restart && preview.decision?.action !== 'none' ? 'wizard.confirm.apply' : 'wizard.confirm.write',
      ),
      default: true,
    }))
  ) {
    io.say(t('wizard.cancelled'));
    return EXIT.ok;
  }

  // From here on the change completes or is rolled back; the CLI's report is shown when it is done.
  const applyOptions = { ...options, yes: true, dryRun: false, diff: false, allowInsecureTcp };
  // Warnings the preview showed are not repeated under the result.
  const shown = new Set(preview.planned.diagnostics.map((d) => d.message));
  const { buffered, lines } = bufferedIo(io, (d) => d.severity === 'error' || !shown.has(d.message));
  const code = await prompter.uninterruptible(t('wizard.finishing'), () =>
    prompter.progress(
      t('wizard.applying'),
      async (update) => {
        const result = await runChange(rt.ctx, { ...buffered, step: update }, applyOptions, {
          reason: 'wizard',
          propose: (state) => intentsProposal(extend(judgeChange(state, { intents }, applyOptions))),
        });
        sayChange(buffered, result, applyOptions);
        return changeExitCode(result, applyOptions);
      },
      (exit) => exit === EXIT.ok,
    ),
  );
  for (const line of lines) io.say(line);
  io.say(code === EXIT.ok ? t('wizard.done') : t('wizard.failed'));
  return code;
}

/** An Io that keeps its lines for later: nothing may write over the progress line while it turns. */
function bufferedIo(io: Io, keep: (d: Diagnostic) => boolean): { buffered: Io; lines: string[] } {
  const lines: string[] = [];
  const buffered: Io = {
    ...io,
    say: (text) => lines.push(text),
    note: (text) => lines.push(text),
    diagnostics: (list) => lines.push(...list.filter(keep).map((d) => renderDiagnostic(d, io.style, io.verbose))),
  };
  return { buffered, lines };
}
