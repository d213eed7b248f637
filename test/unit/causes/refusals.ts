// The lines real dockerds (20.10.24, 26.1.5, 28.5.2) printed when they refused a corpus case, from
// the verdict tables, for the tests of classify and explain.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../helpers/temp-root.js';

export const VERDICTS = [
  'test/cases/verdicts-20.10.24-debian.tsv',
  'test/cases/verdicts-26.1.5-debian.tsv',
  'test/cases/verdicts-28.5.2-debian.tsv',
  'test/unit/validate/real-cases/verdicts-20.10.tsv',
  'test/unit/validate/real-cases/verdicts-26.1.5-debian.tsv',
  'test/unit/validate/real-cases/verdicts-28.5.2-debian.tsv',
];

export interface Refusal {
  /** The verdict table it is from. */
  file: string;
  /** The case's name. */
  name: string;
  line: string;
}

export const refusals: readonly Refusal[] = VERDICTS.flatMap((file) =>
  readFileSync(join(repoRoot, file), 'utf8')
    .split('\n')
    .slice(1)
    .map((row) => row.split('\t'))
    .filter(([, verdict, line]) => verdict === 'no' && line)
    .map(([name, , line]) => ({ file, name: name!, line: line! })),
);

/** Each refused line once. */
export const refusedLines: readonly string[] = [...new Set(refusals.map((r) => r.line))];
