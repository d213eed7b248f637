/** Where systemd looks for system units, highest priority first (as on Debian, where /lib is /usr/lib). */
export const SYSTEM_UNIT_DIRS = [
  '/etc/systemd/system.control',
  '/run/systemd/system.control',
  '/run/systemd/transient',
  '/etc/systemd/system',
  '/run/systemd/system',
  '/usr/local/lib/systemd/system',
  '/lib/systemd/system',
  '/usr/lib/systemd/system',
] as const;

/** Where `systemctl --user` looks (rootless docker), highest priority first. */
export function userUnitDirs(home: string): string[] {
  return [
    `${home}/.config/systemd/user.control`,
    `${home}/.config/systemd/user`,
    '/etc/systemd/user',
    `${home}/.local/share/systemd/user`,
    '/usr/local/lib/systemd/user',
    '/lib/systemd/user',
    '/usr/lib/systemd/user',
  ];
}

/** A file as the target system sees it (`path`) and where we read it (`hostPath`, under --root). */
export interface RootedFile {
  path: string;
  hostPath: string;
}

/** A unit as systemd finds it along its search path (src/sources/locate-unit.ts looks). */
export interface LocatedUnit {
  name: string;
  /** The unit file systemd loads (the first found), undefined when there is none. */
  unit?: RootedFile;
  /** Linked to /dev/null or empty: systemd will not start it. */
  masked: boolean;
  /** The drop-ins in the order systemd applies them. */
  dropIns: RootedFile[];
}
