// The differential test: every daemon.json case (the shared corpus and test/cases/) goes through
// a real dockerd of each version we ship rules for and through our built `validate`; any
// disagreement fails. Needs root and the binaries scripts/provision.sh installs; a missing
// prerequisite fails, it never skips.
//
// Environment (for local runs; CI sets none of them):
//   DOCKERD_CORPUS_EXTRA        more case directories (":"-separated), e.g. a held-back set
//   DOCKERD_CORPUS_ONLY         a regular expression: only cases whose name matches
//   DOCKERD_CORPUS_CONCURRENCY  cases run at once (default 3; the machine has 2 cores)
//   DOCKERD_CORPUS_OUT          where the agreement summary goes (default: a dir under the OS temp dir)
//   DOCKERD_CACHE               where provision.sh unpacked the newer dockerd builds
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEngineVersion } from '../../src/engine/version.js';
import { compare, dockerdOutcome, formatDisagreement, formatTally, ourOutcome, tally } from '../helpers/agreement.js';
import { configFileOf, dockerdArgs, parseFlagLines, readCases, shellJoin, substituteBytes } from '../helpers/corpus.js';
import {
  readVerdicts,
  reportAgreement,
  runVersion,
  verdictsTsv,
  type LabelledCase,
  type VersionRun,
} from '../helpers/corpus-run.js';
import { BINARIES } from '../helpers/dockerd-builds.js';
import { anonymise, errorLine } from '../helpers/dockerd-log.js';
import { snapshotBinary, type OurVerdict } from '../helpers/our-validate.js';
import { predictRegistry, registryMismatches, registrySettings } from '../helpers/registry-info.js';
import { stopLiveDaemons } from '../helpers/real-dockerd.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const sharedCorpus = resolve(repoRoot, '../shared/corpus');
const concurrency = Number(process.env.DOCKERD_CORPUS_CONCURRENCY ?? 3);
const only = process.env.DOCKERD_CORPUS_ONLY ? new RegExp(process.env.DOCKERD_CORPUS_ONLY) : undefined;
const outDir = process.env.DOCKERD_CORPUS_OUT ?? join(tmpdir(), 'dockerd-config-agreement');

function caseSets(): Array<{ set: string; dir: string }> {
  const extra = (process.env.DOCKERD_CORPUS_EXTRA ?? '').split(delimiter).filter(Boolean);
  return [
    { set: 'shared', dir: join(sharedCorpus, 'cases') },
    { set: 'ours', dir: join(repoRoot, 'test/cases') },
    ...extra.map((dir) => ({ set: `extra:${basename(dir)}`, dir })),
  ];
}

function allCases(): LabelledCase[] {
  const cases = caseSets().flatMap(({ set, dir }) => readCases(dir).map((c) => ({ set, case: c })));
  return only ? cases.filter((c) => only.test(c.case.name)) : cases;
}

function requireRoot(): void {
  if (process.getuid?.() !== 0) throw new Error('the daemon tests start real dockerd processes and must run as root');
}

/** The recorded verdicts-*.tsv of a case directory for this exact version, if any. */
function recordFor(dir: string, version: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  const file = readdirSync(dir).find((f) => {
    const m = /^verdicts-(\d+\.\d+(?:\.\d+)?)/.exec(f);
    return m?.[1] !== undefined && (version === m[1] || version.startsWith(`${m[1]}.`));
  });
  return file ? join(dir, file) : undefined;
}

/** `dockerd --version` at collection time, to know which recorded verdicts apply; undefined if it does not run. */
function probeVersion(path: string): string | undefined {
  try {
    return /version (\d+\.\d+\.\d+)/.exec(execFileSync(path, ['--version'], { encoding: 'utf8' }))?.[1];
  } catch {
    return undefined;
  }
}

