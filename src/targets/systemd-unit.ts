import { hint, message } from '../diagnostics/say.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { DaemonArg } from '../model/daemon-arg.js';
import { parseSystemdEnvFile, systemdEnvVars } from './env/systemd-env-file.js';
import { tracedAt } from './env/traced.js';
import type { ExecCommand } from './systemd/exec-command.js';
import { expandExecArgs, type EnvVar, type ServiceEnv } from './systemd/expand.js';
import { readServiceView, type EnvironmentFileRef, type ServiceView } from './systemd/service-view.js';
import type { SpecifierContext } from './systemd/specifiers.js';
import { parseUnitFile, type UnitFile } from './systemd/unit-file.js';
import type { RootedFile } from './systemd/unit-paths.js';
import { positionAt } from './text-position.js';

/**
 * The docker service as systemd will run it: the unit file and its drop-ins found along the
 * search path, merged, its environment loaded, and ExecStart= expanded into dockerd's argv.
 * Pure: src/sources/resolve-unit.ts finds and reads the files and passes their text in.
 */

export interface EnvironmentFileInfo extends EnvironmentFileRef {
  /** Where we read it (under --root). */
  hostPath: string;
  /** The file's text; null when it does not exist. */
  text: string | null;
}

export interface ResolvedUnit {
  name: string;
  scope: 'system' | 'user';
  /** The unit file as we read it (under --root), and as the system names it. */
  path: string;
  systemPath: string;
  /** Linked to /dev/null (or empty): systemd will not start it. */
  masked: boolean;
  /** The unit file first, then its drop-ins in the order systemd applies them. */
  files: UnitFile[];
  view: ServiceView;
  /** The ExecStart= command that starts the daemon; its source names the file and line that set it. */
  execStart?: ExecCommand;
  environmentFiles: EnvironmentFileInfo[];
  env: ServiceEnv;
  /** The program ExecStart= runs (dockerd, dockerd-rootless.sh, snap …). */
  program?: string;
  /** Does the program take dockerd's flags (dockerd itself or the rootless wrapper)? */
  runsDockerd: boolean;
  /** The daemon's arguments (argv without argv[0]), expanded as systemd will, each with its source. */
  args: DaemonArg[];
  diagnostics: Diagnostic[];
}

const DOCKERD_PROGRAM = /(^|\/)(dockerd|dockerd-rootless\.sh)$/;

/** The environment ExecStart= sees: Environment= first, then EnvironmentFile= files in order, later ones winning. */
export function buildServiceEnv(view: ServiceView, files: readonly EnvironmentFileInfo[]): ServiceEnv {
  const env = new Map<string, EnvVar>();
  for (const a of view.environment) env.set(a.name, { value: tracedAt(a.value, -1), sourceAt: () => a.source });
  for (const file of files) {
    if (file.text === null) continue;
    const text = file.text;
    for (const [name, entry] of systemdEnvVars(parseSystemdEnvFile(text))) {
      env.set(name, {
        value: entry.value,
        sourceAt: (offset) => ({
          kind: 'env-file',
          path: file.hostPath,
          line: positionAt(text, offset >= 0 ? offset : entry.offset).line,
        }),
      });
    }
  }
  return env;
}

/** A unit found along the search path, with the text of its files (null: not read, or unreadable). */
export interface UnitFiles {
  name: string;
  scope: 'system' | 'user';
  home?: string;
  unit: RootedFile & { text: string | null };
  /** Linked to /dev/null (or empty): systemd will not start it (its text is not read). */
  masked: boolean;
  dropIns: (RootedFile & { text: string | null })[];
}

/** The unit file (unless masked) and its drop-ins parsed and merged; `view.environmentFiles` says which env files to read next. */
export function readUnitView(found: UnitFiles): { files: UnitFile[]; view: ServiceView } {
  const specifiers: SpecifierContext = {
    unitName: found.name,
    unitPath: found.unit.path,
    scope: found.scope,
    home: found.home,
  };
  const files: UnitFile[] = [];
  if (!found.masked) {
    files.push(parseUnitFile(found.unit.text ?? '', found.unit.hostPath, 'unit'));
  }
  for (const dropIn of found.dropIns) files.push(parseUnitFile(dropIn.text ?? '', dropIn.hostPath, 'drop-in'));
  return { files, view: readServiceView(files, specifiers) };
}

/** The unit as systemd will run it, from its parsed files and the env files its EnvironmentFile= lines name (text null: missing). */
export function assembleUnit(
  found: UnitFiles,
  read: { files: UnitFile[]; view: ServiceView },
  environmentFiles: EnvironmentFileInfo[],
): ResolvedUnit {
  const { name, scope } = found;
  const { files, view } = read;
  const diagnostics = [...view.diagnostics];
  for (const file of environmentFiles) {
    if (file.text === null && !file.optional) {
      diagnostics.push({
        id: 'unit-syntax',
        severity: 'error',
        ...message('files.unit.envFileMissing', {
          where: `${file.source.path}:${file.source.line}`,
          path: file.path,
          unit: name,
        }),
        file: file.source.path,
        line: file.source.line,
        source: file.source,
        ...hint('files.unit.hint.envFileMissing', { path: file.path }),
        fixable: false,
      });
    }
  }
  const env = buildServiceEnv(view, environmentFiles);
  const execStart = view.execStart[0];
  const program = execStart?.path;
  return {
    name,
    scope,
    path: found.unit.hostPath,
    systemPath: found.unit.path,
    masked: found.masked,
    files,
    view,
    execStart,
    environmentFiles,
    env,
    program,
    runsDockerd: program !== undefined && DOCKERD_PROGRAM.test(program),
    args: execStart ? expandExecArgs(execStart, env) : [],
    diagnostics,
  };
}

export { expandExecArgs, parseUnitFile, readServiceView };
export type { ExecCommand, ServiceEnv, ServiceView, UnitFile };
