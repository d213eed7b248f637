/** group (-G): the owner group of dockerd's unix sockets must exist, except the default "docker". */
import { hint, message } from '../../../diagnostics/say.js';
import { atLeast } from '../../../engine/version.js';
import { goAtoi } from '../go/strconv.js';
import { listenersError } from '../shared/dockerd-text.js';
import { caution, refused } from '../shared/problem.js';
import { stringListOf, stringOf } from '../shared/settings.js';
import { tlsForDefaultHost } from '../tls/tls-state.js';
import type { ValueContext, ValueRule } from '../types.js';
import { parseDaemonHost } from './daemon-host.js';

export const DEFAULT_SOCKET_GROUP = 'docker';

function hasUnixListener(ctx: ValueContext): boolean {
  const tls = tlsForDefaultHost(ctx.settings, atLeast(ctx.engine, '23.0.0'));
  const hosts = stringListOf(ctx, 'hosts').map(({ value }) => value);
  const effective = hosts.some((h) => h.trim() !== '') ? hosts : [''];
  return effective.some((h) => {
    const parsed = parseDaemonHost(h, ctx.engine, { tls });
    return parsed.ok && parsed.proto === 'unix';
  });
}

export const groupRule: ValueRule = {
  keys: ['group'],
  check(ctx) {
    const group = stringOf(ctx, 'group');
    if (group === undefined || group === '' || ctx.host.groupExists(group) || goAtoi(group).ok) return [];
    if (group === DEFAULT_SOCKET_GROUP) {
      return [
        caution({
          key: 'group',
          ...message('validate.group.dockerMissing'),
          ...hint('validate.group.hint.createDocker'),
        }),
      ];
    }
    if (!hasUnixListener(ctx)) {
      return [
        caution({
          key: 'group',
          ...message('validate.group.unused', { group }),
          ...hint('validate.group.hint.createOrRemove', { group }),
        }),
      ];
    }
    return [
      refused({
        key: 'group',
        ...message('validate.group.missing', { group }),
        ...hint('validate.group.hint.create', { group }),
        line: listenersError(`group ${group} not found`),
      }),
    ];
  },
};
