// The value rules say their messages and hints from the catalogue: the English is the sentence
// they built before, and the Chinese leaves none of our English behind (dockerd's words aside).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../src/i18n/catalogue.js';
import { english, sayIn } from '../../../src/i18n/said.js';
import { englishSentences } from '../../helpers/english.js';
import { problemsOf, type FakeHost } from '../values/helpers.js';

const pem = (s: string): string => `-----BEGIN ${s}-----\nAAAAAAAA\n-----END ${s}-----\n`;
const fixture = (name: string): Uint8Array => readFileSync(new URL(`../values/fixtures/tls/${name}`, import.meta.url));
const C = '/etc/docker/tls/cert.pem';
const K = '/etc/docker/tls/key.pem';
const tlsFiles = (cert: string | Uint8Array, key: string | Uint8Array): FakeHost => ({
  contents: { [C]: cert, [K]: key, '/etc/docker/tls/ca.pem': fixture('ca.pem') },
});
const TLS = { tlsverify: true, tlscert: C, tlskey: K, tlscacert: '/etc/docker/tls/ca.pem' };

// Branches the corpora do not reach, with the English they printed before the catalogue.
const rows: [string, string, Record<string, unknown>, FakeHost | undefined, string, string][] = [
  [
    'an IPv6 fixed-cidr',
    '26.1.5',
    { 'fixed-cidr': 'fd00::/64' },
    undefined,
    '"fixed-cidr": "fd00::/64" is an IPv6 prefix',
    'Use an IPv4 prefix (IPv6 goes in fixed-cidr-v6 / bip6).',
  ],
  [
    'an IPv4 bip6',
    '28.5.2',
    { bip6: '10.1.0.1/16' },
    undefined,
    '"bip6": "10.1.0.1/16" is an IPv4 prefix',
    'Use an IPv6 prefix.',
  ],
  [
    'a firewall mark that is no number',
    '29.7.2',
    { 'bridge-accept-fwmark': 'abc' },
    undefined,
    'bridge-accept-fwmark "abc": the mark is not a 32-bit number',
    'Write MARK or MARK/MASK, e.g. "0x100/0xff00".',
  ],
  [
    'logentries without its token',
    '24.0.0',
    { 'log-driver': 'logentries', 'log-opts': { tag: 'x' } },
    undefined,
    'log-opts are not valid for the logentries log driver: Missing logentries token',
    'Check the option names in the logging driver documentation.',
  ],
  [
    'an address pool without a base',
    '28.5.2',
    { 'default-address-pools': [{ size: 24 }] },
    undefined,
    'address pool 1 has no "base"',
    'Each pool is {"base": "10.10.0.0/16", "size": 24}: a CIDR and the prefix length of the networks cut from it.',
  ],
  [
    'a missing docker-proxy before 25.0',
    '24.0.0',
    { 'userland-proxy-path': '/nope/docker-proxy' },
    undefined,
    'userland-proxy-path /nope/docker-proxy is not a file here; publishing ports will fail',
    'Point it at the docker-proxy binary (Debian: /usr/sbin/docker-proxy), or set "userland-proxy": false.',
  ],
  [
    'a tlscert without a CERTIFICATE block',
    '26.1.5',
    TLS,
    tlsFiles(pem('FOO'), fixture('key.pem')),
    `TLS is on but tlscert ${C} holds no CERTIFICATE block (only FOO)`,
    'Point "tlscert" at the server certificate (PEM, the server certificate first) and "tlskey" at its unencrypted private key (PEM).',
  ],
  [
    'a tlskey without a PRIVATE KEY block',
    '26.1.5',
    TLS,
    tlsFiles(fixture('cert.pem'), pem('FOO') + pem('BAR')),
    `TLS is on but tlskey ${K} holds no PRIVATE KEY block (only FOO, BAR)`,
    'Point "tlscert" at the server certificate (PEM, the server certificate first) and "tlskey" at its unencrypted private key (PEM).',
  ],
  [
    'a tlskey that does not parse',
    '26.1.5',
    TLS,
    tlsFiles(fixture('cert.pem'), pem('PRIVATE KEY')),
    `TLS is on but tlskey ${K} holds a private key that cannot be parsed (not PKCS#1, PKCS#8 or SEC1)`,
    'Point "tlscert" at the server certificate (PEM, the server certificate first) and "tlskey" at its unencrypted private key (PEM).',
  ],
];

describe('value problems from the catalogue', () => {
  it.each(rows)('%s: the English as before, and Chinese in Chinese', (_name, engine, values, host, message, hint) => {
    const found = problemsOf(engine, values, host ? { host } : {}).filter((p) => p.message === message);
    expect(found).toHaveLength(1);
    const [p] = found;
    expect(p?.hint).toBe(hint);
    expect(p?.says && english(p.says)).toBe(message);
    expect(p?.hintSays && english(p.hintSays)).toBe(hint);
    for (const s of [p?.says, p?.hintSays]) expect(englishSentences(sayIn('zh', s!))).toEqual([]);
  });

  it('every validate sentence in Chinese leaves no English sentence of ours (dockerd quoted as its own)', () => {
    const params = new Proxy({}, { get: (_t, name) => (name === 'dockerd' ? 'dockerd says this in English' : 7) });
    const left = Object.entries(CATALOGUES.zh)
      .filter(([key]) => key.startsWith('validate.'))
      .flatMap(([key, say]) => englishSentences((say as (p: unknown) => string)(params)).map((s) => `${key}: ${s}`));
    expect(left).toEqual([]);
  });
});
