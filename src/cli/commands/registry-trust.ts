// `registry trust HOST[:PORT] --ca FILE [--cert FILE --key FILE]`: the secure alternative to
// insecure-registries. The files go into certs.d/HOST:PORT/ through the one change transaction,
// checked first (PEM, an unencrypted key that matches), the key with mode 0600.
import { basename, join } from 'node:path';
import type { Argv } from 'yargs';
import { givenPath } from '../../context.js';
import { askRunningDaemon, filesOf, registryFacts, type RunningDaemon } from '../../change/registries.js';
import { changeExitCode, changeJson } from '../../change/report.js';
import { unreadableFile, type LoadedState } from '../../change/state.js';
import { runChange, type Proposal } from '../../change/transaction.js';
import { message } from '../../diagnostics/say.js';
import { CliError, EXIT } from '../../diagnostics/errors.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import { atLeast } from '../../engine/version.js';
import { sayChange } from '../../output/change-text.js';
import type { FileChange } from '../../plan/types.js';
import { addServerTrust, trustOfFiles } from '../../registries/edit-hosts-toml.js';
import { hostsTomlDirectory } from '../../registries/mirror-change.js';
import {
  checkClientKey,
  readCertificates,
  TRUST_FILES,
  type CertificateSummary,
} from '../../registries/trust-files.js';
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
  const diagnostics: Diagnostic[] = [];
  const installed: Record<string, CertificateSummary[]> = {};
  for (const [name, file] of [
    [TRUST_FILES.ca.name, ca],
    [TRUST_FILES.cert.name, cert],
  ] as const) {
    if (!file) continue;
    const read = readCertificates(file.text, file.path, ctx.now());
    diagnostics.push(...read.diagnostics);
    if (read.ok) installed[name] = read.certificates;
  }
  if (cert && key) diagnostics.push(...checkClientKey(key.text, cert.text, key.path));
  const refused = diagnostics.some((d) => d.severity === 'error');

  let dir = '';
  let daemon: RunningDaemon | undefined;
  const propose = async (state: LoadedState): Promise<Proposal> => {
    daemon ??= await askRunningDaemon(ctx, state);
    const facts = registryFacts(ctx, state, daemon);
    // The containerd store from 28 picks among `host_port_` and `host:port`; the classic store reads `host:port` only.
    const readsHostDirs = facts.store.store === 'containerd' && atLeast(facts.engine, '28.0.0');
    dir = join(
      facts.certsDir,
      readsHostDirs
        ? hostsTomlDirectory(
            registry,
            facts.dirs.map((d) => d.name),
          )
        : registry.name,
    );
    const insecure = facts.readable.settings.get('insecure-registries')?.value;
    const notes: Diagnostic[] =
      Array.isArray(insecure) && insecure.map(String).includes(registry.name)
        ? [
            {
              id: 'insecure-registry-unneeded',
              severity: 'info',
              ...message('registries.trust.insecureToo', { registry: registry.name }),
              fixable: false,
            },
          ]
        : [];
    if (refused) return { changes: [], diagnostics, refused: true };
    const changes: FileChange[] = [];
    const file = (name: string, text: string, mode: number, secret = false): Diagnostic[] => {
      const path = join(dir, name);
      const read = readBytes(ctx, path);
      if (!read.ok && !read.missing) return [unreadableFile(path, read)];
      changes.push({
        path,
        kind: 'certificate',
        before: read.ok ? read.bytes : null,
        after: text,
        newFileMode: mode,
        ...(secret ? { secret: true as const } : {}),
      });
      return [];
    };
    const unreadable = [
      ...file(TRUST_FILES.ca.name, ca.text, TRUST_FILES.ca.mode),
      ...(cert ? file(TRUST_FILES.cert.name, cert.text, TRUST_FILES.cert.mode) : []),
      ...(key ? file(TRUST_FILES.key.name, key.text, TRUST_FILES.key.mode, true) : []),
    ];
    if (unreadable.length > 0) return { changes: [], diagnostics: [...diagnostics, ...unreadable], refused: true };
    // A hosts.toml in the directory stops containerd reading the certificate files: it must name them.
    const tomlPath = join(dir, 'hosts.toml');
    const toml = readBytes(ctx, tomlPath);
    const tomlNotes: Diagnostic[] = [];
    if (toml.ok) {
      const names = [...new Set([...filesOf(ctx, dir), ...changes.map((c) => basename(c.path))])];
      const before = Buffer.from(toml.bytes).toString('utf8');
      const edit = addServerTrust(before, { path: tomlPath, engine: facts.engine, trust: trustOfFiles(names) });
      if (edit.ok === true && edit.changed)
        changes.push({ path: tomlPath, kind: 'hosts-toml', before: toml.bytes, after: edit.text });
      if (edit.ok === 'conflict')
        tomlNotes.push({
          id: 'hosts-toml-ignored',
          severity: 'warning',
          ...message('registries.trust.tomlNamesOthers', { key: edit.key, path: tomlPath, line: edit.line }),
          file: tomlPath,
          line: edit.line,
          fixable: false,
        });
    }
    const unchanged = changes.filter((c) => c.before !== null && Buffer.from(c.before).toString('utf8') === c.after);
    return {
      changes: changes.filter((c) => !unchanged.includes(c)),
      diagnostics: [...diagnostics, ...notes, ...tomlNotes],
      refused: false,
    };
  };
  const reason = `registry trust ${registry.name}`;
  const result = await runChange(ctx, io, args, { reason, propose });
  io.result(changeJson(result, args, { registry: registry.name, directory: dir, certificates: installed }));
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
