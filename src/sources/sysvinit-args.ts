import { underRoot, type Ctx } from '../context.js';
import type { Source } from '../diagnostics/types.js';
import { readEnvFile, type EnvFileReading } from '../targets/env-file.js';
import { positionAt } from '../targets/text-position.js';
import type { DaemonArg } from '../model/daemon-arg.js';
import { readText } from './fs-read.js';

export const INIT_SCRIPT = '/etc/init.d/docker';
export const DEFAULT_ENV_FILE = '/etc/default/docker';

/** What Debian's /etc/init.d/docker sets before it sources /etc/default/docker. */
export const INIT_SCRIPT_DEFAULTS: Readonly<Record<string, string>> = {
  BASE: 'docker',
  DOCKERD: '/usr/sbin/dockerd',
  DOCKER_PIDFILE: '/var/run/docker.pid',
  DOCKER_SSD_PIDFILE: '/var/run/docker-ssd.pid',
  DOCKER_LOGFILE: '/var/log/docker.log',
  DOCKER_OPTS: '',
  DOCKER_DESC: 'Docker',
};

export interface SysvinitScript {
  /** Where we read it (under --root). */
  path: string;
  text: string;
  /** Does it source /etc/default/docker? */
  sourcesEnvFile: boolean;
  /** Does it pass $DOCKER_OPTS to dockerd? */
  passesOpts: boolean;
  /** The line that starts dockerd (`-p "$DOCKER_PIDFILE" $DOCKER_OPTS`), 0 when not found. */
  startLine: number;
}

export function readInitScript(ctx: Pick<Ctx, 'root' | 'fs'>): SysvinitScript | undefined {
  const path = underRoot(ctx, INIT_SCRIPT);
  const text = readText(ctx, path);
  if (text === null) return undefined;
  const start = /-p\s+"?\$\{?DOCKER_PIDFILE\}?"?/.exec(text);
  return {
    path,
    text,
    sourcesEnvFile: /^\s*\.\s+\/etc\/default\/(docker|\$\{?BASE\}?)\b/m.test(text),
    passesOpts: /\$\{?DOCKER_OPTS\}?/.test(text.replace(/^\s*#.*$/gm, '')),
    startLine: start ? positionAt(text, start.index).line : 0,
  };
}

/**
 * dockerd's flags under sysvinit, as Debian's init script passes them: `-p "$DOCKER_PIDFILE"`,
 * then an unquoted $DOCKER_OPTS after sourcing /etc/default/docker with /bin/sh.
 */
export function sysvinitArgs(
  script: SysvinitScript,
  envFile: { path: string; text: string | null } | undefined,
): { args: DaemonArg[]; reading?: EnvFileReading } {
  const args: DaemonArg[] = [];
  const fixed: Source = {
    kind: 'sysvinit',
    path: script.path,
    ...(script.startLine ? { line: script.startLine } : {}),
  };
  const text = script.sourcesEnvFile ? (envFile?.text ?? null) : null;
  const reading =
    text !== null && envFile ? readEnvFile(text, envFile.path, { shDefaults: INIT_SCRIPT_DEFAULTS }) : undefined;
  if (script.startLine) {
    const pidfile =
      reading && text !== null
        ? readEnvFile(text, envFile?.path ?? '', { name: 'DOCKER_PIDFILE', shDefaults: INIT_SCRIPT_DEFAULTS }).sh
            ?.words?.[0]?.value
        : undefined;
    args.push(
      { value: '-p', source: fixed },
      { value: pidfile ?? INIT_SCRIPT_DEFAULTS.DOCKER_PIDFILE ?? '', source: fixed },
    );
  }
  if (script.passesOpts && reading?.sh?.words && envFile) {
    for (const w of reading.sh.words)
      args.push({ value: w.value, source: { kind: 'env-file', path: envFile.path, line: w.line } });
  }
  return { args, reading };
}
