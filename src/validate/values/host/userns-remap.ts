/**
 * userns-remap: dockerd resolves "user[:group]" against the host's databases before it serves
 * (daemon/daemon_unix.go parseRemappedRoot and setupRemappedRoot, reached from CreateDaemonRoot
 * in 20.10 and from loadDaemonCliConfig's platform options in 23.0+), reads the user's ranges in
 * /etc/subuid and /etc/subgid (LoadIdentityMapping), and checks that every existing directory
 * above the remapped data-root lets the remapped root through (setupDaemonRoot, canAccess).
 * 29.0 also refuses an explicitly enabled containerd-snapshotter. Every error is printed bare.
 */
import { posix } from 'node:path';
import { hint, message } from '../../../diagnostics/say.js';
import { atLeast } from '../../../engine/version.js';
import { goQuote } from '../go/quote.js';
import { bareConfigError } from '../shared/dockerd-text.js';
import { caution, note, refused } from '../shared/problem.js';
import { objectOf, stringOf } from '../shared/settings.js';
import { DEFAULT_DATA_ROOT } from '../storage/data-root-fs.js';
import type { ValueContext, ValueProblem, ValueRule } from '../types.js';
import { parseInt32, subIds, UserDb, type Lookup, type PasswdEntry, type SubIdRange } from './user-db.js';

const KEY = 'userns-remap';
/** "default" asks for this user, which dockerd creates with adduser/useradd when it is missing. */
export const DEFAULT_REMAP_USER = 'dockremap';

/** What parseRemappedRoot makes of the value: the names, or dockerd's error, or undecidable. */
export type RemapResult =
  | { kind: 'ok'; user: PasswdEntry; group: string }
  | { kind: 'refused'; what: 'spec' | 'user' | 'group'; name: string; reason: string }
  | { kind: 'create' }
  | { kind: 'unknown' };

function lookupFailed<T>(
  found: Lookup<T>,
  what: 'user' | 'group',
  name: string,
  wrap: (e: string) => string,
): RemapResult | undefined {
  if (found.kind === 'found') return undefined;
  if (found.kind === 'unknown') return { kind: 'unknown' };
  return { kind: 'refused', what, name, reason: wrap(found.error) };
}

/** daemon_unix.go parseRemappedRoot, the same in 20.10 … 29. */
export function parseRemappedRoot(value: string, db: UserDb): RemapResult {
  const parts = value.split(':');
  if (parts.length > 2)
    return {
      kind: 'refused',
      what: 'spec',
      name: value,
      reason: `Invalid user/group specification in --userns-remap: ${goQuote(value)}`,
    };
  const [first = '', second] = parts;
  let user: PasswdEntry;
  let group = '';
  const uid = parseInt32(first);
  if (uid !== undefined) {
    const u = db.lookupUid(uid);
    const failed = lookupFailed(u, 'user', first, (e) => `Uid ${uid} has no entry in /etc/passwd: ${e}`);
    if (failed || u.kind !== 'found') return failed ?? { kind: 'unknown' };
    user = u.entry;
    if (second === undefined) {
      const g = db.lookupGid(uid);
      const gFailed = lookupFailed(g, 'group', first, (e) => `Gid ${uid} has no entry in /etc/group: ${e}`);
      if (gFailed || g.kind !== 'found') return gFailed ?? { kind: 'unknown' };
      group = g.entry.name;
    }
  } else {
    const name = first === 'default' ? DEFAULT_REMAP_USER : first;
    const u = db.lookupUser(name);
    if (u.kind === 'unknown') return u;
    if (u.kind === 'missing') {
      if (first === 'default') return { kind: 'create' };
      return {
        kind: 'refused',
        what: 'user',
        name,
        reason: `Error during uid lookup for ${goQuote(name)}: ${u.error}`,
      };
    }
    user = u.entry;
    if (second === undefined) {
      const g = db.lookupGroup(name);
      const gFailed = lookupFailed(g, 'group', name, (e) => `Error during gid lookup for ${goQuote(name)}: ${e}`);
      if (gFailed || g.kind !== 'found') return gFailed ?? { kind: 'unknown' };
      group = g.entry.name;
    }
  }
  if (second !== undefined) {
    const gid = parseInt32(second);
    if (gid !== undefined) {
      const g = db.lookupGid(gid);
      // dockerd says /etc/passwd here.
      const gFailed = lookupFailed(g, 'group', second, (e) => `Gid ${gid} has no entry in /etc/passwd: ${e}`);
      if (gFailed || g.kind !== 'found') return gFailed ?? { kind: 'unknown' };
      group = g.entry.name;
    } else {
      const g = db.lookupGroup(second);
      const gFailed = lookupFailed(
        g,
        'group',
        second,
        (e) => `Error during groupname lookup for ${goQuote(second)}: ${e}`,
      );
      if (gFailed) return gFailed;
      group = second;
    }
  }
  return { kind: 'ok', user, group };
}

