// The entry of the standalone executable (scripts/release/sea.mjs bundles it into one CommonJS
// file, and the SEA's own Node turns that into a V8 start-up snapshot). While the snapshot is
// built it runs the read-only commands once, output discarded, so that their compiled code and
// the tables they build are in the snapshot; at start it only runs main(), as bin/dockerd-config.js.
import { isSea } from 'node:sea';
import { startupSnapshot } from 'node:v8';
import { main, runProcess } from './main.js';

/** Set at build time: the command lines to run once before the snapshot is taken (JSON). */
const WARM_UP_ENV = 'DOCKERD_CONFIG_SEA_WARM_UP';

async function warmUp(runs: readonly (readonly string[])[]): Promise<void> {
  const { stdout, stderr } = process;
  const writes = [stdout.write, stderr.write] as const;
  const discard = ((...args: unknown[]) => {
    const done = args.find((a) => typeof a === 'function') as (() => void) | undefined;
    done?.();
    return true;
  }) as typeof stdout.write;
  stdout.write = discard;
  stderr.write = discard;
  try {
    // execa's modules, evaluated here rather than on every start that runs a program (restart,
    // reload: ~20 ms); nothing is spawned.
    await import('execa');
    for (const argv of runs) {
      const code = await main(argv);
      // A warm-up that fails with an internal error (70) warmed up the wrong path: stop the build.
      if (code === 70) throw new Error(`warm-up run failed (exit 70): ${argv.join(' ')}`);
    }
  } finally {
    [stdout.write, stderr.write] = writes;
    process.exitCode = undefined;
  }
}

if (startupSnapshot.isBuildingSnapshot()) {
  // A SEA gets [executable, executable, …words]; `node --snapshot-blob B -- …words` (how bench/
  // profiles the same snapshot) gets [node, …words].
  startupSnapshot.setDeserializeMainFunction(() => void runProcess(process.argv.slice(isSea() ? 2 : 1)));
  const runs = JSON.parse(process.env[WARM_UP_ENV] ?? '[]') as string[][];
  warmUp(runs).catch((error: unknown) => {
    process.stderr.write(`sea-entry: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
} else {
  // The same bundle run by a plain node (a SEA without a snapshot, or debugging).
  void runProcess(process.argv.slice(2));
}
