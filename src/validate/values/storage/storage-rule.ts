/**
 * storage-driver and storage-opts, checked the way the graph driver's Init reads them when
 * NewDaemon builds the layer store ("failed to start daemon: error initializing graphdriver: …";
 * 24.0+ add ": <driver>" when storage-driver names it).
 *
 * Without storage-driver, dockerd picks a driver at start: existing state in data-root first,
 * else the priority list, whose first parsing driver on ordinary hosts is overlay2 (20.10 tries
 * btrfs and zfs before it, which give way unless the file system or the zfs tools are there),
 * and overlay2 reads storage-opts before it checks the host. So an option overlay2 does not
 * know is refused, unless a driver that knows it can come first (then it is a warning); an
 * entry without "=" is refused by every driver that reads options.
 *
 * The programs fuse-overlayfs and zfs need are looked up on the host. Not modelled: the file
 * system under data-root (btrfs, zfs, the project quotas "size" needs: a warning), /dev/zfs,
 * graph driver plugins before 28.0 (an unknown name is refused).
 */
import { hint, hintOf, message } from '../../../diagnostics/say.js';
import { atLeast, type EngineVersion } from '../../../engine/version.js';
import { said, type Said } from '../../../i18n/said.js';
import { startError, type DockerdLine } from '../shared/dockerd-text.js';
import { caution, refused } from '../shared/problem.js';
import { stringListOf, stringOf } from '../shared/settings.js';
import type { ValueContext, ValueProblem, ValueRule } from '../types.js';
import { DEFAULT_DATA_ROOT, mountFsOf } from './data-root-fs.js';
import { keyValueError, removedDrivers, type DriverEnv, type GraphDriver } from './graph-drivers.js';
import { storageModeOf } from './storage-mode.js';

const KEY = 'storage-opts';

function graphdriverLine(engine: EngineVersion, reason: string, named: string | undefined): DockerdLine {
  const suffix = named !== undefined && atLeast(engine, '24.0.0') ? `: ${named}` : '';
  return startError(`error initializing graphdriver: ${reason}${suffix}`);
}

interface Entry {
  value: string;
  index: number;
  key: string;
  optionValue: string;
}

function splitEntry(value: string, index: number): Entry | undefined {
  const eq = value.indexOf('=');
  return eq < 0 ? undefined : { value, index, key: value.slice(0, eq).trim(), optionValue: value.slice(eq + 1).trim() };
}

const known = (driver: GraphDriver): string | Said =>
  Object.keys(driver.options ?? {}).join(', ') || said('validate.storage.noOptions');
const lookupKey = (driver: GraphDriver, key: string): string => (driver.foldsCase ? key.toLowerCase() : key);

/** The problem with one "key=value" entry for `driver`, if any; `named` is the storage-driver value shown by dockerd. */
function entryProblem(
  ctx: ValueContext,
  driver: GraphDriver,
  entry: Entry,
  named: string | undefined,
): ValueProblem | undefined {
  if (!driver.options) return undefined;
  const key = lookupKey(driver, entry.key);
  const check = driver.options[key];
  if (!check) {
    return refused({
      key: KEY,
      index: entry.index,
      ...message('validate.storage.unknownOption', { option: entry.key, driver: driver.name, known: known(driver) }),
      ...hint('validate.storage.hint.unknownOption'),
      line: graphdriverLine(ctx.engine, driver.unknown(key), named),
    });
  }
  const verdict = check(entry.optionValue, driverEnv(ctx, driver));
  if (verdict?.severity === 'error') {
    const quota = verdict.message;
    return refused({
      key: KEY,
      index: entry.index,
      ...(quota
        ? message('validate.storage.option', { option: entry.value, problem: quota })
        : message('validate.storage.optionRefused', {
            option: entry.value,
            driver: driver.name,
            dockerd: verdict.reason ?? '',
          })),
      ...hint(
        quota
          ? 'validate.storage.hint.quota'
          : key.endsWith('size') || key.endsWith('min_space')
            ? 'validate.storage.hint.size'
            : 'validate.storage.hint.fixValue',
      ),
      line: verdict.reason === undefined ? undefined : graphdriverLine(ctx.engine, verdict.reason, named),
    });
  }
  if (verdict?.severity === 'warning')
    return caution({
      key: KEY,
      index: entry.index,
      ...message('validate.storage.option', { option: entry.value, problem: verdict.message }),
      ...hint('validate.storage.hint.unlessSetUp'),
    });
  return undefined;
}

/** The driver's home is data-root/<driver>; its file system is read only when an option needs it. */
function driverEnv(ctx: ValueContext, driver: GraphDriver): DriverEnv {
  const dataRoot = (stringOf(ctx, 'data-root') || stringOf(ctx, 'graph') || DEFAULT_DATA_ROOT).replace(/\/+$/, '');
  return { engine: ctx.engine, fs: () => mountFsOf(ctx.host, `${dataRoot}/${driver.name}`) };
}

// Where dockerd's PATH (systemd's default) finds programs.
const PATH_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

