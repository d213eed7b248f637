// The sentences of validate's own checks, jsonfile, repair, targets and plan come from the catalogue
// (i18n/messages/said/files.ts): the English is what --json prints, and a Chinese reader reads
// Chinese only (dockerd's own words aside, labelled as its).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/diagnostics/types.js';
import { parseEngineVersion, type EngineVersion } from '../../../src/engine/version.js';
import { english, sayIn, type Said } from '../../../src/i18n/said.js';
import { makePlan, type Intent } from '../../../src/plan/make-plan.js';
import type { PlanState } from '../../../src/plan/state.js';
import { repairDaemonJson, repairFailureDiagnostic } from '../../../src/repair/index.js';
import { readEnvFile, setEnvFileWords } from '../../../src/targets/env-file.js';
import { readServiceView } from '../../../src/targets/systemd/service-view.js';
import { parseUnitFile } from '../../../src/targets/systemd/unit-file.js';
import { validateConfig } from '../../../src/validate/index.js';
import { configPath, dockerdArgs, readCases, sharedCorpusDir, substituteBytes } from '../../helpers/corpus.js';
import { englishSentences } from '../../helpers/english.js';

const CJK = /[\u4e00-\u9fff]/;
const ENGINES = ['20.10.24+dfsg1', '26.1.5+dfsg1', '29.7.2'].map((v) => parseEngineVersion(v) as EngineVersion);
const host = { groupExists: () => true, fileReadable: () => false, readFile: () => undefined };

/** What is wrong with a diagnostic of ours: English only, English not what --json prints, English left in the Chinese. */
function faults(d: Diagnostic): string[] {
  const out: string[] = [];
  const check = (field: 'message' | 'hint', text: string | undefined, says: Said | undefined): void => {
    if (text === undefined) return;
    if (!says) return void out.push(`${d.id}: ${field} in English only: ${text}`);
    if (english(says) !== text) out.push(`${d.id}: ${field} is not its sentence: ${text}`);
    const zh = sayIn('zh', says);
    if (!CJK.test(zh)) out.push(`${d.id}: ${field} has no Chinese: ${zh}`);
    for (const left of englishSentences(zh)) out.push(`${d.id}: ${field} keeps English "${left}": ${zh}`);
  };
  check('message', d.message, d.says);
  check('hint', d.hint, d.hintSays);
  return out;
}

const ours = (d: Diagnostic): boolean => d.says?.key.startsWith('files.') ?? true;

describe('validate: the checks of validate/*.ts', () => {
  const cases = [
    `${sharedCorpusDir()}/cases`,
    new URL('../validate/real-cases/cases', import.meta.url).pathname,
  ].flatMap((dir) => readCases(dir));
  // The same command line from each place it can come from: the source is part of the sentence.
  const sources = [
    { kind: 'command-line' },
    { kind: 'env-file', path: '/etc/default/docker', line: 3 },
    { kind: 'unit', path: '/lib/systemd/system/docker.service', line: 14 },
    { kind: 'sysvinit' },
  ] as const;

  it('says each message and hint in Chinese, and the English is what it was', () => {
    const found = new Set<string>();
    let seen = 0;
    for (const c of cases)
      for (const engine of ENGINES)
        for (const source of sources) {
          const p = { tmp: '/tmp/dcorpus.case', port: 23456 };
          const bytes = substituteBytes(c.json, p);
          const args = dockerdArgs(bytes.toString('latin1'), c.flags, p, c.ownNetwork);
          const { diagnostics } = validateConfig({
            daemonJson: { path: configPath(p), bytes, explicit: true },
            args: args.map((value) => ({ value, source })),
            engine,
            host,
            strict: true,
          });
          for (const d of diagnostics.filter(ours)) {
            seen++;
            for (const f of faults(d)) found.add(`${c.name}: ${f}`);
          }
        }
    expect(seen).toBeGreaterThan(1000);
    expect([...found]).toEqual([]);
  });

  it('names the source in the reader’s words', () => {
    const { diagnostics } = validateConfig({
      daemonJson: { path: '/etc/docker/daemon.json', bytes: Buffer.from('{"debug": true}'), explicit: false },
      args: [{ value: '-D', source: { kind: 'env-file', path: '/etc/default/docker', line: 3 } }],
      engine: ENGINES[1]!,
      host,
      strict: false,
    });
    const conflict = diagnostics.find((d) => d.id === 'flag-file-conflict')!;
    expect(conflict.message).toBe(
      '"debug" is set in daemon.json and also by -D in DOCKER_OPTS in /etc/default/docker:3; dockerd refuses to start when a setting is in both places',
    );
    expect(sayIn('zh', conflict.says!)).toContain('/etc/default/docker:3 的 DOCKER_OPTS');
  });
});

