import { dirname } from 'node:path';
import { hint, message } from '../../diagnostics/say.js';
import type { BackupEntry } from '../../apply/index.js';
import type { Proposal } from '../../change/transaction.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import { defineCommand } from '../command.js';
import { CliError, EXIT } from '../errors.js';
import { withMutatingOptions, type MutatingOptions } from '../options.js';
import { readBytes } from '../../sources/fs-read.js';
import { certsDirFor } from '../../probe/trust.js';

interface RollbackOptions extends MutatingOptions {
  to?: string;
  force: boolean;
}

const groupOf = (b: BackupEntry): string => b.group ?? b.id;

/**
 * The backups to restore: the group of --to ID, or the last change still in force. An automatic
 * rollback's backups hold the version dockerd refused, and the change they undid is not in force:
 * "undo the last change" skips both.
 */
export function chooseGroup(backups: readonly BackupEntry[], to: string | undefined): BackupEntry[] {
  let chosen: BackupEntry | undefined;
  if (to !== undefined) chosen = backups.find((b) => b.id === to);
  else {
    const skipped = new Set<string>();
    for (const b of [...backups].reverse()) {
      if (skipped.has(groupOf(b))) continue;
      if (b.rejected) {
        skipped.add(groupOf(b));
        if (b.undoes) skipped.add(b.undoes);
        continue;
      }
      chosen = b;
      break;
    }
  }
  if (!chosen) {
    throw new CliError(EXIT.problems, {
      id: 'backup-not-found',
      severity: 'error',
      ...(to === undefined
        ? message('change.rollback.noBackups')
        : message('change.rollback.noSuchBackup', { id: to })),
      ...hint('change.rollback.hint.list'),
      fixable: false,
    });
  }
  const group = groupOf(chosen);
  return backups.filter((b) => groupOf(b) === group);
}

type RollbackProposal = Proposal & { entries: BackupEntry[] };

