import { describe, expect, it } from 'vitest';
import { goParseAddrError } from '../../../src/validate/values/go/netip.js';
import { goPemBlocks } from '../../../src/validate/values/go/pem.js';

const latin1 = (s: string): Uint8Array => Buffer.from(s, 'latin1');
const blocks = (s: string) =>
  goPemBlocks(latin1(s)).map((b) => ({
    type: b.type,
    headers: Object.fromEntries(b.headers),
    bytes: Buffer.from(b.bytes).toString('latin1'),
  }));

describe('goPemBlocks (encoding/pem.Decode in a loop)', () => {
  it.each([
    ['one block', '-----BEGIN A-----\naGk=\n-----END A-----\n', [{ type: 'A', headers: {}, bytes: 'hi' }]],
    [
      'text around blocks, CRLF',
      'x\r\n-----BEGIN A-----\r\naGk=\r\n-----END A-----\r\ny\n-----BEGIN B-----\nYWI=\n-----END B-----',
      [
        { type: 'A', headers: {}, bytes: 'hi' },
        { type: 'B', headers: {}, bytes: 'ab' },
      ],
    ],
    [
      'headers',
      '-----BEGIN K-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: X\n\naGk=\n-----END K-----\n',
      [{ type: 'K', headers: { 'Proc-Type': '4,ENCRYPTED', 'DEK-Info': 'X' }, bytes: 'hi' }],
    ],
    ['an empty block', '-----BEGIN A-----\n-----END A-----\n', [{ type: 'A', headers: {}, bytes: '' }]],
    [
      'bad base64 is skipped',
      '-----BEGIN A-----\nnot!b64\n-----END A-----\n-----BEGIN B-----\naGk=\n-----END B-----\n',
      [{ type: 'B', headers: {}, bytes: 'hi' }],
    ],
    ['missing padding is bad base64', '-----BEGIN A-----\naGk\n-----END A-----\n', []],
    ['END of another type', '-----BEGIN A-----\naGk=\n-----END B-----\n', []],
    ['text after END on its line', '-----BEGIN A-----\naGk=\n-----END A----- x\n', []],
    ['BEGIN not at a line start', 'x-----BEGIN A-----\naGk=\n-----END A-----\n', []],
    ['no END', '-----BEGIN A-----\naGk=\n', []],
  ])('%s', (_name, input, expected) => expect(blocks(input)).toEqual(expected));
});

describe('goParseAddrError (net/netip.ParseAddr)', () => {
  it.each([
    ['::1', undefined],
    ['fe80::1%eth0', undefined],
    ['::ffff:1.2.3.4', undefined],
    ['1.2.3.4', undefined],
    [':', 'ParseAddr(":"): each colon-separated field must have at least one digit (at ":")'],
    ['fe80:', 'ParseAddr("fe80:"): colon must be followed by more characters (at ":")'],
    ['abc:def', 'ParseAddr("abc:def"): address string too short'],
    ['1:2:3:4:5:6:7:8:9', 'ParseAddr("1:2:3:4:5:6:7:8:9"): trailing garbage after address (at "9")'],
    ['1::2::3', 'ParseAddr("1::2::3"): multiple :: in address (at ":3")'],
    ['12345::', 'ParseAddr("12345::"): each group must have 4 or less digits (at "12345::")'],
    ['1:2:3:4:5:6:7::8', 'ParseAddr("1:2:3:4:5:6:7::8"): the :: must expand to at least one field of zeros'],
    ['::1%', 'ParseAddr("::1%"): zone must be a non-empty string'],
    ['1.2.3.4:5', 'ParseAddr("1.2.3.4:5"): unexpected character (at ":5")'],
    ['1.2.3', 'ParseAddr("1.2.3"): IPv4 address too short'],
    ['1.2.3.04', 'ParseAddr("1.2.3.04"): IPv4 field has octet with leading zero'],
    ['::1.2.3.256', 'ParseAddr("::1.2.3.256"): IPv4 field has value >255'],
    ['%eth0', 'ParseAddr("%eth0"): missing IPv6 address'],
    ['host', 'ParseAddr("host"): unable to parse IP'],
  ])('%s', (text, expected) => expect(goParseAddrError(text)).toBe(expected));
});
