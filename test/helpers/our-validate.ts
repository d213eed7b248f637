// Runs our own `validate` the way a user would: the built binary, one process per case.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { shellJoin } from './corpus.js';

/** A diagnostic as `validate --json` prints it. */
export interface JsonDiagnostic {
  id: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  file?: string;
  line?: number;
  column?: number;
  hint?: string;
  dockerd?: string;
}

export interface OurVerdict {
  exitCode: number;
  /** Parsed stdout; undefined when it was not the one JSON document the contract promises. */
  report?: { ok: boolean; engineVersion: string; diagnostics: JsonDiagnostic[] };
  stdout: string;
  stderr: string;
  /** The command line, for reports. */
  argv: string[];
}

export interface ValidateCall {
  configPath: string;
  engineVersion: string;
  /** dockerd's arguments exactly as the harness passes them. */
  daemonArgs: readonly string[];
}

/** Fails loudly when the CLI is not built: the daemon tests never skip. */
export function ourBinary(repoRoot: string): string {
  const bin = join(repoRoot, 'bin/dockerd-config.js');
  if (!existsSync(join(repoRoot, 'dist/cli.js'))) throw new Error(`dist/cli.js is missing: run node scripts/build.mjs in ${repoRoot}`);
  return bin;
}

export function validateArgv(bin: string, call: ValidateCall): string[] {
  return [
    bin,
    'validate',
    call.configPath,
    '--engine-version',
    call.engineVersion,
    // "=" form: the value starts with "--", which a parser would otherwise read as an option.
    `--daemon-args=${shellJoin(call.daemonArgs)}`,
    '--json',
  ];
}

export function runOurValidate(bin: string, call: ValidateCall): Promise<OurVerdict> {
  const argv = validateArgv(bin, call);
  return new Promise((resolve) => {
    execFile(process.execPath, argv, { timeout: 60_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 70) : 0;
      let report: OurVerdict['report'];
      try {
        report = JSON.parse(stdout) as OurVerdict['report'];
      } catch {
        report = undefined;
      }
      resolve({ exitCode: code, report, stdout, stderr, argv: ['node', ...argv] });
    });
  });
}
