// `registry trust HOST[:PORT] --ca FILE [--cert FILE --key FILE]`: the secure alternative to
// insecure-registries. The files go into certs.d/HOST:PORT/ through the one change transaction,
// checked first (PEM, an unencrypted key that matches), the key with mode 0600.
import type { Argv } from 'yargs';
import { givenPath } from '../../context.js';
import { askRunningDaemon, type RunningDaemon } from '../../change/registries.js';
import { checkTrustFiles, registryTrustEdit } from '../../change/registry-trust.js';
import { changeExitCode, changeJson } from '../../change/report.js';
import { unreadableFile, type LoadedState } from '../../change/state.js';
import { runChange, type Proposal } from '../../change/transaction.js';
import { message } from '../../diagnostics/say.js';
import { CliError, EXIT } from '../../diagnostics/errors.js';
import { sayChange } from '../../output/change-text.js';
import { readBytes } from '../../sources/fs-read.js';
import { defineCommand, type Runtime } from '../command.js';
import { withMutatingOptions, type MutatingOptions } from '../options.js';
import { registryArgument } from './registry-mirror.js';

type TrustArgs = MutatingOptions & { registry: string; ca: string; cert?: string; key?: string };

/** A file named on the command line, as text; a usage error when it cannot be read. */
function readGiven(rt: Runtime, path: string): { path: string; text: string } {
  const full = givenPath(rt.ctx, path);
  const read = readBytes(rt.ctx, full);
  if (!read.ok) throw new CliError(EXIT.usage, unreadableFile(full, read));
  return { path: full, text: Buffer.from(read.bytes).toString('utf8') };
}

async function trust(args: TrustArgs, rt: Runtime): Promise<number> {
  const { ctx, io } = rt;
  const registry = registryArgument(args.registry);
  if ((args.cert === undefined) !== (args.key === undefined))
    throw new CliError(EXIT.usage, {
      id: 'invalid-tls',
      severity: 'error',
      ...message('registries.trust.certWithoutKey'),
      fixable: false,
    });
  // Read and checked before the lock: a bad file refuses the change with nothing touched.
  const ca = readGiven(rt, args.ca);
  const cert = args.cert === undefined ? undefined : readGiven(rt, args.cert);
  const key = args.key === undefined ? undefined : readGiven(rt, args.key);
  const files = { ca, ...(cert ? { cert } : {}), ...(key ? { key } : {}) };
  const checked = checkTrustFiles(files, ctx.now());

  let dir = '';
  let daemon: RunningDaemon | undefined;
  const propose = async (state: LoadedState): Promise<Proposal> => {
    daemon ??= await askRunningDaemon(ctx, state);
    const edit = registryTrustEdit(ctx, state, registry, files, checked, daemon);
    dir = edit.dir;
    return { changes: edit.changes, diagnostics: edit.diagnostics, refused: edit.refused };
  };
  const reason = `registry trust ${registry.name}`;
  const result = await runChange(ctx, io, args, { reason, propose });
  io.result(changeJson(result, args, { registry: registry.name, directory: dir, certificates: checked.installed }));
  sayChange(io, result, args);
  if (result.outcome === 'applied' && result.files.some((f) => f.changed))
    io.say(io.t('registries.trust.installed', { dir }));
  return changeExitCode(result, args);
}

export const registryTrustCommand = defineCommand<TrustArgs>({
  command: 'trust <registry>',
  describe: (t) => t('help.command.registryTrust'),
  builder: (y, t) =>
    withMutatingOptions(y, t)
      .positional('registry', { type: 'string', describe: t('help.option.registry'), demandOption: true })
      .option('ca', { type: 'string', demandOption: true, describe: t('help.option.trustCa') })
      .option('cert', { type: 'string', describe: t('help.option.trustCert') })
      .option('key', { type: 'string', describe: t('help.option.trustKey') }) as unknown as Argv<TrustArgs>,
  run: trust,
});
