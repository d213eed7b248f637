/**
 * The file system a graph driver's home (data-root/<driver>) lives on, from the host's
 * /proc/self/mountinfo: the size options need project quotas there (xfs for overlay2).
 * Unknown (undefined) when the host view cannot read it, e.g. under --root.
 */
import type { HostView } from '../../types.js';

export interface MountFs {
  mountpoint: string;
  /** As the kernel names it: "ext4", "xfs", "btrfs" … */
  type: string;
  /** Mounted with project quotas enforced (prjquota / pquota). */
  projectQuota: boolean;
}

export const DEFAULT_DATA_ROOT = '/var/lib/docker';

// mountinfo escapes space, tab, newline and backslash as octal.
const unescape = (s: string): string =>
  s.replace(/\\([0-7]{3})/g, (_m, oct: string) => String.fromCharCode(parseInt(oct, 8)));

function parseLine(line: string): MountFs | undefined {
  const [left = '', right = ''] = line.split(' - ');
  const mountpoint = left.split(' ')[4];
  const [type, , superOptions = ''] = right.split(' ');
  if (!mountpoint || !type) return undefined;
  const options = superOptions.split(',');
  return {
    mountpoint: unescape(mountpoint),
    type,
    projectQuota: options.includes('prjquota') || options.includes('pquota'),
  };
}

const contains = (mountpoint: string, path: string): boolean =>
  mountpoint === '/' || path === mountpoint || path.startsWith(`${mountpoint}/`);

export function mountFsOf(host: HostView, path: string): MountFs | undefined {
  const bytes = host.readFile('/proc/self/mountinfo');
  if (!bytes) return undefined;
  let best: MountFs | undefined;
  for (const line of Buffer.from(bytes).toString('utf8').split('\n')) {
    const mount = parseLine(line);
    // The longest mount point wins; of equal ones the later, which is mounted over the earlier.
    if (mount && contains(mount.mountpoint, path) && mount.mountpoint.length >= (best?.mountpoint.length ?? 0))
      best = mount;
  }
  return best;
}

const GRAPHDRIVER_FS_NAMES: Record<string, string> = {
  ext2: 'extfs',
  ext3: 'extfs',
  ext4: 'extfs',
  xfs: 'xfs',
  btrfs: 'btrfs',
  tmpfs: 'tmpfs',
  zfs: 'zfs',
  f2fs: 'f2fs',
  nfs: 'nfs',
  nfs4: 'nfs',
  overlay: 'overlayfs',
  ramfs: 'ramfs',
  squashfs: 'squashfs',
  cramfs: 'cramfs',
  ecryptfs: 'ecryptfs',
  jfs: 'jfs',
  reiserfs: 'reiserfs',
  cifs: 'smb',
  smb3: 'smb',
  vxfs: 'vxfs',
  aufs: 'aufs',
  jffs2: 'jffs2',
  gpfs: 'gpfs',
};

/** The name dockerd's graphdriver package gives a file system in its messages. */
export function graphdriverFsName(type: string): string {
  return GRAPHDRIVER_FS_NAMES[type] ?? (type.startsWith('fuse') ? 'fuse' : '<unknown>');
}
