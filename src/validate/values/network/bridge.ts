/**
 * The default bridge network: addresses dockerd parses while reading the file (ip,
 * default-gateway*, host-gateway-ip) and the ones it parses when it sets up networking
 * in NewDaemon (bip, fixed-cidr*), plus the option pairs verifyDaemonSettings refuses.
 */
import { hint, message } from '../../../diagnostics/say.js';
import { atLeast, type EngineVersion } from '../../../engine/version.js';
import { cidrContains, formatIP, goParseCIDR, goParseIP, isIPv4, netipParsePrefixError } from '../go/ip.js';
import { configValidation, decodeError, startError } from '../shared/dockerd-text.js';
import { caution, refused } from '../shared/problem.js';
import { boolOf, stringOf } from '../shared/settings.js';
import type { ValueContext, ValueProblem, ValueRule } from '../types.js';

const NETWORK_CONTROLLER = 'Error initializing network controller';

/** Keys decoded as Go net.IP: a bad address fails while the file is read. */
const IP_KEYS = ['ip', 'default-gateway', 'default-gateway-v6', 'host-gateway-ip'];

function ipProblems(ctx: ValueContext): ValueProblem[] {
  const problems: ValueProblem[] = [];
  for (const key of IP_KEYS) {
    const value = stringOf(ctx, key);
    if (value === undefined || value === '' || goParseIP(value)) continue;
    problems.push(
      refused({
        key,
        ...message('validate.bridge.notIp', { key, value }),
        ...hint('validate.bridge.hint.plainIp'),
        line: decodeError(ctx.engine, `invalid IP address: ${value}`),
      }),
    );
  }
  return problems;
}

function cidrStartLine(engine: EngineVersion, option: string, value: string) {
  const detail = atLeast(engine, '28.0.0')
    ? `parse ${option} failed: invalid CIDR address: ${value}`
    : `invalid CIDR address: ${value}`;
  return startError(`${NETWORK_CONTROLLER}: ${detail}`);
}

