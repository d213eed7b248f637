import { describe, expect, it } from 'vitest';
import { errorsOf, fullLine, problemsOf } from './helpers.js';

/**
 * storage-driver / storage-opts. The `ok` / error lines of the 20.10.24, 26.1.5 and 28.5.2 rows
 * were seen on the real Debian builds (throwaway starts with run-corpus.sh on this machine,
 * ext4 under data-root); 24.0 (": <driver>" suffix), 25.0 (vfs.xattrs, devicemapper removed) and
 * 29.x rows follow the source.
 */
const V20 = '20.10.24+dfsg1';
const V26 = '26.1.5+dfsg1-9+deb13u1';
const V28 = '28.5.2+dfsg4-5';
const V23 = '23.0.6';
const V24 = '24.0.9';
const V29 = '29.7.2';
const G = 'failed to start daemon: error initializing graphdriver: ';

type Row = [name: string, values: Record<string, unknown>, raw: string, expected: string, files?: string[]];

const rows: Row[] = [
  [
    'vfs: no "="',
    { 'storage-driver': 'vfs', 'storage-opts': ['size'] },
    V20,
    `${G}Unable to parse key/value option: size`,
  ],
  [
    'vfs: no "="',
    { 'storage-driver': 'vfs', 'storage-opts': ['size'] },
    V26,
    `${G}unable to parse key/value option: size: vfs`,
  ],
  [
    'vfs: no "="',
    { 'storage-driver': 'vfs', 'storage-opts': ['size'] },
    V28,
    `${G}unable to parse storage-opt key/value: size: vfs`,
  ],
  [
    'vfs: unknown key',
    { 'storage-driver': 'vfs', 'storage-opts': ['bogus=1'] },
    V20,
    `${G}unknown option bogus for vfs`,
  ],
  [
    'vfs: unknown key',
    { 'storage-driver': 'vfs', 'storage-opts': ['bogus=1'] },
    V26,
    `${G}unknown option bogus for vfs: vfs`,
  ],
  [
    'vfs: unknown key',
    { 'storage-driver': 'vfs', 'storage-opts': ['bogus=1'] },
    V28,
    `${G}unknown option bogus for vfs: vfs`,
  ],
  [
    'vfs: unknown key',
    { 'storage-driver': 'vfs', 'storage-opts': ['bogus=1'] },
    V23,
    `${G}unknown option bogus for vfs`,
  ],
  [
    'vfs: unknown key',
    { 'storage-driver': 'vfs', 'storage-opts': ['bogus=1'] },
    V24,
    `${G}unknown option bogus for vfs: vfs`,
  ],
  [
    'vfs: keys are case-sensitive',
    { 'storage-driver': 'vfs', 'storage-opts': ['SIZE=1G'] },
    V26,
    `${G}unknown option SIZE for vfs: vfs`,
  ],
  ['vfs: bad size', { 'storage-driver': 'vfs', 'storage-opts': ['size=abc'] }, V20, `${G}invalid size: 'abc'`],
  ['vfs: bad size', { 'storage-driver': 'vfs', 'storage-opts': ['size=abc'] }, V28, `${G}invalid size: 'abc': vfs`],
  ['vfs: size 0', { 'storage-driver': 'vfs', 'storage-opts': ['size=0'] }, V20, 'ok'],
  ['vfs: spaces around key and value', { 'storage-driver': 'vfs', 'storage-opts': [' size = 0 '] }, V28, 'ok'],
  [
    'vfs.xattrs before 25.0',
    { 'storage-driver': 'vfs', 'storage-opts': ['vfs.xattrs=i_want_broken_containers'] },
    V20,
    `${G}unknown option vfs.xattrs for vfs`,
  ],
  [
    'vfs.xattrs with consent',
    { 'storage-driver': 'vfs', 'storage-opts': ['vfs.xattrs=i_want_broken_containers'] },
    V26,
    'ok',
  ],
  [
    'vfs.xattrs without consent',
    { 'storage-driver': 'vfs', 'storage-opts': ['vfs.xattrs=yes'] },
    V28,
    `${G}do not set the vfs.xattrs option unless you are willing to accept the consequences: vfs`,
  ],
  [
    'overlay2: unknown key',
    { 'storage-driver': 'overlay2', 'storage-opts': ['overlay2.bogus=1'] },
    V20,
    `${G}overlay2: unknown option overlay2.bogus`,
  ],
  [
    'overlay2: unknown key',
    { 'storage-driver': 'overlay2', 'storage-opts': ['overlay2.bogus=1'] },
    V26,
    `${G}overlay2: unknown option overlay2.bogus: overlay2`,
  ],
  [
    'overlay2: keys fold case',
    { 'storage-driver': 'overlay2', 'storage-opts': ['Overlay2.Size=abc'] },
    V28,
    `${G}invalid size: 'abc': overlay2`,
  ],
  [
    'overlay2: keys fold case',
    { 'storage-driver': 'overlay2', 'storage-opts': ['Overlay2.Size=abc'] },
    V20,
    `${G}invalid size: 'abc'`,
  ],
  [
    'override_kernel_check until 23',
    { 'storage-driver': 'overlay2', 'storage-opts': ['overlay2.override_kernel_check=maybe'] },
    V20,
    `${G}strconv.ParseBool: parsing "maybe": invalid syntax`,
  ],
  [
    'override_kernel_check until 23',
    { 'storage-driver': 'overlay2', 'storage-opts': ['overlay2.override_kernel_check=true'] },
    V23,
    'ok',
  ],
  [
    'override_kernel_check gone in 24',
    { 'storage-driver': 'overlay2', 'storage-opts': ['overlay2.override_kernel_check=maybe'] },
    V26,
    `${G}overlay2: unknown option overlay2.override_kernel_check: overlay2`,
  ],
  [
    'btrfs: unknown key',
    { 'storage-driver': 'btrfs', 'storage-opts': ['bogus=1'] },
    V26,
    `${G}Unknown option bogus: btrfs`,
  ],
  ['btrfs: min_space', { 'storage-driver': 'btrfs', 'storage-opts': ['btrfs.min_space=10G'] }, V26, 'ok'],
  [
    'zfs: fsname',
    { 'storage-driver': 'zfs', 'storage-opts': ['zfs.fsname=tank/docker'] },
    V26,
    'ok',
    ['/usr/sbin/zfs'],
  ],
  [
    'zfs without the zfs program',
    { 'storage-driver': 'zfs', 'storage-opts': ['bogus=1'] },
    V20,
    `${G}prerequisites for driver not satisfied (wrong filesystem?)`,
  ],
  [
    'zfs without the zfs program',
    { 'storage-driver': 'zfs', 'storage-opts': ['bogus=1'] },
    V26,
    `${G}prerequisites for driver not satisfied (wrong filesystem?): zfs`,
  ],
  ["zfs is not in sid's build", { 'storage-driver': 'zfs' }, V28, `${G}driver not supported: zfs`],
  [
    'fuse-overlayfs ignores storage-opts',
    { 'storage-driver': 'fuse-overlayfs', 'storage-opts': ['bogus'] },
    V26,
    'ok',
    ['/usr/bin/fuse-overlayfs'],
  ],
  [
    'fuse-overlayfs without its program',
    { 'storage-driver': 'fuse-overlayfs', 'storage-opts': ['bogus=1'] },
    V20,
    `${G}driver not supported`,
  ],
  [
    'fuse-overlayfs without its program',
    { 'storage-driver': 'fuse-overlayfs', 'storage-opts': ['bogus=1'] },
    V28,
    `${G}driver not supported: fuse-overlayfs`,
  ],
  [
    "devicemapper is not in Debian's build",
    { 'storage-driver': 'devicemapper', 'storage-opts': ['dm.basesize=20G'] },
    V20,
    `${G}driver not supported`,
  ],
  [
    'devicemapper upstream',
    { 'storage-driver': 'devicemapper', 'storage-opts': ['dm.bogus=1'] },
    V24,
    `${G}devmapper: Unknown option dm.bogus: devicemapper`,
  ],
  ['devicemapper upstream', { 'storage-driver': 'devicemapper', 'storage-opts': ['dm.basesize=20G'] }, V23, 'ok'],
  [
    'devicemapper removed',
    { 'storage-driver': 'devicemapper' },
    V26,
    `${G}[graphdriver] ERROR: the devicemapper storage-driver has been deprecated and removed; visit https://docs.docker.com/go/storage-driver/ for more information: devicemapper`,
  ],
  [
    'aufs removed',
    { 'storage-driver': 'aufs' },
    V28,
    `${G}[graphdriver] ERROR: the aufs storage-driver has been deprecated and removed; visit https://docs.docker.com/go/storage-driver/ for more information: aufs`,
  ],
  ['aufs needs a kernel module', { 'storage-driver': 'aufs' }, V20, `${G}driver not supported`],
  [
    'overlay (v1) refuses any option',
    { 'storage-driver': 'overlay', 'storage-opts': ['bogus=1'] },
    V20,
    `${G}overlay: unknown option bogus`,
  ],
  [
    'overlay removed',
    { 'storage-driver': 'overlay', 'storage-opts': ['bogus=1'] },
    V26,
    `${G}[graphdriver] ERROR: the overlay storage-driver has been deprecated and removed; visit https://docs.docker.com/go/storage-driver/ for more information: overlay`,
  ],
  ['unknown driver', { 'storage-driver': 'bogusdriver' }, V20, `${G}driver not supported`],
  ['unknown driver', { 'storage-driver': 'bogusdriver' }, V28, `${G}driver not supported: bogusdriver`],
  [
    'no driver: overlay2 reads the options first',
    { 'storage-opts': ['bogus=1'] },
    V20,
    `${G}overlay2: unknown option bogus`,
  ],
  [
    'no driver: overlay2 reads the options first',
    { 'storage-opts': ['bogus=1'] },
    V26,
    `${G}overlay2: unknown option bogus`,
  ],
  [
    'no driver: a vfs option never reaches vfs',
    { 'storage-opts': ['size=1G'] },
    V28,
    `${G}overlay2: unknown option size`,
  ],
  [
    'no driver: no "="',
    { 'storage-driver': '', 'storage-opts': ['size'] },
    V26,
    `${G}unable to parse key/value option: size`,
  ],
  ['no driver: an overlay2 option', { 'storage-opts': ['overlay2.size=20G'] }, V28, 'ok'],
  [
    '29: a named graph driver still reads them',
    { 'storage-driver': 'overlay2', 'storage-opts': ['bogus=1'] },
    V29,
    `${G}overlay2: unknown option bogus: overlay2`,
  ],
  [
    '29: containerd-snapshotter false keeps graph drivers',
    { features: { 'containerd-snapshotter': false }, 'storage-opts': ['bogus=1'] },
    V29,
    `${G}overlay2: unknown option bogus`,
  ],
  [
    'containerd store ignores storage-opts',
    { features: { 'containerd-snapshotter': true }, 'storage-driver': 'overlayfs', 'storage-opts': ['bogus'] },
    V26,
    'ok',
  ],
  ['29: a snapshotter name', { 'storage-driver': 'overlayfs', 'storage-opts': ['bogus=1'] }, V29, 'ok'],
];