export const rollbackCommand = defineCommand<RollbackOptions>({
  command: 'rollback',
  describe: (t) => t('help.command.rollback'),
  builder: (y, t) =>
    withMutatingOptions(y, t)
      .option('to', { type: 'string', describe: t('help.option.rollbackTo') })
      .option('force', { type: 'boolean', default: false, describe: t('help.option.rollbackForce') }),
  run: async (args, rt) => {
    const { ctx, io } = rt;
    const [
      { listBackups, readBackup, sameBytes, assertConfined, resolveWriteTarget, SafeWriteError },
      { underRoot },
      { HOSTS_DROP_IN_PATH },
      { runChange },
      { changeExitCode, changeJson },
      { sayChange },
      { validateState },
      { argsAfterPlan },
      { insecureTcpRefusals },
    ] = await Promise.all([
      import('../../apply/index.js'),
      import('../../context.js'),
      import('../../targets/drop-in.js'),
      import('../../change/transaction.js'),
      import('../../change/report.js'),
      import('../../output/change-text.js'),
      import('../../change/state.js'),
      import('../../plan/args-after.js'),
      import('../../change/judge.js'),
    ]);
    const result = await runChange<RollbackProposal>(ctx, io, args, {
      reason: 'rollback',
      propose: (state) => {
        const entries = chooseGroup(listBackups(ctx), args.to);
        // A backup goes back only to a file this run manages, under --root: never where an index line says.
        const managed = [
          state.plan.daemonJson.path,
          state.plan.envFile.path,
          underRoot(ctx, HOSTS_DROP_IN_PATH),
          ...(state.plan.hostsDropIn ? [state.plan.hostsDropIn.path] : []),
        ];
        // A registry's hosts.toml or certificate: a file of one of certs.d's directories.
        const certsDir = certsDirFor(ctx, state.raw.daemonJson.flavour);
        const inCertsDir = (e: BackupEntry): boolean =>
          (e.kind === 'hosts-toml' || e.kind === 'certificate') && dirname(dirname(e.path)) === certsDir;
        const untrusted = entries.flatMap((e): Diagnostic[] => {
          try {
            assertConfined(ctx, e);
          } catch (error) {
            if (error instanceof SafeWriteError) return [error.diagnostic];
            throw error;
          }
          return managed.includes(e.path) || inCertsDir(e) ? [] : [notManaged(e, managed)];
        });
        if (untrusted.length > 0) return { entries, changes: [], restore: [], diagnostics: untrusted, refused: true };
        const decode = (b: Uint8Array | null) => (b === null ? null : Buffer.from(b).toString('utf8'));
        const current = (path: string): Uint8Array | null => {
          try {
            const read = readBytes(ctx, resolveWriteTarget(ctx, path));
            return read.ok ? read.bytes : null;
          } catch {
            return null;
          }
        };
        const restored = entries.map((e) => ({ entry: e, bytes: readBackup(ctx, e.id)?.bytes ?? null }));
        const changes = restored
          .map(({ entry, bytes }) => ({
            path: entry.path,
            kind: entry.kind ?? ('daemon-json' as const),
            before: current(entry.path),
            after: decode(bytes) ?? '',
          }))
          .filter((c, i) => !sameBytes(c.before, restored[i]!.bytes));
        const json = restored.find(
          ({ entry }) => (entry.kind ?? 'daemon-json') === 'daemon-json' && entry.path === state.plan.daemonJson.path,
        );
        const jsonAfter = json ? json.bytes : state.daemonJsonBytes;
        const base: RollbackProposal = {
          entries,
          changes,
          restore: entries.map((e) => e.id),
          jsonAfter,
          diagnostics: [],
          refused: false,
        };
        // Rollback only ever goes to a better state: not to a version dockerd refused, or would refuse.
        const problems = json
          ? // With dockerd's flags as the restored files give them (our hosts drop-in takes -H off the unit).
            validateState(state, null, argsAfterPlan(state.plan, { changes }), args.strict, json.bytes).filter(
              (d) => d.severity === 'error',
            )
          : [];
        const rejected = entries.some((e) => e.rejected);
        if ((problems.length > 0 || rejected) && !args.force)
          return { ...base, refused: true, diagnostics: [...problems, notValid(entries[0]!.id, rejected)] };
        // Going back may reopen an unauthenticated listener someone closed since: the same gate as every edit.
        const tcp =
          changes.length === 0
            ? []
            : insecureTcpRefusals(state, jsonAfter, argsAfterPlan(state.plan, { changes }), args.allowInsecureTcp);
        if (tcp.length > 0) return { ...base, refused: true, diagnostics: tcp };
        return changes.length === 0 ? { ...base, restore: [] } : base;
      },
    });
    const entries = result.proposal?.entries ?? [];
    io.result(changeJson(result, args, { restoredFrom: entries.map((e) => e.id) }));
    sayChange(io, result, {
      ...args,
      fileLine: (c) =>
        io.t(args.dryRun ? 'rollback.would' : 'rollback.done', {
          path: c.path,
          id: String(entries.find((e) => e.path === c.path)?.id),
          removed: !entries.find((e) => e.path === c.path)?.existed,
        }),
    });
    return changeExitCode(result, args);
  },
});

function notManaged(entry: BackupEntry, managed: readonly string[]): Diagnostic {
  return {
    id: 'backup-not-valid',
    severity: 'error',
    ...message('change.state.notManaged', { id: entry.id, path: entry.path, managed: managed.join(', ') }),
    ...hint('change.state.hint.notManaged', { id: entry.id }),
    file: entry.path,
    fixable: false,
  };
}

function notValid(id: string, rejected: boolean): Diagnostic {
  return {
    id: 'backup-not-valid',
    severity: 'error',
    ...message(rejected ? 'change.rollback.rejected' : 'change.rollback.refused', { id }),
    ...hint('change.rollback.hint.other'),
    fixable: false,
  };
}
