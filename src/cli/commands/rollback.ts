import type { BackupEntry } from '../../apply/index.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import { defineCommand } from '../command.js';
import { CliError, EXIT } from '../errors.js';
import { loadState } from '../load.js';
import { withMutatingOptions, type MutatingOptions } from '../options.js';

interface RollbackOptions extends MutatingOptions {
  to?: string;
}

/** The backups to restore: the group of --to ID, or the newest change's group. */
function chooseGroup(backups: readonly BackupEntry[], to: string | undefined): BackupEntry[] {
  const chosen = to === undefined ? backups.at(-1) : backups.find((b) => b.id === to);
  if (!chosen) {
    const message = to === undefined ? 'there are no backups to roll back to' : `there is no backup ${to}`;
    throw new CliError(EXIT.problems, { id: 'backup-not-found', severity: 'error', message, hint: 'list them with: dockerd-config backups', fixable: false });
  }
  const group = chosen.group ?? chosen.id;
  return backups.filter((b) => (b.group ?? b.id) === group);
}

export const rollbackCommand = defineCommand<RollbackOptions>({
  command: 'rollback',
  describe: (t) => t('help.command.rollback'),
  builder: (y, t) => withMutatingOptions(y, t).option('to', { type: 'string', describe: t('help.option.rollbackTo') }),
  run: async (args, rt) => {
    const { ctx, io } = rt;
    const [{ listBackups, readBackup, restoreBackups, withLock }, { changeDiff }, { finishAfterWrite, sayService, serviceFields }] = await Promise.all([
      import('../../apply/index.js'),
      import('../../output/diff.js'),
      import('../service-step.js'),
    ]);
    const attempt = async () => {
      const entries = chooseGroup(listBackups(ctx), args.to);
      const state = await loadState(ctx, args);
      const decode = (b: Uint8Array | null) => (b === null ? null : Buffer.from(b).toString('utf8'));
      const current = (path: string): Uint8Array | null => {
        try {
          return ctx.fs.readFileSync(path);
        } catch {
          return null;
        }
      };
      const changes = entries.map((e) => ({ path: e.path, kind: e.kind ?? ('daemon-json' as const), before: current(e.path), after: decode(readBackup(ctx, e.id)?.bytes ?? null) }));
      if (args.dryRun) return { entries, changes, files: [], finish: undefined };
      const restored = await restoreBackups(ctx, entries.map((e) => e.id), { reason: `rollback to ${entries[0]?.id}` });
      // What dockerd will read now: the restored bytes as they are on disk (a backup need not be UTF-8).
      const after = await loadState(ctx, args);
      const finish = await finishAfterWrite(rt, args, {
        state,
        changes: changes.map((c) => ({ ...c, after: c.after ?? '' })),
        files: restored.files,
        jsonAfter: after.daemonJsonBytes,
        argsAfter: after.plan.args,
      });
      return { entries, changes, files: restored.files, finish };
    };
    const outcome = args.dryRun ? await attempt() : await withLock(ctx, attempt);
    const { finish } = outcome;
    const changed = outcome.files.some((f) => f.changed) || (args.dryRun && outcome.changes.some((c) => decodeEq(c.before, c.after) === false));
    const failed = finish !== undefined && (!finish.service.ok || finish.rolledBack);
    const diagnostics: Diagnostic[] = finish?.diagnostics ?? [];
    io.result({
      ok: !failed,
      changed,
      dryRun: args.dryRun,
      restoredFrom: outcome.entries.map((e) => e.id),
      files: outcome.changes.map((c) => {
        const f = outcome.files.find((x) => x.path === c.path);
        return { path: c.path, changed: f?.changed ?? args.dryRun, backup: f?.backup ?? null };
      }),
      ...serviceFields(finish),
      diagnostics,
    });
    if (args.dryRun || args.diff) {
      for (const c of outcome.changes) io.say(changeDiff(c, io.style));
    }
    for (const c of outcome.changes) {
      const restored = { path: c.path, id: String(outcome.entries.find((e) => e.path === c.path)?.id), removed: c.after === null };
      io.say(io.t(args.dryRun ? 'rollback.would' : 'rollback.done', restored));
    }
    if (finish) sayService(rt, finish);
    if (failed) return EXIT.problems;
    return changed && args.detailedExitcode ? EXIT.changed : EXIT.ok;
  },
});

function decodeEq(before: Uint8Array | null, after: string | null): boolean {
  if (before === null || after === null) return before === null && after === null;
  return Buffer.from(before).toString('utf8') === after;
}
