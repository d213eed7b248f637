#!/usr/bin/env node
// `mirror add` with many URLs at once, `apply -` of the same list and `mirror remove` of it, on a temp --root (issue 14, point 10).
// Prints both sizes side by side; a benchmark, not a test: nothing is asserted.
//   node bench/mirror-scale.mjs [SIZES…]   (default 2000 20000; a run is cut off after BENCH_TIMEOUT s, default 600)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = process.env.BENCH_CLI ?? join(repo, 'bin', 'dockerd-config.js');
if (!existsSync(join(repo, 'dist', 'cli.js'))) execFileSync(process.execPath, [join(repo, 'scripts', 'build.mjs')]);
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const timeout = Number(process.env.BENCH_TIMEOUT ?? 600) * 1000;
const common = ['--no-restart', '--engine-version', '28.5', '--daemon-args', '', '--json'];

const urls = (n, salt) => Array.from({ length: n }, (_, i) => `https://m${i}-${salt}.example.com`);

function run(label, n, args, input) {
  const root = mkdtempSync(join(tmpdir(), 'mirror-scale-'));
  mkdirSync(join(root, 'etc', 'docker'), { recursive: true });
  // Half of the URLs are already there: the merge has to dedupe against the file, not only append.
  writeFileSync(
    join(root, 'etc', 'docker', 'daemon.json'),
    `${JSON.stringify({ 'registry-mirrors': urls(n / 2, 'a') }, null, 2)}\n`,
  );
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, '--root', root, ...args, ...common], {
    input,
    timeout,
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  rmSync(root, { recursive: true, force: true });
  const result =
    r.error?.code === 'ETIMEDOUT' || r.signal ? `> ${timeout / 1000} s (cut off)` : `${seconds.toFixed(2)} s`;
  return { label, n, result, exit: r.status };
}

const rows = [];
for (const n of sizes.length > 0 ? sizes : [2000, 20000]) {
  const adding = [...urls(n / 2, 'a'), ...urls(n / 2, 'b')];
  rows.push(run('mirror add', n, ['mirror', 'add', ...adding]));
  const desired = JSON.stringify({ 'registry-mirrors': adding });
  rows.push(run('apply -', n, ['apply', '-'], desired));
  rows.push(run('mirror remove', n, ['mirror', 'remove', ...adding]));
}
const labels = [...new Set(rows.map((r) => r.label))];
const ns = [...new Set(rows.map((r) => r.n))];
console.log(['command'.padEnd(14), ...ns.map((n) => `${n} URLs`.padStart(22))].join(''));
for (const label of labels) {
  const cells = ns.map((n) => {
    const r = rows.find((x) => x.label === label && x.n === n);
    return `${r.result} (exit ${r.exit ?? '-'})`.padStart(22);
  });
  console.log([label.padEnd(14), ...cells].join(''));
}
console.log(`node ${process.version}, ${new Date().toISOString()}`);
