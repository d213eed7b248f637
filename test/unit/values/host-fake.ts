// A HostView over a made-up file tree, for the checks dockerd makes against the host: regular
// files with their text, directories with their permissions and owner, sockets.
import { parseEngineVersion, type EngineVersion } from '../../../src/engine/version.js';
import type { HostStat, HostView } from '../../../src/validate/types.js';
import type { Setting, ValueContext } from '../../../src/validate/values/types.js';

export interface FakeTree {
  /** Regular files (mode 0644, root:root) and their text. */
  files?: Record<string, string>;
  /** Directories: their permission bits, optionally owner and group (default root:root). */
  dirs?: Record<string, number | { perm: number; uid?: number; gid?: number }>;
  sockets?: readonly string[];
  /** Permission bits of listed files (default 0644). */
  modes?: Record<string, number>;
}

const parentsOf = (path: string): string[] => {
  const out: string[] = [];
  for (let p = path.slice(0, path.lastIndexOf('/')); p !== ''; p = p.slice(0, p.lastIndexOf('/'))) out.push(p);
  return out;
};

export function fakeHost(tree: FakeTree): HostView {
  const files = new Map(Object.entries(tree.files ?? {}).map(([p, t]) => [p, Buffer.from(t, 'utf8')]));
  const stats = new Map<string, HostStat>();
  const dir = (perm: number, uid = 0, gid = 0): HostStat => ({ kind: 'directory', perm, uid, gid });
  // Every parent of something listed exists (0755), unless listed itself.
  for (const p of [...files.keys(), ...(tree.sockets ?? []), ...Object.keys(tree.dirs ?? {})])
    for (const parent of parentsOf(p)) stats.set(parent, dir(0o755));
  for (const [p, d] of Object.entries(tree.dirs ?? {}))
    stats.set(p, typeof d === 'number' ? dir(d) : dir(d.perm, d.uid, d.gid));
  for (const p of files.keys()) stats.set(p, { kind: 'file', perm: tree.modes?.[p] ?? 0o644, uid: 0, gid: 0 });
  for (const p of tree.sockets ?? []) stats.set(p, { kind: 'socket', perm: 0o660, uid: 0, gid: 0 });
  const groups = new Set(
    (tree.files?.['/etc/group'] ?? '')
      .split('\n')
      .map((l) => l.split(':')[0])
      .filter(Boolean),
  );
  return {
    groupExists: (name) => groups.has(name),
    fileReadable: (p) => files.has(p),
    readFile: (p) => files.get(p),
    stat: (p) => stats.get(p),
    listDir: (p) =>
      stats.get(p)?.kind === 'directory'
        ? [...new Set([...stats.keys()].filter((k) => parentsOf(k)[0] === p).map((k) => k.slice(p.length + 1)))]
        : undefined,
  };
}

export function engineOf(raw: string): EngineVersion {
  const v = parseEngineVersion(raw);
  if (!v) throw new Error(`bad version ${raw}`);
  return v;
}

/** A ValueContext over a fake tree, values from daemon.json. */
export function hostCtx(raw: string, values: Record<string, unknown>, tree: FakeTree | HostView): ValueContext {
  const settings = new Map<string, Setting>();
  for (const [key, value] of Object.entries(values))
    settings.set(key, { key, value, from: 'file', source: { kind: 'daemon-json', path: '/etc/docker/daemon.json' } });
  const host = 'readFile' in tree ? tree : fakeHost(tree);
  return { engine: engineOf(raw), settings, host };
}
