import { join } from 'node:path';
import { underRoot, type Ctx } from '../context.js';
import { readText } from '../sources/fs-read.js';

/** Where dockerd looks for registry CAs, under --root: /etc/docker/certs.d, or rootless ~/.config/docker/certs.d. */
export function certsDirFor(ctx: Pick<Ctx, 'root' | 'env'>, flavour: 'rootful' | 'rootless' | 'snap'): string {
  return underRoot(
    ctx,
    flavour === 'rootless'
      ? `${ctx.env.XDG_CONFIG_HOME || `${ctx.env.HOME ?? ''}/.config`}/docker/certs.d`
      : '/etc/docker/certs.d',
  );
}

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
  return names
    .filter((n) => n.endsWith('.crt'))
    .flatMap((n) => {
      const text = readText(ctx, join(dir, n));
      return text === null ? [] : [text];
    });
}

/** "host:port" of a mirror URL, or an insecure-registries entry as it is; undefined for a URL that does not parse. */
export function hostPortOf(urlOrHostPort: string): string | undefined {
  if (!urlOrHostPort.includes('://')) return urlOrHostPort;
  try {
    return new URL(urlOrHostPort).host;
  } catch {
    return undefined;
  }
}

/** The probe option for a mirror URL or an insecure-registries host[:port]: `{ ca }` when certs.d has any for it. */
export function trustFor(ctx: Pick<Ctx, 'fs'>, certsDir: string, urlOrHostPort: string): { ca?: string[] } {
  const hostPort = hostPortOf(urlOrHostPort);
  if (hostPort === undefined) return {};
  const ca = registryTrust(ctx, certsDir, hostPort);
  return ca.length > 0 ? { ca } : {};
}
