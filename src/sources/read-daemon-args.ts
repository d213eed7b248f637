import { posix } from 'node:path';
import { underRoot, type Ctx } from '../context.js';
import { hint, message } from '../diagnostics/say.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { DOCKER_OPTS, readEnvFile } from '../targets/env-file.js';
import { renderExecCommand } from '../targets/systemd/exec-command.js';
import type { ResolvedUnit } from '../targets/systemd-unit.js';
import { exists, readText } from './fs-read.js';
import { resolveUnit } from './resolve-unit.js';
import { currentUid, detectRootless, type RootlessHint } from './rootless.js';
import { splitShellWords } from './shell-words.js';
import {
  DEFAULT_ENV_FILE,
  INIT_SCRIPT_DEFAULTS,
  readInitScript,
  sysvinitArgs,
  type SysvinitScript,
} from './sysvinit-args.js';
import type { DaemonArgsInfo, EnvFileInfo, ServiceManager } from './types.js';

export interface ReadDaemonArgsOptions {
  /** --daemon-args "ARGS": replaces whatever the service manager would pass ("" means none). */
  daemonArgsOption?: string;
  /** Our uid (default: the process's); rootless detection needs a non-root user. */
  uid?: number;
}

type FsCtx = Pick<Ctx, 'root' | 'fs' | 'env'>;

/** Which variable the unit passes: DOCKER_OPTS (Debian), or OPTIONS (Red Hat's $OPTIONS). */
function variableOf(unit: ResolvedUnit | undefined): string {
  const words = unit?.execStart?.resolved ?? [];
  const uses = (name: string): boolean => words.some((w) => w === `$${name}` || w.includes(`\${${name}}`));
  return !uses(DOCKER_OPTS) && uses('OPTIONS') ? 'OPTIONS' : DOCKER_OPTS;
}

/** The env file a unit reads (the first EnvironmentFile= that defines the variable, or a well-known one). */
function unitEnvFile(unit: ResolvedUnit, variable: string): ResolvedUnit['environmentFiles'][number] | undefined {
  const files = unit.environmentFiles;
  const defines = (text: string | null): boolean =>
    text !== null && readEnvFile(text, '', { name: variable }).systemd !== undefined;
  return (
    files.find((f) => defines(f.text)) ??
    files.find((f) => f.path === DEFAULT_ENV_FILE || f.path === '/etc/sysconfig/docker')
  );
}

function envFileInfo(
  ctx: FsCtx,
  manager: ServiceManager,
  unit: ResolvedUnit | undefined,
  script: SysvinitScript | undefined,
): EnvFileInfo | undefined {
  const variable = variableOf(unit);
  const fromUnit = unit ? unitEnvFile(unit, variable) : undefined;
  const systemPath = fromUnit?.path ?? DEFAULT_ENV_FILE;
  const path = fromUnit?.hostPath ?? underRoot(ctx, systemPath);
  const text = fromUnit ? fromUnit.text : readText(ctx, path);
  const readBy = {
    unit: fromUnit !== undefined,
    sysvinit: script?.sourcesEnvFile === true && systemPath === DEFAULT_ENV_FILE,
  };
  if (text === null && !readBy.unit && !readBy.sysvinit) return undefined;
  const command = unit?.execStart;
  const unitPasses =
    command !== undefined &&
    !command.noEnvExpansion &&
    command.resolved.slice(command.firstArg).some((w) => w === `$${variable}` || w.includes(`\${${variable}}`));
  const used =
    manager === 'systemd'
      ? readBy.unit && unitPasses
      : manager === 'sysvinit'
        ? readBy.sysvinit && script?.passesOpts === true
        : false;
  const reading =
    text === null ? undefined : readEnvFile(text, path, { name: variable, shDefaults: INIT_SCRIPT_DEFAULTS });
  return { path, systemPath, exists: text !== null, variable, readBy, used, ...(reading ? { reading } : {}) };
}

function chooseManager(
  ctx: FsCtx,
  unit: ResolvedUnit | undefined,
  script: SysvinitScript | undefined,
): { manager: ServiceManager; why: string } {
  const booted = exists(ctx, underRoot(ctx, '/run/systemd/system'));
  if (unit && (booted || ctx.root !== '/' || !script)) {
    return { manager: 'systemd', why: `${unit.path} exists${booted ? ' and systemd is running' : ''}` };
  }
  if (script)
    return {
      manager: 'sysvinit',
      why: unit
        ? `${script.path} exists and systemd is not running (no /run/systemd/system)`
        : `${script.path} exists and there is no docker.service`,
    };
  return { manager: 'none', why: 'neither docker.service nor /etc/init.d/docker exists' };
}

