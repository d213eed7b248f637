/** group (-G): the owner group of dockerd's unix sockets must exist, except the default "docker". */
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
          message:
            'group "docker" does not exist: dockerd warns and leaves its socket to the root group, so only root can use docker',
          hint: 'Create it (groupadd docker) and add the users who may run docker.',
        }),
      ];
    }
    if (!hasUnixListener(ctx)) {
      return [
        caution({
          key: 'group',
          message: `group "${group}" does not exist; it is unused now (no unix socket) but any unix:// host will fail`,
          hint: `Create the group (groupadd ${group}) or remove "group".`,
        }),
      ];
    }
    return [
      refused({
        key: 'group',
        message: `group "${group}" does not exist, so dockerd cannot hand its unix socket to it`,
        hint: `Create the group (groupadd ${group}), use an existing group, or remove "group" to get the default "docker".`,
        line: listenersError(`group ${group} not found`),
      }),
    ];
  },
};
