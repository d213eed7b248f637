import type { Ctx } from '../context.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Lang, Translate } from '../i18n/index.js';
import type { Style } from './render.js';

/**
 * The single owner of the terminal: text for people, or exactly one JSON document for scripts.
 * Its implementation (src/cli/io.ts) masks credentials in everything it writes, so callers pass
 * real values (a diff of the real bytes) and never mask themselves.
 */
export interface Io {
  json: boolean;
  verbose: boolean;
  style: Style;
  /** The language of our sentences (--lang, else the locale); ids and --json keys stay English. */
  lang: Lang;
  t: Translate;
  /** A line for people (suppressed under --json). */
  say(text: string): void;
  /** A line on stderr (progress, notes); shown in both modes unless --json. */
  note(text: string): void;
  diagnostics(list: readonly Diagnostic[]): void;
  /** The JSON document (under --json), written once at the end. */
  result(doc: unknown): void;
  /** A yes/no question at the terminal (callers ask only on a TTY without --yes/--json). */
  confirm(question: string, defaultAnswer: boolean): Promise<boolean>;
  /** The step under way (the lifecycle's restart, verify, roll back), for a progress line; unset: not shown. */
  step?(text: string): void;
}

/** What a command runs with: the effects (ctx) and the terminal (io). */
export interface Runtime {
  ctx: Ctx;
  io: Io;
}
