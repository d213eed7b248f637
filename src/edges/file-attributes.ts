import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Give `to` the extended attributes and ACLs of `from` (and its SELinux label where SELinux is
 * on): a file replaced by rename would otherwise lose them. Node has no API for either; GNU cp
 * has, and `--attributes-only` leaves the data of `to` alone.
 *
 * Best effort: where cp cannot (BusyBox, a file system without xattrs), the write goes on, as
 * the content and the mode are what dockerd reads.
 */
export function copyFileAttributes(from: string, to: string): void {
  const keep = existsSync('/sys/fs/selinux/enforce') ? 'mode,xattr,context' : 'mode,xattr';
  spawnSync('cp', ['--attributes-only', `--preserve=${keep}`, '--', from, to], {
    stdio: 'ignore',
    timeout: 10_000,
    env: { PATH: '/usr/bin:/bin', LC_ALL: 'C' },
  });
}
