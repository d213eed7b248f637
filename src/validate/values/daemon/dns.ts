/** dns (IP addresses) and dns-search (domains). */
import { hint, message } from '../../../diagnostics/say.js';
import { atLeast, type EngineVersion } from '../../../engine/version.js';
import { goParseAddr, goParseIP } from '../go/ip.js';
import { configValidation, decodeError, flagError, type DockerdLine } from '../shared/dockerd-text.js';
import { refused } from '../shared/problem.js';
import { isFromFlag, stringListOf } from '../shared/settings.js';
import type { ValueProblem, ValueRule } from '../types.js';

/** How `engine` refuses a dns entry, or undefined when it accepts it. */
function dnsError(entry: string, engine: EngineVersion, fromFlag: boolean): DockerdLine | undefined {
  if (atLeast(engine, '29.0.0')) {
    // []netip.Addr: an empty string decodes to the zero address; zones are allowed.
    if (entry === '' || goParseAddr(entry)) return undefined;
    return fromFlag
      ? flagError('--dns', entry, `invalid string being converted to IP address: ${entry}`)
      : decodeError(engine, `ParseAddr("${entry}"): unable to parse IP`);
  }
  if (atLeast(engine, '25.0.0')) {
    // []net.IP, decoded with net.ParseIP and no trimming; "" decodes to nil.
    if (entry === '' || goParseIP(entry)) return undefined;
    return fromFlag
      ? flagError('--dns', entry, `invalid string being converted to IP address: ${entry}`)
      : decodeError(engine, `invalid IP address: ${entry}`);
  }
  if (goParseIP(entry.trim())) return undefined;
  return fromFlag
    ? flagError('--dns', entry, `${entry} is not an ip address`)
    : configValidation(engine, `${entry} is not an ip address`);
}

export const dnsRule: ValueRule = {
  keys: ['dns'],
  check(ctx) {
    const problems: ValueProblem[] = [];
    for (const { value, index } of stringListOf(ctx, 'dns')) {
      const line = dnsError(value, ctx.engine, isFromFlag(ctx, 'dns'));
      if (line) {
        problems.push(
          refused({
            key: 'dns',
            index,
            ...message('validate.dns.notIp', { server: value }),
            ...hint('validate.dns.hint.ip'),
            line,
          }),
        );
      }
    }
    return problems;
  },
};

// opts.validateDomain's pattern, kept as dockerd has it (the "(:?" groups make a leading ":" legal).
const DOMAIN =
  /^(:?(:?[a-zA-Z0-9]|(:?[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))(:?\.(:?[a-zA-Z0-9]|(:?[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])))*)\.?[\t\n\f\r ]*$/;

/** opts.ValidateDNSSearch; undefined when dockerd accepts the entry. */
export function dnsSearchError(entry: string): string | undefined {
  const value = entry.replace(/^ +| +$/g, '');
  if (value === '.') return undefined;
  const m = /[a-zA-Z]/.test(value) ? DOMAIN.exec(value) : null;
  if (m && Buffer.byteLength(m[1] ?? '') < 255) return undefined;
  return `${value} is not a valid domain`;
}

export const dnsSearchRule: ValueRule = {
  keys: ['dns-search'],
  check(ctx) {
    const problems: ValueProblem[] = [];
    for (const { value, index } of stringListOf(ctx, 'dns-search')) {
      const bad = dnsSearchError(value);
      if (bad) {
        problems.push(
          refused({
            key: 'dns-search',
            index,
            ...message('validate.dnsSearch.invalid', { domain: value }),
            ...hint('validate.dnsSearch.hint.domain'),
            line: isFromFlag(ctx, 'dns-search')
              ? flagError('--dns-search', value, bad)
              : configValidation(ctx.engine, bad),
          }),
        );
      }
    }
    return problems;
  },
};
