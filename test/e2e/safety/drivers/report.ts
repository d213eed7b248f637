import { SafeWriteError } from '../../../../src/apply/index.js';

/**
 * Run a driver's body and report on stdout as one JSON line, exiting as the CLI would:
 * 0, or the SafeWriteError's exit code with its diagnostic.
 */
export async function report(body: () => Promise<unknown>): Promise<void> {
  try {
    const result = await body();
    process.stdout.write(`${JSON.stringify({ ok: true, result })}\n`);
  } catch (error) {
    if (!(error instanceof SafeWriteError)) {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(70);
    }
    const { id, message, hint } = error.diagnostic;
    process.stdout.write(`${JSON.stringify({ ok: false, id, message, hint, exitCode: error.exitCode })}\n`);
    process.exit(error.exitCode);
  }
}
