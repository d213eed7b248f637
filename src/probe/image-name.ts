// `--image NAME[:TAG][@DIGEST]` as docker splits a reference, and what a registry is asked for. Pure.
import { parseRegistryName, type RegistryName } from '../registries/names.js';

/** An image as `--image` names it: the registry when it names one, the repository, the tag or digest. */
export interface ImageName {
  /** The registry the name starts with (`ghcr.io/org/app`), as references carry it; absent: none named. */
  registry?: RegistryName;
  /** Without the registry, without Hub's `library/` (that depends on the registry). */
  path: string;
  tag?: string;
  /** `NAME@sha256:…`: the digest the image is pinned to. */
  digest?: string;
}

/**
 * NAME[:TAG][@DIGEST] the way docker splits a reference: the first component is a registry when it
 * has a `.` or a `:`, or is `localhost`. Undefined when it is no image name.
 */
export function parseImageName(text: string): ImageName | undefined {
  const at = text.indexOf('@');
  const digest = at < 0 ? undefined : text.slice(at + 1);
  if (digest !== undefined && !/^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[0-9a-fA-F]{32,}$/.test(digest)) return undefined;
  const named = at < 0 ? text : text.slice(0, at);
  const slash = named.indexOf('/');
  const first = slash < 0 ? '' : named.slice(0, slash);
  let registry: RegistryName | undefined;
  let rest = named;
  if (slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    const parsed = parseRegistryName(first);
    if (!parsed.ok) return undefined;
    registry = parsed.registry;
    rest = named.slice(slash + 1);
  }
  const colon = rest.lastIndexOf(':');
  const tag = colon > rest.lastIndexOf('/') ? rest.slice(colon + 1) : undefined;
  const path = tag === undefined ? rest : rest.slice(0, colon);
  if (tag !== undefined && !/^[\w][\w.-]{0,127}$/.test(tag)) return undefined;
  if (!/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(path))
    return undefined;
  return {
    ...(registry ? { registry } : {}),
    path,
    ...(tag !== undefined ? { tag } : {}),
    ...(digest ? { digest } : {}),
  };
}

/** The repository and the reference (the digest, else the tag, else `latest`) a registry is asked for. */
export function imageIn(
  registry: RegistryName,
  image: ImageName,
): { repo: string; reference: string; name: string; shown: string } {
  const repo = registry.name === 'docker.io' && !image.path.includes('/') ? `library/${image.path}` : image.path;
  const name = `${registry.name}/${repo}`;
  const tag = image.tag ?? (image.digest ? undefined : 'latest');
  const shown = `${name}${tag === undefined ? '' : `:${tag}`}${image.digest ? `@${image.digest}` : ''}`;
  return { repo, reference: image.digest ?? tag ?? 'latest', name, shown };
}
