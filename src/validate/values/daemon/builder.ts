/**
 * builder.gc: the BuildKit garbage-collection policy, parsed while dockerd sets up its builder
 * (getGCPolicy in builder/builder-next/controller.go, toBuildkitPruneInfo in builder.go), after
 * the API and containerd are up. A value it cannot parse stops the daemon.
 *
 * - GC on: 20.10 – 28.1 only with "enabled": true; from 28.2 unless "enabled": false.
 * - Sizes (go-units RAMInBytes): before 28.0 "defaultKeepStorage" (if set), then every policy
 *   rule's "keepStorage", even an empty one; from 28.0 the default*Space values (only without a
 *   "policy"), and each rule's reservedSpace (or keepStorage) / maxUsedSpace / minFreeSpace if set.
 * - Filters: "until" and "unused-for" together; more than one until value; more than one value of
 *   a cache field; an "until" value that is not a duration (before 24.0) or, from 24.0, neither a
 *   duration, a date time.Parse takes (values with a "-") nor a Unix timestamp.
 *
 * Verified with test/cases/value-builder-* on 20.10.24, 26.1.5 and 28.5.2; 29 from source.
 * Before 23.0 a filter entry without "=" panics while daemon.json is decoded (GC on or off).
 */
import { hint, message } from '../../../diagnostics/say.js';
import { atLeast, type EngineVersion } from '../../../engine/version.js';
import { goParseDuration } from '../go/duration.js';
import { goQuote } from '../go/quote.js';
import { ramInBytes, usesGoUnitsV05 } from '../go/units.js';
import { bareConfigError, decodeError, type DockerdLine } from '../shared/dockerd-text.js';
import { dateValueError } from './timestamp.js';
import { refused } from '../shared/problem.js';
import { fieldOf, fieldsOf, isPlainObject, objectOf } from '../shared/settings.js';
import type { ValueProblem, ValueRule } from '../types.js';

const str = (obj: Record<string, unknown>, name: string): string => {
  const v = fieldOf(obj, name);
  return typeof v === 'string' ? v : '';
};

/** Go's strings.TrimSpace (Unicode White_Space; not U+FEFF). */
const goTrimSpace = (s: string): string =>
  s.replace(
    /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g,
    '',
  );

const CACHE_FIELDS = ['id', 'parent', 'type', 'description', 'inuse', 'shared', 'private', 'mutable', 'immutable'];

/** BuilderGCFilter as decoded: name → distinct values; undefined when the form is not one dockerd reads. */
function filterArgs(v: unknown): Map<string, Set<string>> | undefined {
  const args = new Map<string, Set<string>>();
  if (v === null || v === undefined) return args;
  if (Array.isArray(v)) {
    for (const entry of v) {
      const s = typeof entry === 'string' ? entry : '';
      const eq = s.indexOf('=');
      const name = goTrimSpace(eq < 0 ? s : s.slice(0, eq)).toLowerCase();
      const value = goTrimSpace(eq < 0 ? '' : s.slice(eq + 1));
      const set = args.get(name) ?? new Set<string>();
      set.add(value);
      args.set(name, set);
    }
    return args;
  }
  if (!isPlainObject(v)) return undefined;
  for (const [name, values] of Object.entries(v)) {
    args.set(name, new Set(isPlainObject(values) ? Object.keys(values) : []));
  }
  return args;
}

/** strconv.ParseInt(s, 10, 64) succeeds. */
const parsesInt64 = (s: string): boolean =>
  /^[+-]?[0-9]+$/.test(s) && BigInt(s) <= 9223372036854775807n && BigInt(s) >= -9223372036854775808n;

/**
 * Why dockerd refuses this "until" value, or undefined when it takes it.
 */
