// The dockerd builds the daemon tests run against (scripts/provision.sh installs them): Debian 12's
// docker.io, and the newer Debian builds unpacked under DOCKERD_CACHE.
const cache = process.env.DOCKERD_CACHE ?? '/var/cache/dockerd-config';

export interface DockerdBuild {
  label: string;
  path: string;
}

export const BINARIES: readonly DockerdBuild[] = [
  { label: 'Debian 12 docker.io', path: '/usr/sbin/dockerd' },
  { label: 'Debian trixie', path: `${cache}/trixie/usr/sbin/dockerd` },
  { label: 'Debian sid', path: `${cache}/sid/usr/sbin/dockerd` },
];