/**
 * dockerd's command line as the service manager will give it: --daemon-args when given; else the
 * systemd unit (ExecStart= after drop-ins, EnvironmentFile= and Environment=); else Debian's
 * sysvinit script with /etc/default/docker; else nothing. Rootless docker uses the user unit.
 */
export function readDaemonArgs(
  ctx: FsCtx,
  options: ReadDaemonArgsOptions = {},
  rootless: RootlessHint | undefined = detectRootless(ctx, options.uid ?? currentUid()),
): DaemonArgsInfo {
  const unit = rootless ? resolveUnit(ctx, { scope: 'user', home: rootless.home }) : resolveUnit(ctx);
  const script = rootless ? undefined : readInitScript(ctx);
  const { manager, why } =
    rootless && unit
      ? { manager: 'systemd' as const, why: `rootless: ${unit.path} exists and we run as a non-root user` }
      : chooseManager(ctx, unit, script);
  const diagnostics: Diagnostic[] = [];
  const envFile = envFileInfo(ctx, manager, unit, script);
  if (envFile?.reading) diagnostics.push(...envFile.reading.diagnostics);
  const base = {
    manager,
    scope: rootless ? ('user' as const) : ('system' as const),
    why,
    ...(unit ? { unit } : {}),
    ...(envFile ? { envFile } : {}),
  };

  if (options.daemonArgsOption !== undefined) {
    const split = splitShellWords(options.daemonArgsOption);
    if (!split.ok) {
      diagnostics.push({
        id: 'invalid-value',
        severity: 'error',
        ...message('service.daemonArgs.invalid', { column: split.column, problem: split.problem }),
        column: split.column,
        source: { kind: 'daemon-args' },
        ...hint('service.daemonArgs.hint.quote'),
        fixable: false,
      });
    }
    const args = split.ok ? split.words.map((w) => ({ value: w.value, source: { kind: 'daemon-args' as const } })) : [];
    return { ...base, from: 'daemon-args', args, diagnostics };
  }
  if (manager === 'systemd' && unit) {
    diagnostics.push(...unit.diagnostics);
    const command = unit.execStart;
    const execStart = command
      ? { text: renderExecCommand(command.words), source: command.source, program: command.path }
      : undefined;
    return {
      ...base,
      from: 'systemd',
      args: unit.runsDockerd ? unit.args : [],
      ...(execStart ? { execStart } : {}),
      diagnostics,
    };
  }
  if (manager === 'sysvinit' && script) {
    const { args } = sysvinitArgs(
      script,
      envFile?.systemPath === DEFAULT_ENV_FILE ? { path: envFile.path, text: readText(ctx, envFile.path) } : undefined,
    );
    // What the script's start-stop-daemon line runs, in its own words.
    const text = `${INIT_SCRIPT_DEFAULTS.DOCKERD} -p "$DOCKER_PIDFILE"${script.passesOpts ? ' $DOCKER_OPTS' : ''}`;
    const execStart = script.startLine
      ? {
          text,
          source: { kind: 'sysvinit' as const, path: script.path, line: script.startLine },
          program: INIT_SCRIPT_DEFAULTS.DOCKERD,
        }
      : undefined;
    return { ...base, from: 'sysvinit', args, ...(execStart ? { execStart } : {}), diagnostics };
  }
  return { ...base, from: 'none', args: [], diagnostics };
}

/** The value of the last --config-file flag in the args, resolved against dockerd's working directory (/). */
export function configFileFlag(
  args: DaemonArgsInfo['args'],
): { value: string; source: DaemonArgsInfo['args'][number]['source'] } | undefined {
  let found: { value: string; source: DaemonArgsInfo['args'][number]['source'] } | undefined;
  args.forEach((arg, i) => {
    if (arg.value === '--config-file') {
      const next = args[i + 1];
      if (next) found = { value: next.value, source: arg.source };
    } else if (arg.value.startsWith('--config-file='))
      found = { value: arg.value.slice('--config-file='.length), source: arg.source };
  });
  return found && { ...found, value: posix.resolve('/', found.value) };
}
