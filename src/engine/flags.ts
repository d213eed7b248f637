// dockerd's command line parsed as spf13/pflag parses it: `--name=value`, `--name value`,
// `-H value`, `-Hvalue`, `-H=value`, combined shorthands (`-Dl debug`), bool flags that take a
// value only after "=", `--` ending the flags. Every problem pflag would stop at is collected.
import type { Source } from '../diagnostics/types.js';
import type { DaemonArg } from '../model/daemon-arg.js';
import type { Catalogue, FlagSpec } from './catalogue.js';
import { isGoIP, parseGoBool, parseRamInBytes } from './go-parse.js';
import { atLeast } from './version.js';
import { flagValueProblem } from './flag-values.js';
import { goQuote } from '../jsonfile/go-quote.js';
import { said, type Said } from '../i18n/said.js';

/** A flag given explicitly (pflag's "Changed"), with every value in order. */
export interface SetFlag {
  spec: FlagSpec;
  /** A bool flag written without "=value" has the value "true". */
  values: string[];
  /** Where its first occurrence came from. */
  source: Source;
  /** As first written: "-H", "--host". */
  spelled: string;
}

export type ArgProblemKind = 'unknown-flag' | 'bad-syntax' | 'missing-value' | 'invalid-value' | 'positional' | 'exits';

export interface ArgProblem {
  kind: ArgProblemKind;
  /** The word of the command line at fault. */
  arg: string;
  source: Source;
  /** What is wrong, as a catalogue sentence. */
  says: Said;
  /** dockerd's own line. */
  go: string;
  flag?: FlagSpec;
  /** What to do about it, when the value rule that found it says so. */
  hint?: Said;
}

export interface ParsedArgs {
  /** By long name. */
  flags: Map<string, SetFlag>;
  problems: ArgProblem[];
}

/** How pflag names a flag in its errors: "-D, --debug" or "--mtu". */
export const flagDisplay = (spec: FlagSpec): string =>
  spec.short && spec.name !== 'help' ? `-${spec.short}, --${spec.name}` : `--${spec.name}`;

/** The value check pflag's Value.Set does for the flags flag-values.ts has no rule for, as Go words its error. */
function checkValue(spec: FlagSpec, value: string, cat: Catalogue): string | undefined {
  if (spec.kind === 'bool') {
    const b = parseGoBool(value);
    return b.ok ? undefined : b.error;
  }
  if (spec.parse === 'ip') {
    if (!atLeast(cat.engine, '23.0.0')) return isGoIP(value) ? undefined : `${value} is not an ip address`;
    // pflag 1.0.6 (upstream 28.0; Debian's own pflag in its 26.x builds) leaves an empty value unset.
    const emptyUnset = atLeast(cat.engine, '28.0.0') || /dfsg/.test(cat.engine.raw);
    if (value === '' && emptyUnset) return undefined;
    return isGoIP(value.trim()) ? undefined : `failed to parse IP: ${goQuote(value)}`;
  }
  if (spec.name === 'default-shm-size') {
    const size = parseRamInBytes(value, cat.engine);
    return size.ok ? undefined : size.error;
  }
  return undefined;
}

/** What dockerd does instead of starting when this flag is set (true). */
const EXITING = {
  help: 'files.flag.exitsHelp',
  version: 'files.flag.exitsVersion',
  validate: 'files.flag.exitsValidate',
} as const;

