import type { Translate } from '../i18n/index.js';
import { sourceWords } from '../i18n/source-words.js';
import type { Source } from '../diagnostics/types.js';

/** "/etc/docker/daemon.json:3" for the file, "DOCKER_OPTS in /etc/default/docker:12" for flags. */
export function describeSource(source: Source, t: Translate): string {
  if (source.kind === 'daemon-json')
    return `${source.path ?? 'daemon.json'}${source.line !== undefined ? `:${source.line}` : ''}`;
  return sourceWords(source, t);
}