describe('storage rule', () => {
  it.each(rows)('%s: %j on %s', (_name, values, raw, expected, files = []) => {
    const errors = errorsOf(problemsOf(raw, values, { host: { files } }));
    if (expected === 'ok') expect(errors).toEqual([]);
    else expect(errors.map((p) => fullLine(p))).toEqual([expected]);
  });

  it('takes the driver from the --storage-driver flag too', () => {
    const [p] = errorsOf(
      problemsOf(
        V20,
        { 'storage-driver': 'vfs', 'storage-opts': ['bogus=1'] },
        { flags: ['storage-driver', 'storage-opts'] },
      ),
    );
    expect(p).toMatchObject({ key: 'storage-opts', index: 0 });
    expect(fullLine(p!)).toBe(`${G}unknown option bogus for vfs`);
  });

  it('points at each bad entry', () => {
    const ps = errorsOf(problemsOf(V26, { 'storage-driver': 'vfs', 'storage-opts': ['size=0', 'nope', 'x=1'] }));
    expect(ps.map((p) => p.index)).toEqual([1, 2]);
    expect(ps[1]?.message).toContain('unknown to the vfs storage driver (it takes: size, vfs.xattrs)');
  });

  it.each([
    [
      'a size needs project quotas',
      { 'storage-driver': 'overlay2', 'storage-opts': ['overlay2.size=20G'] },
      V26,
      'pquota',
    ],
    ['a size needs project quotas (vfs)', { 'storage-driver': 'vfs', 'storage-opts': ['size=1G'] }, V20, 'pquota'],
    ['a btrfs option without storage-driver', { 'storage-opts': ['btrfs.min_space=1G'] }, V26, 'storage-driver'],
    [
      '29 without storage-driver: the containerd store ignores them',
      { 'storage-opts': ['bogus=1'] },
      V29,
      'containerd image store',
    ],
    [
      'the containerd store ignores them',
      { features: { 'containerd-snapshotter': true }, 'storage-opts': ['overlay2.size=1G'] },
      V28,
      'ignored',
    ],
    [
      'vfs.xattrs consent',
      { 'storage-driver': 'vfs', 'storage-opts': ['vfs.xattrs=i_want_broken_containers'] },
      V26,
      'best-effort',
    ],
  ])('warns: %s', (_name, values, raw, words) => {
    const ps = problemsOf(raw, values);
    expect(errorsOf(ps)).toEqual([]);
    expect(ps).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining(words) })]);
  });

  describe('size options and the file system under data-root (/proc/self/mountinfo)', () => {
    const mountinfo = (...mounts: string[]): string => mounts.map((m, i) => `${20 + i} 1 8:${i} / ${m}`).join('\n');
    const EXT4 = '/ rw,relatime - ext4 /dev/vda rw';
    const XFS = '/var/lib/docker rw,relatime - xfs /dev/vdb rw,attr2,inode64';
    const XFS_PQUOTA = '/var/lib/docker rw,relatime - xfs /dev/vdb rw,attr2,inode64,prjquota';
    const EXT4_PQUOTA = '/srv/docker\\040data rw - ext4 /dev/vdc rw,prjquota';
    const run = (raw: string, values: Record<string, unknown>, ...mounts: string[]) =>
      problemsOf(raw, values, { host: { contents: { '/proc/self/mountinfo': mountinfo(...mounts) } } });

    it.each([
      [
        'overlay2.size on ext4 (seen on this machine)',
        V26,
        { 'storage-driver': 'overlay2', 'storage-opts': ['overlay2.size=1G'] },
        [EXT4],
        `${G}Storage Option overlay2.size only supported for backingFS XFS. Found extfs: overlay2`,
      ],
      [
        'overlay2.size on ext4 (seen on this machine)',
        V20,
        { 'storage-driver': 'overlay2', 'storage-opts': ['overlay2.size=1G'] },
        [EXT4],
        `${G}Storage Option overlay2.size only supported for backingFS XFS. Found extfs`,
      ],
      [
        'overlay2.size on xfs without pquota',
        V28,
        { 'storage-driver': 'overlay2', 'storage-opts': ['overlay2.size=1G'] },
        [EXT4, XFS],
        `${G}Storage option overlay2.size not supported. Filesystem does not support Project Quota: Filesystem does not support, or has not enabled quotas: overlay2`,
      ],
      [
        'overlay2.size on xfs with pquota',
        V28,
        { 'storage-driver': 'overlay2', 'storage-opts': ['overlay2.size=1G'] },
        [EXT4, XFS_PQUOTA],
        'ok',
      ],
      [
        'vfs size on ext4 (seen on this machine)',
        V28,
        { 'storage-driver': 'vfs', 'storage-opts': ['size=1G'] },
        [EXT4],
        `${G}Filesystem does not support, or has not enabled quotas: vfs`,
      ],
      [
        'vfs size on ext4 with project quotas',
        V28,
        { 'storage-driver': 'vfs', 'storage-opts': ['size=1G'], 'data-root': '/srv/docker data' },
        [EXT4, EXT4_PQUOTA],
        'ok',
      ],
      ['vfs size 0 needs no quota', V28, { 'storage-driver': 'vfs', 'storage-opts': ['size=0'] }, [EXT4], 'ok'],
      [
        'data-root elsewhere on ext4',
        V26,
        { 'storage-driver': 'overlay2', 'storage-opts': ['overlay2.size=1G'], 'data-root': '/srv/docker' },
        [EXT4, XFS_PQUOTA],
        `${G}Storage Option overlay2.size only supported for backingFS XFS. Found extfs: overlay2`,
      ],
      [
        'no storage-driver: overlay2 checks it too',
        V26,
        { 'storage-opts': ['overlay2.size=1G'] },
        [EXT4],
        `${G}Storage Option overlay2.size only supported for backingFS XFS. Found extfs`,
      ],
    ])('%s on %s', (_name, raw, values, mounts, expected) => {
      const errors = errorsOf(run(raw, values, ...mounts));
      if (expected === 'ok') expect(errors).toEqual([]);
      else expect(errors.map((p) => fullLine(p))).toEqual([expected]);
    });

    it('says where the file system is and what to do', () => {
      const [p] = errorsOf(run(V28, { 'storage-driver': 'vfs', 'storage-opts': ['size=1G'] }, EXT4));
      expect(p?.message).toContain('ext4 at /');
      expect(p?.hint).toContain('pquota');
    });
  });
});
