import type { Said } from '../i18n/said.js';

/** What `repairDaemonJson` did, or why it would not touch the file. */
export type RepairResult = RepairSuccess | RepairFailure;

export interface RepairSuccess {
  ok: true;
  /** Strict JSON (an object); identical to the input when nothing needed repair. */
  text: string;
  /** What was changed, one catalogue sentence each, with the line it happened on; empty when nothing was. */
  actions: Said[];
}

export interface RepairFailure {
  ok: false;
  /** Why the damage cannot be undone without guessing: in English, and as the catalogue sentence. */
  reason: string;
  says: Said;
  /** 1-based, in the text as given. */
  line: number;
  /** 1-based, in characters. */
  column: number;
}