export function parseDaemonArgs(args: readonly DaemonArg[], cat: Catalogue): ParsedArgs {
  const flags = new Map<string, SetFlag>();
  const problems: ArgProblem[] = [];
  // pflag's errors print as "Status: …"; cobra's argument check prints bare.
  const problem = (
    kind: ArgProblemKind,
    arg: DaemonArg,
    says: Said,
    go: string,
    flag?: FlagSpec,
    hint?: Said,
    crash = false,
  ): void => {
    problems.push({
      kind,
      arg: arg.value,
      source: arg.source,
      says,
      go: kind === 'positional' || crash ? go : `Status: ${go}`,
      flag,
      ...(hint ? { hint } : {}),
    });
  };

  const set = (spec: FlagSpec, value: string, arg: DaemonArg, spelled: string): void => {
    const ruled = flagValueProblem(spec, value, cat.engine, flags.get(spec.name)?.values ?? [], spelled);
    if (ruled) {
      const go = ruled.crash
        ? ruled.error
        : `invalid argument ${goQuote(value)} for ${goQuote(flagDisplay(spec))} flag: ${ruled.error}`;
      problem('invalid-value', arg, ruled.says, go, spec, ruled.hint, ruled.crash);
      return;
    }
    const error = ruled === null ? undefined : checkValue(spec, value, cat);
    if (error !== undefined) {
      const go = `invalid argument ${goQuote(value)} for ${goQuote(flagDisplay(spec))} flag: ${error}`;
      problem(
        'invalid-value',
        arg,
        said('files.flag.invalidValue', { flag: spelled, value: goQuote(value), dockerd: error }),
        go,
        spec,
      );
      return;
    }
    const existing = flags.get(spec.name);
    if (existing) existing.values.push(value);
    else flags.set(spec.name, { spec, values: [value], source: arg.source, spelled });
  };

  let i = 0;
  while (i < args.length) {
    const arg = args[i++] as DaemonArg;
    const s = arg.value;
    if (s === '--') {
      for (const rest of args.slice(i)) {
        problem(
          'positional',
          rest,
          said('files.flag.afterDashes', { arg: goQuote(rest.value) }),
          '"dockerd" accepts no argument(s).',
        );
      }
      break;
    }
    if (s.length < 2 || !s.startsWith('-')) {
      problem(
        'positional',
        arg,
        said('files.flag.positional', { arg: goQuote(s) }),
        '"dockerd" accepts no argument(s).',
      );
      continue;
    }
    if (s.startsWith('--')) {
      const body = s.slice(2);
      if (body === '' || body.startsWith('-') || body.startsWith('=')) {
        problem('bad-syntax', arg, said('files.flag.badSyntax', { arg: s }), `bad flag syntax: ${s}`);
        continue;
      }
      const eq = body.indexOf('=');
      const name = eq < 0 ? body : body.slice(0, eq);
      const spec = cat.flags.get(name);
      if (!spec) {
        problem('unknown-flag', arg, said('files.flag.unknown', { flag: `--${name}` }), `unknown flag: --${name}`);
        continue;
      }
      if (eq >= 0) set(spec, body.slice(eq + 1), arg, `--${name}`);
      else if (spec.kind === 'bool') set(spec, 'true', arg, `--${name}`);
      else if (i < args.length) set(spec, (args[i++] as DaemonArg).value, arg, `--${name}`);
      else
        problem(
          'missing-value',
          arg,
          said('files.flag.needsValue', { flag: `--${name}` }),
          `flag needs an argument: ${s}`,
          spec,
        );
      continue;
    }
    // One or more shorthands: each bool takes none, the first non-bool takes the rest or the next word.
    let shorts = s.slice(1);
    while (shorts.length > 0) {
      const c = shorts[0] as string;
      const spec = cat.flagByShort(c);
      if (!spec) {
        problem(
          'unknown-flag',
          arg,
          said('files.flag.unknownShort', { flag: `-${c}`, word: s }),
          `unknown shorthand flag: '${c}' in -${shorts}`,
        );
        break;
      }
      if (shorts.length > 2 && shorts[1] === '=') {
        set(spec, shorts.slice(2), arg, `-${c}`);
        break;
      }
      if (spec.kind === 'bool') {
        set(spec, 'true', arg, `-${c}`);
        shorts = shorts.slice(1);
        continue;
      }
      if (shorts.length > 1) set(spec, shorts.slice(1), arg, `-${c}`);
      else if (i < args.length) set(spec, (args[i++] as DaemonArg).value, arg, `-${c}`);
      else
        problem(
          'missing-value',
          arg,
          said('files.flag.needsValue', { flag: `-${c}` }),
          `flag needs an argument: '${c}' in -${shorts}`,
          spec,
        );
      break;
    }
  }

  for (const [name, what] of Object.entries(EXITING)) {
    const f = flags.get(name);
    const on = f && parseGoBool(f.values.at(-1) as string);
    if (!f || !on || !on.ok || !on.value) continue;
    const go =
      name === 'validate'
        ? 'configuration OK'
        : name === 'version'
          ? `Docker version ${cat.engine.raw.replace(/^v/, '')}, build …`
          : f.spelled === '-h'
            ? 'Flag shorthand -h has been deprecated, please use --help'
            : 'Usage:	dockerd [OPTIONS]';
    problems.push({
      kind: 'exits',
      arg: f.spelled,
      source: f.source,
      says: said(what, { flag: f.spelled }),
      go,
      flag: f.spec,
    });
  }
  return { flags, problems };
}
