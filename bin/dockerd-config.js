#!/usr/bin/env node
// The published entry point: loads the bundle that `npm ci` (prepare) builds.
import module from 'node:module';

// Node 22.1+ keeps compiled code between runs (start-up is most of a short command's time);
// on Node 20 this is absent and nothing changes.
module.enableCompileCache?.();

const { runProcess } = await import('../dist/cli.js');
await runProcess(process.argv.slice(2));
