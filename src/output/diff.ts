import { createTwoFilesPatch } from 'diff';
import { decodeForEdit } from '../jsonfile/decode.js';
import { maskHeaderValues } from '../registries/hosts-toml.js';
import type { Style } from './render.js';
import { dim, green, red } from './render.js';

/** A unified diff of one file, as `diff -u` prints it (empty when nothing changes). */
export function unifiedDiff(path: string, before: string | null, after: string): string {
  if (before === after) return '';
  const patch = createTwoFilesPatch(
    before === null ? '/dev/null' : path,
    path,
    before ?? '',
    after,
    undefined,
    undefined,
    {
      context: 3,
    },
  );
  // jsdiff starts with an "Index:"/"====" header; `diff -u` does not.
  return patch.replace(/^(Index: .*\n)?=+\n/, '');
}

type ShownChange = { path: string; before: Uint8Array | null; after: string | null; kind?: string; secret?: true };

/** What a private key shows instead of its content, everywhere (diffs, --json). */
export const KEY_NOT_SHOWN = '(private key: content not shown)';

/**
 * A file's text before and after a change as we show it (diffs, --json --diff): decoded as it was
 * read (a UTF-16 file by its BOM), a registry's header values (tokens) masked, a private key not at all.
 */
export function shownTexts(change: ShownChange): { before: string | null; after: string } {
  if (isSecretFile(change)) return { before: change.before === null ? null : KEY_NOT_SHOWN, after: KEY_NOT_SHOWN };
  const shown = (text: string): string => (change.kind === 'hosts-toml' ? maskHeaderValues(text) : text);
  return {
    before: change.before === null ? null : shown(decodeForEdit(change.before).text),
    after: shown(change.after ?? ''),
  };
}

/** A planned file change as a coloured unified diff (`after: null`: the file is removed). */
export function changeDiff(change: ShownChange, style: Style): string {
  // A private key is never printed, not even as a diff: only that it changes.
  if (isSecretFile(change)) {
    const from = change.before === null ? '/dev/null' : change.path;
    return dim(style, `--- ${from}\n+++ ${change.path}\n${KEY_NOT_SHOWN}`);
  }
  const { before, after } = shownTexts(change);
  return colorDiff(unifiedDiff(change.path, before, after).trimEnd(), style);
}

export function colorDiff(diff: string, style: Style): string {
  return diff
    .split('\n')
    .map((line) =>
      line.startsWith('+++') || line.startsWith('---')
        ? dim(style, line)
        : line.startsWith('+')
          ? green(style, line)
          : line.startsWith('-')
            ? red(style, line)
            : line,
    )
    .join('\n');
}

/** A client key in certs.d (also when a rollback names it only by kind and path). */
export const isSecretFile = (change: { path: string; kind?: string; secret?: true }): boolean =>
  change.secret === true || (change.kind === 'certificate' && change.path.endsWith('.key'));
