import { messageOf } from '../../diagnostics/say.js';
import type { Diagnostic, Source } from '../../diagnostics/types.js';
import { said, type Said } from '../../i18n/said.js';

/** One `Key=value` of a unit file or drop-in, after line continuations are joined. */
export interface UnitAssignment {
  section: string;
  key: string;
  /** Stripped, continuation lines joined (each trailing backslash becomes a space). */
  value: string;
  /** The line the assignment starts on (1-based). */
  line: number;
  source: Source;
}

export interface UnitFile {
  path: string;
  kind: 'unit' | 'drop-in';
  assignments: UnitAssignment[];
  /** unit-syntax: lines systemd warns about and ignores. */
  diagnostics: Diagnostic[];
}

const COMMENT_START = /^[ \t\n\r]*[#;]/;
const strip = (s: string): string => s.replace(/^[ \t\n\r]+|[ \t\n\r]+$/g, '');

/** Does the text end in a backslash that is not itself escaped? */
function endsEscaped(text: string): boolean {
  let escaped = false;
  for (const c of text) escaped = escaped ? false : c === '\\';
  return escaped;
}

/**
 * Parses a unit file as systemd's config_parse does: `[Section]` headers, `Key=value` with both
 * sides stripped, `#`/`;` comment lines (also inside a continuation), a trailing backslash
 * continuing the line (replaced by a space), repeated keys kept in order.
 */
export function parseUnitFile(text: string, path: string, kind: 'unit' | 'drop-in'): UnitFile {
  const assignments: UnitAssignment[] = [];
  const diagnostics: Diagnostic[] = [];
  const warn = (line: number, what: (where: string) => Said): void => {
    diagnostics.push({
      id: 'unit-syntax',
      severity: 'warning',
      ...messageOf(what(`${path}:${line}`)),
      file: path,
      line,
      source: { kind, path, line },
      fixable: false,
    });
  };
  let section: string | undefined;
  let continuation: string | undefined;
  let startLine = 0;
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  if (lines[lines.length - 1] === '') lines.pop();

  const parseLine = (logical: string, line: number): void => {
    const l = strip(logical);
    if (l === '') return;
    if (l.startsWith('[')) {
      if (!l.endsWith(']')) return warn(line, (where) => said('files.unit.badSection', { where, line: l }));
      section = l.slice(1, -1);
      return;
    }
    if (section === undefined) return warn(line, (where) => said('files.unit.outsideSection', { where }));
    const eq = l.indexOf('=');
    if (eq === -1) return warn(line, (where) => said('files.unit.missingEquals', { where, line: l }));
    if (eq === 0) return warn(line, (where) => said('files.unit.missingKey', { where }));
    assignments.push({
      section,
      key: strip(l.slice(0, eq)),
      value: strip(l.slice(eq + 1)),
      line,
      source: { kind, path, line },
    });
  };

  lines.forEach((physical, index) => {
    if (COMMENT_START.test(physical)) return;
    if (continuation === undefined) startLine = index + 1;
    const joined = (continuation ?? '') + physical;
    if (endsEscaped(joined)) {
      continuation = `${joined.slice(0, -1)} `;
      return;
    }
    continuation = undefined;
    parseLine(joined, startLine);
  });
  if (continuation !== undefined) parseLine(continuation, startLine);
  return { path, kind, assignments, diagnostics };
}
