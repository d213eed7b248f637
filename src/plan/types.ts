import type { TransferEncoding } from '../jsonfile/decode.js';

/** A planned change to one file: pure data, computed before anything is written. */
export interface FileChange {
  path: string;
  kind: 'daemon-json' | 'env-file' | 'drop-in' | 'hosts-toml' | 'certificate';
  /** A private key: its content is never shown (diffs, backups). */
  secret?: true;
  /** The bytes the plan was computed from; null when the file does not exist yet. */
  before: Uint8Array | null;
  /** The whole new content ("" when `remove`). */
  after: string;
  /** UTF-16 when the file was read as UTF-16 and `after` keeps its BOM (jsonfile/decode.ts encodeText); else UTF-8. */
  encoding?: TransferEncoding;
  /** The file is removed (our hosts drop-in once "hosts" leaves daemon.json). */
  remove?: true;
  /** Mode for a file that does not exist yet (existing files keep theirs). */
  newFileMode?: number;
}
