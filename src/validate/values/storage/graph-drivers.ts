/**
 * The built-in Linux graph drivers of each engine version and the storage-opts each one
 * parses in its Init (daemon/graphdriver/<driver>/). A driver stops at the first entry it
 * refuses; aufs and fuse-overlayfs never read storage-opts.
 */
import { parseGoBool } from '../../../engine/go-parse.js';
import { atLeast, type EngineVersion } from '../../../engine/version.js';
import { said, type Said } from '../../../i18n/said.js';
import { ramInBytes, usesGoUnitsV05 } from '../go/units.js';
import { graphdriverFsName, type MountFs } from './data-root-fs.js';

/**
 * What one option's value does to dockerd: refused (`reason`: Go's error text, when we know
 * it; `message`: for people, said after `storage option "…"`) or accepted with a caveat.
 */
export type OptionVerdict =
  | { severity: 'error'; reason: string | undefined; message?: Said }
  | { severity: 'warning'; message: Said };

export interface DriverEnv {
  engine: EngineVersion;
  /** The file system under the driver's home, when the host view can tell. */
  fs(): MountFs | undefined;
}

export type OptionCheck = (value: string, env: DriverEnv) => OptionVerdict | undefined;

export interface GraphDriver {
  name: string;
  /** Keys are matched after strings.ToLower (every driver but vfs). */
  foldsCase: boolean;
  /** The keys it knows; undefined when it ignores storage-opts altogether. */
  options?: Readonly<Record<string, OptionCheck>>;
  /** Its error for a key it does not know (the key as it compared it). */
  unknown(key: string): string;
  /** Why it cannot run on current hosts at all (aufs: no mainline kernel has the module), said after its name. */
  unavailable?: Said;
  /** A program its Init looks up in PATH, and dockerd's error when it is missing. */
  binary?: { name: string; missing: string };
}

const NO_QUOTA = 'Filesystem does not support, or has not enabled quotas';

/** What a size needs: nothing, project quotas under data-root (vfs), or xfs with them (overlay2). */
type Quota = 'none' | 'project' | 'xfs-project';

function quotaVerdict(quota: Quota, option: string, fs: MountFs | undefined): OptionVerdict | undefined {
  if (quota === 'none') return undefined;
  if (!fs) return { severity: 'warning', message: said('validate.storage.needsXfsQuota') };
  const where = said('validate.storage.dataRootFs', { type: fs.type, mountpoint: fs.mountpoint });
  if (quota === 'xfs-project' && fs.type !== 'xfs') {
    return {
      severity: 'error',
      reason: `Storage Option ${option} only supported for backingFS XFS. Found ${graphdriverFsName(fs.type)}`,
      message: said('validate.storage.needsXfs', { where }),
    };
  }
  if (fs.projectQuota) return undefined;
  const reason =
    quota === 'xfs-project'
      ? `Storage option ${option} not supported. Filesystem does not support Project Quota: ${NO_QUOTA}`
      : NO_QUOTA;
  return { severity: 'error', reason, message: said('validate.storage.needsQuota', { where }) };
}

function size(quota: Quota, option: string): OptionCheck {
  return (value, env) => {
    const parsed = ramInBytes(value, usesGoUnitsV05(env.engine));
    if (!parsed.ok) return { severity: 'error', reason: parsed.error };
    return parsed.value > 0 ? quotaVerdict(quota, option, env.fs()) : undefined;
  };
}

const bool: OptionCheck = (value) => {
  const parsed = parseGoBool(value);
  return parsed.ok ? undefined : { severity: 'error', reason: parsed.error };
};

const anything: OptionCheck = () => undefined;

const XATTRS_CONSENT = 'i_want_broken_containers';
const vfsXattrs: OptionCheck = (value) =>
  value === XATTRS_CONSENT
    ? { severity: 'warning', message: said('validate.storage.xattrsBestEffort') }
    : {
        severity: 'error',
        reason: 'do not set the vfs.xattrs option unless you are willing to accept the consequences',
      };

