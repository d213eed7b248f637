// `mirror test --image`: does each mirror serve the image the registry serves? The digest each
// endpoint answered, compared with the reference: the digest an image is pinned to (NAME@DIGEST),
// else the upstream's, else — when the upstream cannot be reached or has no such image — the first
// mirror (in the order tested) that served one. Pure.
import { hint, message } from '../diagnostics/say.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Said } from '../i18n/said.js';

/** What one endpoint answered for the manifest. */
export type ManifestAnswer =
  | { ok: true; digest: string }
  | { ok: false; missing: true }
  | { ok: false; missing: false; detail: string; says?: Said };

/** A mirror's manifest, judged against the reference. */
export type DigestCheck =
  | { state: 'matches' | 'stale'; digest: string }
  | { state: 'missing' }
  | { state: 'failed'; detail: string; says?: Said };

export interface DigestReference {
  /** Where the digest compared with comes from; `none`: nobody served the image. */
  from: 'pinned' | 'upstream' | 'mirror' | 'none';
  /** The endpoint that served it (the upstream's API root, or the mirror's URL). */
  url?: string;
  digest?: string;
}

export function compareDigests(input: {
  pinned?: string;
  upstream: { url: string; answer: ManifestAnswer };
  /** In the order tested; no answer for a mirror that is not a usable registry. */
  mirrors: readonly { url: string; answer?: ManifestAnswer }[];
}): { reference: DigestReference; checks: (DigestCheck | undefined)[] } {
  const first = input.mirrors.find((m) => m.answer?.ok);
  const reference: DigestReference = input.pinned
    ? { from: 'pinned', digest: input.pinned }
    : input.upstream.answer.ok
      ? { from: 'upstream', url: input.upstream.url, digest: input.upstream.answer.digest }
      : first?.answer?.ok
        ? { from: 'mirror', url: first.url, digest: first.answer.digest }
        : { from: 'none' };
  const checks = input.mirrors.map(({ answer }): DigestCheck | undefined => {
    if (answer === undefined) return undefined;
    if (answer.ok) return { state: answer.digest === reference.digest ? 'matches' : 'stale', digest: answer.digest };
    if (answer.missing) return { state: 'missing' };
    return { state: 'failed', detail: answer.detail, ...(answer.says ? { says: answer.says } : {}) };
  });
  return { reference, checks };
}

/** `digestMatches` of --json: true, false, or null when there is nothing to compare. */
export const digestMatches = (check: DigestCheck | undefined): boolean | null =>
  check?.state === 'matches' ? true : check?.state === 'stale' ? false : null;

/** Where a mirror is configured, for its findings: hosts.toml's line, daemon.json's key, or nowhere (a URL given). */
export interface MirrorPlace {
  url: string;
  file?: string;
  line?: number;
  key?: string;
}

/** A finding for each mirror that serves another digest (stale) or no such image (missing). */
export function digestDiagnostics(input: {
  /** The reference as shown (`ghcr.io/org/app:1`), and without its tag or digest. */
  image: string;
  name: string;
  reference: DigestReference;
  mirrors: readonly { place: MirrorPlace; check: DigestCheck | undefined }[];
}): Diagnostic[] {
  const { image, reference } = input;
  const servedBy = reference.from === 'pinned' ? image : (reference.url ?? '');
  return input.mirrors.flatMap(({ place, check }): Diagnostic[] => {
    const where = {
      ...(place.file ? { file: place.file } : {}),
      ...(place.line !== undefined ? { line: place.line } : {}),
      ...(place.key ? { key: place.key } : {}),
    };
    if (check?.state === 'stale')
      return [
        {
          id: 'mirror-digest-differs',
          severity: 'warning',
          ...where,
          ...message(reference.from === 'pinned' ? 'probe.digest.differsPinned' : 'probe.digest.differs', {
            url: place.url,
            image,
            digest: check.digest,
            expected: reference.digest ?? '',
            reference: servedBy,
          }),
          ...hint('probe.digest.hint.differs', { name: input.name, expected: reference.digest ?? '' }),
          fixable: false,
        },
      ];
    if (check?.state === 'missing')
      return [
        {
          id: 'mirror-image-missing',
          severity: 'warning',
          ...where,
          ...message('probe.digest.missing', { url: place.url, image }),
          ...hint('probe.digest.hint.missing', { image }),
          fixable: false,
        },
      ];
    return [];
  });
}
