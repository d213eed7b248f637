/**
 * insecure-registries: dockerd's loadInsecureRegistries per engine version. It runs only
 * in NewDaemon, so `dockerd --validate` never catches these; a bad entry still stops the start.
 */
import { indexNameError } from '../../../engine/index-name.js';
import { atLeast, type EngineVersion } from '../../../engine/version.js';
import { goSplitHostPort } from '../go/host-port.js';
import { goParseCIDR, goParseIP } from '../go/ip.js';
import { goAtoi } from '../go/strconv.js';

export type InsecureRegistryResult =
  | {
      ok: true;
      /** What dockerd keeps: "host[:port]" or a CIDR normalised to its network address. */
      value: string;
      kind: 'cidr' | 'host';
      /** dockerd's warning when it stripped an http:// or https:// prefix. */
      warning?: string;
    }
  | { ok: false; reason: string };

// reference.DomainRegexp: docker/distribution (≤24) and distribution/reference (25+, adds [IPv6]).
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`;
const OLD_DOMAIN = new RegExp(`^${DOMAIN_NAME}(?::[0-9]+)?$`);
const NEW_DOMAIN = new RegExp(`^(?:${DOMAIN_NAME}|\\[(?:[a-fA-F0-9:]+)\\])(?::[0-9]+)?$`);

/** The default entries dockerd always adds after the configured ones. */
export function defaultInsecureCIDRs(engine: EngineVersion): string[] {
  return atLeast(engine, '28.0.0') ? ['::1/128', '127.0.0.0/8'] : ['127.0.0.0/8'];
}

function stripScheme(entry: string, engine: EngineVersion): { rest: string; warning?: string } | { reason: string } {
  if (atLeast(engine, '29.0.0')) {
    const sep = entry.indexOf('://');
    if (sep < 0) return { rest: entry };
    const scheme = entry.slice(0, sep);
    if (!['http', 'https'].includes(scheme.toLowerCase()))
      return { reason: `insecure registry ${entry} should not contain '://'` };
    // 29.x's template repeats the scheme and appends an "s" (sic).
    const warning = `insecure registry ${entry} should not contain '${scheme}' and '${scheme}s' has been removed from the insecure registry config`;
    return { rest: entry.slice(sep + 3), warning };
  }
  const lower = entry.toLowerCase();
  for (const scheme of ['http://', 'https://']) {
    if (lower.startsWith(scheme)) {
      const warning = `insecure registry ${entry} should not contain '${scheme}' and '${scheme}' has been removed from the insecure registry config`;
      return { rest: entry.slice(scheme.length), warning };
    }
  }
  if (entry.includes('://')) return { reason: `insecure registry ${entry} should not contain '://'` };
  return { rest: entry };
}

/** registry.validateHostPort: a host (or IP) with an optional port 0–65535; dockerd's reason when not. */
export function validateHostPort(entry: string, engine: EngineVersion): string | undefined {
  const split = goSplitHostPort(entry);
  const [host, port] = split.ok ? [split.host, split.port] : [entry, ''];
  const domain = atLeast(engine, '25.0.0') ? NEW_DOMAIN : OLD_DOMAIN;
  if (!domain.test(entry) && !goParseIP(host)) return `invalid host "${host}"`;
  if (port !== '') {
    const n = goAtoi(port);
    if (!n.ok) return n.error;
    if (n.value < 0n || n.value > 65535n) return `invalid port "${port}"`;
  }
  return undefined;
}

/** Check one insecure-registries entry as `engine` would; `reason` is dockerd's text. */
export function normalizeInsecureRegistry(entry: string, engine: EngineVersion): InsecureRegistryResult {
  const badName = indexNameError(entry);
  if (badName !== undefined) return { ok: false, reason: badName };
  const stripped = stripScheme(entry, engine);
  if ('reason' in stripped) return { ok: false, reason: stripped.reason };
  const { rest, warning } = stripped;
  const cidr = goParseCIDR(rest);
  if (cidr) return { ok: true, value: cidr.text, kind: 'cidr', ...(warning ? { warning } : {}) };
  const bad = validateHostPort(rest, engine);
  if (bad) return { ok: false, reason: `insecure registry ${rest} is not valid: ${bad}` };
  return { ok: true, value: rest, kind: 'host', ...(warning ? { warning } : {}) };
}
