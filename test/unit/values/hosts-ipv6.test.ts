import { describe, expect, it } from 'vitest';
import { parseDaemonHost } from '../../../src/validate/values/index.js';
import { engine, errorsOf, fullLine, problemsOf } from './helpers.js';

/**
 * tcp:// hosts with an IPv6 address and no brackets. 20.10.24, 26.1.5 and 28.5.2 (Debian) lines
 * were seen on the real binaries: 20.10 and 26.1 with throwaway starts, 28.5 with --validate.
 */
const V20 = engine('20.10.24+dfsg1');
const V26 = engine('26.1.5+dfsg1-9+deb13u1');
const V28 = engine('28.5.2+dfsg4-5');
const U2850 = engine('28.5.0');
const U2851 = engine('28.5.1');

describe('parseDaemonHost with unbracketed IPv6', () => {
  it.each([
    [
      'tcp://::1:42363',
      V20,
      { normalized: 'tcp://[::1:42363]:2375', listenError: 'listen tcp: lookup ::1:42363: no such host' },
    ],
    [
      'tcp://::1:2399',
      V20,
      {
        normalized: 'tcp://[::1:2399]:2375',
        listenError: 'listen tcp [::1:2399]:2375: bind: cannot assign requested address',
      },
    ],
    ['tcp://::1:42363', V26, { normalized: 'tcp://[::1]:42363' }],
    ['tcp://::1', V26, { normalized: 'tcp://[:]:1', listenError: 'failed to lookup : address in host specification' }],
    [
      'tcp://fe80::1',
      V26,
      { normalized: 'tcp://[fe80:]:1', listenError: 'failed to lookup fe80: address in host specification' },
    ],
    [
      'tcp://::',
      V26,
      { normalized: 'tcp://[:]:2375', listenError: 'failed to lookup : address in host specification' },
    ],
    ['tcp://::1', U2850, { listenError: 'failed to lookup : address in host specification' }],
    [
      'tcp://fe80::1',
      V20,
      { normalized: 'tcp://[fe80::1]:2375', listenError: 'listen tcp [fe80::1]:2375: bind: invalid argument' },
    ],
    ['tcp://[fe80::1]:2399', V26, { listenError: 'listen tcp [fe80::1]:2399: bind: invalid argument' }],
    ['tcp://[fe80::1]:2399', V28, { listenError: 'listen tcp [fe80::1]:2399: bind: invalid argument' }],
  ])('%s on %o', (addr, v, expected) => {
    const parsed = parseDaemonHost(addr, v);
    expect(parsed).toMatchObject({ ok: true, ...expected });
    if (!('listenError' in expected)) expect(parsed).not.toHaveProperty('listenError');
  });

  it.each([
    ['tcp://::1', V20],
    ['tcp://::', V20],
    ['tcp://2001:db8::5', V20],
    ['tcp://[::1]:2376', V26],
    ['tcp://2001:db8::5:2376', V28],
  ])('%s on %o listens', (addr, v) => {
    const parsed = parseDaemonHost(addr, v);
    expect(parsed.ok).toBe(true);
    expect(parsed).not.toHaveProperty('listenError');
    expect(parsed).not.toHaveProperty('normalizedError');
  });

  it.each([
    [
      'tcp://::1',
      V28,
      'invalid bind address (tcp://[:]:1): parse "tcp://[:]:1": invalid host: ParseAddr(":"): each colon-separated field must have at least one digit (at ":")',
    ],
    [
      'tcp://::',
      V28,
      'invalid bind address (tcp://[:]:2375): parse "tcp://[:]:2375": invalid host: ParseAddr(":"): each colon-separated field must have at least one digit (at ":")',
    ],
    [
      'tcp://fe80::1',
      V28,
      'invalid bind address (tcp://[fe80:]:1): parse "tcp://[fe80:]:1": invalid host: ParseAddr("fe80:"): colon must be followed by more characters (at ":")',
    ],
    [
      'tcp://1::2',
      V28,
      'invalid bind address (tcp://[1:]:2): parse "tcp://[1:]:2": invalid host: ParseAddr("1:"): colon must be followed by more characters (at ":")',
    ],
    [
      'tcp://abc:def:1',
      V28,
      'invalid bind address (tcp://[abc:def]:1): parse "tcp://[abc:def]:1": invalid host: ParseAddr("abc:def"): address string too short',
    ],
    [
      'tcp://::1',
      U2851,
      'invalid bind address (tcp://[:]:1): parse "tcp://[:]:1": invalid host: ParseAddr(":"): each colon-separated field must have at least one digit (at ":")',
    ],
    [
      'tcp://[fe80::1%25eth0]:1',
      V26,
      'invalid bind address (tcp://[fe80::1%eth0]:1): parse "tcp://[fe80::1%eth0]:1": invalid URL escape "%et"',
    ],
    [
      'tcp://[fe80::1%25eth0]:1',
      V28,
      'invalid bind address (tcp://[fe80::1%eth0]:1): parse "tcp://[fe80::1%eth0]:1": invalid URL escape "%et"',
    ],
  ])('%s on %o fails the second check of the normalised host', (addr, v, normalizedError) => {
    expect(parseDaemonHost(addr, v)).toMatchObject({ ok: true, normalizedError });
  });
});

