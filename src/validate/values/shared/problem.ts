/** Building ValueProblems tersely and consistently. */
import type { DiagnosticId, Severity } from '../../../diagnostics/types.js';
import type { Said } from '../../../i18n/said.js';
import type { ValueProblem } from '../types.js';
import type { DockerdLine } from './dockerd-text.js';

export interface ProblemInput {
  id?: DiagnosticId;
  key: string;
  index?: number;
  message: string;
  hint?: string;
  /** Set with message/hint by diagnostics/say.ts's message() and hint(). */
  says?: Said;
  hintSays?: Said;
  line?: DockerdLine;
}

function build(severity: Severity, p: ProblemInput): ValueProblem {
  const out: ValueProblem = { id: p.id ?? 'invalid-value', severity, key: p.key, message: p.message };
  if (p.index !== undefined) out.index = p.index;
  if (p.hint !== undefined) out.hint = p.hint;
  if (p.says !== undefined) out.says = p.says;
  if (p.hintSays !== undefined) out.hintSays = p.hintSays;
  if (p.line) {
    out.dockerd = p.line.dockerd;
    out.withFilePrefix = p.line.withFilePrefix;
  }
  return out;
}

/** dockerd refuses to start. */
export const refused = (p: ProblemInput): ValueProblem => build('error', p);
/** dockerd starts, but this will bite later. */
export const caution = (p: ProblemInput): ValueProblem => build('warning', p);
export const note = (p: ProblemInput): ValueProblem => build('info', p);
