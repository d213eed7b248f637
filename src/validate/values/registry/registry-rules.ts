/** The rules for registry-mirrors and insecure-registries. */
import { hint, hintOf, message } from '../../../diagnostics/say.js';
import { said, type Said } from '../../../i18n/said.js';
import { atLeast, type EngineVersion } from '../../../engine/version.js';
import { goSplitHostPort } from '../go/host-port.js';
import { goParseCIDR, goParseIP, isIPv4, type ParsedCIDR, type ParsedIP } from '../go/ip.js';
import { configValidation, flagError, startError } from '../shared/dockerd-text.js';
import { caution, note, refused } from '../shared/problem.js';
import { isFromFlag, stringListOf } from '../shared/settings.js';
import type { ValueProblem, ValueRule } from '../types.js';
import { defaultInsecureCIDRs, normalizeInsecureRegistry } from './insecure-registry.js';
import { maskPassword, normalizeMirror } from './mirror.js';

export const registryMirrorsRule: ValueRule = {
  keys: ['registry-mirrors'],
  check(ctx) {
    const key = 'registry-mirrors';
    const problems: ValueProblem[] = [];
    const seen = new Map<string, number>();
    for (const { value, index } of stringListOf(ctx, key)) {
      const shown = maskPassword(value);
      const r = normalizeMirror(value, ctx.engine);
      if (!r.ok) {
        // --registry-mirror is checked by the flag parser; the file only at config load (28.3+) or in NewDaemon.
        const line = isFromFlag(ctx, key)
          ? flagError('--registry-mirror', shown, r.reason)
          : atLeast(ctx.engine, '28.3.0')
            ? configValidation(ctx.engine, r.reason)
            : startError(r.reason);
        problems.push(
          refused({
            id: 'invalid-mirror',
            key,
            index,
            ...message('validate.mirror.refused', {
              mirror: shown,
              version: `${ctx.engine.major}.${ctx.engine.minor}`,
              dockerd: r.reason.replace(/^invalid mirror: /, ''),
            }),
            ...hintOf(mirrorHint(r.reason)),
            line,
          }),
        );
        continue;
      }
      if (r.warning)
        problems.push(
          caution({
            id: 'invalid-mirror',
            key,
            index,
            ...message('validate.mirror.warning', { mirror: shown, warning: r.warning }),
            ...hint('validate.mirror.hint.form'),
          }),
        );
      const first = seen.get(r.value);
      if (first !== undefined) {
        problems.push(
          note({
            id: 'invalid-mirror',
            key,
            index,
            ...message('validate.mirror.duplicate', {
              mirror: shown,
              entry: first + 1,
              normalised: maskPassword(r.value),
            }),
            ...hint('validate.hint.removeDuplicate'),
          }),
        );
      } else seen.set(r.value, index);
    }
    return problems;
  },
};

function mirrorHint(reason: string): Said {
  if (/no scheme|unsupported scheme ""|unsupported scheme "[^"]*\.[^"]*"/.test(reason))
    return said('validate.mirror.hint.scheme');
  if (/unsupported scheme/.test(reason)) return said('validate.mirror.hint.httpOnly');
  if (/username\/password/.test(reason)) return said('validate.mirror.hint.credentials');
  if (/path, query, or fragment/.test(reason)) return said('validate.mirror.hint.noPath');
  if (/query or fragment/.test(reason)) return said('validate.mirror.hint.noQuery');
  return said('validate.mirror.hint.spaces');
}

