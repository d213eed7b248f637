import type { Ctx } from '../context.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { hasErrors } from '../diagnostics/types.js';
import { hint } from '../diagnostics/say.js';
import { argsAfterPlan } from '../plan/args-after.js';
import { makePlan, type Intent, type Plan } from '../plan/make-plan.js';
import type { DaemonArg } from '../model/daemon-arg.js';
import {
  currentDiagnostics,
  effectiveSettings,
  isUnparsable,
  loadState,
  validateState,
  type LoadedState,
} from './state.js';
import type { MutatingOptions } from './options.js';
import { configurationOf } from './configuration.js';
import { insecureTcp } from './values.js';
import type { EngineVersion } from '../engine/version.js';
import type { Setting } from '../validate/values/types.js';
import { openTcpListeners } from '../validate/values/hosts/open-tcp.js';

/** What a command wants changed, computed from the state read under the lock. */
export type IntentsFor = (state: LoadedState) => { intents: Intent[]; diagnostics?: Diagnostic[] };

export interface PlannedChange {
  state: LoadedState;
  plan: Plan;
  /** The request's and the plan's findings, then what the change introduces (no info). */
  diagnostics: Diagnostic[];
  /** What the current files have and the result no longer does. */
  fixed?: Diagnostic[];
  /** An error in the request, or the result has an error the current files do not: nothing may be written. */
  refused: boolean;
  /** daemon.json's text and dockerd's flags as they would be. */
  jsonAfter: string | null;
  argsAfter: readonly DaemonArg[];
}

const IGNORED = new Set(['ignored-key', 'ignored-object']);
// dockerd cannot read the file at all: its syntax, encoding or top level.
// Positions shift when a file is edited: a problem is the same problem by id and key.
const key = (d: Diagnostic): string => `${d.id}|${d.key ?? d.message}`;
// A warning is the same finding before and after when it says the same about the same key; a
// count in the message ("address pool 2", "entry 3") is a position, which an edit shifts.
const sameFinding = (d: Diagnostic): string =>
  `${d.id}|${d.key ?? ''}|${d.message.replace(/(?<![\d.:/])\d+(?![\d.:/])/g, '#')}`;

/** The findings of `these` that `those` do not have, counted: a second finding like an old one is new. */
function notIn(these: readonly Diagnostic[], those: readonly Diagnostic[]): Diagnostic[] {
  const left = new Map<string, number>();
  for (const d of those) left.set(sameFinding(d), (left.get(sameFinding(d)) ?? 0) + 1);
  return these.filter((d) => {
    const n = left.get(sameFinding(d)) ?? 0;
    if (n > 0) left.set(sameFinding(d), n - 1);
    return n === 0;
  });
}

type Settings = ReadonlyMap<string, Setting>;

/**
 * No path opens a TCP listener beyond loopback without TLS client verification unless asked
 * (`--allow-insecure-tcp`), judged on the resulting configuration, all sources together, as
 * `host add` judges: `set hosts`, `apply`, `--target env-file`, `unset tlsverify` … alike. A
 * listener that was open before and stays open is a warning, not a refusal: the change did not
 * widen it, and an unrelated edit (a mirror) must not be held hostage by it. "Worse" is a new
 * open address (however spelled) or an address whose verification the change turns off.
 */
export function insecureTcpGate(
  before: Settings,
  after: Settings,
  engine: EngineVersion,
  allow: boolean,
): Diagnostic[] {
  const wasOpen = new Set(openTcpListeners(before, engine).map((l) => l.normalized));
  const source = after.get('hosts')?.source;
  return openTcpListeners(after, engine).flatMap((listener) =>
    insecureTcp([listener.value], after, engine, allow).map(
      (d): Diagnostic => ({
        ...d,
        ...(source ? { source } : {}),
        ...(wasOpen.has(listener.normalized)
          ? { severity: 'warning' as const, ...hint('change.tcp.hint.already') }
          : {}),
      }),
    ),
  );
}

/**
 * The gate's refusals for files as a change leaves them (all sources together): rollback, repair
 * and doctor's fixes write whole files, not intents, and pass the same gate as every edit.
 */
export function insecureTcpRefusals(
  state: LoadedState,
  jsonAfter: Uint8Array | null,
  argsAfter: readonly DaemonArg[],
  allow: boolean,
): Diagnostic[] {
  return insecureTcpAfter(state, jsonAfter, argsAfter, allow).filter((d) => d.severity === 'error');
}

