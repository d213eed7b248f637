import type { Diagnostic } from './types.js';

/** Exit codes of the command-line contract (DESIGN.md). */
export const EXIT = {
  ok: 0,
  problems: 1,
  changed: 2,
  usage: 64,
  internal: 70,
  permission: 77,
  // Ctrl-C at a wizard question: nothing was written (128 + SIGINT, as shells report it).
  cancelled: 130,
} as const;

/** A failure we expected and can explain: printed as a diagnostic, never as a stack trace. */
export class CliError extends Error {
  constructor(
    readonly exitCode: number,
    readonly diagnostic: Diagnostic,
  ) {
    super(diagnostic.message);
  }
}
