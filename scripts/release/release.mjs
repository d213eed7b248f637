#!/usr/bin/env node
// `npm run release`: every artefact into release/, from a clean directory:
//   dockerd-config-linux-<arch>        the standalone executable (scripts/release/sea.mjs)
//   dockerd-config-linux-<arch>.xz     its xz -6 copy
//   dockerd-config_<version>_<arch>.deb (scripts/release/deb.mjs)
//   dockerd-config-<version>.tgz       the npm package (npm pack)
//   docker-daemonconfig                the docker CLI plugin shim for ~/.docker/cli-plugins
//   SHA256SUMS                         of all the above (cd release && sha256sum -c SHA256SUMS)
// Prints each step's time and each artefact's size. test/e2e/release/ checks the result.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  copyFileSync,
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildDeb, pkg, shimText } from './deb.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// --out: another directory than release/ (the tests' default reads release/).
// --executables DIR: package the executables sea.mjs already built there instead of building them.
const { values } = parseArgs({
  options: { out: { type: 'string', default: 'release' }, executables: { type: 'string' } },
});
const out = resolve(root, values.out);
const say = (line) => process.stdout.write(`release: ${line}\n`);
const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;
const started = Date.now();

async function step(name, fn) {
  const t0 = Date.now();
  const result = await fn();
  say(`${name}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return result;
}

const run = (file, args, options = {}) => execFileSync(file, args, { cwd: root, stdio: 'inherit', ...options });

/** The tools the steps run: missing ones fail before anything is built. */
function checkTools() {
  const tools = { 'dpkg-deb': 'dpkg', objdump: 'binutils', xz: 'xz-utils', npm: 'npm' };
  const missing = Object.entries(tools).filter(([tool]) => {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length > 0)
    throw new Error(
      `missing ${missing.map(([t, p]) => `${t} (Debian package ${p})`).join(', ')}: run bash scripts/provision.sh as root`,
    );
}

/** xz -6 of `file` next to it, by a child writing the file itself (it runs while the .deb is built). */
function xzCopy(file) {
  const fd = openSync(`${file}.xz`, 'w');
  return new Promise((resolvePromise, reject) => {
    const child = spawn('xz', ['-6', '-T0', '-c', file], { stdio: ['ignore', fd, 'inherit'] });
    child.on('error', reject);
    child.on('close', (code) => {
      closeSync(fd);
      if (code === 0) resolvePromise(`${file}.xz`);
      else reject(new Error(`xz ${file}: exit ${code}`));
    });
  });
}

/**
 * npm pack of the files package.json's "files" names, from a staging directory whose package.json
 * has no scripts and no devDependencies: the tarball installs nothing and runs nothing (its
 * `prepare` builds a checkout, and would only make npm warn about an install script).
 */
function npmPack() {
  const listed = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }),
  )[0].files.map((f) => f.path);
  const stage = mkdtempSync(join(tmpdir(), 'dockerd-config-pack-'));
  try {
    for (const path of listed) {
      if (path === 'package.json') continue;
      mkdirSync(dirname(join(stage, path)), { recursive: true });
      copyFileSync(join(root, path), join(stage, path));
      chmodSync(join(stage, path), statSync(join(root, path)).mode & 0o777);
    }
    const { scripts: _scripts, devDependencies: _dev, ...published } = pkg;
    writeFileSync(join(stage, 'package.json'), `${JSON.stringify(published, null, 2)}\n`);
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', out], {
        cwd: stage,
        encoding: 'utf8',
      }),
    );
    return join(out, packed.filename);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

const sha256 = (file) =>
  new Promise((resolvePromise, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolvePromise(hash.digest('hex')));
  });

checkTools();
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

await step('bundle (scripts/build.mjs)', () => run(process.execPath, ['scripts/build.mjs']));
if (values.executables === undefined)
  await step('executables (scripts/release/sea.mjs)', () =>
    run(process.execPath, ['scripts/release/sea.mjs', '--arch', 'x64,arm64', '--out', out]),
  );
else
  for (const arch of ['x64', 'arm64']) {
    const built = join(resolve(root, values.executables), `dockerd-config-linux-${arch}`);
    if (existsSync(built)) copyFileSync(built, join(out, `dockerd-config-linux-${arch}`));
  }
const executables = ['x64', 'arm64'].map((arch) => join(out, `dockerd-config-linux-${arch}`)).filter(existsSync);
if (!executables.some((e) => e.endsWith('-x64')))
  throw new Error('scripts/release/sea.mjs made no release/dockerd-config-linux-x64');

await step('.deb and xz copies', async () => {
  const copies = executables.map(xzCopy);
  for (const executable of executables) say(`built ${buildDeb({ executable, out })}`);
  await Promise.all(copies);
});
await step('npm pack', () => say(`packed ${npmPack()}`));
// The shim for ~/.docker/cli-plugins: it runs the dockerd-config found on PATH.
writeFileSync(join(out, 'docker-daemonconfig'), shimText('dockerd-config'), { mode: 0o755 });

const artefacts = readdirSync(out)
  .filter((name) => name !== 'SHA256SUMS')
  .sort();
const sums = await Promise.all(artefacts.map(async (name) => `${await sha256(join(out, name))}  ${name}\n`));
writeFileSync(join(out, 'SHA256SUMS'), sums.join(''));

say(`done in ${((Date.now() - started) / 1000).toFixed(1)} s (${pkg.name} ${pkg.version})`);
for (const name of [...artefacts, 'SHA256SUMS']) say(`  ${name}  ${mb(statSync(join(out, name)).size)}`);
