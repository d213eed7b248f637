import { describe, expect, it } from 'vitest';
import { goJoinHostPort, goSplitHostPort } from '../../../src/validate/values/go/host-port.js';
import {
  cidrContains,
  formatIP,
  goParseAddr,
  goParseCIDR,
  goParseIP,
  isLoopbackIP,
  netipParsePrefixError,
} from '../../../src/validate/values/go/ip.js';
import { goQuote } from '../../../src/validate/values/go/quote.js';
import { goAtoi, goParseFloat, goParseUint } from '../../../src/validate/values/go/strconv.js';
import { ramInBytes } from '../../../src/validate/values/go/units.js';
import { formatGoURL, goParseURL, goURLHostPort } from '../../../src/validate/values/go/url.js';

describe('goParseIP (net.ParseIP)', () => {
  it.each([
    ['8.8.8.8', '8.8.8.8'],
    ['0.0.0.0', '0.0.0.0'],
    ['::1', '::1'],
    ['::', '::'],
    ['fd00::1', 'fd00::1'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['2001:0db8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
    ['::ffff:10.0.0.1', '10.0.0.1'],
    ['1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8'],
    ['FE80::A', 'fe80::a'],
  ])('accepts %s (prints %s)', (text, printed) => {
    const ip = goParseIP(text);
    expect(ip).toBeDefined();
    expect(formatIP(ip!)).toBe(printed);
  });
  it.each([
    '',
    'not-an-ip',
    '010.0.0.1',
    '256.1.1.1',
    '1.2.3',
    '1.2.3.4.5',
    ' 8.8.8.8',
    'fe80::1%eth0',
    ':::1',
    '1:2:3:4:5:6:7:8:9',
    '1.2.3.4::',
    '12345::',
    'a::b::c',
  ])('refuses %j', (text) => expect(goParseIP(text)).toBeUndefined());
  it('netip.ParseAddr also takes an IPv6 zone', () => {
    expect(goParseAddr('fe80::1%eth0')).toBeDefined();
    expect(goParseAddr('10.0.0.1%eth0')).toBeUndefined();
  });
  it.each([
    ['127.0.0.1', true],
    ['127.255.0.9', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['10.0.0.1', false],
    ['0.0.0.0', false],
    ['::', false],
  ])('isLoopbackIP(%s) = %s', (text, loop) => expect(isLoopbackIP(goParseIP(text)!)).toBe(loop));
});

describe('goParseCIDR (net.ParseCIDR)', () => {
  it.each([
    ['10.1.2.3/8', '10.0.0.0/8'],
    ['192.168.1.5/24', '192.168.1.0/24'],
    ['fd00::/8', 'fd00::/8'],
    ['fd00:1:2:3::5/64', 'fd00:1:2:3::/64'],
    ['0.0.0.0/0', '0.0.0.0/0'],
    ['10.0.0.0/32', '10.0.0.0/32'],
  ])('%s → %s', (text, network) => expect(goParseCIDR(text)?.text).toBe(network));
  it.each(['10.0.0.0', '10.0.0.0/33', '10.0.0.0/-1', 'fd00::/129', 'x/8', '10.0.0.0/a', ''])('refuses %j', (text) =>
    expect(goParseCIDR(text)).toBeUndefined(),
  );
  it.each([
    ['zz', `netip.ParsePrefix("zz"): no '/'`],
    ['10.0.0.0/33', 'netip.ParsePrefix("10.0.0.0/33"): prefix length out of range'],
    ['10.0.0.0/x', 'netip.ParsePrefix("10.0.0.0/x"): bad bits after slash: "x"'],
    ['nope/8', 'netip.ParsePrefix("nope/8"): ParseAddr("nope"): unable to parse IP'],
  ])('netip error for %s', (text, error) => expect(netipParsePrefixError(text)).toBe(error));
});

describe('cidrContains (net.IPNet.Contains)', () => {
  it.each([
    ['192.168.5.0/24', '192.168.5.254', true],
    ['192.168.5.0/24', '192.168.6.1', false],
    ['192.168.5.0/24', '::ffff:192.168.5.9', true],
    ['0.0.0.0/0', '8.8.8.8', true],
    ['0.0.0.0/0', 'fd00::1', false],
    ['fd00:1::/64', 'fd00:1::ffff', true],
    ['fd00:1::/64', 'fd00:2::1', false],
    ['::ffff:10.0.0.0/104', '10.9.9.9', true],
    ['::ffff:10.0.0.0/104', '11.0.0.1', false],
    ['fd00::/8', '10.0.0.1', false],
  ])('%s holds %s: %s', (cidr, ip, holds) => expect(cidrContains(goParseCIDR(cidr)!, goParseIP(ip)!)).toBe(holds));
});

describe('goSplitHostPort / goJoinHostPort', () => {
  it.each([
    ['registry.local:5000', 'registry.local', '5000'],
    ['[fd00::1]:5000', 'fd00::1', '5000'],
    [':80', '', '80'],
    ['host:', 'host', ''],
  ])('%s', (text, host, port) => expect(goSplitHostPort(text)).toEqual({ ok: true, host, port }));
  it.each([
    ['registry.local', 'address registry.local: missing port in address'],
    ['fd00::1', 'address fd00::1: too many colons in address'],
    ['[fd00::1]', 'address [fd00::1]: missing port in address'],
    ['[fd00::1', "address [fd00::1: missing ']' in address"],
  ])('%s fails', (text, error) => expect(goSplitHostPort(text)).toEqual({ ok: false, error }));
  it('brackets IPv6 hosts', () => {
    expect(goJoinHostPort('::1', '2375')).toBe('[::1]:2375');
    expect(goJoinHostPort('localhost', '2375')).toBe('localhost:2375');
  });
});

describe('goParseURL / formatGoURL (net/url)', () => {
  it.each([
    ['https://mirror.example.com', 'https', 'mirror.example.com', '', 'https://mirror.example.com'],
    ['HTTPS://Mirror.Example.com/', 'https', 'Mirror.Example.com', '/', 'https://Mirror.Example.com/'],
    ['mirror.example.com', '', '', 'mirror.example.com', 'mirror.example.com'],
    ['mirror.example.com:5000', 'mirror.example.com', '', '', 'mirror.example.com:5000'],
    ['https://m/v2/proxy?x=1#f', 'https', 'm', '/v2/proxy', 'https://m/v2/proxy?x=1#f'],
    ['https://user:pw@m', 'https', 'm', '', 'https://user:xxxxx@m'],
    ['tcp://[::1]:2375', 'tcp', '[::1]:2375', '', 'tcp://[::1]:2375'],
    ['https://', 'https', '', '', 'https:'],
    ['', '', '', '', ''],
  ])('%j', (raw, scheme, host, path, printed) => {
    const r = goParseURL(raw);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([r.url.scheme, r.url.host, r.url.path]).toEqual([scheme, host, path]);
    expect(formatGoURL(r.url)).toBe(printed);
  });
  it.each([
    [' https://m', 'parse " https://m": first path segment in URL cannot contain colon'],
    ['127.0.0.1:5000', 'parse "127.0.0.1:5000": first path segment in URL cannot contain colon'],
    ['tcp://127.0.0.1:abc', 'parse "tcp://127.0.0.1:abc": invalid port ":abc" after host'],
    ['https://m example.com', 'parse "https://m example.com": invalid character " " in host name'],
    ['://x', 'parse "://x": missing protocol scheme'],
    ['https://m/%zz', 'parse "https://m/%zz": invalid URL escape "%zz"'],
    ['https://m\n', 'parse "https://m\\n": net/url: invalid control character in URL'],
    ['https://a b@m', 'parse "https://a b@m": net/url: invalid userinfo'],
  ])('%j fails like Go', (raw, error) => expect(goParseURL(raw)).toEqual({ ok: false, error }));
  it('splits host and port like URL.Hostname()/Port()', () => {
    const r = goParseURL('tcp://[::1]:2376');
    expect(r.ok && goURLHostPort(r.url)).toEqual({ hostname: '::1', port: '2376' });
  });
});

describe('strconv', () => {
  it('Atoi', () => {
    expect(goAtoi('+5000')).toEqual({ ok: true, value: 5000n });
    expect(goAtoi('-1')).toEqual({ ok: true, value: -1n });
    expect(goAtoi('abc')).toEqual({ ok: false, error: 'strconv.Atoi: parsing "abc": invalid syntax' });
    expect(goAtoi('99999999999999999999')).toEqual({
      ok: false,
      error: 'strconv.Atoi: parsing "99999999999999999999": value out of range',
    });
  });
  it.each([
    ['0x100', 256n],
    ['0o17', 15n],
    ['017', 15n],
    ['0b101', 5n],
    ['42', 42n],
    ['0', 0n],
    ['0xffff_ffff', 4294967295n],
  ])('ParseUint(%s, 0, 32)', (text, value) => expect(goParseUint(text, 32)).toEqual({ ok: true, value }));
  it.each(['', '0x', '08', '1_000', '0x1__0', '4294967296', '-1', 'x'])('ParseUint refuses %j', (text) =>
    expect(goParseUint(text, 32).ok).toBe(false),
  );
  it('ParseFloat', () => {
    expect(goParseFloat('1.5')).toEqual({ ok: true, value: 1.5 });
    expect(goParseFloat('2e3')).toEqual({ ok: true, value: 2000 });
    expect(goParseFloat('64M').ok).toBe(false);
  });
  it('quotes like strconv.Quote', () => {
    expect(goQuote('a"b\\c\n')).toBe('"a\\"b\\\\c\\n"');
    expect(goQuote('é')).toBe('"é"');
    expect(goQuote('\x01')).toBe('"\\x01"');
  });
});

describe('ramInBytes (go-units)', () => {
  it.each([
    ['64m', true, 64 * 1024 ** 2],
    ['64M', false, 64 * 1024 ** 2],
    ['128MiB', true, 128 * 1024 ** 2],
    ['1g', true, 1024 ** 3],
    ['1.5k', true, 1536],
    ['100', true, 100],
    ['10 MB', true, 10 * 1024 ** 2],
    ['10mi', false, 10 * 1024 ** 2],
    ['1e3', true, 1000],
    ['5b', true, 5],
  ])('%s (v0.5: %s) = %d', (text, v05, bytes) => expect(ramInBytes(text, v05)).toEqual({ ok: true, value: bytes }));
  it.each([
    ['ten', true, "invalid size: 'ten'"],
    ['ten', false, "invalid size: 'ten'"],
    ['-1', true, "invalid size: '-1'"],
    ['10mi', true, "invalid suffix: 'mi'"],
    ['10kbb', true, "invalid suffix: 'kbb'"],
    ['10Kilo', true, "invalid suffix: 'Kilo'"],
    ['1e3', false, "invalid size: '1e3'"],
    ['1.2.3', false, 'strconv.ParseFloat: parsing "1.2.3": invalid syntax'],
  ])('%s (v0.5: %s) fails', (text, v05, error) => expect(ramInBytes(text, v05)).toEqual({ ok: false, error }));
});
