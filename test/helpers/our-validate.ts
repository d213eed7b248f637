// Runs our own `validate` the way a user would: the built binary, one process per case.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/**
 * A private copy of the built CLI (bin/, dist/, schemas/, package.json), so that a rebuild in the checkout
 * while the long daemon run is going on cannot change or break the binary under test.
 * Fails loudly when the CLI is not built: the daemon tests never skip.
 */
export function snapshotBinary(repoRoot: string): { bin: string; dispose(): void } {
  if (!existsSync(join(repoRoot, 'dist/cli.js')))
    throw new Error(`dist/cli.js is missing: run node scripts/build.mjs in ${repoRoot}`);
  const dir = mkdtempSync(join(tmpdir(), 'dockerd-config-bin.'));
  for (const part of ['bin', 'dist', 'schemas', 'package.json'])
    cpSync(join(repoRoot, part), join(dir, part), { recursive: true });
  // in case a chunk leaves a dependency external
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'));
  return { bin: join(dir, 'bin/dockerd-config.js'), dispose: () => rmSync(dir, { recursive: true, force: true }) };
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
