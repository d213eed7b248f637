import type { Argv } from 'yargs';

/** Options every command takes (DESIGN.md, "Global options"). */
export interface GlobalOptions {
  root: string;
  configFile?: string;
  engineVersion?: string;
  daemonArgs?: string;
  json: boolean;
  yes: boolean;
  lang?: string;
  verbose: boolean;
  color: boolean;
  strict: boolean;
}

/** How dockerd is restarted and waited for (mutating commands, restart, reload). */
export interface ServiceOptions extends GlobalOptions {
  restartCmd?: string;
  daemonLog?: string;
  timeout: number;
}

/** Options of the commands that change files. */
export interface MutatingOptions extends ServiceOptions {
  dryRun: boolean;
  diff: boolean;
  restart: boolean;
  target?: 'daemon-json' | 'env-file';
  detailedExitcode: boolean;
  allowInsecureTcp: boolean;
}

export function withGlobalOptions<T>(y: Argv<T>): Argv<T & GlobalOptions> {
  return y
    .option('root', { type: 'string', default: '/', describe: 'resolve every default path under DIR', global: true })
    .option('config-file', { type: 'string', describe: 'the daemon.json to manage (default: detected)', global: true })
    .option('engine-version', { type: 'string', describe: 'dockerd version whose rules apply, X.Y[.Z] (default: detected)', global: true })
    .option('daemon-args', { type: 'string', describe: "dockerd's flags to check conflicts against, instead of the unit/DOCKER_OPTS", global: true })
    .option('json', { type: 'boolean', default: false, describe: 'one JSON document on stdout', global: true })
    .option('yes', { alias: 'y', type: 'boolean', default: false, describe: 'never prompt; take the safe default', global: true })
    .option('lang', { type: 'string', choices: ['en', 'zh'], describe: 'message language', global: true })
    .option('verbose', { alias: 'v', type: 'boolean', default: false, global: true })
    .option('color', { type: 'boolean', default: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR, describe: 'colour output (--no-color to disable)', global: true })
    .option('strict', { type: 'boolean', default: false, describe: 'treat portability warnings as errors', global: true }) as unknown as Argv<T & GlobalOptions>;
}

export function withServiceOptions<T>(y: Argv<T>): Argv<T & ServiceOptions> {
  return y
    .option('restart-cmd', { type: 'string', describe: 'restart with this command instead of the service manager' })
    .option('daemon-log', { type: 'string', describe: "dockerd's log file, with --restart-cmd (default /var/log/docker.log)" })
    .option('timeout', { type: 'number', default: 30, describe: 'seconds to wait for the daemon to become healthy' }) as unknown as Argv<T & ServiceOptions>;
}

export function withMutatingOptions<T>(y: Argv<T>): Argv<T & MutatingOptions> {
  return withServiceOptions(y)
    .option('dry-run', { type: 'boolean', default: false, describe: 'print the plan and a diff; change nothing' })
    .option('diff', { type: 'boolean', default: false, describe: 'print the diff, then apply' })
    .option('restart', { type: 'boolean', default: true, describe: 'restart/reload dockerd afterwards (--no-restart: write only)' })
    .option('target', { type: 'string', choices: ['daemon-json', 'env-file'], describe: 'where a new setting goes' })
    .option('detailed-exitcode', { type: 'boolean', default: false, describe: 'exit 2 when something changed' })
    .option('allow-insecure-tcp', { type: 'boolean', default: false, describe: 'allow a non-loopback TCP host without TLS' }) as unknown as Argv<
    T & MutatingOptions
  >;
}
