// Every case of the shared corpus (and of ./real-cases), judged by validateConfig for each engine
// version whose real dockerd verdict was recorded: `yes` → no error; `no` / `exit0` → at least one
// error. For the structural cases the line dockerd printed must also be one we predict.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEngineVersion, type EngineVersion } from '../../../src/engine/version.js';
import { validateConfig } from '../../../src/validate/index.js';
import type { HostView } from '../../../src/validate/types.js';
import {
  configPath,
  dockerdArgs,
  readCases,
  sharedCorpusDir,
  substituteBytes,
  type Placeholders,
} from '../../helpers/corpus.js';

const CORPORA = [
  // The shared corpus has every version's verdicts; ours only those it was run with.
  { name: 'shared corpus', dir: sharedCorpusDir(), allVersions: true },
  { name: 'real-cases', dir: new URL('./real-cases', import.meta.url).pathname, allVersions: false },
];
// The Debian builds the verdicts come from (their version strings matter: "+dfsg4" means Go 1.27).
const VERDICTS: Record<string, string> = {
  '20.10.24+dfsg1': 'verdicts-20.10.tsv',
  '26.1.5+dfsg1': 'verdicts-26.1.5-debian.tsv',
  '28.5.2+dfsg4': 'verdicts-28.5.2-debian.tsv',
};
const STRUCTURAL = /^(syntax|syn|key|type|conflict|conf|cli|flag|debian)-/;
// Lines that carry a build id or a usage text rather than an error.
const UNPREDICTABLE = /^(Docker version|Usage:)/;

function readVerdicts(path: string): Map<string, { accepted: string; line: string }> {
  const rows = readFileSync(path, 'utf8').trim().split('\n').slice(1);
  return new Map(
    rows.map((r) => {
      const [name = '', accepted = '', line = ''] = r.split('\t');
      return [name, { accepted, line }];
    }),
  );
}

/** This machine's groups; nothing under the case's temp dir exists (no case creates files). */
function hostFor(p: Placeholders): HostView {
  const groups = new Set(
    readFileSync('/etc/group', 'utf8')
      .split('\n')
      .map((l) => l.split(':')[0]),
  );
  return {
    groupExists: (name) => groups.has(name),
    fileReadable: (path) => !path.startsWith(p.tmp) && existsSync(path),
    readFile: (path) =>
      !path.startsWith(p.tmp) && existsSync(path) && statSync(path).isFile() ? readFileSync(path) : undefined,
  };
}

/** As run-corpus.sh records lines: temp dir → $TMP, port → $PORT; unknown-key lists are unordered. */
function comparable(line: string, p: Placeholders): string {
  const l = line
    .replaceAll(p.tmp, '$TMP')
    .replaceAll(`127.0.0.1:${p.port}`, '127.0.0.1:$PORT')
    .replaceAll(`tcp/${p.port}/`, 'tcp/$PORT/');
  const m = /^(.*don't match any configuration option: )(.*)$/.exec(l);
  return m ? `${m[1]}${(m[2] as string).split(', ').sort().join(', ')}` : l;
}

for (const corpus of CORPORA) {
  // readCases throws when the directory is missing: a missing corpus fails, it never skips.
  const cases = readCases(`${corpus.dir}/cases`);

  describe(corpus.name, () => {
    for (const [version, file] of Object.entries(VERDICTS)) {
      if (!corpus.allVersions && !existsSync(`${corpus.dir}/${file}`)) continue;
      const engine = parseEngineVersion(version) as EngineVersion;
      const verdicts = readVerdicts(`${corpus.dir}/${file}`);
      const rows = cases.filter((c) => verdicts.has(c.name)).map((c) => [c.name, c] as const);
      describe(`dockerd ${version}`, () => {
        it('has cases with verdicts', () => expect(rows.length).toBeGreaterThan(0));
        it.each(rows)('%s', (name, c) => {
          const p: Placeholders = { tmp: '/tmp/dcorpus.case', port: 23456 };
          const bytes = substituteBytes(c.json, p);
          const args = dockerdArgs(bytes.toString('latin1'), c.flags, p, c.ownNetwork);
          const given = args.find((a) => a.startsWith('--config-file='))?.slice('--config-file='.length);
          const path = given ?? configPath(p);
          const result = validateConfig({
            daemonJson: { path, bytes: path === configPath(p) ? bytes : null, explicit: true },
            args: args.map((value) => ({ value, source: { kind: 'command-line' } })),
            engine,
            host: hostFor(p),
            strict: false,
          });
          const errors = result.diagnostics.filter((d) => d.severity === 'error');
          const verdict = verdicts.get(name) as { accepted: string; line: string };
          const summary = errors.map((d) => `${d.id}: ${d.message}`);
          if (verdict.accepted === 'yes') {
            expect(summary, `dockerd ${version} starts`).toEqual([]);
            return;
          }
          expect(summary.length, `dockerd ${version}: ${verdict.accepted} ${verdict.line}`).toBeGreaterThan(0);
          if (STRUCTURAL.test(name) && !UNPREDICTABLE.test(verdict.line)) {
            const predicted = errors.map((d) => comparable(d.dockerd ?? '', p));
            expect(predicted).toContain(comparable(verdict.line, p));
          }
        });
      });
    }

    it('has cases', () => {
      expect(cases.filter((c) => STRUCTURAL.test(c.name)).length).toBeGreaterThanOrEqual(59);
    });
  });
}
