import { describe, expect, it } from 'vitest';
import { isGoIP, jsonIntFits, parseGoBool, parseGoInt, parseRamInBytes } from '../../../src/engine/go-parse.js';
import { parseEngineVersion, type EngineVersion } from '../../../src/engine/version.js';

const v = (s: string): EngineVersion => parseEngineVersion(s) as EngineVersion;

describe('Go parsers', () => {
  it.each([
    ['1', true],
    ['t', true],
    ['TRUE', true],
    ['True', true],
    ['0', false],
    ['F', false],
    ['false', false],
  ])('ParseBool(%j) = %s', (s, b) => {
    expect(parseGoBool(s)).toEqual({ ok: true, value: b });
  });
  it.each(['yes', 'on', 'tRUE', ''])('ParseBool(%j) fails', (s) => {
    expect(parseGoBool(s).ok).toBe(false);
  });

  it.each([
    ['1500', 1500n],
    ['-1', -1n],
    ['0x5dc', 1500n],
    ['0o17', 15n],
    ['017', 15n],
    ['0b11', 3n],
    ['0x_5d_c', 1500n],
    // base 0 allows "_" between decimal digits too (Go's underscoreOK)
    ['1_000', 1000n],
    ['-1_5_0_0', -1500n],
    ['0_7', 7n],
    ['0b1_1', 3n],
    ['+7', 7n],
    ['9223372036854775807', 9223372036854775807n],
  ])('ParseInt(%j, 0, 64) = %s', (s, n) => {
    expect(parseGoInt(s)).toEqual({ ok: true, value: n });
  });
  it.each([
    ['abc', 'strconv.ParseInt: parsing "abc": invalid syntax'],
    ['1__000', 'strconv.ParseInt: parsing "1__000": invalid syntax'],
    ['_1000', 'strconv.ParseInt: parsing "_1000": invalid syntax'],
    ['1000_', 'strconv.ParseInt: parsing "1000_": invalid syntax'],
    ['0x', 'strconv.ParseInt: parsing "0x": invalid syntax'],
    ['08', 'strconv.ParseInt: parsing "08": invalid syntax'],
    ['0b2', 'strconv.ParseInt: parsing "0b2": invalid syntax'],
    ['', 'strconv.ParseInt: parsing "": invalid syntax'],
    ['+', 'strconv.ParseInt: parsing "+": invalid syntax'],
    [' 1', 'strconv.ParseInt: parsing " 1": invalid syntax'],
    ['-9223372036854775809', 'strconv.ParseInt: parsing "-9223372036854775809": value out of range'],
    ['99999999999999999999x', 'strconv.ParseInt: parsing "99999999999999999999x": value out of range'],
    ['1.5', 'strconv.ParseInt: parsing "1.5": invalid syntax'],
    ['9223372036854775808', 'strconv.ParseInt: parsing "9223372036854775808": value out of range'],
  ])('ParseInt(%j) fails: %s', (s, error) => {
    expect(parseGoInt(s)).toEqual({ ok: false, error });
  });

  it.each([
    ['0', true],
    ['-0', true],
    ['9223372036854775807', true],
    ['-9223372036854775808', true],
    ['9223372036854775808', false],
    ['-9223372036854775809', false],
    ['1.0', false],
    ['1e3', false],
    ['01', false],
  ])('a JSON number %s fits an int64 field: %s', (raw, fits) => {
    expect(jsonIntFits(raw)).toBe(fits);
  });

  it.each([
    ['192.168.1.1', true],
    ['0.0.0.0', true],
    ['256.1.1.1', false],
    ['1.2.3', false],
    ['01.2.3.4', false],
    ['::1', true],
    ['fe80::1', true],
    ['::ffff:192.0.2.1', true],
    ['2001:db8::1:2:3:4:5', true],
    ['1:2:3:4:5:6:7:8', true],
    ['1:2:3:4:5:6:7:8:9', false],
    ['1::2::3', false],
    ['fe80::1%eth0', false],
    ['[::1]', false],
    ['', false],
  ])('net.ParseIP(%j) ok: %s', (s, ok) => {
    expect(isGoIP(s)).toBe(ok);
  });

  it.each([
    // size, Debian 20.10/26.1 (regexp parser), 28.0+ builds (hand-written parser)
    ['64m', 'ok', 'ok'],
    ['1.5GiB', 'ok', 'ok'],
    ['64 m', 'ok', 'ok'],
    ['64', 'ok', 'ok'],
    ['64x', "invalid size: '64x'", "invalid suffix: 'x'"],
    ['1e3', "invalid size: '1e3'", 'ok'],
    ['64m ', "invalid size: '64m '", 'strconv.ParseFloat: parsing "64m": invalid syntax'],
    ['abc', "invalid size: 'abc'", "invalid size: 'abc'"],
    ['64\\u004d', "invalid size: '64\\u004d'", 'strconv.ParseFloat: parsing "64\\\\u004": invalid syntax'],
  ])('RAMInBytes(%j): %s / %s', (s, old, current) => {
    const show = (r: ReturnType<typeof parseRamInBytes>): string => (r.ok ? 'ok' : r.error);
    expect(show(parseRamInBytes(s, v('26.1.5')))).toBe(old);
    expect(show(parseRamInBytes(s, v('28.5.2')))).toBe(current);
  });
});
