// Issue 12's "done when": `npm start` (the demo) fits on one screen and says everything once; the
// Chinese output of doctor and validate on the demo root holds no English sentence of ours; --json
// keeps its English messages and gains nothing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { englishSentences } from '../../helpers/english.js';
import { runCli } from '../../helpers/run-cli.js';
import { repoRoot } from '../../helpers/temp-root.js';

const DEMO = 'fixtures/roots/broken-debian';
const demo = (...args: string[]) => runCli(['--root', `${repoRoot}/${DEMO}`, ...args]);

/** The commands of `npm start`, as package.json runs them (`node bin/dockerd-config.js ARGS; …`). */
function startCommands(): string[][] {
  const script = (JSON.parse(readFileSync(`${repoRoot}/package.json`, 'utf8')) as { scripts: { start: string } })
    .scripts.start;
  return script.split(';').map((c) =>
    c
      .trim()
      .split(/\s+/)
      .slice(2)
      .map((w) => (w === DEMO ? `${repoRoot}/${DEMO}` : w)),
  );
}

/**
 * Rows on a 100×30 terminal, long lines wrapped, less the 4 npm prints first; the clone's own path
 * (in every file name) is left out, as it is not the demo's.
 */
const SCREEN = { columns: 100, rows: 30 - 4 };
const rows = (text: string): number =>
  text
    .replaceAll(`${repoRoot}/`, '')
    .replace(/\n$/, '')
    .split('\n')
    .reduce((n, line) => n + Math.max(1, Math.ceil([...line].length / SCREEN.columns)), 0);

describe('npm start, the demo', () => {
  it('fits on one screen and says each finding once', async () => {
    let out = '';
    for (const args of startCommands()) {
      const run = await runCli(args);
      out += run.stdout + run.stderr;
    }
    expect(rows(out), out).toBeLessThanOrEqual(SCREEN.rows);
    const ids = [...out.matchAll(/\[([a-z0-9-]+)\]/g)].map((m) => m[1]);
    expect(ids.length, out).toBeGreaterThan(0);
    expect(ids, out).toEqual([...new Set(ids)]);
    const lines = out.split('\n').filter((l) => l.trim() !== '');
    expect(lines, out).toEqual([...new Set(lines)]);
  });

  it('shows the finding that matters most: the API open to the network without TLS', async () => {
    const run = await demo('doctor', '--offline');
    expect(run.stdout).toMatch(/✗ .*tcp:\/\/0\.0\.0\.0:2375.*\[tcp-without-tls\]/);
  });
});

describe('the demo root in Chinese', () => {
  it.each([
    ['doctor', ['doctor', '--offline']],
    ['doctor --fix --dry-run', ['doctor', '--offline', '--fix', '--dry-run']],
    ['validate', ['validate']],
  ])('%s: no English sentence of ours', async (_name, args) => {
    const run = await demo('--lang', 'zh', ...args);
    const out = run.stdout + run.stderr;
    expect(out).toMatch(/[\u4e00-\u9fff]/);
    expect(englishSentences(out), out).toEqual([]);
  });
});

describe('--json', () => {
  it('keeps English messages and carries no catalogue keys', async () => {
    const run = await demo('--lang', 'zh', 'validate', '--json');
    expect(run.stdout).not.toMatch(/"says"|"hintSays"/);
    expect(run.stdout).not.toMatch(/[\u4e00-\u9fff]/);
    expect(run.json<{ diagnostics: { message: string }[] }>().diagnostics[0]?.message).toMatch(/^invalid JSON/);
  });
});
