import { explainLog, reloadOutcome } from '../causes/index.js';
import type { Ctx } from '../context.js';
import type { EngineVersion } from '../engine/version.js';
import type { LogMark, ServiceDriver, Step } from '../service/index.js';
import type { LocatedSetting } from '../validate/model.js';
import {
  compareWithInfo,
  endpointsFor,
  expectedState,
  firstDaemonInfo,
  runningContainers,
  waitForDaemon,
  type Difference,
} from '../verify/index.js';

/** A configuration as dockerd sees it: its effective settings and the rules of its version. */
export interface Configuration {
  settings: ReadonlyMap<string, LocatedSetting>;
  engine: EngineVersion;
}

export interface Proof {
  ok: boolean;
  answered: string[];
  missing: { address: string; detail: string }[];
  differences: Difference[];
}

const RELOAD_FAILED = new Set(['file-error', 'apply-error']);
// How often the service manager is asked whether dockerd died (each ask runs systemctl twice).
const STATUS_EVERY_MS = 500;
// After /_ping answers, how long /info may take to show a reload (dockerd applies it asynchronously).
const SETTLE_MS = 5000;

const endpointsOf = (ctx: Ctx, config: Configuration) =>
  endpointsFor(
    config.settings,
    {
      root: ctx.root,
      ...(ctx.env.XDG_RUNTIME_DIR && (process.getuid?.() ?? 0) !== 0
        ? { rootless: { runtimeDir: ctx.env.XDG_RUNTIME_DIR } }
        : {}),
    },
    config.engine,
  );

/**
 * Did dockerd come up with this configuration? Every listener it names answers /_ping, and
 * /info shows what the files say. Waiting stops early when the service manager reports the
 * daemon dead (no point waiting out the timeout).
 */
export async function proveRunning(
  ctx: Ctx,
  driver: ServiceDriver,
  run: { action: 'reload' | 'restart'; step: Step; mark: LogMark; config: Configuration; timeoutMs: number },
): Promise<Proof> {
  const endpoints = endpointsOf(ctx, run.config);
  const failed = (missing: Proof['missing'] = []): Proof => ({ ok: false, answered: [], missing, differences: [] });
  // A service command that failed ends the wait at once: its exit status and output say why.
  if (!run.step.ok) return failed();

  let lastAsked = -Infinity;
  const stopWaiting = async (): Promise<string | undefined> => {
    if (ctx.clock() - lastAsked < STATUS_EVERY_MS) return undefined;
    lastAsked = ctx.clock();
    const status = await driver.status();
    if (status.state === 'failed') return 'the service manager marked dockerd failed';
    if (status.state === 'inactive' && explainLog(await driver.logSince(run.mark)).firstError) return 'dockerd exited';
    return undefined;
  };
  const waited = await waitForDaemon(ctx, endpoints, { timeoutMs: run.timeoutMs, stopWaiting });
  if (!waited.ok) return { ...failed(waited.missing), answered: waited.answered };

  const answering = endpoints.filter((e) => waited.answered.includes(e.address));
  const expected = expectedState(run.config.settings, run.config.engine);
  const deadline = ctx.clock() + (run.action === 'reload' ? Math.min(run.timeoutMs, SETTLE_MS * 2) : SETTLE_MS);
  let differences: Difference[] = [];
  for (;;) {
    const info = await firstDaemonInfo(ctx, answering, 5000);
    differences = info.ok
      ? compareWithInfo(expected, info.info, run.config.engine)
      : [{ setting: '/info', expected: 'an answer', actual: info.error }];
    if (differences.length === 0) return { ok: true, answered: waited.answered, missing: [], differences };
    if (ctx.clock() >= deadline) break;
    // A reload that dockerd refused will not settle: stop as soon as the log says so.
    if (run.action === 'reload' && RELOAD_FAILED.has(reloadOutcome(await driver.logSince(run.mark)).outcome)) break;
    await ctx.sleep(200);
  }
  return { ok: false, answered: waited.answered, missing: [], differences };
}

/** What the running daemon says of itself (/info), from the first endpoint of this configuration that answers. */
export const runningDaemonInfo = (ctx: Ctx, config: Configuration, timeoutMs = 2000) =>
  firstDaemonInfo(ctx, endpointsOf(ctx, config), timeoutMs);

/** The names of the running containers a restart would stop (none with live-restore on, or when we cannot tell). */
export async function containersAtRisk(ctx: Ctx, config: Configuration): Promise<string[]> {
  if (config.settings.get('live-restore')?.value === true) return [];
  const answer = await runningContainers(ctx, endpointsOf(ctx, config), 2000);
  return answer.ok ? answer.names : [];
}
