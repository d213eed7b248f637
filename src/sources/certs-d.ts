// The registry directories of dockerd's certs.d (/etc/docker/certs.d, rootless
// ~/.config/docker/certs.d) and the hosts.toml each holds, read as readBytes reads every file:
// never waiting on a FIFO, never reading a device or a huge file.
import { join } from 'node:path';
import type { Ctx } from '../context.js';
import type { RegistryDir } from '../registries/report.js';
import { readBytes } from './fs-read.js';
import { decodeHostsToml } from '../registries/hosts-toml.js';

const isDirectory = (ctx: Pick<Ctx, 'fs'>, path: string): boolean => {
  try {
    return ctx.fs.statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** Each directory (`ghcr.io`, `reg_5000_`, `reg:5000`, `_default`) and its hosts.toml. */
export function readCertsDir(ctx: Pick<Ctx, 'fs'>, certsDir: string): RegistryDir[] {
  let names: string[];
  try {
    // A symlink to a directory counts: containerd stats the path, following links.
    names = ctx.fs
      .readdirSync(certsDir, { withFileTypes: true })
      .filter((d) => d.isDirectory() || (d.isSymbolicLink() && isDirectory(ctx, join(certsDir, d.name))))
      .map((d) => d.name)
      .sort();
  } catch {
    return [];
  }
  return names.map((name) => {
    const path = join(certsDir, name, 'hosts.toml');
    const read = readBytes(ctx, path);
    if (read.ok) return { name, hostsToml: { path, text: decodeHostsToml(read.bytes) } };
    return read.missing ? { name } : { name, hostsToml: { path, unreadable: read.code } };
  });
}
