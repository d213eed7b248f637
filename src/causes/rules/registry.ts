// registry-mirrors and insecure-registries entries dockerd refuses.
import { q, type Rule, type RuleResult } from './rule.js';

const hasScheme = (url: string): boolean => /^[A-Za-z][\w+.-]*:\/\//.test(url);
const origin = (url: string): string => /^[A-Za-z][\w+.-]*:\/\/[^/?#]+/.exec(url)?.[0] ?? url;

function mirror(reason: string, where: string): Omit<RuleResult, 'setting' | 'fixable'> {
  const what = (v: string): string => `Registry mirror ${q(v)} in ${where}`;
  const noScheme = (v: string): Omit<RuleResult, 'setting' | 'fixable'> =>
    v.trim() === ''
      ? { message: `An empty registry mirror in ${where}.`, hint: 'Remove the empty entry.' }
      : {
          message: `${what(v)} has no scheme.`,
          hint: `Write it as ${q(`https://${v}`)} (or ${q(`http://${v}`)} for a plain-HTTP mirror).`,
        };
  let m: RegExpExecArray | null;
  if ((m = /^no scheme specified for "(.*?)"/.exec(reason))) return noScheme(m[1]!);
  if ((m = /^unsupported scheme "(.*?)" in "(.*?)"/.exec(reason))) {
    if (!hasScheme(m[2]!)) return noScheme(m[2]!);
    return {
      message: `${what(m[2]!)} uses ${m[1]}://; dockerd accepts only http:// and https://.`,
      hint: 'Use https://host[:port] (or http:// for a plain-HTTP mirror).',
    };
  }
  if ((m = /^username\/password not allowed in URI "(.*?)"/.exec(reason))) {
    return {
      message: `${what(m[1]!)} contains a user name and password; dockerd refuses credentials in mirror URLs.`,
      hint: `Remove "user:password@": ${q(m[1]!.replace(/\/\/[^/@]*@/, '//'))}. Mirrors are pulled anonymously.`,
    };
  }
  if ((m = /^path, query, or fragment at end of the URI "(.*?)"/.exec(reason))) {
    return {
      message: `${what(m[1]!)} has a path, query or fragment; dockerd before 24.0.8 accepts only scheme://host[:port].`,
      hint: `Use ${q(`${origin(m[1]!)}/`)}, or upgrade dockerd (24.0.8+ accepts a path).`,
    };
  }
  if ((m = /^query or fragment at end of the URI "(.*?)"/.exec(reason))) {
    return {
      message: `${what(m[1]!)} has a query (?…) or fragment (#…).`,
      hint: `Remove it: ${q(m[1]!.replace(/[?#].*$/, ''))}.`,
    };
  }
  if ((m = /^"(.*?)" is not a valid URI/.exec(reason))) {
    const v = m[1]!;
    if (v.trim() === v && !hasScheme(v)) return noScheme(v); // 20.10: "127.0.0.1:5000" is not a valid URI
    return v.trim() !== v
      ? { message: `${what(v)} has spaces around it.`, hint: `Remove the spaces: ${q(v.trim())}.` }
      : { message: `${what(v)} is not a valid URL.`, hint: 'Write it as https://host[:port].' };
  }
  return { message: `A registry mirror in ${where} is invalid: ${reason}.`, hint: 'Write it as https://host[:port].' };
}

const INSECURE_HINT =
  'Write host[:port] (e.g. registry.local:5000) or a CIDR (e.g. 10.0.0.0/8), without scheme or path.';

function insecureReason(value: string, reason: string): { why: string; hint: string } {
  const bare = value.replace(/^[A-Za-z][\w+.-]*:\/\//, '').replace(/\/.*$/, '');
  if (/\//.test(value.replace(/^[A-Za-z][\w+.-]*:\/\//, '')) && !/^[\d.:a-fA-F]+\/\d+$/.test(value)) {
    return { why: 'a path is not allowed', hint: `Write ${q(bare)}.` };
  }
  let m: RegExpExecArray | null;
  if ((m = /^invalid port "(.*)"/.exec(reason))) return { why: `port ${m[1]} is not in 0–65535`, hint: INSECURE_HINT };
  if ((m = /^invalid host "(.*)"/.exec(reason))) {
    const host = m[1]!;
    const why =
      host.trim() !== host
        ? 'it contains a space'
        : host === ''
          ? 'it is empty'
          : /^[\d.:a-fA-F]+\/\d+$/.test(host)
            ? 'it is not a valid CIDR'
            : `${q(host)} is not a valid host name`;
    return { why, hint: INSECURE_HINT };
  }
  return { why: reason, hint: INSECURE_HINT };
}

export const registryRules: readonly Rule[] = [
  {
    id: 'invalid-mirror',
    pattern: /^invalid mirror: (.*)$/,
    build: ({ match, where }) => ({ ...mirror(match[1]!, where), setting: 'registry-mirrors', fixable: true }),
  },
  {
    id: 'invalid-insecure-registry',
    pattern: /^insecure registry (.*) should not contain ':\/\/'$/,
    build: ({ match, where }) => ({
      message: `Insecure registry ${q(match[1]!)} in ${where} has a scheme other than http(s).`,
      hint: `Write ${q(match[1]!.replace(/^[A-Za-z][\w+.-]*:\/\//, '').replace(/\/.*$/, ''))} (host[:port], no scheme).`,
      setting: 'insecure-registries',
      fixable: true,
    }),
  },
  {
    id: 'invalid-insecure-registry',
    pattern: /^insecure registry (.*) is not valid: (.*)$/,
    build: ({ match, where }) => {
      const { why, hint } = insecureReason(match[1]!, match[2]!);
      return {
        message: `Insecure registry ${q(match[1]!)} in ${where} is not valid: ${why}.`,
        hint,
        setting: 'insecure-registries',
        fixable: true,
      };
    },
  },
  {
    id: 'invalid-insecure-registry',
    pattern: /^invalid index name \((.*)\)\. Cannot begin or end with a hyphen$/,
    build: ({ match, where }) => ({
      message: `Insecure registry ${q(match[1]!)} in ${where} begins or ends with '-'.`,
      hint: INSECURE_HINT,
      setting: 'insecure-registries',
      fixable: true,
    }),
  },
];
