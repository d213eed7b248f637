// One differential run: every case through a real dockerd and through our `validate`, with the
// registry prediction for the cases that started. Effects (processes) via the helpers it calls.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEngineVersion, type EngineVersion } from '../../src/engine/version.js';
import { compare, type Comparison } from './agreement.js';
import { configFileOf, type CorpusCase } from './corpus.js';
import { runOurValidate, type OurVerdict } from './our-validate.js';
import { dockerdBinary, runCases, type DockerdBinary, type DockerdRun } from './real-dockerd.js';
import { predictRegistry, registryMismatches, registrySettings } from './registry-info.js';

export interface LabelledCase {
  set: string;
  case: CorpusCase;
}

export interface RegistryCheck {
  name: string;
  set: string;
  problems: string[];
}

export interface VersionRun {
  binary: DockerdBinary;
  engine: EngineVersion;
  runs: Array<{ set: string; run: DockerdRun }>;
  comparisons: Comparison[];
  /** Started cases whose /info was compared with our normalisers' prediction. */
  registry: RegistryCheck[];
  seconds: number;
}

interface BeforeStart {
  ours: OurVerdict;
  file: Buffer;
  args: string[];
}

export async function runVersion(
  dockerdPath: string,
  ourBin: string,
  cases: readonly LabelledCase[],
  concurrency: number,
): Promise<VersionRun> {
  const started = Date.now();
  const binary = await dockerdBinary(dockerdPath);
  const engine = parseEngineVersion(binary.version);
  if (!engine) throw new Error(`unreadable version ${binary.version}`);

  const results = await runCases<BeforeStart>(
    binary.path,
    cases.map((c) => c.case),
    {
      concurrency,
      // Before dockerd starts: the case dir holds exactly what dockerd will see (.pre has run).
      // Our validate is given the file dockerd reads, which a case's own --config-file may move.
      beforeStart: async (p) => ({
        ours: await runOurValidate(ourBin, {
          configPath: configFileOf(p.args) ?? p.configPath,
          // The version as the tool detects it: Debian's builds (+dfsg) differ from upstream's.
          engineVersion: binary.full,
          daemonArgs: p.args,
        }),
        file: readFileSync(p.configPath),
        args: p.args,
      }),
    },
  );

  const runs: VersionRun['runs'] = [];
  const comparisons: Comparison[] = [];
  const registry: RegistryCheck[] = [];
  results.forEach((r, i) => {
    const set = cases[i]!.set;
    const extra = r.extra!;
    runs.push({ set, run: r.run });
    comparisons.push(compare(r.case.name, set, binary.version, r.run, extra.ours));
    if (r.run.verdict !== 'yes' || !r.run.info) return;
    const settings = registrySettings(extra.file, extra.args);
    if (!settings) return;
    const expected = predictRegistry(settings, engine);
    const problems = typeof expected === 'string' ? [expected] : registryMismatches(expected, r.run.info);
    registry.push({ name: r.case.name, set, problems });
  });
  return { binary, engine, runs, comparisons, registry, seconds: (Date.now() - started) / 1000 };
}

/** The run as run-corpus.sh prints it (case, accepted, error line), for one case set. */
export function verdictsTsv(run: VersionRun, set: string): string {
  const lines = run.runs.filter((r) => r.set === set).map((r) => `${r.run.name}\t${r.run.verdict}\t${r.run.errorLine}`);
  return `case\taccepted\terror_line\n${lines.join('\n')}\n`;
}

/** case → verdict from a verdicts-*.tsv file. */
export function readVerdicts(path: string): Map<string, string> {
  const rows = readFileSync(path, 'utf8').split('\n').slice(1).filter(Boolean);
  return new Map(rows.map((row) => row.split('\t') as [string, string]));
}

/**
 * Writes OUT/agreement.txt (an optional first line, then one summary line per version) and prints
 * it under `heading`.
 */
export function reportAgreement(
  outDir: string,
  summaries: readonly string[],
  { heading, firstLine }: { heading: string; firstLine?: string },
): void {
  if (summaries.length === 0) return;
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, 'agreement.txt');
  const text = `${firstLine === undefined ? '' : `${firstLine}\n`}${summaries.join('\n')}\n`;
  writeFileSync(path, text);
  console.log(`\n${heading} (also in ${path}):\n${text}`);
}