describe('the harness itself', () => {
  const p = { tmp: '/tmp/dcorpus.X', port: 23456 };

  it.each([
    { name: 'no key, no flag', json: '{}', flags: [], dropped: [] as string[] },
    { name: 'hosts in file', json: '{"hosts": []}', flags: [], dropped: ['--host'] },
    { name: 'graph in file', json: '{"graph": "/x"}', flags: [], dropped: ['--data-root'] },
    { name: '-H as separate word', json: '{}', flags: ['-H', 'fd://'], dropped: ['--host'] },
    { name: '-s=vfs', json: '{}', flags: ['-s=vfs'], dropped: ['--storage-driver'] },
    { name: '--bridge-ip is not --bridge', json: '{}', flags: ['--bip=10.0.0.1/24'], dropped: [] },
    { name: 'pidfile in file', json: '{"pidfile": "@TMP@/p"}', flags: [], dropped: ['--pidfile'] },
  ])('leaves out the base flags the case sets itself: $name', ({ json, flags, dropped }) => {
    const args = dockerdArgs(json, flags, p);
    const all = ['--host', '--data-root', '--exec-root', '--pidfile', '--iptables', '--bridge', '--storage-driver'];
    for (const flag of all) {
      expect(
        args.some((a) => a.startsWith(`${flag}=`)),
        flag,
      ).toBe(!dropped.includes(flag));
    }
    expect(args).toContain('--config-file=/tmp/dcorpus.X/daemon.json');
  });

  it('substitutes placeholders in flags and keeps a --config-file the case passes', () => {
    const args = dockerdArgs(
      '{}',
      parseFlagLines('# comment\n--config-file\n@TMP@/other.json\n\n-H=tcp://127.0.0.1:@PORT@\n'),
      p,
    );
    expect(args.filter((a) => a.startsWith('--config-file'))).toEqual(['--config-file']);
    expect(args.slice(-3)).toEqual(['--config-file', '/tmp/dcorpus.X/other.json', '-H=tcp://127.0.0.1:23456']);
    expect(configFileOf(args)).toBe('/tmp/dcorpus.X/other.json');
    expect(configFileOf(['--config-file=/a', '--config-file=/b'])).toBe('/b');
  });

  it('keeps every other byte of daemon.json (BOM, NUL, invalid UTF-8)', () => {
    const bytes = Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('{"a":"@TMP@"}'), 0xff, 0x00]);
    expect([...substituteBytes(bytes, p)]).toEqual([
      0xef,
      0xbb,
      0xbf,
      ...Buffer.from('{"a":"/tmp/dcorpus.X"}'),
      0xff,
      0x00,
    ]);
  });

  it('quotes --daemon-args so that a POSIX shell splits them back into the same words', () => {
    const words = ['--label=env="prod"', "it's", '', 'a b', '--host=unix:///tmp/x.sock', '$HOME'];
    const back = execFileSync('bash', ['-c', `printf '%s\\n' ${shellJoin(words)}`], { encoding: 'utf8' });
    expect(back.split('\n').slice(0, -1)).toEqual(words);
  });

  it.each([
    {
      name: 'a fatal logrus line wins',
      log: 'time="t" level=info msg="x"\nplain error\ntime="t" level=fatal msg="boom"\n',
      want: 'level=fatal msg="boom"',
    },
    {
      name: 'else the first non-logrus line, skipping deprecation notices',
      log: 'Flag --graph has been deprecated, use --data-root\ntime="t" level=error msg="e"\nfailed to start daemon: x\n',
      want: 'failed to start daemon: x',
    },
    {
      name: 'else the first error line',
      log: 'time="t" level=error msg="e1"\ntime="t" level=error msg="e2"\n',
      want: 'level=error msg="e1"',
    },
    { name: 'nothing', log: 'time="t" level=info msg="x"\n', want: '' },
  ])('error line: $name', ({ log, want }) => {
    expect(errorLine(log)).toBe(want);
  });

  it('anonymises the temp dir, port and helper pids', () => {
    const line = 'listen tcp 127.0.0.1:23456: bind in /tmp/dcorpus.X/d.sock\tby PID 4242 now';
    expect(anonymise(line, { ...p, prePids: [4242] })).toBe(
      'listen tcp 127.0.0.1:$PORT: bind in $TMP/d.sock by PID $PREPID now',
    );
  });

  it.each([
    { verdict: 'yes', exit: 0, agree: true },
    { verdict: 'yes', exit: 1, agree: false },
    { verdict: 'no', exit: 1, agree: true },
    { verdict: 'exit0', exit: 1, agree: true },
    { verdict: 'exit0', exit: 0, agree: false },
    { verdict: 'timeout', exit: 0, agree: false },
    { verdict: 'no', exit: 70, agree: false },
  ] as const)('dockerd $verdict vs validate exit $exit → agree=$agree', ({ verdict, exit, agree }) => {
    const ours: OurVerdict = { exitCode: exit, stdout: '', stderr: '', argv: [] };
    expect(compare('c', 'ours', '1.0.0', { verdict, errorLine: '' }, ours).agree).toBe(agree);
    expect(dockerdOutcome('timeout')).toBeUndefined();
    expect(ourOutcome(64)).toBeUndefined();
  });

  it('tallies agreement per case set and in all', () => {
    const ours = (exitCode: number): OurVerdict => ({ exitCode, stdout: '', stderr: '', argv: [] });
    const t = tally([
      compare('a', 'shared', 'v', { verdict: 'yes', errorLine: '' }, ours(0)),
      compare('b', 'ours', 'v', { verdict: 'no', errorLine: 'x' }, ours(0)),
      compare('c', 'ours', 'v', { verdict: 'no', errorLine: 'x' }, ours(1)),
    ]);
    expect(Object.fromEntries(t)).toEqual({
      shared: { agree: 1, total: 1 },
      ours: { agree: 1, total: 2 },
      all: { agree: 2, total: 3 },
    });
  });

  it('reads registry settings from the file and from flags, and compares them with /info', () => {
    const engine = parseEngineVersion('28.5.2')!;
    const s = registrySettings(
      Buffer.from('\uFEFF{"registry-mirrors": ["https://m.example.com"], "insecure-registries": ["10.1.2.3/8"]}'),
      ['--insecure-registry', 'r.local:5000'],
    );
    expect(s).toEqual({ mirrors: ['https://m.example.com'], insecure: ['10.1.2.3/8', 'r.local:5000'] });
    expect(registrySettings(Buffer.from('{"debug": true}}'), [])).toBeUndefined();
    const expected = predictRegistry(s!, engine);
    if (typeof expected === 'string') throw new Error(expected);
    const info = {
      RegistryConfig: {
        Mirrors: ['https://m.example.com/'],
        InsecureRegistryCIDRs: ['127.0.0.0/8', '::1/128', '10.0.0.0/8'],
        IndexConfigs: {
          'docker.io': { Name: 'docker.io', Mirrors: ['https://m.example.com/'], Secure: true, Official: true },
          'r.local:5000': { Name: 'r.local:5000', Mirrors: [], Secure: false, Official: false },
        },
      },
    };
    expect(registryMismatches(expected, info)).toEqual([]);
    expect(registryMismatches(expected, { RegistryConfig: { ...info.RegistryConfig, Mirrors: null } })).toHaveLength(1);
  });
});

