// The parsers of dockerd's list-typed and custom-typed command-line flags (issue 13): the `Set` of
// each flag's pflag Value, which runs while the command line is parsed, so a value it refuses makes
// dockerd exit (125, "Status: invalid argument …") before it reads daemon.json. Each rule returns
// Go's error text (the `dockerd` part after "flag: ") with our sentence and hint for it.
//
// Sources (moby/moby): opts/ulimit.go + docker/go-units ulimit.go (--default-ulimit),
// opts/address_pools.go (--default-address-pool), opts/opts.go MapMapOpts (--default-network-opt),
// opts/runtime.go (--add-runtime), internal/opts SetOpts (--feature), registry/config.go ValidateIndexName
// (--allow-nondistributable-artifacts), pflag int.go/int64.go (strconv.ParseInt(s, 0, 64)),
// daemon/internal/opts/named_iplist_opts.go (29: --dns and --host-gateway-ip, netip.ParseAddr).
// 29.x keeps them under daemon/pkg/opts and daemon/command.
import { said, type Said } from '../i18n/said.js';
import { goQuote } from '../jsonfile/go-quote.js';
import { goParseAddrError } from '../validate/values/go/netip.js';
import type { FlagSpec } from './catalogue.js';
import { parseGoBool, parseGoInt } from './go-parse.js';
import { indexNameError } from './index-name.js';
import { atLeast, type EngineVersion } from './version.js';

export interface FlagValueProblem {
  /** Go's error, as pflag prints it after `invalid argument "v" for "--flag" flag: `. */
  error: string;
  says: Said;
  hint?: Said;
  /** dockerd does not print a flag error but crashes: `error` is its whole line. */
  crash?: true;
}

type Rule = (
  value: string,
  engine: EngineVersion,
  earlier: readonly string[],
  flag: string,
) => FlagValueProblem | undefined;

const cut = (s: string, sep: string): [string, string | undefined] => {
  const i = s.indexOf(sep);
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + sep.length)];
};

// go-units' ulimitNameMapping ("as" is commented out there).
const ULIMIT_NAMES = [
  'core',
  'cpu',
  'data',
  'fsize',
  'locks',
  'memlock',
  'msgqueue',
  'nice',
  'nofile',
  'nproc',
  'rss',
  'rtprio',
  'rttime',
  'sigpending',
  'stack',
];

/** units.ParseUlimit (go-units v0.4.0 in 20.10, v0.5.0 since: the same function). */
const ulimitRule: Rule = (value, _engine, _earlier, flag) => {
  const format = (error: string): FlagValueProblem => ({
    error,
    says: said('flags.ulimit.format', { flag, value: goQuote(value), dockerd: error }),
    hint: said('flags.ulimit.hint.format'),
  });
  const [name, limits] = cut(value, '=');
  if (limits === undefined) return format(`invalid ulimit argument: ${value}`);
  if (!ULIMIT_NAMES.includes(name)) {
    const error = `invalid ulimit type: ${name}`;
    return {
      error,
      says: said('flags.ulimit.type', { flag, name: goQuote(name), dockerd: error }),
      hint: said('flags.ulimit.hint.names', { names: ULIMIT_NAMES.join(', ') }),
    };
  }
  const parts = limits.split(':');
  if (parts.length > 2)
    return format(`too many limit value arguments - ${limits}, can only have up to two, \`soft[:hard]\``);
  const number = (s: string): bigint | FlagValueProblem => {
    const n = parseGoInt(s, 10);
    if (n.ok) return n.value;
    return {
      error: n.error,
      says: said('flags.ulimit.number', { flag, value: goQuote(value), dockerd: n.error }),
      hint: said('flags.ulimit.hint.number'),
    };
  };
  // The hard limit is parsed first ("fallthrough" to the soft one).
  const hard = parts.length === 2 ? number(parts[1] as string) : undefined;
  if (typeof hard === 'object') return hard;
  const soft = number(parts[0] as string);
  if (typeof soft === 'object') return soft;
  const h = hard ?? soft;
  if (h === -1n) return undefined;
  const order = (error: string): FlagValueProblem => ({
    error,
    says: said('flags.ulimit.order', { flag, value: goQuote(value), dockerd: error }),
    hint: said('flags.ulimit.hint.order'),
  });
  if (soft === -1n)
    return order(`ulimit soft limit must be less than or equal to hard limit: soft: -1 (unlimited), hard: ${h}`);
  if (soft > h) return order(`ulimit soft limit must be less than or equal to hard limit: ${soft} > ${h}`);
  return undefined;
};