/** The host id container id 0 maps to (IdentityMapping.RootPair): the first range's start. */
const rootOf = (ranges: readonly SubIdRange[]): number | undefined =>
  ranges[0] && ranges[0].count > 0 ? ranges[0].start : undefined;

/**
 * setupDaemonRoot: the data-root becomes <data-root>/<uid>.<gid>; every existing directory above
 * it (not "/") must let uid/gid through (o+x, or u+x as owner, or g+x as group). Directories that
 * do not exist yet are made 0711. data-root itself is made 0710 with the remapped group.
 */
export function blockingDirectory(ctx: ValueContext, uid: number, gid: number): string | undefined {
  const stat = ctx.host.stat?.bind(ctx.host);
  if (!stat) return undefined;
  const root = posix.normalize(stringOf(ctx, 'data-root') || stringOf(ctx, 'graph') || DEFAULT_DATA_ROOT);
  if (!root.startsWith('/')) return undefined;
  const remapped = posix.join(root, `${uid}.${gid}`);
  for (let dir = posix.dirname(root); dir !== '/'; dir = posix.dirname(dir)) {
    const st = stat(dir);
    if (!st) continue;
    const ok =
      (st.perm & 0o001) !== 0 ||
      (st.uid === uid && (st.perm & 0o100) !== 0) ||
      (st.gid === gid && (st.perm & 0o010) !== 0);
    if (!ok) return remapped;
  }
  return undefined;
}

/** The directories of the PATH systemd gives services (dockerd's PATH is not known here). */
const SERVICE_PATH = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

/**
 * addUser's resolveBinary("adduser"), then "useradd": the program dockerd creates dockremap with;
 * null when neither is in the service PATH, undefined when the view cannot tell.
 */
export function userAddTool(ctx: ValueContext): string | null | undefined {
  const stat = ctx.host.stat?.bind(ctx.host);
  if (!stat) return undefined;
  for (const name of ['adduser', 'useradd'])
    for (const dir of SERVICE_PATH) {
      const st = stat(posix.join(dir, name));
      if (st && st.kind !== 'directory' && (st.perm & 0o111) !== 0) return name;
    }
  return null;
}