const DEVMAPPER_KEYS = [
  'dm.basesize',
  'dm.blkdiscard',
  'dm.blocksize',
  'dm.datadev',
  'dm.directlvm_device',
  'dm.directlvm_device_force',
  'dm.fs',
  'dm.libdm_log_level',
  'dm.loopdatasize',
  'dm.loopmetadatasize',
  'dm.metadatadev',
  'dm.min_free_space',
  'dm.mkfsarg',
  'dm.mountopt',
  'dm.override_udev_sync_check',
  'dm.thinp_autoextend_percent',
  'dm.thinp_autoextend_threshold',
  'dm.thinp_metapercent',
  'dm.thinp_percent',
  'dm.thinpooldev',
  'dm.use_deferred_deletion',
  'dm.use_deferred_removal',
  'dm.xfs_nospace_max_retries',
];

function vfs(engine: EngineVersion): GraphDriver {
  const options: Record<string, OptionCheck> = { size: size('project', 'size') };
  if (atLeast(engine, '25.0.0')) options['vfs.xattrs'] = vfsXattrs;
  return { name: 'vfs', foldsCase: false, options, unknown: (k) => `unknown option ${k} for vfs` };
}

function overlay2(engine: EngineVersion): GraphDriver {
  const options: Record<string, OptionCheck> = { 'overlay2.size': size('xfs-project', 'overlay2.size') };
  if (!atLeast(engine, '24.0.0')) options['overlay2.override_kernel_check'] = bool;
  return { name: 'overlay2', foldsCase: true, options, unknown: (k) => `overlay2: unknown option ${k}` };
}

const btrfs: GraphDriver = {
  name: 'btrfs',
  foldsCase: true,
  options: { 'btrfs.min_space': size('none', 'btrfs.min_space') },
  unknown: (k) => `Unknown option ${k}`,
};
const zfs: GraphDriver = {
  name: 'zfs',
  foldsCase: true,
  options: { 'zfs.fsname': anything },
  unknown: (k) => `Unknown option ${k}`,
  binary: { name: 'zfs', missing: 'prerequisites for driver not satisfied (wrong filesystem?)' },
};
const fuseOverlayfs: GraphDriver = {
  name: 'fuse-overlayfs',
  foldsCase: true,
  unknown: (k) => `unknown option ${k}`,
  binary: { name: 'fuse-overlayfs', missing: 'driver not supported' },
};
const aufs: GraphDriver = {
  name: 'aufs',
  foldsCase: true,
  unknown: (k) => `unknown option ${k}`,
  unavailable: said('validate.storage.aufsUnavailable'),
};
const overlay: GraphDriver = {
  name: 'overlay',
  foldsCase: true,
  options: {},
  unknown: (k) => `overlay: unknown option ${k}`,
};
const devicemapper: GraphDriver = {
  name: 'devicemapper',
  foldsCase: true,
  options: Object.fromEntries(DEVMAPPER_KEYS.map((k) => [k, anything])),
  unknown: (k) => `devmapper: Unknown option ${k}`,
};

/** Drivers dockerd 24+ (aufs, overlay) and 25+ (devicemapper) name as removed. */
export function removedDrivers(engine: EngineVersion): string[] {
  if (!atLeast(engine, '24.0.0')) return [];
  return atLeast(engine, '25.0.0') ? ['aufs', 'devicemapper', 'overlay'] : ['aufs', 'overlay'];
}

/**
 * The drivers compiled into this build. Debian builds leave out devicemapper (20.10.24+dfsg1
 * answers "driver not supported") and, in sid's 28.5.2+dfsg4, zfs.
 */
export function graphDriversOf(engine: EngineVersion): Map<string, GraphDriver> {
  const debian = /dfsg/.test(engine.raw);
  const list: GraphDriver[] = [overlay2(engine), fuseOverlayfs, btrfs, vfs(engine)];
  if (!(debian && atLeast(engine, '28.5.2'))) list.push(zfs);
  if (!atLeast(engine, '24.0.0')) list.push(aufs, overlay);
  if (!atLeast(engine, '25.0.0') && !debian) list.push(devicemapper);
  return new Map(list.map((d) => [d.name, d]));
}

/** go parsers.ParseKeyValueOpt / graphdriver.ParseStorageOptKeyValue: the refusal of an entry without "=". */
export function keyValueError(engine: EngineVersion, entry: string): string {
  if (atLeast(engine, '28.0.0')) return `unable to parse storage-opt key/value: ${entry}`;
  return atLeast(engine, '24.0.0')
    ? `unable to parse key/value option: ${entry}`
    : `Unable to parse key/value option: ${entry}`;
}
