import type { GlobalOptions } from '../../src/cli/options.js';

/** The global options a unit test reads files with: JSON out, no questions, dockerd 28.5.2's rules. */
export const TEST_OPTIONS: GlobalOptions = {
  root: '/',
  json: true,
  yes: true,
  verbose: false,
  color: false,
  strict: false,
  engineVersion: '28.5.2',
};
