import { execa } from 'execa';
import { join } from 'node:path';
import { repoRoot } from './temp-root.js';

export const cliPath = join(repoRoot, 'bin', 'dockerd-config.js');

export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** stdout parsed, for --json runs. */
  json<T = Record<string, unknown>>(): T;
}

/** Runs the built binary (npm test builds dist/ first), never through a shell. */
export async function runCli(
  args: readonly string[],
  options: { input?: string; env?: Record<string, string> } = {},
): Promise<CliRun> {
  const result = await execa(process.execPath, [cliPath, ...args], {
    reject: false,
    input: options.input ?? '',
    env: { NO_COLOR: '1', LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...options.env },
  });
  return {
    exitCode: result.exitCode ?? -1,
    stdout: String(result.stdout),
    stderr: String(result.stderr),
    json: <T>() => JSON.parse(String(result.stdout)) as T,
  };
}
