// userns-remap against the host's users, groups and subordinate ids, per engine version: the
// lines are dockerd's (daemon/daemon_unix.go parseRemappedRoot, setupRemappedRoot,
// setupDaemonRoot; idtools / internal/usergroup; moby/sys/user's parsers).
import { describe, expect, it } from 'vitest';
import { usernsRemapRule } from '../../../src/validate/values/host/userns-remap.js';
import {
  nssSources,
  parseGroup,
  parsePasswd,
  subIds,
  systemdNobodyGroup,
  UserDb,
} from '../../../src/validate/values/host/user-db.js';
import { engineOf, fakeHost, hostCtx, type FakeTree } from './host-fake.js';

const PASSWD = [
  'root:x:0:0:root:/root:/bin/bash',
  'daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin',
  'alice:x:1000:1000::/home/alice:/bin/bash',
  'bob:x:1001:1001::/home/bob:/bin/sh',
  '',
].join('\n');
const GROUP = ['root:x:0:', 'daemon:x:1:', 'alice:x:1000:', '# a comment', 'staff:x:50:alice', ''].join('\n');
const RANGES = 'alice:100000:65536\n';

/** A host with files only in nsswitch.conf, alice with ranges, /var/lib 0755. */
function tree(over: Partial<Record<string, string | undefined>> = {}, dirs: FakeTree['dirs'] = {}): FakeTree {
  const files: Record<string, string | undefined> = {
    '/etc/passwd': PASSWD,
    '/etc/group': GROUP,
    '/etc/nsswitch.conf': 'passwd: files\ngroup:  files\n',
    '/etc/subuid': RANGES,
    '/etc/subgid': RANGES,
    ...over,
  };
  return {
    files: Object.fromEntries(Object.entries(files).filter((e): e is [string, string] => e[1] !== undefined)),
    dirs,
  };
}

const V20 = '20.10.24';
const V26 = '26.1.5';
const V28 = '28.5.2';
const V29 = '29.0.0';
const ALL = [V20, V26, V28, V29];

/** [what, versions, daemon.json values, host, dockerd's lines (none: starts), other severities] */
type Row = [string, string[], Record<string, unknown>, FakeTree, string[], ('warning' | 'info')[]?];

const remap = (value: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  'userns-remap': value,
  ...extra,
});

