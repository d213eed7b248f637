#!/usr/bin/env node
// The published entry point: loads the bundle that `npm ci` (prepare) builds.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