describe('repair: its refusals', () => {
  const texts = readCases(`${sharedCorpusDir()}/cases`).map((c) => c.json.toString('utf8'));
  const damaged = texts.flatMap((t) => [
    t.slice(0, Math.floor(t.length / 2)),
    `${t}\n}\nx`,
    t.replace(/"/g, "'"),
    t.replace(/:/g, ' '),
    t.replace(/true/g, 'True'),
    t.replace(/,/g, '，'),
  ]);

  it('are said in Chinese, and in English as before', () => {
    const found = new Set<string>();
    let refused = 0;
    for (const text of damaged) {
      const r = repairDaemonJson(text);
      if (r.ok) continue;
      refused++;
      expect(r.reason).toBe(english(r.says));
      for (const f of faults(repairFailureDiagnostic('/etc/docker/daemon.json', r))) found.add(f);
    }
    expect(refused).toBeGreaterThan(100);
    expect([...found]).toEqual([]);
  });

  it('name the other top-level object by its place in the file', () => {
    const r = repairDaemonJson('{"debug": true}\n{"debug": false}\n');
    expect(r).toMatchObject({
      ok: false,
      reason:
        '"debug" is set on line 1 and again, to a different value, in the second top-level object; keep one by hand',
    });
    if (!r.ok) expect(sayIn('zh', r.says)).toContain('第 2 个顶层对象');
  });
});

describe('targets: env files and units', () => {
  const envFiles = [
    'DOCKER_OPTS="--debug\n',
    'export DOCKER_OPTS="-H $HOST `id` $((1+1)) ~"\r\n',
    'DOCKER_OPTS=a\\ b\nDOCKER_OPTS=c echo\n',
    'if true; then DOCKER_OPTS="--x"; fi\n',
    'DOCKER_OPTS=\'--label "a b"\'\n',
    'DOCKER_OPTS="*"\n',
    '# c \\\nDOCKER_OPTS="-D"\n',
    'DOCKER_OPTS="a\nb"\n',
    'DOCKER_OPTS=--a\nDOCKER_OPTS=--b # x\n',
  ];

  it('says why sh and systemd read DOCKER_OPTS differently, in Chinese', () => {
    const diagnostics = envFiles.flatMap((text) => readEnvFile(text, '/etc/default/docker').diagnostics);
    expect(diagnostics.length).toBe(envFiles.length);
    expect(diagnostics.flatMap(faults)).toEqual([]);
    expect(sayIn('zh', diagnostics[1]!.says!)).toContain('命令替换和算术展开');
  });

  it('says why a word cannot go into DOCKER_OPTS', () => {
    const r = setEnvFileWords('DOCKER_OPTS=""\n', ['--label', 'a b']);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(englishSentences(sayIn('zh', r.says))).toEqual([]);
  });

  it('says what systemd makes of a broken unit, in Chinese', () => {
    const units = [
      'x=1\n[Service]\nExecStart=/usr/bin/dockerd "unbalanced\nEnvironment="A=1\nEnvironment=1x=2\n[Broken\nfoo\n=bar\n',
      '[Service]\nExecStart=/usr/bin/dockerd \\q %Z\n',
      '[Service]\nExecStart=/usr/bin/dockerd\nExecStart=/usr/bin/x\n',
      '[Service]\nType=simple\n',
      '[Service]\nExecStart=""\n',
    ];
    const spec = {
      unitName: 'docker.service',
      unitPath: '/lib/systemd/system/docker.service',
      scope: 'system' as const,
    };
    const diagnostics = units.flatMap(
      (u) => readServiceView([parseUnitFile(u, '/lib/systemd/system/docker.service', 'unit')], spec).diagnostics,
    );
    expect(diagnostics.length).toBeGreaterThan(9);
    expect(diagnostics.flatMap(faults)).toEqual([]);
  });
});

describe('plan: its refusals', () => {
  const state = (json: string | null, readBy: string[] = ['init script']): PlanState => ({
    engine: ENGINES[1]!,
    daemonJson: { path: '/etc/docker/daemon.json', text: json },
    envFile: { path: '/etc/default/docker', text: 'DOCKER_OPTS="-D"\n', words: ['-D'], readBy },
    args: [{ value: '--mtu=1400', source: { kind: 'unit', path: '/lib/systemd/system/docker.service', line: 9 } }],
    manager: 'systemd',
  });
  const refusals = (s: PlanState, intents: Intent[], target?: 'env-file') =>
    makePlan(s, intents, target ? { target } : {}).diagnostics;

  it('are said in Chinese', () => {
    const diagnostics = [
      ...refusals(state('{"debug": true,}'), [{ kind: 'set', key: 'debug', value: false }]),
      ...refusals(state('{}'), [{ kind: 'set', key: 'mtu', value: 1400 }]),
      ...refusals(state('[]'), [{ kind: 'set', key: 'log-level', value: 'warn' }]),
      ...refusals(state('{"labels": "x"}'), [{ kind: 'add', key: 'labels', values: ['a'] }]),
      ...refusals(state(null), [{ kind: 'set', key: 'proxies', value: {} }], 'env-file'),
      ...refusals(state(null, []), [{ kind: 'set', key: 'debug', value: true }], 'env-file'),
      ...refusals(state(null), [{ kind: 'add', key: 'labels', values: ['a b'] }], 'env-file'),
    ];
    expect(diagnostics.map((d) => d.id)).toEqual([
      'file-unparsable',
      'invalid-value',
      'invalid-type',
      'invalid-type',
      'invalid-value',
      'env-file-ignored',
      'invalid-value',
    ]);
    expect(diagnostics.flatMap(faults)).toEqual([]);
  });
});

describe('the catalogue', () => {
  it('keeps dockerd’s own words under the label the English test helper removes', () => {
    const text = readFileSync(new URL('../../../src/i18n/messages/said/files.ts', import.meta.url), 'utf8');
    const zh = text.slice(text.indexOf('export const zh'));
    const quoted = zh.split('${p.dockerd}').length - 1;
    expect(quoted).toBeGreaterThan(0);
    expect(zh.split('（dockerd 的原话：${p.dockerd}）').length - 1).toBe(quoted);
  });
});