function untilError(engine: EngineVersion, value: string, key: string): string | undefined {
  const duration = goParseDuration(value);
  if (!atLeast(engine, '24.0.0')) {
    return duration.ok ? undefined : `"${key}" filter expects a duration (e.g., '24h'): ${duration.error}`;
  }
  const wrap = (why: string): string => `"${key}" filter expects a duration (e.g., '24h') or a timestamp: ${why}`;
  if (atLeast(engine, '29.0.0') && goTrimSpace(value) === '') {
    return wrap('failed to parse value as time or duration: value is empty');
  }
  if (duration.ok && value !== '0') return undefined;
  // A value with a "-" is a date: time.Parse's error is dockerd's.
  if (value.includes('-')) {
    const why = dateValueError(value);
    return why === undefined ? undefined : wrap(why);
  }
  const dot = value.indexOf('.');
  const sec = dot < 0 ? value : value.slice(0, dot);
  const nsec = dot < 0 ? undefined : value.slice(dot + 1);
  if (!atLeast(engine, '29.0.0')) {
    const ok = parsesInt64(sec) && (nsec === undefined || parsesInt64(nsec));
    return ok ? undefined : wrap(`failed to parse value as time or duration: ${goQuote(value)}`);
  }
  if (!parsesInt64(sec)) {
    const why = /^[+-]?[0-9]+$/.test(sec) ? 'value out of range' : 'invalid syntax';
    return wrap(`failed to parse value as time or duration: invalid seconds ${goQuote(sec)}: ${why}`);
  }
  if (nsec === undefined || nsec === '') return undefined;
  if (nsec.length > 20) {
    return wrap(
      `failed to parse value as time or duration: invalid nanoseconds: length ${nsec.length} exceeds maximum 20`,
    );
  }
  const bad = [...Buffer.from(nsec, 'utf8')].findIndex((b) => b < 0x30 || b > 0x39);
  if (bad >= 0) {
    const b = Buffer.from(nsec, 'utf8')[bad] ?? 0;
    const ch =
      b >= 0x20 && b < 0x7f
        ? `'${b === 0x27 || b === 0x5c ? '\\' : ''}${String.fromCharCode(b)}'`
        : `'\\x${b.toString(16).padStart(2, '0')}'`;
    return wrap(
      `failed to parse value as time or duration: invalid nanoseconds: invalid character ${ch} at position ${bad}`,
    );
  }
  return undefined;
}

/** toBuildkitPruneInfo's refusals for one rule's filters, in its order. */
function filterError(engine: EngineVersion, args: Map<string, Set<string>>): string | undefined {
  const until = [...(args.get('until') ?? [])];
  const unusedFor = [...(args.get('unused-for') ?? [])];
  if (until.length > 0 && unusedFor.length > 0) return 'conflicting filters: "until" and "unused-for"';
  const values = [...until, ...unusedFor];
  if (values.length > 1) return 'filters expect only one value';
  if (values.length === 1) {
    const why = untilError(engine, values[0] ?? '', unusedFor.length > 0 ? 'unused-for' : 'until');
    if (why) return why;
  }
  if (CACHE_FIELDS.some((f) => (args.get(f)?.size ?? 0) > 1)) return 'filters expect only one value';
  return undefined;
}

interface Finding {
  /** Where, as a path under builder.gc ("defaultKeepStorage", "policy[0].filter"). */
  where: string;
  value?: string;
  reason: string;
  kind: 'size' | 'filter';
}

function size(engine: EngineVersion, value: string): string | undefined {
  const r = ramInBytes(value, usesGoUnitsV05(engine));
  return r.ok ? undefined : r.error;
}

function gcFinding(engine: EngineVersion, gc: Record<string, unknown>): Finding | undefined {
  const enabledField = fieldOf(gc, 'enabled');
  const enabled = atLeast(engine, '28.2.0') ? enabledField !== false : enabledField === true;
  if (!enabled) return undefined;
  const policy = fieldOf(gc, 'policy', true);
  const rules = Array.isArray(policy) ? policy : undefined;
  const v28 = atLeast(engine, '28.0.0');

  if (!v28) {
    const def = str(gc, 'defaultKeepStorage');
    const defWhy = def === '' ? undefined : size(engine, def);
    if (defWhy) {
      return {
        where: 'defaultKeepStorage',
        value: def,
        kind: 'size',
        reason: `could not parse '${def}' as Builder.GC.DefaultKeepStorage config: ${defWhy}`,
      };
    }
  } else if (!rules) {
    for (const name of ['ReservedSpace', 'MaxUsedSpace', 'MinFreeSpace']) {
      let value = str(gc, `default${name}`);
      let where = `default${name}`;
      if (name === 'ReservedSpace' && value === '') {
        value = str(gc, 'defaultKeepStorage');
        where = 'defaultKeepStorage';
      }
      const why = value === '' ? undefined : size(engine, value);
      if (why) return { where, value, kind: 'size', reason: `failed to parse default${name.toUpperCase()}: ${why}` };
    }
  }

  for (const [i, raw] of (rules ?? []).entries()) {
    const rule = isPlainObject(raw) ? raw : {};
    if (!v28) {
      const keep = str(rule, 'keepStorage');
      const why = size(engine, keep);
      if (why) return { where: `policy[${i}].keepStorage`, value: keep, kind: 'size', reason: why };
    } else {
      for (const name of ['reservedSpace', 'maxUsedSpace', 'minFreeSpace']) {
        let value = str(rule, name);
        let where = name;
        if (name === 'reservedSpace' && value === '') {
          value = str(rule, 'keepStorage');
          where = 'keepStorage';
        }
        const why = value === '' ? undefined : size(engine, value);
        if (why)
          return { where: `policy[${i}].${where}`, value, kind: 'size', reason: `failed to parse ${name}: ${why}` };
      }
    }
    const args = filterArgs(fieldOf(rule, 'filter', true));
    const why = args && filterError(engine, args);
    if (why) return { where: `policy[${i}].filter`, kind: 'filter', reason: why };
  }
  return undefined;
}

