// Running our CLI inside a box with --json -y and reading its one JSON document.
import { cli, type Box } from './boxes.js';

export interface Report {
  ok: boolean;
  changed: boolean;
  service: { manager: string; action: string; ok: boolean; daemonReload: boolean; startLimitHit: boolean; commands: string[] };
  verified: boolean;
  rolledBack: boolean;
  listeners?: string[];
  restored?: { path: string; rejectedBackup?: string }[];
  diagnostics: { id: string; severity: string; message: string; dockerd?: string; hint?: string }[];
}

export async function runJson(box: Box, args: readonly string[]): Promise<{ exitCode: number; report: Report; stderr: string }> {
  const r = await cli(box, [...args, '--json', '-y'], { timeoutMs: 120_000 });
  try {
    return { exitCode: r.exitCode, report: JSON.parse(r.stdout) as Report, stderr: r.stderr };
  } catch {
    throw new Error(`not one JSON document (exit ${r.exitCode}):\n${r.stdout}\n${r.stderr}`);
  }
}

/** Runs a shell script inside the box; throws with its output when it fails. */
export async function sh(box: Box, script: string): Promise<string> {
  const r = await box.exec(['sh', '-c', script]);
  if (r.exitCode !== 0) throw new Error(`${script}: exit ${r.exitCode}\n${r.stdout}${r.stderr}`);
  return r.stdout.trim();
}

/** Something else holds 127.0.0.1:PORT inside the box (dockerd then fails at start, no offline check can know). */
export const holdPort = (box: Box, port: number): Promise<string> =>
  sh(box, `setsid node -e "require('net').createServer().listen(${port}, '127.0.0.1')" </dev/null >/dev/null 2>&1 & sleep 0.5`);
