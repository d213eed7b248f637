#!/usr/bin/env node
// Start-up of the standalone executable against bare `node -e 0` of the same Node 24 binary, with
// its floors (a SEA whose main does nothing; a SEA from an empty snapshot) and today's bundle,
// measured side by side: N rounds, each running every variant once in a rotated order; medians.
//   node scripts/release/sea.mjs && node bench/startup.mjs [--pairs 40] [--exe release/dockerd-config-linux-x64]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makeExecutable } from '../scripts/release/sea/executable.mjs';
import { NODE_VERSION, nodeRuntime } from '../scripts/release/sea/runtime.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    pairs: { type: 'string', default: '40' },
    exe: { type: 'string', default: 'release/dockerd-config-linux-x64' },
  },
});
const pairs = Number(values.pairs);
const exe = resolve(root, values.exe);
if (!existsSync(exe)) {
  process.stderr.write(
    `bench: ${values.exe} is missing: build it with \`node scripts/release/sea.mjs\` (npm run release)\n`,
  );
  process.exit(1);
}
if (!existsSync(join(root, 'dist/cli.js'))) {
  process.stderr.write('bench: dist/cli.js is missing: run `npm run build`\n');
  process.exit(1);
}

const node24 = await nodeRuntime(root, 'x64');

/**
 * Today's bundle, copied: other work rebuilds dist/ while this runs. A copy taken mid-rebuild
 * does not start; it is taken again.
 */
function bundleCopy() {
  const dir = join(root, '.cache', 'bench', 'bundle');
  for (let attempt = 0; attempt < 10; attempt++) {
    rmSync(dir, { recursive: true, force: true });
    for (const part of ['bin', 'dist', 'package.json']) cpSync(join(root, part), join(dir, part), { recursive: true });
    const r = spawnSync(process.execPath, [join(dir, 'bin/dockerd-config.js'), '--version'], { encoding: 'utf8' });
    if (r.status === 0) return join(dir, 'bin/dockerd-config.js');
    spawnSync('sleep', ['2']);
  }
  throw new Error('dist/ did not hold a bundle that starts (run `npm run build`)');
}
const cli = bundleCopy();

/** The floors, built once per runtime version into .cache/sea/floors/. */
function floor(name, source, snapshot) {
  const dir = join(root, '.cache', 'sea', 'floors', `${name}-${NODE_VERSION}`);
  const out = join(dir, name);
  if (existsSync(out)) return out;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'main.cjs'), source);
  makeExecutable({ root, node: node24, main: join(dir, 'main.cjs'), out, work: dir, snapshot });
  return out;
}
const emptySea = floor('empty-sea', '', false);
const emptySnapshot = floor(
  'empty-snapshot',
  "require('node:v8').startupSnapshot.setDeserializeMainFunction(() => {});\n",
  true,
);

// The command of bench/startup.sh (a Debian docker.io host, version given: no dpkg lookup).
const validate = ['--root', 'fixtures/roots/debian-docker-io', '--engine-version', '28.5', 'validate'];
const variants = [
  { name: `bare \`node -e 0\` (node ${NODE_VERSION})`, argv: [node24, '-e', '0'], base: true },
  { name: 'SEA `validate`', argv: [exe, ...validate] },
  { name: 'SEA `--help`', argv: [exe, '--help'] },
  { name: 'floor: empty SEA (no snapshot)', argv: [emptySea] },
  { name: 'floor: SEA from an empty snapshot', argv: [emptySnapshot] },
  {
    name: `bundle \`validate\` on node ${process.versions.node}`,
    argv: [process.execPath, cli, ...validate],
  },
  {
    name: `bundle \`--help\` on node ${process.versions.node}`,
    argv: [process.execPath, 'bin/dockerd-config.js', '--help'],
  },
  {
    name: `bundle \`validate\` on node ${NODE_VERSION} (compile cache)`,
    argv: [node24, 'bin/dockerd-config.js', ...validate],
  },
];

const env = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  LANG: 'C.UTF-8',
  NO_COLOR: '1',
  HOME: process.env.HOME ?? '/root',
};
/** CPU time of the children that ended, user + system, in ms (clock ticks of 10 ms: summed over all runs). */
function childrenCpu() {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10;
}
const cpu = new Map();
function once(argv) {
  const cpuBefore = childrenCpu();
  const started = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  cpu.set(argv, (cpu.get(argv) ?? 0) + childrenCpu() - cpuBefore);
  if (r.status !== 0 || r.error) {
    throw new Error(
      `${argv.join(' ')}: ${r.error?.message ?? `exit ${r.status}`} ${String(r.stderr ?? '').slice(0, 500)}`,
    );
  }
  return ms;
}

const loadBefore = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
// Warm the page cache (the executables are 100+ MB) and the bundle's compile cache.
for (const v of variants) for (let i = 0; i < 3; i++) once(v.argv);
cpu.clear();
const times = variants.map(() => []);
for (let round = 0; round < pairs; round++) {
  for (let k = 0; k < variants.length; k++) {
    const i = (round + k) % variants.length;
    times[i].push(once(variants[i].argv));
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const baseIndex = variants.findIndex((v) => v.base);
const base = median(times[baseIndex]);
const cpuOf = (i) => (cpu.get(variants[i].argv) ?? 0) / pairs;
const lines = [
  `${pairs} rounds, interleaved; wall time of a spawn from node ${process.versions.node} (medians), and`,
  'CPU time, user + system of all its threads (means); load average before the run: ' + `${loadBefore}.`,
  '',
  '| variant | wall | ratio | CPU | ratio |',
  '| --- | ---: | ---: | ---: | ---: |',
];
variants.forEach((v, i) => {
  const m = median(times[i]);
  const c = cpuOf(i);
  lines.push(
    `| ${v.name} | ${m.toFixed(1)} ms | ${(m / base).toFixed(2)}× | ${c.toFixed(0)} ms | ${(c / cpuOf(baseIndex)).toFixed(2)}× |`,
  );
});
process.stdout.write(`${lines.join('\n')}\n`);
