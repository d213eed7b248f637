// The errors of a docker client command (pull, push, login), as the command prints them or as
// dockerd logs them while it runs: what they mean and their fix. Never why dockerd did not start.
import type { DiagnosticId } from '../../diagnostics/types.js';
import { said, type Said } from '../../i18n/said.js';
import type { RuleResult } from './rule.js';

export interface ClientRule {
  id: DiagnosticId;
  pattern: RegExp;
  /** `before`: the text up to the match, where the registry's URL is. */
  build(match: RegExpExecArray, before: string): RuleResult;
}

const FAILED = said('causes.client.failed');

/** Docker Hub's own names: a mirror (or a proxy) is the way around it, not a fix of the registry. */
const HUB =
  /^(registry-1\.docker\.io|index\.docker\.io|docker\.io|auth\.docker\.io|production\.cloudflare\.docker\.com)(:443)?$/;

/** The host[:port] of the last URL in the text: the server that gave the answer (a login names its token server last). */
function urlHost(text: string): string | undefined {
  const hosts = [...text.matchAll(/\bhttps?:\/\/([^/"'\s?#]+)/g)].map((m) => m[1]!.replace(/^.*@/, ''));
  return hosts.at(-1);
}

/** "dial tcp 10.0.0.1:5000: …" → "10.0.0.1:5000" */
const dialAddress = (text: string): string | undefined => /dial tcp (\[[^\]]+\]:\d+|[^\s:]+:\d+)/.exec(text)?.[1];

const hostOr = (host: string | undefined, placeholder: Said): string | Said => host ?? placeholder;

const certificate = (kind: 'untrusted' | 'otherName' | 'expired', before: string): RuleResult => {
  const host = urlHost(before);
  const message = said(`causes.client.${kind}`, {
    failed: FAILED,
    host: hostOr(host, said('causes.client.theRegistry')),
  });
  const hint =
    kind === 'untrusted'
      ? said('causes.client.untrustedHint', { host: hostOr(host, said('causes.client.hostPort')) })
      : said(kind === 'otherName' ? 'causes.client.otherNameHint' : 'causes.client.expiredHint');
  return { message, hint, fixable: false };
};

/** Most specific first: the first pattern found in the text classifies it. */
export const clientRules: readonly ClientRule[] = [
  {
    id: 'registry-http-https-mismatch',
    pattern: /server gave HTTP response to HTTPS client/,
    build: (_, before) => {
      const host = urlHost(before);
      return {
        message: said('causes.client.plainHttp', {
          failed: FAILED,
          host: hostOr(host, said('causes.client.theRegistry')),
        }),
        hint: said('causes.client.plainHttpHint', { host: hostOr(host, said('causes.client.hostPort')) }),
        setting: 'insecure-registries',
        fixable: true,
      };
    },
  },
  {
    id: 'registry-tls-error',
    pattern: /x509: certificate is valid for .*, not |x509: certificate is not valid for any names/,
    build: (_, before) => certificate('otherName', before),
  },
  {
    id: 'registry-tls-error',
    pattern: /x509: certificate has expired or is not yet valid/,
    build: (_, before) => certificate('expired', before),
  },
  {
    // "x509: certificate signed by unknown authority", since Go 1.20 after "tls: failed to verify certificate: "
    id: 'registry-tls-error',
    pattern: /x509: certificate signed by unknown authority|tls: failed to verify certificate/,
    build: (_, before) => certificate('untrusted', before),
  },
  {
    id: 'pull-rate-limited',
    pattern: /toomanyrequests|429 Too Many Requests/i,
    build: (_, before) => {
      const host = urlHost(before);
      return {
        message:
          host === undefined || HUB.test(host)
            ? said('causes.client.rateLimit', { failed: FAILED })
            : said('causes.client.tooMany', { failed: FAILED, host }),
        hint: said('causes.client.rateLimitHint'),
        setting: 'registry-mirrors',
        fixable: false,
      };
    },
  },
  {
    id: 'registry-connect-failed',
    pattern: /proxyconnect tcp: dial tcp: lookup (\S+?)(?: on \S+)?: /,
    build: (match) => ({
      message: said('causes.client.proxyDns', { failed: FAILED, name: match[1]! }),
      hint: said('causes.client.proxyHint'),
      fixable: false,
    }),
  },
  {
    // Go's resolver: no such host, server misbehaving, or no answer from the DNS server at all.
    id: 'registry-connect-failed',
    pattern: /dial tcp: lookup (\S+?)(?: on \S+)?: /,
    build: (match) => ({
      message: said('causes.client.dns', { failed: FAILED, name: match[1]! }),
      hint: said('causes.client.dnsHint', { name: match[1]! }),
      fixable: false,
    }),
  },
  {
    id: 'registry-connect-failed',
    pattern: /dial tcp (\S+): (?:connect: )?connection refused/, // the seed's docker 1.x wrote no "connect: "
    build: (match, before) => {
      const host = urlHost(before) ?? match[1]!;
      return {
        message: said('causes.client.refused', { failed: FAILED, host }),
        hint: said('causes.client.refusedHint', { host }),
        fixable: false,
      };
    },
  },
  {
    id: 'registry-connect-failed',
    pattern:
      /dial tcp \S+: (?:connect: )?i\/o timeout|net\/http: request canceled while waiting for connection|Client\.Timeout exceeded while awaiting headers|net\/http: TLS handshake timeout/,
    build: (match, before) => {
      const text = before + match[0];
      const url = urlHost(before);
      const host = url ?? dialAddress(text);
      return {
        message: said('causes.client.timeout', {
          failed: FAILED,
          host: hostOr(host, said('causes.client.theRegistry')),
        }),
        hint:
          host === undefined || (url !== undefined && HUB.test(url))
            ? said('causes.client.timeoutHubHint')
            : said('causes.client.timeoutHint', { host }),
        fixable: false,
      };
    },
  },
];
