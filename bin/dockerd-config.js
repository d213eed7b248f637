#!/usr/bin/env node
// The published entry point: loads the bundle that `npm ci` (prepare) builds.
import module from 'node:module';

// Node 22.1+ keeps compiled code between runs (start-up is most of a short command's time);
// on Node 20 this is absent and nothing changes.
module.enableCompileCache?.();

// `dockerd-config … | head`: a reader that stopped reading is not our error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const { main } = await import('../dist/cli.js');
process.exitCode = await main(process.argv.slice(2));
