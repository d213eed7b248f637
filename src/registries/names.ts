// Which registry a name means, and where dockerd looks for its hosts.toml and certificates: the
// directory of /etc/docker/certs.d containerd's resolver picks (HostDirFromRoot and hostPaths in
// containerd's core/remotes/docker/config), as dockerd 28+ hands it the directory.

/** A registry as a pull names it: `docker.io`, `ghcr.io`, `host:5000`, `[::1]:5000`. */
export interface RegistryName {
  /** The name as references carry it (Docker Hub's aliases made `docker.io`). */
  name: string;
  host: string;
  port?: string;
}

/** Docker Hub's other names: references and certs.d use `docker.io`. */
const HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);

/** The endpoint a pull from Docker Hub ends with (containerd's default for `docker.io`). */
export const HUB_ENDPOINT = 'https://registry-1.docker.io';

const LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$/;

/**
 * A registry name as typed (a URL's scheme or path is refused: certs.d is per host, not per URL),
 * or why it is not one.
 */
export function parseRegistryName(input: string): { ok: true; registry: RegistryName } | { ok: false; why: string } {
  const text = input.trim();
  if (text === '') return { ok: false, why: 'empty' };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return { ok: false, why: 'scheme' };
  if (/[/?#@\s]/.test(text)) return { ok: false, why: 'not-a-host' };
  let host: string;
  let port: string | undefined;
  const v6 = /^\[([0-9A-Fa-f:.]+)\](?::(\d+))?$/.exec(text);
  if (v6) {
    host = `[${v6[1]!.toLowerCase()}]`;
    port = v6[2];
  } else {
    const at = text.lastIndexOf(':');
    if (text.indexOf(':') !== at) return { ok: false, why: 'not-a-host' };
    host = at < 0 ? text : text.slice(0, at);
    port = at < 0 ? undefined : text.slice(at + 1);
    if (!host.split('.').every((label) => LABEL.test(label))) return { ok: false, why: 'not-a-host' };
  }
  if (port !== undefined && !(/^\d{1,5}$/.test(port) && Number(port) >= 1 && Number(port) <= 65535)) {
    return { ok: false, why: 'port' };
  }
  if (port === undefined && HUB_ALIASES.has(host))
    return { ok: true, registry: { name: 'docker.io', host: 'docker.io' } };
  return { ok: true, registry: { name: port === undefined ? host : `${host}:${port}`, host, port } };
}

/**
 * The directories containerd tries for a registry, in order; the first that exists is used, even
 * an empty one (so a `host:port` directory kept for its certificates hides `_default`).
 */
export function hostDirectories(registry: RegistryName): string[] {
  const dirs = registry.port === undefined ? [registry.host] : [`${registry.host}_${registry.port}_`, registry.name];
  return [...dirs, '_default'];
}

/** containerd treats these as local: plain HTTP unless the port is 443, certificates unchecked. */
export const isLocalhost = (registry: RegistryName): boolean =>
  registry.host === 'localhost' || registry.host === '127.0.0.1' || registry.host === '[::1]';

/** The registry's own endpoint: what a hosts.toml without `server` falls back to. */
export function defaultServer(registry: RegistryName): string {
  if (registry.name === 'docker.io') return HUB_ENDPOINT;
  const scheme = isLocalhost(registry) && registry.port !== '443' ? 'http' : 'https';
  return `${scheme}://${registry.name}`;
}
