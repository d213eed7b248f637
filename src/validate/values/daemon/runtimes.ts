/** runtimes and default-runtime: names dockerd can resolve, per engine version. */
import { posix } from 'node:path';
import { hint, hintOf, message } from '../../../diagnostics/say.js';
import { atLeast, type EngineVersion } from '../../../engine/version.js';
import { said, type Said } from '../../../i18n/said.js';
import { configValidation, startError, type DockerdLine } from '../shared/dockerd-text.js';
import { caution, refused } from '../shared/problem.js';
import { fieldOf, isPlainObject, objectOf, stringOf } from '../shared/settings.js';
import type { ValueProblem, ValueRule } from '../types.js';

const STOCK = 'runc';
const V1_SHIM = 'io.containerd.runtime.v1.linux';
const V2_SHIM = 'io.containerd.runc.v2';

/** Runtime names that need no "runtimes" entry. */
export function builtinRuntimes(engine: EngineVersion): string[] {
  return atLeast(engine, '23.0.0') ? [STOCK, V2_SHIM] : [STOCK, V1_SHIM, V2_SHIM];
}

/** containerd shim names (23.0+): relative, no "/", at least one "." (e.g. io.containerd.kata.v2). */
export function isContainerdShimName(name: string): boolean {
  return !name.startsWith('/') && !name.includes('/') && name.split('.').length >= 2;
}

/** 20.10–24 check runtimes in config.Validate; 25.0+ only when the daemon sets them up. */
function runtimeLine(engine: EngineVersion, reason: string): DockerdLine {
  return atLeast(engine, '25.0.0') ? startError(reason) : configValidation(engine, reason);
}

export const runtimesRule: ValueRule = {
  keys: ['runtimes', 'default-runtime'],
  check(ctx) {
    const problems: ValueProblem[] = [];
    const runtimes = objectOf(ctx, 'runtimes') ?? {};
    if (STOCK in runtimes) {
      problems.push(
        refused({
          key: 'runtimes',
          ...message('validate.runtimes.reserved', { name: STOCK }),
          ...hint('validate.runtimes.hint.rename'),
          line: runtimeLine(ctx.engine, `runtime name '${STOCK}' is reserved`),
        }),
      );
    }
    for (const [name, spec] of Object.entries(runtimes)) {
      if (!isPlainObject(spec)) continue;
      problems.push(...wrapperProblems(ctx.engine, name, spec), ...runtimeEntryProblems(ctx.engine, name, spec));
    }
    const wanted = stringOf(ctx, 'default-runtime');
    if (wanted !== undefined && wanted !== '') {
      const known =
        builtinRuntimes(ctx.engine).includes(wanted) ||
        wanted in runtimes ||
        (atLeast(ctx.engine, '23.0.0') && isContainerdShimName(wanted));
      if (!known) {
        problems.push(
          refused({
            key: 'default-runtime',
            ...message('validate.runtimes.defaultUnknown', { runtime: wanted }),
            ...hint('validate.runtimes.hint.defaultUnknown', { stock: STOCK, runtime: wanted }),
            line: runtimeLine(ctx.engine, `specified default runtime '${wanted}' does not exist`),
          }),
        );
      } else if (wanted === V1_SHIM && !atLeast(ctx.engine, '23.0.0')) {
        problems.push(
          caution({
            key: 'default-runtime',
            ...message('validate.runtimes.v1Deprecated', { runtime: V1_SHIM }),
            ...hint('validate.hint.use', { value: STOCK }),
          }),
        );
      }
    }
    return problems;
  },
};

/**
 * A runtime with runtimeArgs gets a wrapper script named after it, written while the daemon
 * starts: before 23.0 at <data-root>/gen-runtimesNNN/<name> (initRuntimes), from 23.0 at
 * <data-root>/runtimes/<name>.<digest> (wrapRuntime). A name that is a directory there (20.10:
 * "", ".", "..") or that needs a subdirectory ("a/b") makes the write fail, and dockerd with it.
 */
function wrapperProblems(engine: EngineVersion, name: string, spec: Record<string, unknown>): ValueProblem[] {
  const args = fieldOf(spec, 'runtimeArgs');
  if (!Array.isArray(args) || args.length === 0) return [];
  const modern = atLeast(engine, '23.0.0');
  // Go's filepath.Join cleans the path: "" and "." are the directory itself, ".." its parent.
  const base = '/data-root/wrappers';
  const file = posix.join(base, modern ? `${name}.x` : name).replace(/(.)\/$/, '$1');
  const directory = file === base || file === '/data-root' || file === '/';
  const nested = !directory && file.startsWith(`${base}/`) && posix.dirname(file) !== base;
  if (!directory && !nested) return [];
  const dir = modern ? '<data-root>/runtimes' : '<data-root>/gen-runtimes…';
  const reason = directory
    ? `open ${dir}: is a directory`
    : `open ${dir}/${posix.dirname(file.slice(base.length + 1))}/…: no such file or directory`;
  return [
    refused({
      key: 'runtimes',
      ...message('validate.runtimes.wrapperName', { name }),
      ...hint('validate.runtimes.hint.wrapperName'),
      line: runtimeLine(engine, reason),
    }),
  ];
}

function runtimeEntryProblems(engine: EngineVersion, name: string, spec: Record<string, unknown>): ValueProblem[] {
  const path = fieldOf(spec, 'path');
  const type = fieldOf(spec, 'runtimeType');
  const args = fieldOf(spec, 'runtimeArgs');
  const options = fieldOf(spec, 'options');
  const hasPath = typeof path === 'string' && path !== '';
  const hasType = typeof type === 'string' && type !== '';
  const hasArgs = Array.isArray(args) && args.length > 0;
  const hasOptions = isPlainObject(options) && Object.keys(options).length > 0;
  if (!atLeast(engine, '24.0.0')) {
    if (hasType || hasOptions)
      return [
        caution({
          key: 'runtimes',
          ...message('validate.runtimes.needs24', { name }),
          ...hint('validate.runtimes.hint.path'),
        }),
      ];
    if (!hasPath)
      return [
        caution({
          key: 'runtimes',
          ...message('validate.runtimes.noPath', { name }),
          ...hint('validate.runtimes.hint.setPath'),
        }),
      ];
    return [];
  }
  // `reason` is dockerd's own text.
  const fail = (reason: string, fix: Said): ValueProblem[] => [
    refused({
      key: 'runtimes',
      ...message('validate.runtimes.refused', { name, dockerd: reason }),
      ...hintOf(fix),
      line: startError(`runtime ${name}: ${reason}`),
    }),
  ];
  if (!hasPath && !hasType)
    return fail('either a runtimeType or a path must be configured', said('validate.runtimes.hint.pathOrType'));
  if (hasPath && hasType)
    return fail(
      'cannot configure both path and runtimeType for the same runtime',
      said('validate.runtimes.hint.pathXorType'),
    );
  if (hasPath && hasOptions)
    return fail(
      'options cannot be used with a path runtime',
      said('validate.hint.removeOrUse', { remove: 'options', use: 'runtimeType' }),
    );
  if (hasType && hasArgs)
    return fail(
      'args cannot be used with a runtimeType runtime',
      said('validate.hint.removeOrUse', { remove: 'runtimeArgs', use: 'path' }),
    );
  return [];
}
