#!/usr/bin/env node
// The standalone executable: release/dockerd-config-linux-<arch>, a Node single executable
// application on the pinned Node 24 runtime from the npm registry, started from a warmed-up V8
// start-up snapshot (reach.md 4.2). Needs nothing on the host: no node, no files next to it.
//   node scripts/release/sea.mjs [--arch x64|arm64|x64,arm64] [--out release]
// A rerun is offline: the runtime is cached (and checked) under .cache/node-runtime/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bundleForSnapshot } from './sea/bundle.mjs';
import { makeExecutable } from './sea/executable.mjs';
import { canRun, NODE_VERSION, nodeRuntime, RUNTIMES } from './sea/runtime.mjs';
import { warmUpRuns } from './sea/warm-up.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: { arch: { type: 'string', default: 'x64' }, out: { type: 'string', default: 'release' } },
});
const out = resolve(root, values.out);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const say = (line) => process.stdout.write(`sea: ${line}\n`);
const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;

/** The generated ajv validator (scripts/build.mjs) must be there and newer than the schema. */
function ensureGenerated() {
  const generated = join(root, 'src/generated/daemon-schema.js');
  const schema = join(root, 'schemas/daemon.schema.json');
  if (existsSync(generated) && statSync(generated).mtimeMs >= statSync(schema).mtimeMs) return;
  say('src/generated/ is missing or older than the schema: running scripts/build.mjs');
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
}

async function buildArch(arch) {
  const started = Date.now();
  const name = `dockerd-config-linux-${arch}`;
  if (!(arch in RUNTIMES)) throw new Error(`--arch ${arch}: known are ${Object.keys(RUNTIMES).join(', ')}`);
  const runnable = canRun(arch);
  if (!runnable.ok) {
    say(`${name}: skipped: ${runnable.why}`);
    return;
  }
  const node = await nodeRuntime(root, arch, say);
  try {
    execFileSync(node, ['-e', '0'], { stdio: 'ignore', env: {} });
  } catch (error) {
    say(`${name}: skipped: the ${arch} runtime does not run here (${error.message.split('\n')[0]})`);
    return;
  }

  const work = join(root, '.cache', 'sea', arch);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const main = join(work, 'sea.cjs');
  await bundleForSnapshot(root, main);
  // The warm-up reads and dry-runs on copies, in a directory that is not the checkout.
  const scratch = mkdtempSync(join(tmpdir(), 'dockerd-config-sea-'));
  let sizes;
  try {
    sizes = makeExecutable({
      root,
      node,
      main,
      out: join(out, name),
      work,
      snapshot: true,
      cwd: scratch,
      env: {
        DOCKERD_CONFIG_SEA_WARM_UP: JSON.stringify(warmUpRuns(root, scratch)),
        NO_COLOR: '1',
        LANG: 'C.UTF-8',
        LC_ALL: '',
        LC_MESSAGES: '',
      },
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  // The executable must answer as itself, with nothing around it.
  const version = execFileSync(join(out, name), ['--version'], { env: {}, encoding: 'utf8' }).trim();
  if (version !== pkg.version)
    throw new Error(`${name} --version printed ${JSON.stringify(version)}, not ${pkg.version}`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  say(
    `${join(values.out, name)}: ${mb(sizes.size)} (runtime node ${NODE_VERSION} ${sizes.stripped ? 'stripped' : 'not stripped'}, ` +
      `${mb(sizes.raw)} unstripped; snapshot blob ${mb(sizes.blob)}), built in ${seconds} s`,
  );
}

mkdirSync(out, { recursive: true });
ensureGenerated();
for (const arch of values.arch.split(',')) await buildArch(arch.trim());
