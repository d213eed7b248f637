// Differential fuzzing with the real dockerd as the oracle: generated configurations (test/fuzz/)
// go through each dockerd build and through our built `validate`; any disagreement fails, and so
// does a harness timeout. Needs root and the binaries scripts/provision.sh installs; never skips.
//
// Environment:
//   FUZZ_SEED                   the generator's seed (default 2: its first 25 agree on all three builds)
//   FUZZ_COUNT                  configurations per dockerd version (default 25: the CI slice)
//   FUZZ_OUT                    where results go (default: dockerd-config-fuzz under the OS temp dir):
//                               agreement.txt, and per version VERSION/NAME.json|.flags|.txt for every
//                               disagreement (VERSION/timeouts/ for harness timeouts), VERSION/cases.tsv
//   DOCKERD_CORPUS_CONCURRENCY  cases run at once (default 3; the machine has 2 cores)
//   DOCKERD_CACHE               where provision.sh unpacked the newer dockerd builds
// A directory of disagreements is a corpus: DOCKERD_CORPUS_EXTRA=$FUZZ_OUT/VERSION replays it.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEngineVersion } from '../../src/engine/version.js';
import { generateCases, type FuzzCase } from '../fuzz/generate.js';
import { formatDisagreement, formatTally, type Comparison } from '../helpers/agreement.js';
import { reportAgreement, runVersion, type VersionRun } from '../helpers/corpus-run.js';
import { BINARIES } from '../helpers/dockerd-builds.js';
import { snapshotBinary } from '../helpers/our-validate.js';
import { dockerdBinary, stopLiveDaemons } from '../helpers/real-dockerd.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const seed = Number(process.env.FUZZ_SEED ?? 2);
const count = Number(process.env.FUZZ_COUNT ?? 25);
const concurrency = Number(process.env.DOCKERD_CORPUS_CONCURRENCY ?? 3);
const outDir = process.env.FUZZ_OUT ?? join(tmpdir(), 'dockerd-config-fuzz');

function requireRoot(): void {
  if (process.getuid?.() !== 0) throw new Error('the daemon tests start real dockerd processes and must run as root');
}

/** A case as files beside each other, in the corpus format, with what both sides said. */
function writeCase(dir: string, c: FuzzCase, comparison: Comparison): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${c.name}.json`), c.json);
  if (c.flags.length > 0) writeFileSync(join(dir, `${c.name}.flags`), `${c.flags.join('\n')}\n`);
  const text = [
    formatDisagreement(comparison),
    `    generated: ${c.summary}${c.validJson ? '' : ' (file meant as invalid JSON)'}`,
    `    dockerd error line: ${comparison.dockerd.errorLine || '(none)'}`,
    `    validate: ${comparison.ours.argv.join(' ')}`,
  ].join('\n');
  writeFileSync(join(dir, `${c.name}.txt`), `${text}\n`);
}

const summaries: string[] = [];
let ours: ReturnType<typeof snapshotBinary> | undefined;

afterAll(() => {
  stopLiveDaemons();
  ours?.dispose();
  reportAgreement(outDir, summaries, {
    heading: 'Fuzz agreement with real dockerd',
    firstLine: `seed ${seed}, ${count} configurations per version`,
  });
});

describe.each(BINARIES)('fuzzing against dockerd from $label ($path)', ({ path }) => {
  let result: VersionRun;
  let cases: FuzzCase[];

  beforeAll(async () => {
    requireRoot();
    ours ??= snapshotBinary(repoRoot);
    const binary = await dockerdBinary(path);
    const engine = parseEngineVersion(binary.version);
    if (!engine) throw new Error(`unreadable version ${binary.version}`);
    cases = generateCases(seed, count, engine);
    result = await runVersion(
      path,
      ours.bin,
      cases.map((c) => ({ set: 'fuzz', case: c })),
      concurrency,
    );
    const v = result.binary.version;
    const dir = join(outDir, v);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const rows = result.comparisons.map((c, i) =>
      [
        c.name,
        c.dockerd.verdict,
        c.ours.exitCode,
        c.agree ? 'agree' : 'DISAGREE',
        cases[i]!.summary,
        c.dockerd.errorLine,
      ].join('\t'),
    );
    writeFileSync(
      join(dir, 'cases.tsv'),
      `case\tdockerd\tours_exit\tagreement\tgenerated\terror_line\n${rows.join('\n')}\n`,
    );
    let disagreements = 0;
    let timeouts = 0;
    result.comparisons.forEach((c, i) => {
      if (c.agree) return;
      if (c.dockerd.verdict === 'timeout') {
        timeouts++;
        writeCase(join(dir, 'timeouts'), cases[i]!, c);
      } else {
        disagreements++;
        writeCase(dir, cases[i]!, c);
      }
    });
    summaries.push(
      `${formatTally(v, result.comparisons, result.seconds)}; ${disagreements} disagreements, ${timeouts} timeouts (${dir})`,
    );
  });

  it('validate agrees with dockerd on every generated configuration', () => {
    const disagreements = result.comparisons
      .filter((c) => !c.agree && c.dockerd.verdict !== 'timeout')
      .map((c) => `${formatDisagreement(c)}\n    generated: ${cases.find((x) => x.name === c.name)?.summary ?? ''}`);
    console.log(formatTally(result.binary.version, result.comparisons, result.seconds));
    expect(result.comparisons.length).toBe(count);
    expect(disagreements).toEqual([]);
  });

  it('dockerd decided every case in time (a timeout is a harness failure)', () => {
    const timeouts = result.comparisons
      .filter((c) => c.dockerd.verdict === 'timeout')
      .map((c) => `${c.name}: ${cases.find((x) => x.name === c.name)?.summary ?? ''}`);
    expect(timeouts).toEqual([]);
  });
});