const rows: Row[] = [
  ['a user with a same-named group and ranges', ALL, remap('alice'), tree(), []],
  ['user:group', ALL, remap('alice:staff'), tree(), []],
  ['uid, its gid taken as the group', ALL, remap('1000'), tree(), []],
  ['uid:gid', ALL, remap('1000:50'), tree(), []],
  ['"+1000" is a uid for ParseInt', ALL, remap('+1000'), tree(), []],
  ['ranges given by uid', ALL, remap('alice'), tree({ '/etc/subuid': '1000:100000:65536\n' }), []],
  [
    'three parts',
    ALL,
    remap('alice:staff:x'),
    tree(),
    ['Invalid user/group specification in --userns-remap: "alice:staff:x"'],
  ],
  [
    'an unknown user name',
    ALL,
    remap('carol'),
    tree(),
    ['Error during uid lookup for "carol": getent unable to find entry "carol" in passwd database'],
  ],
  [
    'an unknown uid',
    ALL,
    remap('4242'),
    tree(),
    ['Uid 4242 has no entry in /etc/passwd: getent unable to find entry "4242" in passwd database'],
  ],
  [
    'a uid whose number is no gid',
    ALL,
    remap('1001'),
    tree(),
    ['Gid 1001 has no entry in /etc/group: getent unable to find entry "1001" in group database'],
  ],
  [
    'a user without a same-named group',
    ALL,
    remap('bob'),
    tree(),
    ['Error during gid lookup for "bob": getent unable to find entry "bob" in group database'],
  ],
  [
    'an unknown group name',
    ALL,
    remap('alice:nosuch'),
    tree(),
    ['Error during groupname lookup for "nosuch": getent unable to find entry "nosuch" in group database'],
  ],
  [
    'an unknown gid (dockerd says /etc/passwd)',
    ALL,
    remap('alice:4242'),
    tree(),
    ['Gid 4242 has no entry in /etc/passwd: getent unable to find entry "4242" in group database'],
  ],
  [
    'a uid beyond int32 is a name',
    ALL,
    remap('4294967296'),
    tree(),
    ['Error during uid lookup for "4294967296": getent unable to find entry "4294967296" in passwd database'],
  ],
  [
    'a "#" line of /etc/group is no group',
    ALL,
    remap('alice:# a comment'),
    tree(),
    ['Error during groupname lookup for "# a comment": getent unable to find entry "# a comment" in group database'],
  ],
  ['root: user namespaces off', ALL, remap('root'), tree({ '/etc/subuid': undefined }), [], ['warning']],
  ['uid 0: user namespaces off', ALL, remap('0'), tree(), [], ['warning']],
  [
    'no ranges',
    [V20, V26, V28],
    remap('daemon'),
    tree(),
    ['Can\'t create ID mappings: no subuid ranges found for user "daemon"'],
  ],
  [
    'no subgid range: 20.10 … 27 name the file',
    [V20, V26],
    remap('daemon'),
    tree({ '/etc/subuid': 'daemon:200000:65536\n' }),
    ['Can\'t create ID mappings: no subgid ranges found for user "daemon"'],
  ],
  [
    'no subgid range: 28+ say subuid',
    [V28, V29],
    remap('daemon'),
    tree({ '/etc/subuid': 'daemon:200000:65536\n' }),
    ['Can\'t create ID mappings: no subuid ranges found for user "daemon"'],
  ],
  [
    'no /etc/subuid',
    ALL,
    remap('alice'),
    tree({ '/etc/subuid': undefined }),
    ["Can't create ID mappings: open /etc/subuid: no such file or directory"],
  ],
  [
    'a malformed line anywhere: 20.10 … 27',
    [V20, V26],
    remap('alice'),
    tree({ '/etc/subuid': 'x:1\nalice:100000:65536\n' }),
    ["Can't create ID mappings: Cannot parse subuid/gid information: Format not correct for /etc/subuid file"],
  ],
  [
    'a malformed line anywhere: 28+ do not care',
    [V28, V29],
    remap('alice'),
    tree({ '/etc/subuid': 'x:1\nalice:100000:65536\n' }),
    [],
  ],
  [
    'a comment line: 20.10 … 27 skip it',
    [V20, V26],
    remap('alice'),
    tree({ '/etc/subgid': '# ranges\nalice:100000:65536\n' }),
    [],
  ],
  [
    'a bad number: 20.10 … 27',
    [V20, V26],
    remap('alice'),
    tree({ '/etc/subuid': 'alice:abc:65536\n' }),
    [
      'Can\'t create ID mappings: String to int conversion failed during subuid/gid parsing of /etc/subuid: strconv.Atoi: parsing "abc": invalid syntax',
    ],
  ],
  ['a bad number: 28+ read 0', [V28, V29], remap('alice'), tree({ '/etc/subuid': 'alice:abc:65536\n' }), []],
  [
    'another NSS source may know the user',
    ALL,
    remap('carol'),
    tree({ '/etc/nsswitch.conf': 'passwd: files ldap\ngroup: files ldap\n' }),
    [],
    ['info'],
  ],
  [
    'nss-systemd makes up nobody; Debian calls its group nogroup',
    ALL,
    remap('nobody'),
    tree({
      '/etc/nsswitch.conf': 'passwd: files systemd\ngroup: files [NOTFOUND=return] systemd\n',
      '/etc/os-release': 'ID=debian\n',
    }),
    ['Error during gid lookup for "nobody": getent unable to find entry "nobody" in group database'],
  ],
  [
    'nss-systemd, distribution unknown: the nobody group may exist',
    ALL,
    remap('nobody'),
    tree({ '/etc/nsswitch.conf': 'passwd: files systemd\ngroup: files systemd\n' }),
    [],
    ['info'],
  ],
  [
    '"default" and no dockremap yet: dockerd creates it',
    ALL,
    remap('default'),
    { ...tree(), modes: { '/usr/sbin/useradd': 0o755 }, files: { ...tree().files, '/usr/sbin/useradd': '' } },
    [],
    ['info'],
  ],
  [
    '"default", no dockremap and nothing to create it with (≤ 23.0)',
    [V20],
    remap('default'),
    tree(),
    [
      'Error during "dockremap" user creation: Error adding user "dockremap": cannot add user; no useradd/adduser binary found',
    ],
  ],
  [
    '"default", no dockremap and nothing to create it with (24.0+)',
    [V26, V28, V29],
    remap('default'),
    { ...tree(), modes: { '/usr/sbin/useradd': 0o644 }, files: { ...tree().files, '/usr/sbin/useradd': '' } },
    [
      'Error during "dockremap" user creation: error adding user "dockremap": cannot add user; no useradd/adduser binary found',
    ],
  ],
  [
    '"default" with dockremap in place',
    ALL,
    remap('default'),
    tree({
      '/etc/passwd': `${PASSWD}dockremap:x:999:999::/home/dockremap:/bin/false\n`,
      '/etc/group': `${GROUP}dockremap:x:999:\n`,
      '/etc/subuid': 'dockremap:165536:65536\n',
      '/etc/subgid': 'dockremap:165536:65536\n',
    }),
    [],
  ],
  [
    'containerd-snapshotter explicitly on (29.0+)',
    [V29],
    remap('alice', { features: { 'containerd-snapshotter': true } }),
    tree(),
    [
      'containerd-snapshotter is explicitly enabled, but is not compatible with userns remapping. Please disable userns remapping or containerd-snapshotter',
    ],
  ],
  [
    'containerd-snapshotter on, even for root (29.0+)',
    [V29],
    remap('root', { features: { 'containerd-snapshotter': true } }),
    tree(),
    [
      'containerd-snapshotter is explicitly enabled, but is not compatible with userns remapping. Please disable userns remapping or containerd-snapshotter',
    ],
    ['warning'],
  ],
  [
    'containerd-snapshotter on before 29.0',
    [V20, V26, V28],
    remap('alice', { features: { 'containerd-snapshotter': true } }),
    tree(),
    [],
  ],
  [
    'a directory above data-root without o+x',
    ALL,
    remap('alice', { 'data-root': '/srv/docker' }),
    tree({}, { '/srv': 0o750 }),
    [
      "a subdirectory in your graphroot path (/srv/docker/100000.100000) restricts access to the remapped root uid/gid; please fix by allowing 'o+x' permissions on existing directories",
    ],
  ],
  [
    'a directory above data-root owned by the remapped root',
    ALL,
    remap('alice', { 'data-root': '/srv/docker' }),
    tree({}, { '/srv': { perm: 0o700, uid: 100000 } }),
    [],
  ],
  [
    'a directory above data-root for the remapped group',
    ALL,
    remap('alice', { 'data-root': '/srv/a/docker' }),
    tree({}, { '/srv': 0o711, '/srv/a': { perm: 0o710, gid: 100000 } }),
    [],
  ],
  [
    'data-root itself is made 0710 by dockerd',
    ALL,
    remap('alice', { 'data-root': '/srv/docker' }),
    tree({}, { '/srv/docker': 0o700 }),
    [],
  ],
];

