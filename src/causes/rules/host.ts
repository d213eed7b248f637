// What dockerd finds on the host for userland-proxy-path (the program), userns-remap (users, groups, /etc/subuid, /etc/subgid, the
// data-root's directories) and for authorization plugins (plugin discovery): lines printed bare.
import { said } from '../../i18n/said.js';
import type { Rule } from './rule.js';

const USERNS = 'userns-remap';
const AUTHZ = 'authorization-plugins';

export const hostRules: readonly Rule[] = [
  {
    // 25.0+ config validation (verifyUserlandProxyConfig): exec.LookPath on the path.
    id: 'invalid-value',
    pattern: /^invalid userland-proxy-path: (.*)$/,
    build: ({ match }) => ({
      message: said('host.causes.proxy', { dockerd: match[1]! }),
      hint: said('host.causes.proxyHint'),
      setting: 'userland-proxy-path',
      fixable: false,
    }),
  },
  {
    // parseRemappedRoot (daemon/daemon_unix.go), 20.10 … 29.
    id: 'invalid-value',
    pattern:
      /^(Invalid user\/group specification in --userns-remap: .*|(?:Uid|Gid) -?\d+ has no entry in \/etc\/(?:passwd|group): .*|Error during (?:uid|gid|groupname) lookup for ".*": .*|Error during "dockremap" user creation: .*)$/,
    build: ({ match }) => ({
      message: said('host.causes.userns', { dockerd: match[1]! }),
      hint: said('host.causes.usernsHint'),
      setting: USERNS,
      fixable: false,
    }),
  },
  {
    // setupRemappedRoot → LoadIdentityMapping (/etc/subuid, /etc/subgid).
    id: 'invalid-value',
    pattern: /^Can't create ID mappings: (.*)$/,
    build: ({ match }) => ({
      message: said('host.causes.subIds', { dockerd: match[1]! }),
      hint: said('host.causes.subIdsHint'),
      setting: USERNS,
      fixable: false,
    }),
  },
  {
    // setupDaemonRoot's canAccess on the directories above the remapped data-root.
    id: 'invalid-value',
    pattern: /^a subdirectory in your graphroot path \((.*)\) restricts access to the remapped root uid\/gid/,
    build: ({ match }) => ({
      message: said('host.causes.graphroot', { path: match[1]! }),
      hint: said('host.userns.hint.graphroot'),
      setting: USERNS,
      fixable: false,
    }),
  },
  {
    // 29.0: setPlatformOptions.
    id: 'invalid-value',
    pattern: /^containerd-snapshotter is explicitly enabled, but is not compatible with userns remapping/,
    build: () => ({
      message: said('host.causes.snapshotter'),
      hint: said('host.userns.hint.snapshotter'),
      setting: USERNS,
      fixable: false,
    }),
  },
  {
    // validateAuthzPlugins after NewDaemon (cmd/dockerd/daemon.go), after ~15 s of retries when missing.
    id: 'invalid-value',
    pattern: /^failed to validate authorization plugin: (?:plugin "(.*)" not found|(.*))$/,
    build: ({ match }) => ({
      message:
        match[1] !== undefined
          ? said('host.causes.authzMissing', { plugin: match[1] })
          : said('host.causes.authz', { dockerd: match[2]! }),
      hint: said('host.causes.authzHint'),
      setting: AUTHZ,
      fixable: false,
    }),
  },
];