const summaries: string[] = [];

// One copy of the built CLI for the whole run (taken when the first version starts).
let ours: ReturnType<typeof snapshotBinary> | undefined;

afterAll(() => {
  stopLiveDaemons();
  ours?.dispose();
  reportAgreement(outDir, summaries, { heading: 'Agreement with real dockerd' });
});

describe.each(BINARIES)('dockerd from $label ($path)', ({ path }) => {
  let result: VersionRun;
  const recordedVersion = probeVersion(path);

  beforeAll(async () => {
    requireRoot();
    ours ??= snapshotBinary(repoRoot);
    result = await runVersion(path, ours.bin, allCases(), concurrency);
    const v = result.binary.version;
    const disagreements = result.comparisons.filter((c) => !c.agree);
    summaries.push(formatTally(v, result.comparisons, result.seconds));
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, `disagreements-${v}.txt`), `${disagreements.map(formatDisagreement).join('\n\n')}\n`);
    for (const { set } of caseSets())
      writeFileSync(join(outDir, `verdicts-${set.replace(/\W+/g, '_')}-${v}.tsv`), verdictsTsv(result, set));
  });

  it('validate agrees with dockerd on every case', () => {
    const disagreements = result.comparisons.filter((c) => !c.agree).map(formatDisagreement);
    console.log(formatTally(result.binary.version, result.comparisons, result.seconds));
    expect(result.comparisons.length).toBeGreaterThan(0);
    expect(disagreements).toEqual([]);
  });

  it('predicts /info RegistryConfig (mirrors, insecure CIDRs and hosts) of every daemon that started', () => {
    const withRegistry = result.registry
      .filter((r) => r.problems.length > 0)
      .map((r) => `${r.set}/${r.name}: ${r.problems.join('; ')}`);
    // The prediction was actually compared on a good number of running daemons.
    expect(result.registry.length).toBeGreaterThan(only ? -1 : 20);
    expect(withRegistry).toEqual([]);
  });

  // The harness is a port of run-corpus.sh: on the version the shared corpus was recorded with,
  // it must reproduce those verdicts (dockerd's, not ours).
  const record = recordedVersion ? recordFor(sharedCorpus, recordedVersion) : undefined;
  if (record) {
    it(`reproduces the shared corpus's recorded verdicts (${basename(record)})`, () => {
      const recorded = readVerdicts(record);
      const differing = result.runs
        .filter((r) => r.set === 'shared' && recorded.has(r.run.name) && recorded.get(r.run.name) !== r.run.verdict)
        .map((r) => `${r.run.name}: recorded ${recorded.get(r.run.name)}, now ${r.run.verdict} ${r.run.errorLine}`);
      expect(differing).toEqual([]);
    });
  }
});
