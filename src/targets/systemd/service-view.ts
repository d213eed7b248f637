import type { Diagnostic, Source } from '../../diagnostics/types.js';
import { isEnvName } from '../env/systemd-env-file.js';
import { maskCredentials } from '../../diagnostics/redact.js';
import { messageOf } from '../../diagnostics/say.js';
import { said, type Said } from '../../i18n/said.js';
import { parseExecCommand, type ExecCommand } from './exec-command.js';
import { splitExecLine } from './exec-words.js';
import { resolveSpecifiers, type SpecifierContext } from './specifiers.js';
import type { UnitFile } from './unit-file.js';

export interface EnvironmentAssignment {
  name: string;
  value: string;
  source: Source;
}

export interface EnvironmentFileRef {
  /** As written in the unit (a path on the target system). */
  path: string;
  /** Written with a "-" prefix: a missing file is fine. */
  optional: boolean;
  source: Source;
}

/** The [Service] settings that decide dockerd's command line, merged over the unit and its drop-ins. */
export interface ServiceView {
  /** Type=, "simple" when unset. */
  type: string;
  /** The commands ExecStart= ends with (an empty ExecStart= resets the list). */
  execStart: ExecCommand[];
  environment: EnvironmentAssignment[];
  environmentFiles: EnvironmentFileRef[];
  diagnostics: Diagnostic[];
}

/** `what` names the file (and line) itself. */
function error(source: Source, what: Said): Diagnostic {
  return {
    id: 'unit-syntax',
    severity: 'error',
    ...messageOf(what),
    file: source.path,
    line: source.line,
    source,
    fixable: false,
  };
}

/** Environment=: each word is one NAME=value (quotes removed); invalid ones are ignored with a warning. */
function parseEnvironment(
  value: string,
  source: Source,
  specifiers: SpecifierContext,
  diagnostics: Diagnostic[],
): EnvironmentAssignment[] {
  const { words, unbalanced } = splitExecLine(value);
  if (unbalanced) {
    diagnostics.push({
      ...error(source, said('files.unit.envUnbalanced', { where: `${source.path}:${source.line}` })),
      severity: 'warning',
    });
    return [];
  }
  const out: EnvironmentAssignment[] = [];
  for (const word of words) {
    const resolved = resolveSpecifiers(word.value, specifiers);
    const text = resolved.ok ? resolved.value : word.value;
    const eq = text.indexOf('=');
    const name = eq === -1 ? '' : text.slice(0, eq);
    if (!isEnvName(name)) {
      diagnostics.push({
        ...error(
          source,
          said('files.unit.badAssignment', {
            where: `${source.path}:${source.line}`,
            assignment: maskCredentials(text),
          }),
        ),
        severity: 'warning',
      });
      continue;
    }
    out.push({ name, value: text.slice(eq + 1), source });
  }
  return out;
}

/**
 * Merges the [Service] section of a unit and its drop-ins (in the order systemd reads them)
 * into what decides dockerd's command line. Pure: the files are already read and parsed.
 */
export function readServiceView(files: readonly UnitFile[], specifiers: SpecifierContext): ServiceView {
  const view: ServiceView = {
    type: 'simple',
    execStart: [],
    environment: [],
    environmentFiles: [],
    diagnostics: files.flatMap((f) => f.diagnostics),
  };
  for (const a of files.flatMap((f) => f.assignments).filter((x) => x.section === 'Service')) {
    if (a.key === 'Type') view.type = a.value;
    else if (a.key === 'ExecStart') {
      if (a.value === '') view.execStart = [];
      else {
        const parsed = parseExecCommand(a.value, a.source, specifiers);
        view.diagnostics.push(...parsed.diagnostics);
        if (parsed.command) view.execStart.push(parsed.command);
      }
    } else if (a.key === 'Environment') {
      if (a.value === '') view.environment = [];
      else view.environment.push(...parseEnvironment(a.value, a.source, specifiers, view.diagnostics));
    } else if (a.key === 'EnvironmentFile') {
      if (a.value === '') view.environmentFiles = [];
      else {
        const optional = a.value.startsWith('-');
        const resolved = resolveSpecifiers(optional ? a.value.slice(1) : a.value, specifiers);
        view.environmentFiles.push({ path: resolved.ok ? resolved.value : a.value, optional, source: a.source });
      }
    }
  }
  const [first, second] = view.execStart;
  if (second && view.type !== 'oneshot') {
    view.diagnostics.push(
      error(second.source, said('files.unit.manyExecStart', { where: `${second.source.path}:${second.source.line}` })),
    );
  }
  if (!first && files.length > 0) {
    const source = files[0]?.assignments[0]?.source ?? { kind: 'unit' as const, path: files[0]?.path };
    view.diagnostics.push(error(source, said('files.unit.noExecStart', { where: `${source.path}` })));
  }
  return view;
}
