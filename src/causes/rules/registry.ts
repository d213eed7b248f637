// registry-mirrors and insecure-registries entries dockerd refuses.
import { said, type Said } from '../../i18n/said.js';
import type { Rule, RuleResult } from './rule.js';

const hasScheme = (url: string): boolean => /^[A-Za-z][\w+.-]*:\/\//.test(url);
const origin = (url: string): string => /^[A-Za-z][\w+.-]*:\/\/[^/?#]+/.exec(url)?.[0] ?? url;

function mirror(reason: string, where: string | Said): Omit<RuleResult, 'setting' | 'fixable'> {
  const what = (mirror: string): Said => said('causes.mirror.what', { mirror, where });
  const noScheme = (v: string): Omit<RuleResult, 'setting' | 'fixable'> =>
    v.trim() === ''
      ? { message: said('causes.mirror.empty', { where }), hint: said('causes.mirror.emptyHint') }
      : {
          message: said('causes.mirror.noScheme', { what: what(v) }),
          hint: said('causes.mirror.noSchemeHint', { mirror: v }),
        };
  let m: RegExpExecArray | null;
  if ((m = /^no scheme specified for "(.*?)"/.exec(reason))) return noScheme(m[1]!);
  if ((m = /^unsupported scheme "(.*?)" in "(.*?)"/.exec(reason))) {
    if (!hasScheme(m[2]!)) return noScheme(m[2]!);
    return {
      message: said('causes.mirror.scheme', { what: what(m[2]!), scheme: m[1]! }),
      hint: said('causes.mirror.schemeHint'),
    };
  }
  if ((m = /^username\/password not allowed in URI "(.*?)"/.exec(reason))) {
    return {
      message: said('causes.mirror.credentials', { what: what(m[1]!) }),
      hint: said('causes.mirror.credentialsHint', { mirror: m[1]!.replace(/\/\/[^/@]*@/, '//') }),
    };
  }
  if ((m = /^path, query, or fragment at end of the URI "(.*?)"/.exec(reason))) {
    return {
      message: said('causes.mirror.path', { what: what(m[1]!) }),
      hint: said('causes.mirror.pathHint', { mirror: `${origin(m[1]!)}/` }),
    };
  }
  if ((m = /^query or fragment at end of the URI "(.*?)"/.exec(reason))) {
    return {
      message: said('causes.mirror.query', { what: what(m[1]!) }),
      hint: said('causes.mirror.queryHint', { mirror: m[1]!.replace(/[?#].*$/, '') }),
    };
  }
  if ((m = /^"(.*?)" is not a valid URI/.exec(reason))) {
    const v = m[1]!;
    if (v.trim() === v && !hasScheme(v)) return noScheme(v); // 20.10: "127.0.0.1:5000" is not a valid URI
    return v.trim() !== v
      ? {
          message: said('causes.mirror.spaces', { what: what(v) }),
          hint: said('causes.mirror.spacesHint', { mirror: v.trim() }),
        }
      : { message: said('causes.mirror.notUrl', { what: what(v) }), hint: said('causes.mirror.formHint') };
  }
  return { message: said('causes.mirror.invalid', { where, dockerd: reason }), hint: said('causes.mirror.formHint') };
}

const INSECURE_HINT = said('causes.insecure.hint');

/** Why an insecure-registries entry is not valid: our words, or (none fitting) dockerd's. */
function insecureReason(value: string, reason: string): { why: Said | { dockerd: string }; hint: Said } {
  const bare = value.replace(/^[A-Za-z][\w+.-]*:\/\//, '').replace(/\/.*$/, '');
  if (/\//.test(value.replace(/^[A-Za-z][\w+.-]*:\/\//, '')) && !/^[\d.:a-fA-F]+\/\d+$/.test(value)) {
    return { why: said('causes.insecure.why.path'), hint: said('causes.insecure.writeInstead', { value: bare }) };
  }
  let m: RegExpExecArray | null;
  if ((m = /^invalid port "(.*)"/.exec(reason)))
    return { why: said('causes.insecure.why.port', { port: m[1]! }), hint: INSECURE_HINT };
  if ((m = /^invalid host "(.*)"/.exec(reason))) {
    const host = m[1]!;
    const why =
      host.trim() !== host
        ? said('causes.insecure.why.space')
        : host === ''
          ? said('causes.insecure.why.empty')
          : /^[\d.:a-fA-F]+\/\d+$/.test(host)
            ? said('causes.insecure.why.cidr')
            : said('causes.insecure.why.host', { host });
    return { why, hint: INSECURE_HINT };
  }
  return { why: { dockerd: reason }, hint: INSECURE_HINT };
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
      message: said('causes.insecure.scheme', { value: match[1]!, where }),
      hint: said('causes.insecure.schemeHint', {
        value: match[1]!.replace(/^[A-Za-z][\w+.-]*:\/\//, '').replace(/\/.*$/, ''),
      }),
      setting: 'insecure-registries',
      fixable: true,
    }),
  },
  {
    id: 'invalid-insecure-registry',
    pattern: /^insecure registry (.*) is not valid: (.*)$/,
    build: ({ match, where }) => {
      const value = match[1]!;
      const { why, hint } = insecureReason(value, match[2]!);
      return {
        message:
          'dockerd' in why
            ? said('causes.insecure.invalidAt', { value, where, dockerd: why.dockerd })
            : said('causes.insecure.invalid', { value, where, why }),
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
      message: said('causes.insecure.hyphen', { value: match[1]!, where }),
      hint: INSECURE_HINT,
      setting: 'insecure-registries',
      fixable: true,
    }),
  },
];
