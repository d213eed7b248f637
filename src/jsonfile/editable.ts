// Whether a daemon.json can be edited and written back byte for byte outside the edit.
import { hint, messageOf } from '../diagnostics/say.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { said } from '../i18n/said.js';
import type { EditableText } from './decode.js';
import { positionAt } from './position.js';

/**
 * Bytes that do not survive decoding (invalid UTF-8, which 20.10 reads as U+FFFD and 23.0+
 * refuses; a broken UTF-16 pair): an edit would rewrite them, so it is refused, said where.
 */
export function inexactRefusal(
  read: EditableText,
  path: string,
  file: 'daemon-json' | 'env-file' = 'daemon-json',
): Diagnostic | undefined {
  if (read.inexactAt === undefined) return undefined;
  const says =
    file === 'env-file'
      ? said('files.encoding.notUtf8Text')
      : said(read.encoding === 'utf-8' ? 'files.encoding.notUtf8' : 'files.encoding.notUtf16');
  return {
    id: file === 'env-file' ? 'file-unparsable' : 'json-invalid-utf8',
    severity: 'error',
    ...messageOf(says),
    ...hint('files.encoding.hint.resave'),
    file: path,
    ...positionAt(read.text, read.inexactAt),
    fixable: false,
  };
}