/**
 * encoding/csv's first record of `s` (default Reader: ',' separates, '"' quotes, no lazy quotes),
 * or its error text. Only one line matters here: a flag value has no newline in practice.
 */
export function goCsvRecord(s: string): { ok: true; fields: string[] } | { ok: false; error: string } {
  const line = s.split('\n')[0] as string;
  if (line === '' || line === '\r') return { ok: false, error: 'EOF' };
  const fields: string[] = [];
  const bytesBefore = (i: number): number => Buffer.byteLength(line.slice(0, i));
  const parseError = (i: number, why: string) => ({
    ok: false as const,
    error: `parse error on line 1, column ${bytesBefore(i) + 1}: ${why}`,
  });
  let i = 0;
  for (;;) {
    if (line[i] !== '"') {
      const end = line.indexOf(',', i);
      const field = end < 0 ? line.slice(i) : line.slice(i, end);
      const quote = field.indexOf('"');
      if (quote >= 0) return parseError(i + quote, 'bare " in non-quoted-field');
      fields.push(field);
      if (end < 0) return { ok: true, fields };
      i = end + 1;
      continue;
    }
    let field = '';
    let j = i + 1;
    for (;;) {
      const q = line.indexOf('"', j);
      if (q < 0) return parseError(line.length, 'extraneous or missing " in quoted-field');
      field += line.slice(j, q);
      const next = line[q + 1];
      if (next === '"') {
        field += '"';
        j = q + 2;
        continue;
      }
      if (next === ',' || next === undefined) {
        fields.push(field);
        if (next === undefined) return { ok: true, fields };
        i = q + 2;
        break;
      }
      return parseError(q, 'extraneous or missing " in quoted-field');
    }
  }
}

/** netip.ParsePrefix's error, or undefined (Go 1.22+: the address first, then the bits). */
export function goParsePrefixError(s: string): string | undefined {
  const where = `netip.ParsePrefix(${goQuote(s)})`;
  const slash = s.lastIndexOf('/');
  if (slash < 0) return `${where}: no '/'`;
  const addr = s.slice(0, slash);
  const addrError = goParseAddrError(addr);
  if (addrError) return `${where}: ${addrError}`;
  if (addr.includes('%')) return `${where}: IPv6 zones cannot be present in a prefix`;
  const bits = s.slice(slash + 1);
  if (!/^(0|[1-9][0-9]*)$/.test(bits)) return `${where}: bad bits after slash: ${goQuote(bits)}`;
  const max = addr.includes(':') ? 128 : 32;
  if (bits.length > 3 || Number(bits) > max) return `${where}: prefix length out of range`;
  return undefined;
}

