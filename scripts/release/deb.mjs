#!/usr/bin/env node
// The Debian package: dockerd-config_<version>_<arch>.deb from a built executable, with dpkg-deb
// (files owned by root through --root-owner-group, no fakeroot). No maintainer scripts and no
// conffiles: removing the package leaves every configuration file and backup where it is.
//   node scripts/release/deb.mjs [--exe release/dockerd-config-linux-x64] [--out release]
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const packaging = join(root, 'packaging');

export const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** Where people read about it: package.json's homepage, else the npm package's page. */
export const HOMEPAGE = pkg.homepage ?? `https://www.npmjs.com/package/${pkg.name}`;
export const PLUGIN = 'daemonconfig';

/** The executable's arch (sea.mjs names) → Debian's. */
const DEB_ARCH = { x64: 'amd64', arm64: 'arm64' };

/** The shared libraries Node links, by Debian package: anything else fails the build. */
const LIB_PACKAGE = {
  'libc.so.6': 'libc6',
  'libm.so.6': 'libc6',
  'libdl.so.2': 'libc6',
  'libpthread.so.0': 'libc6',
  'librt.so.1': 'libc6',
  'ld-linux-x86-64.so.2': 'libc6',
  'ld-linux-aarch64.so.1': 'libc6',
  'libstdc++.so.6': 'libstdc++6',
  'libgcc_s.so.1': 'libgcc-s1',
};

/** The GCC release that first had a libstdc++ symbol version (GCC's own libstdc++ ABI table). */
const GLIBCXX_GCC = {
  '3.4.19': '4.8',
  '3.4.20': '4.9',
  '3.4.21': '5',
  '3.4.22': '6',
  '3.4.23': '7',
  '3.4.24': '7',
  '3.4.25': '8',
  '3.4.26': '9',
  '3.4.28': '10',
  '3.4.29': '11',
  '3.4.30': '12',
  '3.4.31': '13',
};
const CXXABI_GCC = {
  '1.3.7': '4.8',
  '1.3.8': '4.9',
  '1.3.9': '5',
  '1.3.10': '6',
  '1.3.11': '7',
  '1.3.12': '9',
  '1.3.13': '11',
  '1.3.14': '13',
};

const cmpVersion = (a, b) => {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++)
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
};
const newest = (versions) => versions.sort(cmpVersion).at(-1);

/**
 * Depends, from what the executable links (objdump -p NEEDED) and the newest symbol versions it
 * asks for (objdump -T). dpkg-shlibdeps would say libc6 (>= 2.34) on this Debian 12 box, because
 * its libc6 symbols file dates pthread_* to their move into libc.so.6; the executable takes them
 * from libpthread.so.0, which glibc 2.28 already has (Node 24's own floor).
 */
export function dependsOf(executable) {
  const headers = execFileSync('objdump', ['-p', executable], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const needed = [...headers.matchAll(/^\s*NEEDED\s+(\S+)$/gm)].map((m) => m[1]);
  const unknown = needed.filter((lib) => !LIB_PACKAGE[lib]);
  if (unknown.length > 0)
    throw new Error(`${executable} links ${unknown.join(', ')}: add its Debian package to deb.mjs`);
  const symbols = execFileSync('objdump', ['-T', executable], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const refs = (prefix) => [
    ...new Set([...symbols.matchAll(new RegExp(`\\b${prefix}_([0-9.]+)\\b`, 'g'))].map((m) => m[1])),
  ];
  const packages = new Set(needed.map((lib) => LIB_PACKAGE[lib]));
  const depends = [];
  if (packages.has('libc6')) depends.push(`libc6 (>= ${newest(refs('GLIBC'))})`);
  if (packages.has('libgcc-s1')) depends.push(`libgcc-s1 (>= ${newest(refs('GCC')) ?? '3.0'})`);
  if (packages.has('libstdc++6')) {
    const gcc = [
      ...refs('GLIBCXX').map((v) => GLIBCXX_GCC[v] ?? (cmpVersion(v, '3.4.19') < 0 ? '4.8' : undefined)),
      ...refs('CXXABI').map((v) => CXXABI_GCC[v] ?? (cmpVersion(v, '1.3.7') < 0 ? '4.8' : undefined)),
    ];
    if (gcc.includes(undefined)) throw new Error(`${executable}: a libstdc++ symbol version deb.mjs does not know`);
    depends.push(`libstdc++6 (>= ${newest(gcc)})`);
  }
  return depends.join(', ');
}

/** The top entry of packaging/changelog: its version must be package.json's. */
export function changelogTop() {
  const text = readFileSync(join(packaging, 'changelog'), 'utf8');
  const head = /^dockerd-config \(([^)]+)\)/.exec(text);
  const trailer = /^ -- (.+ <[^>]+>) {2}(.+)$/m.exec(text);
  if (!head || !trailer) throw new Error('packaging/changelog: no entry in Debian changelog format');
  if (head[1] !== pkg.version)
    throw new Error(`packaging/changelog's newest entry is ${head[1]}, package.json says ${pkg.version}: add an entry`);
  return { text, maintainer: trailer[1], date: new Date(trailer[2]) };
}

/** The docker CLI plugin shim, answering the metadata itself and exec'ing `executable`. */
export function shimText(executable) {
  const metadata = JSON.stringify({
    SchemaVersion: '0.1.0',
    Vendor: 'dockerd-config',
    Version: pkg.version,
    ShortDescription: 'Manage and diagnose the Docker daemon configuration',
    URL: HOMEPAGE,
  });
  if (metadata.includes("'")) throw new Error('the plugin metadata must not hold a single quote (the shim quotes it)');
  return readFileSync(join(packaging, 'docker-daemonconfig.in'), 'utf8')
    .replace('@METADATA@', metadata)
    .replace('@EXECUTABLE@', executable);
}

/** The manual page, with the version and the changelog's date. */
export function manPage(date) {
  return readFileSync(join(packaging, 'dockerd-config.1.in'), 'utf8')
    .replaceAll('@VERSION@', pkg.version)
    .replaceAll('@DATE@', date.toISOString().slice(0, 10));
}

/** The completion scripts, from the executable when it runs here, else from the checkout's bundle. */
function completionScript(executable, shell) {
  const run = (file, args) => execFileSync(file, args, { encoding: 'utf8', env: { PATH: '/usr/bin:/bin' } });
  try {
    return run(executable, ['completion', shell]);
  } catch {
    return run(process.execPath, [join(root, 'bin/dockerd-config.js'), 'completion', shell]);
  }
}

const gzip = (text) => gzipSync(Buffer.from(text), { level: 9 });

function walk(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    out.push(path);
    if (entry.isDirectory()) walk(path, out);
  }
  return out;
}