export const insecureRegistriesRule: ValueRule = {
  keys: ['insecure-registries'],
  check(ctx) {
    const key = 'insecure-registries';
    const problems: ValueProblem[] = [];
    for (const { value, index } of stringListOf(ctx, key)) {
      const r = normalizeInsecureRegistry(value, ctx.engine);
      if (!r.ok) {
        // The flag parser checks only the hyphen rule; everything else waits for NewDaemon.
        const line =
          isFromFlag(ctx, key) && r.reason.startsWith('invalid index name')
            ? flagError('--insecure-registry', value, r.reason)
            : startError(r.reason);
        problems.push(
          refused({
            id: 'invalid-insecure-registry',
            key,
            index,
            ...message('validate.insecure.refused', { registry: value, dockerd: r.reason }),
            ...hint('validate.insecure.hint.form'),
            line,
          }),
        );
        continue;
      }
      if (r.warning) {
        problems.push(
          caution({
            id: 'insecure-registry-scheme',
            key,
            index,
            ...message('validate.insecure.scheme', { registry: value, stripped: r.value, dockerd: r.warning }),
            ...hint('validate.hint.writeInstead', { value: r.value }),
            line: { dockerd: r.warning, withFilePrefix: false },
          }),
        );
      }
      if (r.kind === 'cidr' && r.value !== value.replace(/^https?:\/\//i, '')) {
        problems.push(
          note({
            key,
            index,
            ...message('validate.insecure.cidrMeans', { registry: value, network: r.value }),
            ...hint('validate.hint.writeInstead', { value: r.value }),
          }),
        );
      }
      const wide = wideInsecureCidr(value, ctx.engine, VERY_WIDE);
      if (wide) problems.push(caution({ id: 'insecure-registry-wide', key, index, ...wide }));
      const cover = defaultInsecureCover(value, ctx.engine);
      if (cover) {
        problems.push(
          caution({
            id: 'insecure-registry-unneeded',
            key,
            index,
            ...message('validate.insecure.unneeded', { registry: value, network: cover }),
            ...hint('validate.hint.removeEntry'),
          }),
        );
      }
      if (r.kind === 'host' && r.value === 'docker.io') {
        problems.push(
          caution({
            key,
            index,
            ...message('validate.insecure.dockerHub'),
            ...hint('validate.hint.removeEntry'),
          }),
        );
      }
    }
    return problems;
  },
};

/** The widest CIDR prefix (by family) that is still a network of registries rather than of machines. */
export interface Widest {
  4: number;
  6: number;
}
// Wider than any private range (10.0.0.0/8, fc00::/7): 0.0.0.0/0 turns TLS checks off for every registry.
const VERY_WIDE: Widest = { 4: 8, 6: 7 };

/** A CIDR entry wider than `widest`, in words (doctor warns from a /24 or /64 on; validate only past any private range). */
export function wideInsecureCidr(
  entry: string,
  engine: EngineVersion,
  widest: Widest,
): { message: string; says: Said; hint: string; hintSays: Said } | undefined {
  const r = normalizeInsecureRegistry(entry, engine);
  const cidr = r.ok && r.kind === 'cidr' ? goParseCIDR(r.value) : undefined;
  if (!cidr) return undefined;
  const family = cidr.network.bytes.length === 4 ? 4 : 6;
  if (cidr.bits >= widest[family]) return undefined;
  const size =
    family === 4
      ? said('validate.insecure.wide.addresses', { count: (2 ** (32 - cidr.bits)).toLocaleString('en') })
      : said('validate.insecure.wide.network', { bits: cidr.bits });
  return {
    ...message('validate.insecure.wide', { registry: entry, size }),
    ...hint('validate.insecure.hint.wide'),
  };
}

const inNetwork = (net: ParsedCIDR, ip: ParsedIP, bits = net.bits): boolean => {
  const bytes = net.network.bytes.length === 4 && isIPv4(ip) ? ip.bytes.slice(-4) : ip.bytes;
  if (bytes.length !== net.network.bytes.length || bits < net.bits) return false;
  for (let i = 0; i * 8 < net.bits; i++) {
    const keep = Math.min(8, net.bits - i * 8);
    const mask = (0xff << (8 - keep)) & 0xff;
    if (((bytes[i] ?? 0) & mask) !== ((net.network.bytes[i] ?? 0) & mask)) return false;
  }
  return true;
};

/**
 * The default insecure CIDR (127.0.0.0/8; ::1/128 from 28.0) an entry lies in: dockerd already
 * treats it as insecure, entry or not. localhost counts, as dockerd resolves a name to its addresses.
 */
export function defaultInsecureCover(entry: string, engine: EngineVersion): string | undefined {
  const r = normalizeInsecureRegistry(entry, engine);
  if (!r.ok) return undefined;
  const defaults = defaultInsecureCIDRs(engine).flatMap((text) => goParseCIDR(text) ?? []);
  if (r.kind === 'cidr') {
    const cidr = goParseCIDR(r.value);
    return cidr ? defaults.find((d) => inNetwork(d, cidr.network, cidr.bits))?.text : undefined;
  }
  const split = goSplitHostPort(r.value);
  const host = (split.ok ? split.host : r.value).replace(/^\[(.*)\]$/, '$1');
  const ip = host.toLowerCase() === 'localhost' ? goParseIP('127.0.0.1') : goParseIP(host);
  return ip ? defaults.find((d) => inNetwork(d, ip))?.text : undefined;
}