function cidrProblems(ctx: ValueContext): ValueProblem[] {
  const problems: ValueProblem[] = [];
  const bridgeNone = stringOf(ctx, 'bridge') === 'none';
  for (const key of ['bip', 'fixed-cidr', 'bip6']) {
    const value = stringOf(ctx, key);
    if (value === undefined || value === '' || bridgeNone) continue;
    const cidr = goParseCIDR(value);
    const wantV6 = key === 'bip6';
    if (!cidr) {
      problems.push(
        refused({
          key,
          ...message('validate.bridge.notCidr', { key, value }),
          ...hint(key === 'bip' ? 'validate.bridge.hint.bip' : 'validate.bridge.hint.subnet'),
          line: cidrStartLine(ctx.engine, key, value),
        }),
      );
    } else if (isIPv4(cidr.network) === wantV6) {
      problems.push(
        caution({
          key,
          ...message('validate.bridge.wrongFamily', { key, value, family: wantV6 ? 'IPv4' : 'IPv6' }),
          ...hint(wantV6 ? 'validate.bridge.hint.ipv6Prefix' : 'validate.bridge.hint.ipv4Prefix'),
        }),
      );
    } else if (
      (key === 'bip' || key === 'bip6') &&
      cidr.text.split('/')[0] === value.split('/')[0] &&
      cidr.bits < (wantV6 ? 127 : 31)
    ) {
      problems.push(
        caution({
          key,
          ...message('validate.bridge.networkAddress', { key, value }),
          ...hint('validate.bridge.hint.hostAddress', {
            example: wantV6 ? value.replace(/::?\//, '::1/') : value.replace(/\.0\//, '.1/'),
          }),
        }),
      );
    }
  }
  return problems;
}

const LINK_LOCAL = [0xfe, 0x80, 0, 0, 0, 0, 0, 0];

/** Does the prefix overlap fe80::/64 without being exactly fe80::/64? */
function clashesWithLinkLocal(network: Uint8Array, bits: number, anyOverlap: boolean): boolean {
  const first64 = LINK_LOCAL.every((b, i) => network[i] === b);
  if (bits >= 64) return first64 && bits !== 64;
  if (!anyOverlap) return first64;
  // A shorter prefix overlaps when fe80:: masked to its length is its network address.
  return LINK_LOCAL.every((b, i) => {
    const keep = Math.max(0, Math.min(8, bits - i * 8));
    return (b & ((0xff << (8 - keep)) & 0xff)) === network[i];
  });
}

function fixedCidrV6Problems(ctx: ValueContext): ValueProblem[] {
  const value = stringOf(ctx, 'fixed-cidr-v6');
  if (value === undefined || value === '') return [];
  // Before 25.0 only the default bridge's set-up parses it, and "bridge": "none" skips that.
  if (!atLeast(ctx.engine, '25.0.0') && stringOf(ctx, 'bridge') === 'none') return [];
  const cidr = goParseCIDR(value);
  const modern = atLeast(ctx.engine, '28.0.0');
  let reason: string | undefined;
  if (!cidr) reason = modern ? netipParsePrefixError(value) : `invalid CIDR address: ${value}`;
  else if (isIPv4(cidr.network))
    reason = modern ? `'${value}' is not a valid IPv6 subnet` : 'fixed-cidr-v6 is not an IPv6 subnet';
  else if (modern && cidr.network.bytes[0] === 0xff) reason = `multicast subnet '${value}' is not allowed`;
  else if (clashesWithLinkLocal(cidr.network.bytes, cidr.bits, modern)) {
    reason = modern
      ? `'${value}' clashes with the Link-Local prefix 'fe80::/64'`
      : "clash with the Link-Local prefix 'fe80::/64'";
  }
  if (!reason) return [];
  const words = { ...message('validate.bridge.fixedCidrV6', { value }), ...hint('validate.bridge.hint.ipv6Subnet') };
  if (atLeast(ctx.engine, '25.0.0')) {
    // 28.0+ wraps the reason twice on the way out.
    const detail = modern
      ? `invalid fixed-cidr-v6: invalid fixed-cidr-v6: ${reason}`
      : `invalid fixed-cidr-v6: ${reason}`;
    return [refused({ key: 'fixed-cidr-v6', ...words, line: configValidation(ctx.engine, detail) })];
  }
  if (!cidr) return [refused({ key: 'fixed-cidr-v6', ...words, line: startError(`${NETWORK_CONTROLLER}: ${reason}`) })];
  return [caution({ key: 'fixed-cidr-v6', ...words })];
}

/**
 * The default gateway is an auxiliary address of the default bridge's IPAM pool, which must hold it.
 * The pool is bip (28.0+: bip6) when set, and before 28.0 fixed-cidr-v6 for IPv6: decided here.
 * Otherwise it is docker0's current address, or fixed-cidr[-v6] when docker0 has none that fits:
 * a gateway outside fixed-cidr is refused unless docker0 already holds a wider network around both.
 */
function gatewayProblems(ctx: ValueContext): ValueProblem[] {
  if ((stringOf(ctx, 'bridge') ?? '') !== '') return []; // "none" skips the bridge; a named one brings its own addresses
  const modern = atLeast(ctx.engine, '28.0.0');
  const sides = [
    { key: 'default-gateway', aux: 'DefaultGatewayIPv4', exact: 'bip', subPool: 'fixed-cidr', v6: false },
    {
      key: 'default-gateway-v6',
      aux: 'DefaultGatewayIPv6',
      exact: modern ? 'bip6' : 'fixed-cidr-v6',
      subPool: modern ? 'fixed-cidr-v6' : undefined,
      v6: true,
    },
  ] as const;
  const problems: ValueProblem[] = [];
  for (const { key, aux, exact, subPool, v6 } of sides) {
    // Without ipv6 the IPv6 pool is never allocated.
    if (v6 && !(boolOf(ctx, 'ipv6') ?? false)) continue;
    const gateway = goParseIP(stringOf(ctx, key) ?? '');
    if (!gateway) continue;
    const option = [exact, subPool].find((o) => o !== undefined && (stringOf(ctx, o) ?? '') !== '');
    const pool = option && goParseCIDR(stringOf(ctx, option) ?? '');
    // A pool of the other family, or a bad fixed-cidr-v6, is the prefix rules' business.
    if (!option || !pool || isIPv4(pool.network) === v6 || cidrContains(pool, gateway)) continue;
    if (option === 'fixed-cidr-v6' && fixedCidrV6Problems(ctx).length > 0) continue;
    const value = formatIP(gateway);
    const params = { key, value, option, pool: pool.text };
    const inside = hint('validate.bridge.hint.gatewayInside', params);
    if (option === subPool) {
      problems.push(caution({ key, ...message('validate.bridge.gatewayOutsideSubPool', params), ...inside }));
      continue;
    }
    const creating = atLeast(ctx.engine, '24.0.0') ? 'error creating' : 'Error creating';
    problems.push(
      refused({
        key,
        ...message('validate.bridge.gatewayOutside', params),
        ...inside,
        line: startError(
          `${NETWORK_CONTROLLER}: ${creating} default "bridge" network: auxiliary address: (${aux}:${value}) must belong to the master pool: ${pool.text}`,
        ),
      }),
    );
  }
  return problems;
}

function pairProblems(ctx: ValueContext): ValueProblem[] {
  const problems: ValueProblem[] = [];
  const bridge = stringOf(ctx, 'bridge') ?? '';
  for (const [key, flag] of [
    ['bip', '--bip'],
    ['bip6', '--bip6'],
  ] as const) {
    if (key === 'bip6' && !atLeast(ctx.engine, '28.0.0')) continue;
    if (bridge !== '' && (stringOf(ctx, key) ?? '') !== '') {
      problems.push(
        refused({
          key,
          ...message('validate.bridge.exclusive', { key }),
          ...hint('validate.bridge.hint.exclusive', { key, bridge }),
          line: startError(`You specified -b & ${flag}, mutually exclusive options. Please specify only one`),
        }),
      );
    }
  }
  const iptables = boolOf(ctx, 'iptables') ?? true;
  const icc = boolOf(ctx, 'icc') ?? true;
  const ipv6 = boolOf(ctx, 'ipv6') ?? false;
  const modernIp6 = atLeast(ctx.engine, '27.0.0');
  const ip6tables = boolOf(ctx, 'ip6tables') ?? modernIp6;
  if (!icc && !iptables) {
    problems.push(
      refused({
        key: 'icc',
        ...message('validate.bridge.iccNeedsIptables'),
        ...hint('validate.bridge.hint.iccNeeds', { key: 'iptables' }),
        line: startError(
          'You specified --iptables=false with --icc=false. ICC=false uses iptables to function. Please set --icc or --iptables to true',
        ),
      }),
    );
  } else if (!icc && ipv6 && !ip6tables && atLeast(ctx.engine, '28.0.0')) {
    problems.push(
      refused({
        key: 'icc',
        ...message('validate.bridge.iccNeedsIp6tables'),
        ...hint('validate.bridge.hint.iccNeeds', { key: 'ip6tables' }),
        line: startError(
          'You specified --ip6tables=false with --icc=false. ICC=false uses ip6tables to function. Please set --icc or --ip6tables to true',
        ),
      }),
    );
  }
  if (boolOf(ctx, 'ip6tables') === true && !modernIp6 && boolOf(ctx, 'experimental') !== true) {
    problems.push(
      refused({
        key: 'ip6tables',
        ...message('validate.bridge.ip6tablesExperimental'),
        ...hint('validate.bridge.hint.experimental'),
        line: startError('ip6tables rules are only available if experimental features are enabled'),
      }),
    );
  }
  if (ipv6 && !atLeast(ctx.engine, '28.0.0') && bridge !== 'none' && (stringOf(ctx, 'fixed-cidr-v6') ?? '') === '') {
    problems.push(
      refused({
        key: 'ipv6',
        ...message('validate.bridge.ipv6NeedsSubnet', { version: `${ctx.engine.major}.${ctx.engine.minor}` }),
        ...hint('validate.bridge.hint.addSubnet'),
        line: startError(
          `${NETWORK_CONTROLLER}: IPv6 is enabled for the default bridge, but no subnet is configured. Specify an IPv6 subnet using --fixed-cidr-v6`,
        ),
      }),
    );
  }
  return problems;
}

export const bridgeRule: ValueRule = {
  keys: [
    ...IP_KEYS,
    'bip',
    'bip6',
    'fixed-cidr',
    'fixed-cidr-v6',
    'bridge',
    'icc',
    'iptables',
    'ip6tables',
    'ipv6',
    'experimental',
  ],
  check(ctx) {
    return [
      ...ipProblems(ctx),
      ...cidrProblems(ctx),
      ...fixedCidrV6Problems(ctx),
      ...pairProblems(ctx),
      ...gatewayProblems(ctx),
    ];
  },
};