/** opts.PoolsOpt.Set: a CSV of base=…,size=… (keys case-insensitive; 28+ parses base as a prefix). */
const poolRule: Rule = (value, engine, _earlier, flag) => {
  const bad = (error: string): FlagValueProblem => ({
    error,
    says: said('flags.pool.invalid', { flag, value: goQuote(value), dockerd: error }),
    hint: said('flags.pool.hint'),
  });
  const record = goCsvRecord(value);
  if (!record.ok) return bad(record.error);
  for (const field of record.fields) {
    // 20.10 splits first and lower-cases key and value; 23+ lower-case the field, then cut.
    const [k, v] = cut(field.toLowerCase(), '=');
    if (v === undefined) return bad(`invalid field '${field}' must be a key=value pair`);
    if (k === 'base') {
      if (atLeast(engine, '28.0.0')) {
        const error = goParsePrefixError(v);
        if (error) return bad(`invalid base prefix ${goQuote(v)}: ${error}`);
      }
    } else if (k === 'size') {
      const n = /^[+-]?[0-9]+$/.test(v) ? BigInt(v) : undefined;
      if (n === undefined || n > 2n ** 63n - 1n || n < -(2n ** 63n)) {
        const why = n === undefined ? 'invalid syntax' : 'value out of range';
        // 20.10 names the (lower-cased) size it shadowed `value` with; 23+ the whole flag value.
        const shown = atLeast(engine, '23.0.0') ? value : v;
        return bad(
          `invalid size value: ${goQuote(shown)} (must be integer): strconv.Atoi: parsing ${goQuote(v)}: ${why}`,
        );
      }
    } else {
      return bad(`unexpected key '${k}' in '${field}'`);
    }
  }
  return undefined;
};

/** opts.MapMapOpts.Set: driver=key=value. */
const networkOptRule: Rule = (value, _engine, _earlier, flag) => {
  const [, rest] = cut(value, '=');
  if (rest !== undefined && rest.includes('=')) return undefined;
  const error = `invalid value ${goQuote(value)} for map option, should be root-key=key=value`;
  return {
    error,
    says: said('flags.networkOpt.format', { flag, value: goQuote(value), dockerd: error }),
    hint: said('flags.networkOpt.hint'),
  };
};

/** opts.RuntimeOpt.Set: name=path, both trimmed and non-empty; not "runc"; each name once. */
const runtimeRule: Rule = (value, _engine, earlier, flag) => {
  const [k, v] = cut(value, '=');
  const name = k.trim().toLowerCase();
  if (v === undefined || name === '' || v.trim() === '') {
    const error = `invalid runtime argument: ${value}`;
    return {
      error,
      says: said('flags.runtime.format', { flag, value: goQuote(value), dockerd: error }),
      hint: said('flags.runtime.hint.format'),
    };
  }
  if (name === 'runc') {
    const error = "runtime name 'runc' is reserved";
    return {
      error,
      says: said('flags.runtime.reserved', { flag, value: goQuote(value), dockerd: error }),
      hint: said('flags.runtime.hint.reserved'),
    };
  }
  if (earlier.some((e) => cut(e, '=')[0].trim().toLowerCase() === name)) {
    const error = `runtime '${name}' was already defined`;
    return {
      error,
      says: said('flags.runtime.duplicate', { flag, name, dockerd: error }),
      hint: said('flags.runtime.hint.duplicate', { flag }),
    };
  }
  return undefined;
};

/** registry.ValidateIndexName. */
const indexNameRule: Rule = (value, _engine, _earlier, flag) => {
  const error = indexNameError(value);
  if (error === undefined) return undefined;
  return {
    error,
    says: said('flags.indexName.hyphen', { flag, value: goQuote(value), dockerd: error }),
    hint: said('flags.indexName.hint'),
  };
};

/** opts.SetOpts (--feature, 27.3+): name[=bool], the name non-empty. */
const featureRule: Rule = (value, _engine, _earlier, flag) => {
  const [k, v] = cut(value, '=');
  if (k === '') {
    const error = `invalid option name: ${value}`;
    return {
      error,
      says: said('flags.feature.noName', { flag, value: goQuote(value), dockerd: error }),
      hint: said('flags.feature.hint'),
    };
  }
  const b = v === undefined ? undefined : parseGoBool(v);
  if (!b || b.ok) return undefined;
  return {
    error: b.error,
    says: said('flags.feature.notBool', { flag, value: goQuote(value), dockerd: b.error }),
    hint: said('flags.feature.hint'),
  };
};

