// `registry trust` (and the wizard's offer of it): a registry's CA and client pair into its certs.d
// directory, checked first, the key 0600; a hosts.toml there made to name them.
import { join } from 'node:path';
import type { Ctx } from '../context.js';
import { hint, message } from '../diagnostics/say.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { atLeast } from '../engine/version.js';
import type { FileChange } from '../plan/types.js';
import { addServerTrust } from '../registries/edit-hosts-toml.js';
import { decodeHostsToml } from '../registries/hosts-toml.js';
import { hostsTomlDirectory, shadowsDefault } from '../registries/mirror-change.js';
import type { RegistryName } from '../registries/names.js';
import { checkClientKey, readCertificates, TRUST_FILES, type CertificateSummary } from '../registries/trust-files.js';
import { readBytes } from '../sources/fs-read.js';
import { registryFacts, type RunningDaemon } from './registries.js';
import { unreadableFile, type LoadedState } from './state.js';

/** The files as given: where each was read, and its text. */
export interface TrustFiles {
  ca: { path: string; text: string };
  cert?: { path: string; text: string };
  key?: { path: string; text: string };
}

export interface CheckedTrust {
  diagnostics: Diagnostic[];
  /** Each certificate file's certificates, by the name it is installed as. */
  installed: Record<string, CertificateSummary[]>;
  refused: boolean;
}

/** PEM certificates only in the certificate files; an unencrypted key that is the certificate's. */
export function checkTrustFiles(files: TrustFiles, now: Date): CheckedTrust {
  const diagnostics: Diagnostic[] = [];
  const installed: Record<string, CertificateSummary[]> = {};
  for (const [name, file] of [
    [TRUST_FILES.ca.name, files.ca],
    [TRUST_FILES.cert.name, files.cert],
  ] as const) {
    if (!file) continue;
    const read = readCertificates(file.text, file.path, now);
    diagnostics.push(...read.diagnostics);
    if (read.ok) installed[name] = read.certificates;
  }
  if (files.cert && files.key) diagnostics.push(...checkClientKey(files.key.text, files.cert.text, files.key.path));
  return { diagnostics, installed, refused: diagnostics.some((d) => d.severity === 'error') };
}

export interface TrustEditResult {
  /** The registry's directory in certs.d. */
  dir: string;
  changes: FileChange[];
  diagnostics: Diagnostic[];
  refused: boolean;
}

/** The files to write for one registry, read under the lock from the state given. */
export function registryTrustEdit(
  ctx: Ctx,
  state: LoadedState,
  registry: RegistryName,
  files: TrustFiles,
  checked: CheckedTrust,
  daemon: RunningDaemon = {},
): TrustEditResult {
  const facts = registryFacts(ctx, state, daemon);
  // The containerd store from 28 picks among `host_port_` and `host:port`; the classic store reads `host:port` only.
  const readsHostDirs = facts.store.store === 'containerd' && atLeast(facts.engine, '28.0.0');
  const dir = join(
    facts.certsDir,
    readsHostDirs
      ? hostsTomlDirectory(
          registry,
          facts.dirs.map((d) => d.name),
        )
      : registry.name,
  );
  const { diagnostics } = checked;
  if (checked.refused) return { dir, changes: [], diagnostics, refused: true };
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
    ...file(TRUST_FILES.ca.name, files.ca.text, TRUST_FILES.ca.mode),
    ...(files.cert ? file(TRUST_FILES.cert.name, files.cert.text, TRUST_FILES.cert.mode) : []),
    ...(files.key ? file(TRUST_FILES.key.name, files.key.text, TRUST_FILES.key.mode, true) : []),
  ];
  if (unreadable.length > 0) return { dir, changes: [], diagnostics: [...diagnostics, ...unreadable], refused: true };
  // A hosts.toml in the directory stops containerd reading the certificate files: it must name them.
  const tomlPath = join(dir, 'hosts.toml');
  const toml = readBytes(ctx, tomlPath);
  const tomlNotes: Diagnostic[] = [];
  if (toml.ok) {
    // Only the files installed now: others beside them were not read while the hosts.toml was there.
    const trust = {
      ca: [TRUST_FILES.ca.name],
      client: files.cert ? [[TRUST_FILES.cert.name, TRUST_FILES.key.name] as [string, string]] : [],
    };
    const before = decodeHostsToml(toml.bytes);
    const edit = addServerTrust(before, { path: tomlPath, engine: facts.engine, trust });
    if (edit.ok === true && edit.changed)
      changes.push({ path: tomlPath, kind: 'hosts-toml', before: toml.bytes, after: edit.text });
    if (edit.ok === 'conflict') {
      const conflict: Diagnostic = {
        id: 'hosts-toml-ignored',
        severity: 'error',
        ...message('registries.trust.tomlNamesOthers', { key: edit.key, path: tomlPath, line: edit.line }),
        ...hint('registries.trust.hint.tomlNamesOthers', { key: edit.key, file: trust[edit.key].flat()[0] ?? '' }),
        file: tomlPath,
        line: edit.line,
        fixable: false,
      };
      return { dir, changes: [], diagnostics: [...diagnostics, conflict], refused: true };
    }
    // A hosts.toml containerd drops: it falls back to the certificate files, these among them.
    if (edit.ok === false)
      tomlNotes.push(
        ...edit.reading.diagnostics
          .filter((d) => d.severity === 'error')
          .map((d) => ({ ...d, severity: 'warning' as const })),
      );
  }
  const unchanged = changes.filter((c) => c.before !== null && Buffer.from(c.before).toString('utf8') === c.after);
  // The same key already there, but readable by others: not rewritten, so said.
  const openKey = unchanged.find((c) => c.secret && (ctx.fs.statSync(c.path).mode & 0o077) !== 0);
  if (openKey)
    tomlNotes.push({
      id: 'tls-key-permissions',
      severity: 'warning',
      ...message('registries.trust.keyOpen', { path: openKey.path }),
      ...hint('registries.trust.hint.keyOpen', { path: openKey.path }),
      file: openKey.path,
      fixable: false,
    });
  const written = changes.filter((c) => !unchanged.includes(c));
  const shadowed =
    written.length > 0 && readsHostDirs
      ? shadowsDefault(
          registry,
          facts.dirs.map((d) => d.name),
          facts.certsDir,
        )
      : [];
  return {
    dir,
    changes: written,
    diagnostics: [...diagnostics, ...notes, ...tomlNotes, ...shadowed],
    refused: false,
  };
}
