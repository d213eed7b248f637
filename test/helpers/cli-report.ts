// Running our CLI inside a box and reading its one JSON document (--json, with -y unless asked not
// to), or its text (neither). The box's exec gives the CLI an empty pipe on stdin and no terminal.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { cli, type Box } from './boxes.js';

export interface Diagnostic {
  id: string;
  severity: string;
  message: string;
  dockerd?: string;
  hint?: string;
}

/** How a change ended (issue 11): exactly one of these in every mutating command's --json. */
export type Outcome = 'applied' | 'unchanged' | 'dry-run' | 'refused' | 'rolled-back' | 'kept' | 'rollback-failed';
export type KeptBecause = 'service-manager-failed' | 'daemon-stopped' | 'no-restart' | 'root' | 'no-service-manager';

/** The service part of a change's report (top level of a mutating command; `fixed` of doctor --fix). */
export interface ServiceReport {
  service: {
    manager: string;
    action: string;
    ok: boolean;
    daemonReload: boolean;
    startLimitHit: boolean;
    commands: string[];
  };
  verified: boolean;
  rolledBack: boolean;
  listeners?: string[];
  restored?: { path: string; rejectedBackup?: string }[];
  /** Issue 11: absent until the transaction lands. */
  outcome?: Outcome;
  kept?: { because: KeptBecause };
  /** Names of the containers a restart we ran stopped. */
  stoppedContainers?: string[];
}

export interface Report extends ServiceReport {
  ok: boolean;
  changed: boolean;
  dryRun?: boolean;
  files?: { path: string; changed: boolean; backup: string | null }[];
  diagnostics: Diagnostic[];
}

/** doctor [--fix] --json: the findings after the fixes, and under `fixed` what --fix did. */
export interface DoctorReport {
  ok: boolean;
  diagnostics: Diagnostic[];
  fixed?: Partial<ServiceReport> & {
    dryRun: boolean;
    done: string[];
    files: { path: string; backup: string | null }[];
    diagnostics: Diagnostic[];
  };
}

export interface RunOptions {
  /** Add `-y` (default true: what runJson always did). */
  yes?: boolean;
  timeoutMs?: number;
  env?: Record<string, string>;
}

export interface JsonRun<T> {
  exitCode: number;
  report: T;
  stderr: string;
  /** Wall time of the CLI run, as seen from the host (node start-up and nsenter included). */
  ms: number;
}

/** `dockerd-config ARGS --json [-y]` inside the box; throws unless stdout is one JSON document. */
export async function runJson<T = Report>(
  box: Box,
  args: readonly string[],
  options: RunOptions = {},
): Promise<JsonRun<T>> {
  const started = performance.now();
  const r = await cli(box, [...args, '--json', ...(options.yes === false ? [] : ['-y'])], {
    timeoutMs: options.timeoutMs ?? 120_000,
    env: options.env,
  });
  const ms = performance.now() - started;
  try {
    return { exitCode: r.exitCode, report: JSON.parse(r.stdout) as T, stderr: r.stderr, ms };
  } catch {
    throw new Error(`not one JSON document (exit ${r.exitCode}):\n${r.stdout}\n${r.stderr}`);
  }
}

/** `dockerd-config ARGS --json` without -y: what a script that forgot -y gets, at a terminal or not. */
export const runJsonWithoutYes = <T = Report>(
  box: Box,
  args: readonly string[],
  options: Omit<RunOptions, 'yes'> = {},
): Promise<JsonRun<T>> => runJson<T>(box, args, { ...options, yes: false });

export interface TextRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** `dockerd-config ARGS` as given: no --json, no -y (add them to ARGS if wanted). */
export async function runText(
  box: Box,
  args: readonly string[],
  options: Omit<RunOptions, 'yes'> = {},
): Promise<TextRun> {
  const started = performance.now();
  const r = await cli(box, args, { timeoutMs: options.timeoutMs ?? 120_000, env: options.env });
  return { ...r, ms: performance.now() - started };
}

/** Runs a shell script inside the box; throws with its output when it fails. */
export async function sh(box: Box, script: string): Promise<string> {
  const r = await box.exec(['sh', '-c', script]);
  if (r.exitCode !== 0) throw new Error(`${script}: exit ${r.exitCode}\n${r.stdout}${r.stderr}`);
  return r.stdout.trim();
}

/** Something else holds 127.0.0.1:PORT inside the box (dockerd then fails at start, no offline check can know). */
export const holdPort = (box: Box, port: number): Promise<string> =>
  sh(
    box,
    `setsid node -e "require('net').createServer().listen(${port}, '127.0.0.1')" </dev/null >/dev/null 2>&1 & sleep 0.5`,
  );

export const HOSTS_DROP_IN = '/etc/systemd/system/docker.service.d/dockerd-config-hosts.conf';

/**
 * `host add tcp://127.0.0.1:2375` on the stock `-H fd://` unit, as it must end: our drop-in takes
 * -H off ExecStart, systemd re-reads it, both units restart, and the TCP socket answers.
 */
export async function expectTcpHostAdded(box: Box, exitCode: number, report: Report): Promise<void> {
  expect(exitCode).toBe(0);
  expect(report.service).toMatchObject({ action: 'restart', ok: true, daemonReload: true });
  expect(report.service.commands.slice(0, 2)).toEqual([
    'systemctl daemon-reload',
    'systemctl restart docker.socket docker.service',
  ]);
  expect(report.verified).toBe(true);
  expect(report.listeners).toEqual(expect.arrayContaining(['unix:///var/run/docker.sock', 'tcp://127.0.0.1:2375']));
  expect(readFileSync(box.hostPath(HOSTS_DROP_IN), 'utf8')).toMatch(/^ExecStart=$/m);
  expect(await sh(box, 'curl -sS http://127.0.0.1:2375/_ping')).toBe('OK');
}

/** `host add tcp://127.0.0.1:2376` while something holds that port: refused by dockerd at start, rolled back, the cause named. */
export function expectPortTakenRolledBack(exitCode: number, report: Report): void {
  expect(exitCode).toBe(1);
  expect(report).toMatchObject({ ok: false, rolledBack: true, verified: false });
  const cause = report.diagnostics.find((d) => d.severity === 'error');
  expect(cause).toMatchObject({ id: 'address-in-use' });
  expect(cause?.dockerd).toMatch(/listen tcp 127\.0\.0\.1:2376: bind: address already in use/);
  expect(report.diagnostics.some((d) => d.id === 'rollback-failed')).toBe(false);
}
