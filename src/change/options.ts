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