const cases = rows.flatMap(([what, versions, values, host, lines, others]) =>
  versions.map((v) => [`${what} (${v})`, v, values, host, lines, others ?? []] as const),
);

describe('userns-remap against the host', () => {
  it.each(cases)('%s', (_what, version, values, host, lines, others) => {
    const problems = usernsRemapRule.check(hostCtx(version, values, host));
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.dockerd)).toEqual(lines);
    expect(errors.every((p) => p.withFilePrefix === false && p.says !== undefined && p.hintSays !== undefined)).toBe(
      true,
    );
    expect(problems.filter((p) => p.severity !== 'error').map((p) => p.severity)).toEqual(others);
  });

  it('decides nothing on a view without the files (no refusal)', () => {
    const blind = { groupExists: () => true, fileReadable: () => true, readFile: () => undefined };
    const problems = usernsRemapRule.check(hostCtx(V28, remap('alice'), blind));
    expect(problems.map((p) => p.severity)).toEqual(['info']);
    expect(usernsRemapRule.check(hostCtx(V28, remap('a:b:c'), blind)).map((p) => p.severity)).toEqual(['error']);
  });
});

describe("dockerd's parsers", () => {
  it.each([
    ['plain', 'alice:x:1000:1000::/h:/bin/sh', { name: 'alice', uid: 1000, gid: 1000 }],
    ['a bad uid reads as 0', 'eve:x:abc:5::/:/bin/sh', { name: 'eve', uid: 0, gid: 5 }],
    ['spaces trimmed, CRLF', '  carl:x:7:8::/:/bin/sh \r', { name: 'carl', uid: 7, gid: 8 }],
    ['no comments in passwd', '#x:x:9:9::/:/bin/sh', { name: '#x', uid: 9, gid: 9 }],
  ])('passwd: %s', (_w, line, entry) => {
    expect(parsePasswd(`${line}\n\n`)).toEqual([entry]);
  });

  it('group: comments and empty lines skipped', () => {
    expect(parseGroup('#c\n\nstaff:x:50:a,b\n')).toEqual([{ name: 'staff', gid: 50 }]);
  });

  it.each([
    ['missing file', undefined, ['files']],
    ['no line', 'hosts: files dns\n', ['files']],
    ['actions dropped', 'passwd: files [NOTFOUND=return] sss # comment\n', ['files', 'sss']],
  ])('nsswitch.conf: %s', (_w, text, sources) => {
    const host = fakeHost({ files: text === undefined ? {} : { '/etc/nsswitch.conf': text } });
    expect(nssSources(host, 'passwd')).toEqual(sources);
  });

  it.each([
    ['ID=debian', 'nogroup'],
    ['ID=ubuntu\nID_LIKE=debian', 'nogroup'],
    ['ID="fedora"', 'nobody'],
    ['NAME=x', undefined],
  ])('nss-systemd nobody group for %s', (osRelease, name) => {
    expect(systemdNobodyGroup(fakeHost({ files: { '/etc/os-release': osRelease } }))).toBe(name);
  });

  it('finds the first entry, as the Go filter does', () => {
    const db = new UserDb(
      fakeHost({ files: { '/etc/passwd': 'a:x:5:5::/:/bin/sh\nb:x:5:6::/:/bin/sh\n', '/etc/group': '' } }),
    );
    expect(db.lookupUid(5)).toEqual({ kind: 'found', entry: { name: 'a', uid: 5, gid: 5 } });
  });

  it('sub ids: by uid first before 28.0, both at once from 28.0', () => {
    const host = fakeHost({ files: { '/etc/subuid': 'alice:1:2\n1000:300000:10\n' } });
    const alice = { name: 'alice', uid: 1000, gid: 1000 };
    expect(subIds(host, engineOf(V26), 'subuid', alice)).toEqual({ ok: true, ranges: [{ start: 300000, count: 10 }] });
    expect(subIds(host, engineOf(V28), 'subuid', alice)).toEqual({
      ok: true,
      ranges: [
        { start: 1, count: 2 },
        { start: 300000, count: 10 },
      ],
    });
  });
});
