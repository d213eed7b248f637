/**
 * Who reads storage-opts: a graph driver named by storage-driver, one dockerd picks at start,
 * or nobody (the containerd image store takes a snapshotter name and ignores storage-opts).
 *
 * - 24.0–28.x: "features": {"containerd-snapshotter": true} switches to the containerd store.
 * - 29.x: the containerd store is the default. A storage-driver naming a registered graph
 *   driver, or "containerd-snapshotter": false, keeps graph drivers; so does existing graph
 *   driver state in data-root (an upgraded host), which we cannot see from here.
 */
import { atLeast } from '../../../engine/version.js';
import { objectOf, stringOf } from '../shared/settings.js';
import type { ValueContext } from '../types.js';
import { graphDriversOf, type GraphDriver } from './graph-drivers.js';

export type StorageMode =
  /** storage-driver names a driver that is compiled in. */
  | { kind: 'named'; driver: GraphDriver }
  /** storage-driver names something that is not (removed, left out of this build, or a typo). */
  | { kind: 'unknown-driver'; name: string }
  /** No storage-driver: dockerd tries its priority list (overlay2 first from 23.0) at start. */
  | { kind: 'auto'; drivers: Map<string, GraphDriver>; maybeContainerd: boolean }
  | { kind: 'containerd' };

export function storageModeOf(ctx: ValueContext): StorageMode {
  const drivers = graphDriversOf(ctx.engine);
  const name = stringOf(ctx, 'storage-driver') ?? '';
  const snapshotterFeature = objectOf(ctx, 'features')?.['containerd-snapshotter'];
  const v29 = atLeast(ctx.engine, '29.0.0');
  if (atLeast(ctx.engine, '24.0.0') && snapshotterFeature === true) return { kind: 'containerd' };
  if (name === '') return { kind: 'auto', drivers, maybeContainerd: v29 && snapshotterFeature !== false };
  const driver = drivers.get(name);
  if (driver) return { kind: 'named', driver };
  // 29.x takes any other name for a containerd snapshotter (overlayfs, native …).
  if (v29 && snapshotterFeature !== false) return { kind: 'containerd' };
  return { kind: 'unknown-driver', name };
}
