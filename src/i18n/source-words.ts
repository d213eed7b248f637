import type { Source } from '../diagnostics/types.js';
import type { MessageKey } from './catalogue.js';
import type { Translate } from './index.js';
import { said, type Said } from './said.js';

type SourceWord =
  | 'unit'
  | 'dropIn'
  | 'envFile'
  | 'sysvinit'
  | 'daemonArgs'
  | 'commandLine'
  | 'daemonJson'
  | 'hostsToml'
  | 'certificate';

/** Which words name the source, and its " path:line" (those without a place ignore it). */
function wordsFor(source: Source): { word: SourceWord; where: string } {
  const where = source.path ? ` ${source.path}${source.line !== undefined ? `:${source.line}` : ''}` : '';
  switch (source.kind) {
    case 'unit':
      return { word: 'unit', where };
    case 'drop-in':
      return { word: 'dropIn', where };
    case 'env-file':
      return { word: 'envFile', where: where || ' /etc/default/docker' };
    case 'sysvinit':
      return { word: 'sysvinit', where: where || ' /etc/init.d/docker' };
    case 'daemon-args':
      return { word: 'daemonArgs', where };
    case 'command-line':
      return { word: 'commandLine', where };
    case 'daemon-json':
      return { word: 'daemonJson', where };
    case 'hosts-toml':
      return { word: 'hostsToml', where };
    case 'certificate':
      return { word: 'certificate', where };
  }
}

/** "the service unit /lib/systemd/system/docker.service:14", "DOCKER_OPTS in /etc/default/docker", in the reader's language. */
export function sourceWords(source: Source, t: Translate): string {
  const { word, where } = wordsFor(source);
  return (t as (key: MessageKey, params: unknown) => string)(`source.${word}`, { where });
}

/** The same words as a sentence to say inside a diagnostic's message or hint. */
export function sourceSaid(source: Source): Said {
  const { word, where } = wordsFor(source);
  // Inside a Chinese sentence the file comes first ("/etc/default/docker 的 DOCKER_OPTS").
  if (word === 'envFile') return said('files.source.envFile', { where, path: where.trim() });
  return { key: `source.${word}`, params: { where } };
}
