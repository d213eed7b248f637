import type { Ctx } from '../context.js';
import type { Step } from './types.js';

const quote = (word: string): string => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`);

/** The command as a person would type it. */
export const commandLine = (file: string, args: readonly string[]): string => [file, ...args].map(quote).join(' ');

/** Run one program and keep what the report needs. */
export async function runStep(
  ctx: Pick<Ctx, 'exec'>,
  file: string,
  args: readonly string[],
  timeoutMs: number,
): Promise<Step> {
  const result = await ctx.exec(file, args, { timeoutMs });
  const output = `${result.stdout}${result.stderr}`.trim();
  return {
    command: commandLine(file, args),
    ok: result.exitCode === 0,
    exitCode: result.exitCode,
    output: result.failedToStart ? `${file}: could not be run (${output || 'not found'})` : output,
  };
}
