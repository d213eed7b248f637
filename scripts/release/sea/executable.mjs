// A single executable application from a bundle: the blob made by the runtime that will carry it
// (a snapshot is specific to the binary that made it), injected into a stripped copy of it.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SENTINEL_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

/**
 * Builds `out` from `main` (one CommonJS file) with the runtime `node`, in `work` (a scratch
 * directory). `snapshot`: useSnapshot, with `env` for the snapshot-building run (the warm-up).
 * Returns the sizes: `raw` (runtime + blob), `stripped` (the result) and `blob`.
 */
export function makeExecutable({ root, node, main, out, work, snapshot, env = {}, cwd = work }) {
  const blob = join(work, 'sea.blob');
  const config = join(work, 'sea.json');
  writeFileSync(
    config,
    `${JSON.stringify(
      {
        main,
        output: blob,
        disableExperimentalSEAWarning: true,
        useSnapshot: snapshot,
        // NODE_OPTIONS is ignored: the tool run by a script or a person must not change with the
        // caller's environment (a --require there would run code in it; Node 20's snapshot SEAs even
        // refused to start with a V8 flag there, exit 14).
        execArgvExtension: 'none',
      },
      null,
      2,
    )}\n`,
  );
  // --no-warnings: the snapshot builder warns for every built-in it has not verified (fs, module …);
  // the executable is checked by running it instead (scripts/release/sea.mjs, test/e2e/release).
  try {
    execFileSync(node, ['--no-warnings', '--experimental-sea-config', config], {
      cwd,
      env: { ...process.env, NODE_OPTIONS: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    // V8 says which object it could not serialise ("global handle not serialized: …HTTPParser…").
    process.stderr.write(`${error.stdout ?? ''}${error.stderr ?? ''}`);
    throw new Error(`the snapshot/blob build failed (${error.signal ?? `exit ${error.status}`}): ${config}`);
  }

  const part = `${out}.part`;
  rmSync(part, { force: true });
  copyFileSync(node, part);
  chmodSync(part, 0o755);
  const raw = statSync(part).size + statSync(blob).size;
  let stripped = false;
  try {
    // Before injecting: strip rewrites the ELF file and would not keep the injected note.
    execFileSync('strip', [part], { stdio: ['ignore', 'ignore', 'pipe'] });
    stripped = true;
  } catch (error) {
    process.stderr.write(
      `sea: not stripped (${error.code === 'ENOENT' ? 'strip is missing: apt-get install binutils' : error.message})\n`,
    );
  }
  try {
    execFileSync(
      process.execPath,
      [join(root, 'node_modules/postject/dist/cli.js'), part, 'NODE_SEA_BLOB', blob, '--sentinel-fuse', SENTINEL_FUSE],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
  } catch (error) {
    // postject (LIEF) is noisy on success; its output is shown only when it failed.
    process.stderr.write(`${error.stdout ?? ''}${error.stderr ?? ''}`);
    throw new Error(`postject failed on ${part}: ${error.message}`);
  }
  renameSync(part, out);
  return {
    raw,
    stripped: stripped ? statSync(out).size : undefined,
    size: statSync(out).size,
    blob: statSync(blob).size,
  };
}