/** Builds the .deb of `executable` (release/dockerd-config-linux-<arch>) into `out`; returns its path. */
export function buildDeb({ executable, out }) {
  const arch = DEB_ARCH[/-linux-(\w+)$/.exec(basename(executable))?.[1]];
  if (!arch) throw new Error(`${executable}: not named dockerd-config-linux-x64 or -arm64`);
  const { text: changelog, maintainer, date } = changelogTop();
  const stage = mkdtempSync(join(tmpdir(), 'dockerd-config-deb-'));
  try {
    const put = (path, content, mode) => {
      const file = join(stage, path);
      mkdirSync(dirname(file), { recursive: true });
      if (Buffer.isBuffer(content) || typeof content === 'string') writeFileSync(file, content);
      else copyFileSync(content.copy, file);
      chmodSync(file, mode);
    };
    put('usr/bin/dockerd-config', { copy: executable }, 0o755);
    put(`usr/libexec/docker/cli-plugins/docker-${PLUGIN}`, shimText('/usr/bin/dockerd-config'), 0o755);
    put('usr/share/bash-completion/completions/dockerd-config', completionScript(executable, 'bash'), 0o644);
    put('usr/share/zsh/vendor-completions/_dockerd-config', completionScript(executable, 'zsh'), 0o644);
    put('usr/share/man/man1/dockerd-config.1.gz', gzip(manPage(date)), 0o644);
    put(
      'usr/share/doc/dockerd-config/copyright',
      readFileSync(join(packaging, 'copyright'), 'utf8').replace('@HOMEPAGE@', HOMEPAGE),
      0o644,
    );
    put('usr/share/doc/dockerd-config/changelog.gz', gzip(changelog), 0o644);
    // Optional: lintian's overrides, each justified in packaging/lintian-overrides.
    try {
      put(
        'usr/share/lintian/overrides/dockerd-config',
        readFileSync(join(packaging, 'lintian-overrides'), 'utf8'),
        0o644,
      );
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
    }

    const files = walk(join(stage, 'usr')).filter((p) => statSync(p).isFile());
    const md5sums = files
      .map((p) => `${createHash('md5').update(readFileSync(p)).digest('hex')}  ${p.slice(stage.length + 1)}\n`)
      .join('');
    const dirs = walk(join(stage, 'usr')).filter((p) => statSync(p).isDirectory()).length + 1;
    // As dpkg-gencontrol counts it: KiB per file, rounded up, plus one per directory.
    const installedSize = files.reduce((n, p) => n + Math.ceil(statSync(p).size / 1024), 0) + dirs;
    const control = readFileSync(join(packaging, 'control.in'), 'utf8')
      .replace('@VERSION@', pkg.version)
      .replace('@ARCH@', arch)
      .replace('@MAINTAINER@', maintainer)
      .replace('@INSTALLED_SIZE@', String(installedSize))
      .replace('@DEPENDS@', dependsOf(executable))
      .replace('@HOMEPAGE@', HOMEPAGE);
    put('DEBIAN/control', control, 0o644);
    put('DEBIAN/md5sums', md5sums, 0o644);
    for (const p of walk(stage)) {
      if (statSync(p).isDirectory()) chmodSync(p, 0o755);
      // The changelog's date on every member: the same inputs give the same package.
      utimesSync(p, date, date);
    }
    chmodSync(stage, 0o755);

    mkdirSync(out, { recursive: true });
    const deb = join(out, `${pkg.name}_${pkg.version}_${arch}.deb`);
    execFileSync(
      'dpkg-deb',
      ['--root-owner-group', '-Zxz', '-z6', `--threads-max=${availableParallelism()}`, '--build', stage, deb],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, SOURCE_DATE_EPOCH: String(Math.floor(date.getTime() / 1000)) },
      },
    );
    return deb;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      exe: { type: 'string', default: 'release/dockerd-config-linux-x64' },
      out: { type: 'string', default: 'release' },
    },
  });
  const deb = buildDeb({ executable: resolve(root, values.exe), out: resolve(root, values.out) });
  process.stdout.write(`deb: ${deb}\n`);
}
