import { underRoot, type Ctx } from '../context.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { DaemonArg } from '../validate/types.js';
import { parseSystemdEnvFile, systemdEnvVars } from './env/systemd-env-file.js';
import { tracedAt } from './env/traced.js';
import type { ExecCommand } from './systemd/exec-command.js';
import { expandExecArgs, type EnvVar, type ServiceEnv } from './systemd/expand.js';
import { locateUnit, resolveUnderRoot, SYSTEM_UNIT_DIRS, userUnitDirs } from './systemd/locate-unit.js';
import { readServiceView, type EnvironmentFileRef, type ServiceView } from './systemd/service-view.js';
import type { SpecifierContext } from './systemd/specifiers.js';
import { parseUnitFile, type UnitFile } from './systemd/unit-file.js';
import { positionAt } from './text-position.js';

/**
 * The docker service as systemd will run it: the unit file and its drop-ins found along the
 * search path, merged, its environment loaded, and ExecStart= expanded into dockerd's argv.
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

export interface ResolveUnitOptions {
  /** Default "docker.service". */
  name?: string;
  /** "user" for rootless docker (systemctl --user); needs `home`. */
  scope?: 'system' | 'user';
  home?: string;
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
        sourceAt: (offset) => ({ kind: 'env-file', path: file.hostPath, line: positionAt(text, offset >= 0 ? offset : entry.offset).line }),
      });
    }
  }
  return env;
}

function readText(ctx: Pick<Ctx, 'fs'>, hostPath: string): string | null {
  try {
    return ctx.fs.readFileSync(hostPath, 'utf8');
  } catch {
    return null;
  }
}

/** Finds and reads the unit (default docker.service); undefined when no unit file exists under --root. */
export function resolveUnit(ctx: Pick<Ctx, 'root' | 'fs'>, options: ResolveUnitOptions = {}): ResolvedUnit | undefined {
  const name = options.name ?? 'docker.service';
  const scope = options.scope ?? 'system';
  const dirs = scope === 'user' ? userUnitDirs(options.home ?? '/root') : SYSTEM_UNIT_DIRS;
  const located = locateUnit(ctx, name, dirs);
  if (!located.unit) return undefined;
  const specifiers: SpecifierContext = { unitName: name, unitPath: located.unit.path, scope, home: options.home };
  const files: UnitFile[] = [];
  if (!located.masked) {
    files.push(parseUnitFile(readText(ctx, located.unit.hostPath) ?? '', located.unit.hostPath, 'unit'));
  }
  for (const dropIn of located.dropIns) files.push(parseUnitFile(readText(ctx, dropIn.hostPath) ?? '', dropIn.hostPath, 'drop-in'));
  const view = readServiceView(files, specifiers);
  const diagnostics = [...view.diagnostics];

  const environmentFiles = view.environmentFiles.map((ref): EnvironmentFileInfo => {
    const resolved = resolveUnderRoot(ctx, ref.path);
    const hostPath = resolved?.hostPath ?? underRoot(ctx, ref.path);
    const text = resolved ? readText(ctx, hostPath) : null;
    if (text === null && !ref.optional) {
      diagnostics.push({
        id: 'unit-syntax',
        severity: 'error',
        message: `${ref.source.path}:${ref.source.line}: EnvironmentFile=${ref.path} does not exist; systemd will refuse to start ${name}`,
        file: ref.source.path,
        line: ref.source.line,
        source: ref.source,
        hint: `Create ${ref.path}, or write EnvironmentFile=-${ref.path} to make it optional.`,
        fixable: false,
      });
    }
    return { ...ref, hostPath, text };
  });
  const env = buildServiceEnv(view, environmentFiles);
  const execStart = view.execStart[0];
  const program = execStart?.path;
  return {
    name,
    scope,
    path: located.unit.hostPath,
    systemPath: located.unit.path,
    masked: located.masked,
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
