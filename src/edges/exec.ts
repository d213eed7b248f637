/** The one way we run other programs. A fake with the same shape is injected in unit tests. */
export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** The program could not be started at all (ENOENT, EACCES). */
  failedToStart?: boolean;
}

export interface ExecOptions {
  input?: string;
  timeoutMs?: number;
  env?: Record<string, string | undefined>;
}

export type Exec = (file: string, args: readonly string[], options?: ExecOptions) => Promise<ExecResult>;

/** execa, loaded only when a command first runs a program (start-up stays cheap). */
export const nodeExec: Exec = async (file, args, options = {}) => {
  const { execa } = await import('execa');
  const result = await execa(file, [...args], {
    reject: false,
    input: options.input,
    timeout: options.timeoutMs,
    env: options.env,
    stripFinalNewline: false,
  });
  const failedToStart = result.exitCode === undefined && !result.timedOut;
  return {
    exitCode: result.exitCode ?? (result.timedOut ? 124 : 127),
    stdout: String(result.stdout ?? ''),
    stderr: String(result.stderr ?? ''),
    failedToStart,
  };
};