export const usernsRemapRule: ValueRule = {
  keys: [KEY],
  check(ctx) {
    const value = stringOf(ctx, KEY);
    if (value === undefined || value === '') return [];
    const problems: ValueProblem[] = [];
    // 29.0: checked after the user is resolved, for root too (RemappedRoot is set).
    const snapshotter = (): void => {
      if (atLeast(ctx.engine, '29.0.0') && objectOf(ctx, 'features')?.['containerd-snapshotter'] === true)
        problems.push(
          refused({
            key: KEY,
            ...message('host.userns.snapshotter'),
            ...hint('host.userns.hint.snapshotter'),
            line: bareConfigError(
              'containerd-snapshotter is explicitly enabled, but is not compatible with userns remapping. Please disable userns remapping or containerd-snapshotter',
            ),
          }),
        );
    };
    const db = new UserDb(ctx.host);
    const remap = parseRemappedRoot(value, db);
    switch (remap.kind) {
      case 'unknown':
        // Another NSS source (LDAP, SSSD …) or unreadable files: dockerd's getent may know more.
        return [
          note({ key: KEY, ...message('host.userns.undecided', { value }), ...hint('host.userns.hint.undecided') }),
        ];
      case 'create': {
        const tool = userAddTool(ctx);
        if (tool === null) {
          const reason = `Error during "${DEFAULT_REMAP_USER}" user creation: ${atLeast(ctx.engine, '24.0.0') ? 'error' : 'Error'} adding user "${DEFAULT_REMAP_USER}": cannot add user; no useradd/adduser binary found`;
          return [
            refused({
              key: KEY,
              ...message('host.userns.noUserAdd', { user: DEFAULT_REMAP_USER, dockerd: reason }),
              ...hint('host.userns.hint.noUserAdd', { user: DEFAULT_REMAP_USER }),
              line: bareConfigError(reason),
            }),
          ];
        }
        problems.push(
          note({
            key: KEY,
            ...message('host.userns.create', { user: DEFAULT_REMAP_USER }),
            ...hint('host.userns.hint.create', { user: DEFAULT_REMAP_USER }),
          }),
        );
        snapshotter();
        return problems;
      }
      case 'refused': {
        const says =
          remap.what === 'spec'
            ? message('host.userns.spec', { value, dockerd: remap.reason })
            : remap.what === 'user'
              ? message('host.userns.noUser', { user: remap.name, dockerd: remap.reason })
              : message('host.userns.noGroup', { group: remap.name, dockerd: remap.reason });
        const fix =
          remap.what === 'spec'
            ? hint('host.userns.hint.spec')
            : remap.what === 'user'
              ? hint('host.userns.hint.noUser', { user: remap.name })
              : hint('host.userns.hint.noGroup', { group: remap.name });
        return [refused({ key: KEY, ...says, ...fix, line: bareConfigError(remap.reason) })];
      }
      case 'ok':
        break;
    }
    const { user } = remap;
    if (user.name === 'root') {
      problems.push(caution({ key: KEY, ...message('host.userns.rootOff'), ...hint('host.userns.hint.rootOff') }));
      snapshotter();
      return problems;
    }
    const uids = subIds(ctx.host, ctx.engine, 'subuid', user);
    const gids = uids.ok === true ? subIds(ctx.host, ctx.engine, 'subgid', user) : uids;
    if (uids.ok === false || gids.ok === false) {
      const failed = uids.ok === false ? uids : gids;
      const file = uids.ok === false ? 'subuid' : 'subgid';
      const reason = `Can't create ID mappings: ${failed.ok === false ? failed.error : ''}`;
      return [
        refused({
          key: KEY,
          ...message('host.userns.subIds', { user: user.name, file: `/etc/${file}`, dockerd: reason }),
          ...hint('host.userns.hint.subIds', { user: user.name }),
          line: bareConfigError(reason),
        }),
      ];
    }
    snapshotter();
    if (uids.ok !== true || gids.ok !== true) return problems;
    const uid = rootOf(uids.ranges);
    const gid = rootOf(gids.ranges);
    if (uid === undefined || gid === undefined) return problems;
    const blocked = blockingDirectory(ctx, uid, gid);
    if (blocked)
      problems.push(
        refused({
          key: KEY,
          ...message('host.userns.graphroot', { path: blocked }),
          ...hint('host.userns.hint.graphroot'),
          line: bareConfigError(
            `a subdirectory in your graphroot path (${blocked}) restricts access to the remapped root uid/gid; please fix by allowing 'o+x' permissions on existing directories`,
          ),
        }),
      );
    return problems;
  },
};
