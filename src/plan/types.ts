/** A planned change to one file: pure data, computed before anything is written. */
export interface FileChange {
  path: string;
  kind: 'daemon-json' | 'env-file' | 'drop-in';
  /** The bytes the plan was computed from; null when the file does not exist yet. */
  before: Uint8Array | null;
  /** The whole new content. */
  after: string;
  /** Mode for a file that does not exist yet (existing files keep theirs). */
  newFileMode?: number;
}
