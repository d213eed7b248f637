// Regenerate docs/coverage.md (and, with --gaps FILE, the gap list) from src/validate/coverage/:
// bundle the pure renderer with esbuild, read the case files here, write the markdown.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The shared corpus sits beside the checkout (as the daemon tests expect it); missing, it fails loudly.
const CORPUS = join(root, '../shared/corpus/cases');

/** The cases of one folder: NAME.json and NAME.flags, named with `prefix`. */
export function readCases(dir, prefix = '') {
  if (!existsSync(dir)) return [];
  const names = new Set(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json') || f.endsWith('.flags'))
      .map((f) => f.replace(/\.(json|flags)$/, '')),
  );
  const read = (f) => (existsSync(join(dir, f)) ? readFileSync(join(dir, f), 'utf8') : undefined);
  return [...names].sort().map((n) => ({ name: prefix + n, json: read(`${n}.json`), flags: read(`${n}.flags`) }));
}

export function allCases() {
  if (!existsSync(CORPUS))
    throw new Error(`the shared corpus is missing: ${CORPUS} (check out ../shared beside the repo)`);
  return [...readCases(join(root, 'test/cases')), ...readCases(CORPUS, 'corpus/')];
}

async function main() {
  const result = await build({
    entryPoints: [join(root, 'src/validate/coverage/render.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    logLevel: 'warning',
  });
  const source = result.outputFiles[0].text;
  const mod = await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
  writeFileSync(join(root, 'docs/coverage.md'), mod.renderCoverage({ cases: allCases() }));
  const gaps = process.argv.indexOf('--gaps');
  if (gaps > 0) writeFileSync(process.argv[gaps + 1], mod.renderGaps());
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
