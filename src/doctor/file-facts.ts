/**
 * The files doctor judges by owner and mode (CIS Docker Benchmark 3.x), and the registry
 * host files (certs.d/<registry>/hosts.toml) that can take mirrors out of daemon.json's hands.
 */
import { join } from 'node:path';
import { underRoot, type Ctx } from '../context.js';
import type { LoadedState } from '../change/state.js';
import { readText } from '../sources/fs-read.js';
import type { LocatedSetting } from '../validate/model.js';

export type FileRole =
  | 'daemon.json'
  | 'env file'
  | 'systemd unit'
  | 'socket unit'
  | 'config dir'
  | 'tls key'
  | 'tls cert'
  | 'registry cert'
  | 'registry key'
  | 'registry dir'
  | 'hosts.toml';

export interface FileFact {
  role: FileRole;
  /** Where we read it (under --root). */
  path: string;
  exists: boolean;
  mode?: number;
  uid?: number;
  gid?: number;
  /** Text of the small files a check reads (hosts.toml, units). */
  text?: string;
  /** certs.d/<registry>/…: the registry the file is for. */
  registry?: string;
}

function stat(ctx: Ctx, role: FileRole, path: string, withText = false): FileFact {
  try {
    const s = ctx.fs.statSync(path);
    const fact: FileFact = { role, path, exists: true, mode: s.mode & 0o7777, uid: s.uid, gid: s.gid };
    // Regular files only, size-limited, checked on the open file (fs-read.ts): no FIFO swapped in hangs doctor.
    if (withText && s.isFile()) fact.text = readText(ctx, path) ?? undefined;
    return fact;
  } catch {
    return { role, path, exists: false };
  }
}

function listDir(ctx: Ctx, dir: string): string[] {
  try {
    return ctx.fs.readdirSync(dir).map(String).sort();
  } catch {
    return [];
  }
}

/**
 * certs.d/<registry>/{*.crt, *.cert, *.key, hosts.toml}, as dockerd and containerd read them; with
 * `dirs`, certs.d and each registry's directory too (whoever may write there may add a CA or a mirror).
 */
function certsDFiles(ctx: Ctx, certsDir: string, dirs: boolean): FileFact[] {
  const dirFact = (path: string, registry?: string): FileFact[] => {
    if (!dirs) return [];
    const fact = stat(ctx, 'registry dir', path);
    return fact.exists ? [{ ...fact, ...(registry !== undefined ? { registry } : {}) }] : [];
  };
  const isDir = (path: string): boolean => {
    try {
      return ctx.fs.statSync(path).isDirectory();
    } catch {
      return false;
    }
  };
  const registries = listDir(ctx, certsDir).filter((name) => isDir(join(certsDir, name)));
  return [
    ...dirFact(certsDir),
    ...registries.flatMap((registry) => [
      ...dirFact(join(certsDir, registry), registry),
      ...listDir(ctx, join(certsDir, registry)).flatMap((name): FileFact[] => {
        const path = join(certsDir, registry, name);
        const role: FileRole | undefined =
          name === 'hosts.toml'
            ? 'hosts.toml'
            : name.endsWith('.key')
              ? 'registry key'
              : /\.(crt|cert)$/.test(name)
                ? 'registry cert'
                : undefined;
        return role ? [{ ...stat(ctx, role, path, role === 'hosts.toml'), registry }] : [];
      }),
    ]),
  ];
}

const tlsPath = (ctx: Ctx, settings: ReadonlyMap<string, LocatedSetting>, key: string): string | undefined => {
  const value = settings.get(key)?.value;
  return typeof value === 'string' && value !== '' ? underRoot(ctx, value) : undefined;
};

export function gatherFiles(
  ctx: Ctx,
  state: LoadedState,
  settings: ReadonlyMap<string, LocatedSetting>,
  certsDir: string,
): FileFact[] {
  const facts: FileFact[] = [stat(ctx, 'daemon.json', state.plan.daemonJson.path)];
  const envFile = state.raw.daemonArgs.envFile;
  if (envFile?.exists) facts.push(stat(ctx, 'env file', envFile.path));
  const unit = state.raw.daemonArgs.unit;
  for (const file of unit?.files ?? []) facts.push(stat(ctx, 'systemd unit', file.path, true));
  if (unit && unit.scope === 'system') {
    const socket = stat(ctx, 'socket unit', unit.path.replace(/docker\.service$/, 'docker.socket'));
    if (socket.exists) facts.push(socket);
  }
  if (state.raw.daemonJson.flavour === 'rootful') facts.push(stat(ctx, 'config dir', underRoot(ctx, '/etc/docker')));
  const key = tlsPath(ctx, settings, 'tlskey');
  if (key) facts.push(stat(ctx, 'tls key', key));
  for (const name of ['tlscert', 'tlscacert']) {
    const path = tlsPath(ctx, settings, name);
    if (path) facts.push(stat(ctx, 'tls cert', path));
  }
  // A rootless daemon's certs.d is its user's: owned by them, not root.
  facts.push(...certsDFiles(ctx, certsDir, state.raw.daemonJson.flavour !== 'rootless'));
  return facts.filter((f) => f.exists || f.role === 'daemon.json');
}