/** Before 23.0, BuilderGCFilter.UnmarshalJSON indexes fields[1] of an entry without "=". */
function panicsOnDecode(builder: Record<string, unknown>): string | undefined {
  for (const gc of fieldsOf(builder, 'gc').filter(isPlainObject)) {
    for (const policy of fieldsOf(gc, 'policy').filter(Array.isArray)) {
      for (const [i, rule] of policy.entries()) {
        if (!isPlainObject(rule)) continue;
        for (const filter of fieldsOf(rule, 'filter').filter(Array.isArray)) {
          if (filter.some((e: unknown) => !(typeof e === 'string' && e.includes('=')))) return `policy[${i}].filter`;
        }
      }
    }
  }
  return undefined;
}

/** buildkit's stripQuotes: one pair of surrounding double quotes goes. */
const stripQuotes = (s: string): string => (s.length >= 2 && s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1) : s);

const INT64 = /^[+-]?[0-9]+$/;

/**
 * builder.history (24.0+): maxAge decodes as buildkit's Duration from 25.0 (a duration, or integer
 * seconds; else "invalid duration"), while daemon.json is read; a negative maxEntries makes
 * BuildKit's history clean-up slice records[maxEntries:] once it starts, and dockerd panics.
 */
function historyProblem(engine: EngineVersion, builder: Record<string, unknown>): ValueProblem | undefined {
  if (!atLeast(engine, '24.0.0')) return undefined;
  for (const history of fieldsOf(builder, 'history').filter(isPlainObject)) {
    if (!atLeast(engine, '25.0.0')) continue;
    for (const age of fieldsOf(history, 'maxAge')) {
      if (typeof age !== 'string') continue;
      const text = stripQuotes(age);
      const ok = text === '' || goParseDuration(text).ok || (INT64.test(text) && parsesInt64(text));
      if (ok) continue;
      const reason = `invalid duration ${text}`;
      return refused({
        key: 'builder',
        ...message('validate.builder.historyMaxAge', { value: age, dockerd: reason }),
        ...hint('validate.builder.hint.historyMaxAge'),
        line: decodeError(engine, reason),
      });
    }
  }
  const history = fieldOf(builder, 'history');
  const entries = isPlainObject(history) ? fieldOf(history, 'maxEntries') : undefined;
  if (typeof entries !== 'number' || entries >= 0) return undefined;
  return refused({
    key: 'builder',
    ...message('validate.builder.historyPanic', { value: String(entries) }),
    ...hint('validate.builder.hint.historyPanic'),
    line: bareConfigError(`panic: runtime error: slice bounds out of range [${entries}:]`),
  });
}

function line(engine: EngineVersion, reason: string): DockerdLine {
  const policy = `could not get builder GC policy: ${reason}`;
  return bareConfigError(
    atLeast(engine, '28.0.0') ? `error initializing buildkit: error creating buildkit instance: ${policy}` : policy,
  );
}

export const builderRule: ValueRule = {
  keys: ['builder'],
  check(ctx): ValueProblem[] {
    const builder = objectOf(ctx, 'builder');
    if (!builder) return [];
    const panicAt = atLeast(ctx.engine, '23.0.0') ? undefined : panicsOnDecode(builder);
    if (panicAt) {
      return [
        refused({
          key: 'builder',
          ...message('validate.builder.filterPanic', { where: panicAt }),
          ...hint('validate.builder.hint.filterPanic'),
          line: bareConfigError('panic: runtime error: index out of range [1] with length 1'),
        }),
      ];
    }
    const history = historyProblem(ctx.engine, builder);
    if (history) return [history];
    const gc = fieldOf(builder, 'gc');
    if (!isPlainObject(gc)) return [];
    const found = gcFinding(ctx.engine, gc);
    if (!found) return [];
    const l = line(ctx.engine, found.reason);
    return [
      refused({
        key: 'builder',
        ...(found.kind === 'size'
          ? message('validate.builder.size', { where: found.where, value: found.value ?? '', dockerd: l.dockerd })
          : message('validate.builder.filter', { where: found.where, dockerd: l.dockerd })),
        ...(found.kind === 'size' ? hint('validate.builder.hint.size') : hint('validate.builder.hint.filter')),
        line: l,
      }),
    ];
  },
};
