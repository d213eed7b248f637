import type { Source } from './source.js';

/** One word of dockerd's command line, with where it came from (unit, drop-in, DOCKER_OPTS …). */
export interface DaemonArg {
  value: string;
  source: Source;
}