/** A compiled-in driver that cannot start here: no kernel support anywhere, or its program is missing. */
function unusableDriver(ctx: ValueContext, driver: GraphDriver): ValueProblem | undefined {
  const { binary } = driver;
  const missing = binary && !PATH_DIRS.some((dir) => ctx.host.fileReadable(`${dir}/${binary.name}`));
  if (!driver.unavailable && !missing) return undefined;
  return refused({
    key: 'storage-driver',
    ...(driver.unavailable
      ? message('validate.storage.driver', { driver: driver.name, problem: driver.unavailable })
      : message('validate.storage.driverNeedsProgram', { driver: driver.name, program: binary?.name ?? '' })),
    ...(driver.unavailable
      ? hint('validate.storage.hint.overlay2')
      : hint('validate.storage.hint.installProgram', { program: binary?.name ?? '' })),
    line: graphdriverLine(
      ctx.engine,
      driver.unavailable ? 'driver not supported' : (binary?.missing ?? ''),
      driver.name,
    ),
  });
}

function withoutEquals(ctx: ValueContext, value: string, index: number, named: string | undefined): ValueProblem {
  return refused({
    key: KEY,
    index,
    ...message('validate.storage.withoutEquals', { option: value }),
    ...hint('validate.storage.hint.keyValue'),
    line: graphdriverLine(ctx.engine, keyValueError(ctx.engine, value), named),
  });
}

/** storage-driver names no driver of this build. */
function unknownDriver(ctx: ValueContext, name: string): ValueProblem {
  const removed = removedDrivers(ctx.engine).includes(name);
  const reason = removed
    ? `[graphdriver] ERROR: the ${name} storage-driver has been deprecated and removed; visit https://docs.docker.com/go/storage-driver/ for more information`
    : 'driver not supported';
  return refused({
    key: 'storage-driver',
    ...message(
      removed
        ? 'validate.storage.driverRemoved'
        : atLeast(ctx.engine, '28.0.0')
          ? 'validate.storage.notBuiltIn'
          : 'validate.storage.notBuiltInPlugin',
      { driver: name },
    ),
    ...hint('validate.storage.hint.overlay2'),
    ...(atLeast(ctx.engine, '29.0.0') ? {} : { line: graphdriverLine(ctx.engine, reason, name) }),
  });
}

/**
 * No storage-driver: overlay2 judges, unless a driver that takes the option could be chosen
 * before overlay2 reads it: one with state left in data-root (any but vfs, which dockerd never
 * picks from state), or on 20.10 btrfs and zfs, which it tries first on their own file systems.
 */
function autoEntryProblem(
  ctx: ValueContext,
  drivers: Map<string, GraphDriver>,
  value: string,
  index: number,
): ValueProblem | undefined {
  const entry = splitEntry(value, index);
  if (!entry) return withoutEquals(ctx, value, index, undefined);
  const first = drivers.get('overlay2');
  if (!first) return undefined;
  const takers = [...drivers.values()].filter(
    (d) => d.name !== 'vfs' && d.options?.[lookupKey(d, entry.key)] !== undefined,
  );
  if (takers.length === 0 || takers.includes(first)) return entryProblem(ctx, first, entry, undefined);
  const owner = takers[0]?.name ?? '';
  return caution({
    key: KEY,
    index,
    ...message('validate.storage.otherDriver', {
      option: entry.key,
      drivers: takers.map((d) => d.name).join('/'),
      owner,
    }),
    ...hint('validate.storage.hint.setDriver', { driver: owner }),
  });
}

function autoProblems(ctx: ValueContext, drivers: Map<string, GraphDriver>, maybeContainerd: boolean): ValueProblem[] {
  return stringListOf(ctx, KEY).flatMap(({ value, index }) => {
    const problem = autoEntryProblem(ctx, drivers, value, index);
    if (!problem) return [];
    // 29.x on a fresh host uses the containerd store, which never reads storage-opts.
    if (maybeContainerd && problem.severity === 'error') {
      return [
        caution({
          key: KEY,
          index,
          ...message('validate.storage.unlessContainerd', { problem: problem.says ?? problem.message }),
          ...hintOf(problem.hintSays ?? said('validate.hint.removeIt')),
        }),
      ];
    }
    return [problem];
  });
}

export const storageRule: ValueRule = {
  keys: ['storage-driver', KEY],
  check(ctx) {
    const mode = storageModeOf(ctx);
    const opts = stringListOf(ctx, KEY);
    switch (mode.kind) {
      case 'containerd':
        return opts.length > 0
          ? [
              caution({
                key: KEY,
                ...message('validate.storage.containerdIgnores'),
                ...hint('validate.storage.hint.snapshotter'),
              }),
            ]
          : [];
      case 'unknown-driver':
        return [unknownDriver(ctx, mode.name)];
      case 'auto':
        return autoProblems(ctx, mode.drivers, mode.maybeContainerd);
      case 'named': {
        const name = mode.driver.name;
        const unusable = unusableDriver(ctx, mode.driver);
        if (unusable) return [unusable];
        return opts.flatMap(({ value, index }) => {
          const entry = splitEntry(value, index);
          const problem = entry
            ? entryProblem(ctx, mode.driver, entry, name)
            : mode.driver.options
              ? withoutEquals(ctx, value, index, name)
              : undefined;
          return problem ? [problem] : [];
        });
      }
    }
  },
};
