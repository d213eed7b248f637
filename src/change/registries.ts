// What the registry commands read besides dockerd's own configuration: certs.d's directories, the
// image store, and daemon.json's mirrors as dockerd reads them.
import { dirname, join } from 'node:path';
import type { Ctx } from '../context.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { FileChange } from '../plan/types.js';
import {
  planMirrorChange,
  hostsTomlDirectory,
  shadowsDefault,
  type MirrorChange,
} from '../registries/mirror-change.js';
import type { RegistryName } from '../registries/names.js';
import { decodeHostsToml, type HostsTomlReading } from '../registries/hosts-toml.js';
import { parseEngineVersion, type EngineVersion } from '../engine/version.js';
import { configurationOf } from './configuration.js';
import { readBytes } from '../sources/fs-read.js';
import { certsDirFor } from '../probe/trust.js';
import { imageStore, type StoreChoice } from '../registries/endpoints.js';
import { hostsTomlOf, type RegistryDir } from '../registries/report.js';
import { readCertsDir } from '../sources/certs-d.js';
import { readableSettings, unreadableFile, type LoadedState, type ReadableSettings } from './state.js';

/** What the running daemon said of itself, when one answered: its store and version decide the rules. */
export interface RunningDaemon {
  driverStatus?: readonly (readonly string[])[];
  version?: string;
}

/** Asks the daemon this configuration reaches (2 s at most); nothing when none answers. */
export async function askRunningDaemon(ctx: Ctx, state: LoadedState): Promise<RunningDaemon> {
  const { runningDaemonInfo } = await import('../lifecycle/prove.js');
  const info = await runningDaemonInfo(ctx, configurationOf(state, state.daemonJsonBytes, state.plan.args));
  if (!info.ok) return {};
  return {
    ...(info.info.DriverStatus ? { driverStatus: info.info.DriverStatus } : {}),
    ...(info.info.ServerVersion ? { version: info.info.ServerVersion } : {}),
  };
}

export interface RegistryFacts {
  /** The version whose registry rules apply: --engine-version, else the running daemon's, else the detected one. */
  engine: EngineVersion;
  readable: ReadableSettings;
  certsDir: string;
  dirs: RegistryDir[];
  store: StoreChoice;
  /** daemon.json's (and the flags') registry-mirrors. */
  mirrors: string[];
}

/** `driverStatus`: the running daemon's /info DriverStatus, when it answered (it decides the store). */
export function registryFacts(ctx: Ctx, state: LoadedState, daemon: RunningDaemon = {}): RegistryFacts {
  const running = daemon.version === undefined ? undefined : parseEngineVersion(daemon.version);
  const engine = state.engine.how !== 'given' && running ? running : state.engine.version;
  const { driverStatus } = daemon;
  const readable = readableSettings(state);
  const mirrors = readable.settings.get('registry-mirrors')?.value;
  const features = readable.settings.get('features')?.value;
  const certsDir = certsDirFor(ctx, state.raw.daemonJson.flavour);
  return {
    engine,
    readable,
    certsDir,
    dirs: readCertsDir(ctx, certsDir),
    store: imageStore({
      engine,
      features: typeof features === 'object' && features !== null ? (features as Record<string, unknown>) : undefined,
      ...(driverStatus ? { driverStatus } : {}),
    }),
    mirrors: Array.isArray(mirrors) ? mirrors.map(String) : [],
  };
}

/** The names of a registry directory's files (none when it does not exist yet). */
export function filesOf(ctx: Pick<Ctx, 'fs'>, dir: string): string[] {
  try {
    // Not directories, as containerd's loadCertFiles takes them: a symlink to a file counts.
    return ctx.fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((d) => {
        if (d.isFile()) return true;
        if (!d.isSymbolicLink()) return false;
        try {
          return !ctx.fs.statSync(join(dir, d.name)).isDirectory();
        } catch {
          return false;
        }
      })
      .map((d) => d.name);
  } catch {
    return [];
  }
}

export interface RegistryMirrorEdit {
  /** What the edit was decided on (the store and version whose rules apply). */
  facts?: RegistryFacts;
  /** The hosts.toml to write; absent when it stays as it is (or the edit is refused). */
  change?: FileChange;
  /** The last step's plan: the endpoints after, what changed. */
  planned?: MirrorChange;
  added: string[];
  removed: string[];
  diagnostics: Diagnostic[];
  refused: boolean;
}

/**
 * One registry's mirrors edited in its hosts.toml (removals first, then additions), read under the
 * lock from the state given: what `registry mirror add|remove` and the wizard write.
 */
export function registryMirrorEdit(
  ctx: Ctx,
  state: LoadedState,
  registry: RegistryName,
  edit: { add: readonly string[]; remove: readonly string[] },
  daemon: RunningDaemon = {},
): RegistryMirrorEdit {
  const facts = registryFacts(ctx, state, daemon);
  const dir = hostsTomlDirectory(
    registry,
    facts.dirs.map((d) => d.name),
  );
  const path = join(facts.certsDir, dir, 'hosts.toml');
  const read = readBytes(ctx, path);
  if (!read.ok && !read.missing)
    return { facts, added: [], removed: [], diagnostics: [unreadableFile(path, read)], refused: true };
  const before = read.ok ? decodeHostsToml(read.bytes) : undefined;
  const result: RegistryMirrorEdit = { facts, added: [], removed: [], diagnostics: [], refused: false };
  const shadowed = shadowsDefault(
    registry,
    facts.dirs.map((d) => d.name),
    facts.certsDir,
  );
  let text = before;
  for (const [op, urls] of [
    ['remove', edit.remove],
    ['add', edit.add],
  ] as const) {
    if (urls.length === 0) continue;
    const planned = planMirrorChange({
      op,
      registry,
      urls,
      path,
      before: text,
      engine: facts.engine,
      store: facts.store.store,
      daemonJsonMirrors: facts.mirrors,
      files: filesOf(ctx, dirname(path)),
    });
    result.planned = planned;
    result.diagnostics.push(...planned.diagnostics);
    if (planned.refused) return { ...result, refused: true };
    if (op === 'add') result.added = planned.changed;
    else result.removed = planned.changed;
    text = planned.after ?? text;
  }
  if (text !== undefined && text !== before) {
    result.diagnostics.push(...shadowed);
    result.change = { path, kind: 'hosts-toml', before: read.ok ? read.bytes : null, after: text, newFileMode: 0o644 };
  }
  return result;
}

/** The hosts.toml containerd would read for a registry (the first of its directories that exists), read. */
export function registryHostsToml(
  facts: RegistryFacts,
  registry: RegistryName,
): { path: string; reading: HostsTomlReading } | undefined {
  const { dir, reading } = hostsTomlOf(facts.dirs, registry, facts.engine);
  return dir?.hostsToml && reading ? { path: dir.hostsToml.path, reading } : undefined;
}

/** A registry's mirrors as its hosts.toml writes them (its `[host."…"]` tables, in order). */
export const configuredMirrors = (facts: RegistryFacts, registry: RegistryName): string[] =>
  registryHostsToml(facts, registry)?.reading.hosts.map((h) => h.url) ?? [];
