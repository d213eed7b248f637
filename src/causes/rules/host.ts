// What dockerd finds on the host for userland-proxy-path (the program), userns-remap (users, groups, /etc/subuid, /etc/subgid, the
// data-root's directories) and for authorization plugins (plugin discovery): lines printed bare.
import { said } from '../../i18n/said.js';
import { valueRules, type Rule, type ValueRow } from './rule.js';

const USERNS = 'userns-remap';
const AUTHZ = 'authorization-plugins';

const ROWS: readonly ValueRow[] = [
  {
    // 25.0+ config validation (verifyUserlandProxyConfig): exec.LookPath on the path.
    pattern: /^invalid userland-proxy-path: (.*)$/,
    setting: 'userland-proxy-path',
    message: (m) => said('host.causes.proxy', { dockerd: m[1]! }),
    hint: said('host.causes.proxyHint'),
  },
  {
    // parseRemappedRoot (daemon/daemon_unix.go), 20.10 … 29.
    pattern:
      /^(Invalid user\/group specification in --userns-remap: .*|(?:Uid|Gid) -?\d+ has no entry in \/etc\/(?:passwd|group): .*|Error during (?:uid|gid|groupname) lookup for ".*": .*|Error during "dockremap" user creation: .*)$/,
    setting: USERNS,
    message: (m) => said('host.causes.userns', { dockerd: m[1]! }),
    hint: said('host.causes.usernsHint'),
  },
  {
    // setupRemappedRoot → LoadIdentityMapping (/etc/subuid, /etc/subgid).
    pattern: /^Can't create ID mappings: (.*)$/,
    setting: USERNS,
    message: (m) => said('host.causes.subIds', { dockerd: m[1]! }),
    hint: said('host.causes.subIdsHint'),
  },
  {
    // setupDaemonRoot's canAccess on the directories above the remapped data-root.
    pattern: /^a subdirectory in your graphroot path \((.*)\) restricts access to the remapped root uid\/gid/,
    setting: USERNS,
    message: (m) => said('host.causes.graphroot', { path: m[1]! }),
    hint: said('host.userns.hint.graphroot'),
  },
  {
    // 29.0: setPlatformOptions.
    pattern: /^containerd-snapshotter is explicitly enabled, but is not compatible with userns remapping/,
    setting: USERNS,
    message: () => said('host.causes.snapshotter'),
    hint: said('host.userns.hint.snapshotter'),
  },
  {
    // validateAuthzPlugins after NewDaemon (cmd/dockerd/daemon.go), after ~15 s of retries when missing.
    pattern: /^failed to validate authorization plugin: (?:plugin "(.*)" not found|(.*))$/,
    setting: AUTHZ,
    message: (m) =>
      m[1] !== undefined
        ? said('host.causes.authzMissing', { plugin: m[1] })
        : said('host.causes.authz', { dockerd: m[2]! }),
    hint: said('host.causes.authzHint'),
  },
];

/** Repair cannot make the host have a user, a file or a plugin. */
export const hostRules: readonly Rule[] = valueRules(ROWS, false);
