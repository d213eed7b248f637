import { join } from 'node:path';
import type { Ctx } from '../context.js';

/**
 * The CAs dockerd adds for one registry: every *.crt in certs.d/<host:port>/ (PEM contents).
 * `certsDir` is /etc/docker/certs.d under --root (rootless: ~/.config/docker/certs.d).
 */
export function registryTrust(ctx: Pick<Ctx, 'fs'>, certsDir: string, hostPort: string): string[] {
  const dir = join(certsDir, hostPort);
  let names: string[];
  try {
    names = ctx.fs.readdirSync(dir).map(String).sort();
  } catch {
    return [];
  }
  return names.filter((n) => n.endsWith('.crt')).flatMap((n) => {
    try {
      return [ctx.fs.readFileSync(join(dir, n), 'utf8')];
    } catch {
      return [];
    }
  });
}