/** pflag's int and int64 flags: strconv.ParseInt(s, 0, 64). */
const intRule: Rule = (value, _engine, _earlier, flag) => {
  const n = parseGoInt(value);
  if (n.ok) return undefined;
  return {
    error: n.error,
    says: said('flags.int.invalid', { flag, value: goQuote(value), dockerd: n.error }),
    hint: said('flags.int.hint'),
  };
};

/** 28+ (--host-gateway-ip) and 29+ (--dns): NamedIPListOpts, netip.ParseAddr of the whole value. */
const addrListRule: Rule = (value, _engine, _earlier, flag) => {
  const error = goParseAddrError(value);
  if (error === undefined) return undefined;
  return {
    error,
    says: said('flags.ip.invalid', { flag, value: goQuote(value), dockerd: error }),
    hint: said('flags.ip.hint'),
  };
};

/** opts.NamedNRIOpts.Set (29.2+): a CSV of enable[=bool], plugin-path, plugin-config-path, socket-path. */
const nriRule: Rule = (value, _engine, _earlier, flag) => {
  const bad = (error: string): FlagValueProblem => ({
    error,
    says: said('flags.nri.invalid', { flag, value: goQuote(value), dockerd: error }),
    hint: said('flags.nri.hint'),
  });
  const record = goCsvRecord(value);
  if (!record.ok) return bad(record.error);
  for (const field of record.fields) {
    const [k, v = ''] = cut(field, '=');
    if (k === 'enable') {
      // "enable" alone means enable=true.
      const b = parseGoBool(v === '' ? 'true' : v);
      if (!b.ok) return bad(`invalid value for NRI enable ${goQuote(v)}: ${b.error}`);
    } else if (!['plugin-path', 'plugin-config-path', 'socket-path'].includes(k)) {
      return bad(`unexpected key '${k}' in '${field}'`);
    }
  }
  return undefined;
};

/**
 * 20.10's --tlscacert, --tlscert and --tlskey are opts.QuotedString, whose trimQuotes reads
 * value[0] unchecked: an empty value panics while the command line is parsed (23.0 made them strings).
 */
const quotedStringRule: Rule = (value, _engine, _earlier, flag) =>
  value === ''
    ? {
        error: 'panic: runtime error: index out of range [0] with length 0',
        says: said('flags.quoted.empty', { flag }),
        hint: said('flags.quoted.hint', { flag }),
        crash: true,
      }
    : undefined;

/** The rule for this flag in this version, if its Value type checks more than pflag's basics. */
function ruleFor(spec: FlagSpec, engine: EngineVersion): Rule | undefined {
  if (spec.parse === 'int' || spec.parse === 'int64') return intRule;
  switch (spec.name) {
    case 'default-ulimit':
      return ulimitRule;
    case 'default-address-pool':
      return poolRule;
    case 'default-network-opt':
      return networkOptRule;
    case 'add-runtime':
      return runtimeRule;
    case 'feature':
      return featureRule;
    case 'allow-nondistributable-artifacts':
      return indexNameRule;
    case 'host-gateway-ip':
      return atLeast(engine, '28.0.0') ? addrListRule : undefined;
    case 'dns':
      return atLeast(engine, '29.0.0') ? addrListRule : undefined;
    case 'nri-opts':
      return nriRule;
    case 'tlscacert':
    case 'tlscert':
    case 'tlskey':
      return atLeast(engine, '23.0.0') ? undefined : quotedStringRule;
  }
  return undefined;
}

/**
 * What the flag's Value.Set refuses in `value` (`earlier`: the values the same flag was given
 * before): a problem, `null` when it accepts the value, undefined when no rule here covers the flag.
 */
export function flagValueProblem(
  spec: FlagSpec,
  value: string,
  engine: EngineVersion,
  earlier: readonly string[],
  spelled = `--${spec.name}`,
): FlagValueProblem | null | undefined {
  const rule = ruleFor(spec, engine);
  return rule ? (rule(value, engine, earlier, spelled) ?? null) : undefined;
}
