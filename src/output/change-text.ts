// A change's result in words, for people: what the files say first, then what the daemon did.
import type { ChangeResult } from '../change/transaction.js';
import { changedFiles } from '../change/report.js';
import type { FinishReport } from '../lifecycle/finish.js';
import { reasonText } from '../lifecycle/reason.js';
import type { FileChange } from '../plan/types.js';
import type { AppliedFile } from '../apply/index.js';
import { changeDiff } from './diff.js';
import type { Io } from './io.js';
import { noteLine } from './note-line.js';
import { green, renderSummary } from './render.js';
import { messageIn } from '../diagnostics/say.js';
import { said, sayIn } from '../i18n/said.js';

export interface ChangeTextOptions {
  dryRun: boolean;
  diff: boolean;
  /** A command's own line for a file (repair: "repaired …", rollback: "restored … from …"). */
  fileLine?: (change: FileChange, applied: AppliedFile | undefined) => string;
}

export function sayChange(io: Io, result: ChangeResult, options: ChangeTextOptions): void {
  const changes = result.outcome === 'refused' ? [] : (result.proposal?.changes ?? []);
  if (options.dryRun || options.diff) for (const c of changes) io.say(changeDiff(c, io.style));
  io.diagnostics(result.diagnostics.filter((d) => d.severity !== 'info'));
  if (result.outcome === 'refused') {
    io.say(io.t('mutate.refused', { summary: renderSummary(result.diagnostics, io.lang) }));
    return;
  }
  if (changedFiles(result) === 0 || result.outcome === 'unchanged') {
    if (!result.finish) {
      io.say(io.t('mutate.nothingToChange'));
      return;
    }
  } else {
    for (const c of changes) {
      const applied = result.files.find((f) => f.path === c.path);
      io.say(
        options.fileLine
          ? options.fileLine(c, applied)
          : options.dryRun
            ? io.t('mutate.wouldChange', { path: c.path })
            : io.t('mutate.changed', { path: c.path, backup: applied?.backup }),
      );
    }
  }
  for (const d of result.proposal?.fixed ?? [])
    io.say(
      `${green(io.style, '✓')} ${sayIn(io.lang, said('change.fixed', { finding: messageIn(io.lang, d) }))} [${d.id}]`,
    );
  if (result.finish) sayService(io, result.finish);
  for (const d of result.diagnostics.filter((x) => x.severity === 'info')) io.say(noteLine(io, d));
  const wouldDo = result.wouldDo;
  if (wouldDo && wouldDo.action !== 'none' && changes.length > 0) {
    const runs = wouldDo.runs
      ? io.t('mutate.runs.command', { line: wouldDo.runs })
      : io.t('mutate.runs.none', {
          why: wouldDo.manualSays ? sayIn(io.lang, wouldDo.manualSays) : (wouldDo.manual ?? ''),
        });
    io.say(io.t('mutate.wouldAct', { action: wouldDo.action, reason: reasonText(wouldDo.because, io.t), runs }));
  }
}

/** What the service step found (problems first), one line for its outcome, then its notes. */
export function sayService(io: Io, finish: FinishReport): void {
  io.diagnostics(finish.diagnostics.filter((d) => d.severity !== 'info'));
  const outcome = serviceOutcome(io, finish);
  if (outcome) {
    if (io.verbose) for (const c of finish.service.commands) io.say(io.t('service.ran', { command: c }));
    io.say(outcome);
  }
  if (finish.stoppedContainers.length > 0)
    io.say(io.t('service.stoppedContainers', { names: finish.stoppedContainers }));
  for (const d of finish.diagnostics.filter((x) => x.severity === 'info')) io.say(noteLine(io, d));
}

/** What was run, whether it was verified, what was rolled back; nothing when nothing was run. */
function serviceOutcome(io: Io, finish: FinishReport): string | undefined {
  const s = finish.service;
  if (s.action === 'none') return undefined;
  if (finish.verified) {
    const reason = finish.because ? reasonText(finish.because, io.t) : s.reason;
    return io.t('service.verified', { action: s.action, reason, answered: finish.answered });
  }
  if (finish.rolledBack) {
    const stillDown = finish.diagnostics.some((d) => d.id === 'rollback-failed');
    return io.t('service.rolledBack', { stillDown, paths: finish.restored.map((f) => f.path) });
  }
  if (finish.outcome === 'kept' && finish.kept) return io.t('service.kept', { because: finish.kept });
  return io.t('service.failed', { action: s.action });
}
