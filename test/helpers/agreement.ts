// Does our `validate` agree with the real dockerd? Verdict mapping and the report. Pure.
import type { DockerdVerdict } from './real-dockerd.js';
import type { OurVerdict } from './our-validate.js';

/** What a verdict says about the configuration. */
export type Outcome = 'starts' | 'refuses';

/** dockerd `yes` ↔ starts; `no`/`exit0` ↔ refuses (exit0 never serves); a timeout is the harness's problem. */
export function dockerdOutcome(verdict: DockerdVerdict): Outcome | undefined {
  if (verdict === 'yes') return 'starts';
  if (verdict === 'no' || verdict === 'exit0') return 'refuses';
  return undefined;
}

/** validate's exit 0 ↔ starts, 1 ↔ refuses; anything else (usage, internal error) is a failure of ours. */
export function ourOutcome(exitCode: number): Outcome | undefined {
  if (exitCode === 0) return 'starts';
  if (exitCode === 1) return 'refuses';
  return undefined;
}

export interface Comparison {
  name: string;
  /** "shared" or "ours" (or another case directory's label) */
  set: string;
  version: string;
  dockerd: { verdict: DockerdVerdict; errorLine: string };
  ours: OurVerdict;
  agree: boolean;
}

export function compare(
  name: string,
  set: string,
  version: string,
  dockerd: { verdict: DockerdVerdict; errorLine: string },
  ours: OurVerdict,
): Comparison {
  const theirs = dockerdOutcome(dockerd.verdict);
  const mine = ourOutcome(ours.exitCode);
  return { name, set, version, dockerd, ours, agree: theirs !== undefined && theirs === mine };
}

function describeOurs(ours: OurVerdict): string {
  const mine = ourOutcome(ours.exitCode);
  const head = mine ? `${mine} (exit ${ours.exitCode})` : `tool failure (exit ${ours.exitCode})`;
  const diagnostics = ours.report?.diagnostics ?? [];
  const lines = diagnostics
    .filter((d) => d.severity !== 'info')
    .map((d) => `      ${d.severity} ${d.id}${d.line ? ` @${d.line}:${d.column ?? 0}` : ''}: ${d.message}`);
  if (!ours.report)
    lines.push(
      `      (stdout is not a JSON report) stdout: ${ours.stdout.slice(0, 300)} stderr: ${ours.stderr.slice(0, 600)}`,
    );
  return [head, ...lines].join('\n');
}

/** One disagreement, with everything needed to see which side is wrong. */
export function formatDisagreement(c: Comparison): string {
  const theirs = dockerdOutcome(c.dockerd.verdict) ?? 'harness failure';
  return [
    `✗ ${c.set}/${c.name} on ${c.version}`,
    `    dockerd: ${theirs} (${c.dockerd.verdict})${c.dockerd.errorLine ? `: ${c.dockerd.errorLine}` : ''}`,
    `    ours:    ${describeOurs(c.ours)}`,
  ].join('\n');
}

export interface Tally {
  agree: number;
  total: number;
}

/** Agreement per case set, plus "all". */
export function tally(comparisons: readonly Comparison[]): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const c of comparisons) {
    for (const key of [c.set, 'all']) {
      const t = out.get(key) ?? { agree: 0, total: 0 };
      t.total++;
      if (c.agree) t.agree++;
      out.set(key, t);
    }
  }
  return out;
}

export function formatTally(version: string, comparisons: readonly Comparison[], seconds?: number): string {
  const parts = [...tally(comparisons)].map(([set, t]) => `${set} ${t.agree}/${t.total}`);
  return `dockerd ${version}: ${parts.join(', ')}${seconds === undefined ? '' : ` (${seconds.toFixed(0)} s)`}`;
}