describe('bracketed hosts that are no IPv6 address', () => {
  it.each([
    [
      'tcp://[1::2::3]:1',
      V28,
      'invalid bind address (tcp://[1::2::3]:1): parse "tcp://[1::2::3]:1": invalid host: ParseAddr("1::2::3"): multiple :: in address (at ":3")',
    ],
    [
      'tcp://[1.2.3.4]:1',
      V28,
      'invalid bind address (tcp://[1.2.3.4]:1): parse "tcp://[1.2.3.4]:1": invalid IP-literal',
    ],
  ])('%s on %o is refused when first read (newer Go)', (addr, v, reason) =>
    expect(parseDaemonHost(addr, v)).toEqual({ ok: false, reason }),
  );

  it.each([
    ['tcp://[1.2.3.4]:1', V26],
    ['tcp://[::ffff:1.2.3.4]:1', V28],
  ])('%s on %o is read', (addr, v) => expect(parseDaemonHost(addr, v)).toMatchObject({ ok: true }));
});

describe('hosts rule with unbracketed IPv6', () => {
  const hosts = (h: string): Record<string, unknown> => ({ hosts: ['unix:///run/d.sock', h] });

  it.each([
    ['20.10.24+dfsg1', 'tcp://::1:42363', 'failed to load listeners: listen tcp: lookup ::1:42363: no such host'],
    [
      '20.10.24+dfsg1',
      'tcp://::1:2399',
      'failed to load listeners: listen tcp [::1:2399]:2375: bind: cannot assign requested address',
    ],
    ['26.1.5+dfsg1', 'tcp://::1', 'failed to load listeners: failed to lookup : address in host specification'],
    ['26.1.5+dfsg1', 'tcp://fe80::1', 'failed to load listeners: failed to lookup fe80: address in host specification'],
    [
      '28.5.2+dfsg4',
      'tcp://::1',
      'invalid bind address (tcp://[:]:1): parse "tcp://[:]:1": invalid host: ParseAddr(":"): each colon-separated field must have at least one digit (at ":")',
    ],
  ])('%s refuses %s', (raw, h, line) => {
    const [p] = errorsOf(problemsOf(raw, hosts(h)));
    expect(p).toMatchObject({ id: 'invalid-host', key: 'hosts', index: 1 });
    expect(fullLine(p!)).toBe(line);
    expect(p?.hint).toContain('brackets');
  });

  it('words the second check the same for -H', () => {
    const [p] = errorsOf(problemsOf('28.5.2+dfsg4', { hosts: ['tcp://::1'] }, { flags: ['hosts'] }));
    expect(fullLine(p!)).toBe(
      'invalid bind address (tcp://[:]:1): parse "tcp://[:]:1": invalid host: ParseAddr(":"): each colon-separated field must have at least one digit (at ":")',
    );
  });

  it.each(['26.1.5+dfsg1', '28.5.2+dfsg4'])('%s listens on tcp://::1:PORT but says to write brackets', (raw) => {
    const ps = problemsOf(raw, hosts('tcp://::1:42363'));
    expect(errorsOf(ps)).toEqual([]);
    expect(ps).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        index: 1,
        message: expect.stringContaining('tcp://[::1]:42363'),
        hint: expect.stringContaining('tcp://[::1]:42363'),
      }),
    );
  });

  it('does not warn about bracketed addresses', () => {
    expect(
      problemsOf('28.5.2', hosts('tcp://[::1]:2376')).filter((p) => p.message.includes('without brackets')),
    ).toEqual([]);
  });
});
