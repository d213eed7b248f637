// `registry mirror add|remove`: which hosts.toml a registry's mirrors go in, the smallest edit of
// it, and what the result means under this image store (a hosts.toml the store does not read is
// said, not silently written). Pure: the command reads the files under the lock and writes through
// the change transaction.
import { maskCredentials } from '../diagnostics/redact.js';
import { message, hint } from '../diagnostics/say.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { atLeast, type EngineVersion } from '../engine/version.js';
import { addMirrors, parseMirrorUrl, removeMirrors, trustOfFiles } from './edit-hosts-toml.js';
import { pullEndpoints, type ImageStore, type PullPlan } from './endpoints.js';
import { readHostsToml } from './hosts-toml.js';
import { hostDirectories, type RegistryName } from './names.js';

/**
 * The directory of certs.d a registry's hosts.toml belongs in: the one containerd already uses for
 * it, else its own (`host:port`, as docker names certificate directories). Never `_default`,
 * which every registry without a directory of its own shares.
 */
export function hostsTomlDirectory(registry: RegistryName, existing: readonly string[]): string {
  const own = hostDirectories(registry).filter((d) => d !== '_default');
  return own.find((d) => existing.includes(d)) ?? registry.name;
}

/**
 * A registry without a directory of its own uses `_default`'s: the directory about to be created
 * ends that for it (containerd uses the first directory that exists), and the person must know.
 */
export function shadowsDefault(registry: RegistryName, existing: readonly string[], certsDir: string): Diagnostic[] {
  const own = hostDirectories(registry).filter((d) => d !== '_default');
  if (own.some((d) => existing.includes(d)) || !existing.includes('_default')) return [];
  return [
    {
      id: 'hosts-toml-ignored',
      severity: 'warning',
      ...message('registries.defaultShadowed', { registry: registry.name, dir: `${certsDir}/_default` }),
      ...hint('registries.hint.defaultShadowed', { dir: `${certsDir}/_default` }),
      fixable: false,
    },
  ];
}

export interface MirrorChangeInput {
  op: 'add' | 'remove';
  registry: RegistryName;
  /** As typed; each is checked here. */
  urls: readonly string[];
  /** The registry's hosts.toml (see hostsTomlDirectory). */
  path: string;
  /** Its text now (undefined: there is none). */
  before: string | undefined;
  engine: EngineVersion;
  store: ImageStore;
  /** daemon.json's registry-mirrors (they apply to Docker Hub only). */
  daemonJsonMirrors: readonly string[];
  /** The names of the files in the registry's directory (its certificates go into a new hosts.toml). */
  files?: readonly string[];
}

export interface MirrorChange {
  path: string;
  /** The new text; undefined when the file stays as it is. */
  after?: string;
  changed: string[];
  unchanged: string[];
  /** The pull's endpoints once the change is made, under this store. */
  endpoints: PullPlan;
  diagnostics: Diagnostic[];
  /** Nothing may be written (a bad URL, a hosts.toml that does not parse, a store that would not read it for Docker Hub). */
  refused: boolean;
}

const invalidUrl = (url: string, why: string): Diagnostic => ({
  id: 'invalid-mirror',
  severity: 'error',
  ...message('registries.mirror.invalidUrl', { url: maskCredentials(url), why }),
  ...hint('registries.mirror.hint.invalidUrl'),
  fixable: false,
});

export function planMirrorChange(input: MirrorChangeInput): MirrorChange {
  const { registry, engine, store } = input;
  const { path } = input;
  const diagnostics: Diagnostic[] = [];
  const urls: string[] = [];
  for (const typed of input.urls) {
    const parsed = parseMirrorUrl(typed);
    if (parsed.ok) urls.push(parsed.url);
    else diagnostics.push(invalidUrl(typed, parsed.why));
  }
  const plan = (text: string | undefined): PullPlan =>
    pullEndpoints({
      registry,
      store,
      engine,
      mirrors: input.daemonJsonMirrors,
      hostsToml: text === undefined ? undefined : readHostsToml(text, { path, engine }),
    });
  const refuse = (more: Diagnostic[] = []): MirrorChange => ({
    path,
    changed: [],
    unchanged: [],
    endpoints: plan(input.before),
    diagnostics: [...diagnostics, ...more],
    refused: true,
  });
  if (diagnostics.length > 0) return refuse();

  const readsHostsToml = store === 'containerd' && atLeast(engine, '28.0.0');
  // Docker Hub under a store that never reads hosts.toml: daemon.json is where its mirrors work.
  if (input.op === 'add' && registry.name === 'docker.io' && !readsHostsToml) {
    return refuse([
      {
        id: 'hosts-toml-ignored',
        severity: 'error',
        ...message('registries.mirror.hubClassic', { store, engine: engine.raw }),
        ...hint('registries.mirror.hint.hubClassic', { urls: urls.join(' ') }),
        fixable: false,
      },
    ]);
  }
  if (input.op === 'remove' && input.before === undefined) {
    return { path, changed: [], unchanged: urls, endpoints: plan(undefined), diagnostics, refused: false };
  }
  const edit =
    input.op === 'add'
      ? addMirrors(input.before, { path, engine, registry, mirrors: urls, trust: trustOfFiles(input.files ?? []) })
      : removeMirrors(input.before as string, { path, engine, mirrors: urls });
  if (!edit.ok) return refuse(edit.reading.diagnostics);
  const after = edit.changed.length > 0 ? edit.text : undefined;
  if (after !== undefined && !readsHostsToml) {
    diagnostics.push({
      id: 'hosts-toml-ignored',
      severity: 'warning',
      ...message('registries.mirror.notRead', { store, engine: engine.raw, path }),
      ...hint('registries.mirror.hint.notRead'),
      fixable: false,
    });
  }
  return {
    path,
    ...(after !== undefined ? { after } : {}),
    changed: edit.changed,
    unchanged: edit.unchanged,
    endpoints: plan(after ?? input.before),
    diagnostics: [...diagnostics, ...edit.reading.diagnostics.filter((d) => d.severity !== 'error')],
    refused: false,
  };
}
