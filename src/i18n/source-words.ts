import type { Source } from '../diagnostics/types.js';
import type { Translate } from './index.js';

/** "the service unit /lib/systemd/system/docker.service:14", "DOCKER_OPTS in /etc/default/docker", in the reader's language. */
export function sourceWords(source: Source, t: Translate): string {
  const where = source.path ? ` ${source.path}${source.line !== undefined ? `:${source.line}` : ''}` : '';
  switch (source.kind) {
    case 'unit':
      return t('source.unit', { where });
    case 'drop-in':
      return t('source.dropIn', { where });
    case 'env-file':
      return t('source.envFile', { where: where || ' /etc/default/docker' });
    case 'sysvinit':
      return t('source.sysvinit', { where: where || ' /etc/init.d/docker' });
    case 'daemon-args':
      return t('source.daemonArgs');
    case 'command-line':
      return t('source.commandLine');
    case 'daemon-json':
      return t('source.daemonJson', { where });
  }
}