/** The gate on the configuration these files give, against the one the host has now. */
function insecureTcpAfter(
  state: LoadedState,
  jsonAfter: Uint8Array | null,
  argsAfter: readonly DaemonArg[],
  allow: boolean,
): Diagnostic[] {
  const after = configurationOf(state, jsonAfter, argsAfter);
  return insecureTcpGate(effectiveSettings(state), after.settings, after.engine, allow);
}

/**
 * Read the files, plan the intents, and validate the whole resulting configuration. Writes
 * nothing: `mutate` calls it under the lock before writing, the wizard to show a preview.
 */
export async function planChange(ctx: Ctx, options: MutatingOptions, intentsFor: IntentsFor): Promise<PlannedChange> {
  const state = await loadState(ctx, options);
  return judgeChange(state, intentsFor(state), options);
}

/** Plan the intents on files already read and validate the result; synchronous, so the wizard checks a typed value with it. */
export function judgeChange(
  state: LoadedState,
  asked: ReturnType<IntentsFor>,
  options: Pick<MutatingOptions, 'target' | 'strict'> & { allowInsecureTcp?: boolean },
): PlannedChange {
  const plan = makePlan(state.plan, asked.intents, { target: options.target });
  // A daemon.json that does not parse is mended by `repair` first: no other file changes meanwhile (dockerd would not start either way).
  const before = currentDiagnostics(state, options.strict);
  const unparsable = state.plan.daemonJson.text === null ? [] : before.filter(isUnparsable);
  if (unparsable.length > 0 && plan.changes.length > 0) {
    const refusal = unparsable.map((d) => ({
      ...d,
      ...(d.hint
        ? hint('change.unparsable.repairFirst', { hint: d.hintSays ?? d.hint })
        : hint('change.unparsable.repairFirstOnly')),
    }));
    return {
      state,
      plan: { ...plan, changes: [] },
      diagnostics: [...(asked.diagnostics ?? []), ...refusal],
      refused: true,
      jsonAfter: state.plan.daemonJson.text,
      argsAfter: state.plan.args,
    };
  }
  const diagnostics = [...(asked.diagnostics ?? []), ...plan.diagnostics];
  const jsonAfter = plan.changes.find((c) => c.kind === 'daemon-json')?.after ?? state.plan.daemonJson.text;
  const argsAfter = argsAfterPlan(state.plan, plan);
  if (hasErrors(diagnostics)) return { state, plan, diagnostics, refused: true, jsonAfter, argsAfter };

  // Refuse an edit that makes things worse: any error the result has that the current files do not.
  const after = plan.changes.length === 0 ? before : validateState(state, jsonAfter, argsAfter, options.strict);
  // We never write a key dockerd would ignore: that is a typo, not a wish.
  const refuses = (d: Diagnostic) => d.severity === 'error' || IGNORED.has(d.id);
  const old = new Set(before.filter(refuses).map(key));
  const introduced = after
    .filter((d) => refuses(d) && !old.has(key(d)))
    .map((d) => ({ ...d, severity: 'error' as const }));
  const tcp =
    plan.changes.length === 0
      ? []
      : insecureTcpAfter(
          state,
          jsonAfter === state.plan.daemonJson.text
            ? state.daemonJsonBytes
            : jsonAfter === null
              ? null
              : Buffer.from(jsonAfter, 'utf8'),
          argsAfter,
          options.allowInsecureTcp ?? false,
        );
  if (introduced.length > 0 || hasErrors(tcp))
    return {
      state,
      plan,
      diagnostics: [...diagnostics, ...introduced, ...tcp.filter((d) => d.severity === 'error')],
      refused: true,
      jsonAfter,
      argsAfter,
    };
  // What the change brings and what it mends; the rest was there before and is validate's and doctor's to say.
  const noInfo = (list: readonly Diagnostic[]) => list.filter((d) => d.severity !== 'info');
  const brings = notIn(noInfo(after), noInfo(before));
  const fixed = plan.changes.length === 0 ? [] : notIn(noInfo(before), noInfo(after));
  return { state, plan, diagnostics: [...diagnostics, ...tcp, ...brings], fixed, refused: false, jsonAfter, argsAfter };
}
