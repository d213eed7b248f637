import { describe, expect, it } from 'vitest';
import { goFloat, goValue, maskCredentials } from '../../../src/validate/go-format.js';
import { didYouMean } from '../../../src/validate/did-you-mean.js';

describe("Go's %v", () => {
  it.each([
    [0, '0'],
    [3, '3'],
    [1.5, '1.5'],
    [100000, '100000'],
    [1000000, '1e+06'],
    [1234567, '1.234567e+06'],
    [0.0001, '0.0001'],
    [0.00001, '1e-05'],
    [-2500000, '-2.5e+06'],
    [1e21, '1e+21'],
  ])('float64 %d → %s', (n, text) => {
    expect(goFloat(n)).toBe(text);
  });

  it.each([
    [null, '<nil>'],
    [true, 'true'],
    ['x', 'x'],
    [['a', 'b'], '[a b]'],
    [{ b: 1, a: 'x' }, 'map[a:x b:1]'],
    [{ nofile: { Name: 'nofile', Hard: 2048 } }, 'map[nofile:map[Hard:2048 Name:nofile]]'],
    [[], '[]'],
  ])('%j → %s', (v, text) => {
    expect(goValue(v)).toBe(text);
  });

  it('masks passwords in URLs as dockerd does', () => {
    expect(maskCredentials('http://user:pa55@proxy:3128')).toBe('http://user:xxxxx@proxy:3128');
    expect(maskCredentials('http://s3cr3tT0ken@proxy:3128 and https://u:p@h')).toBe(
      'http://xxxxx@proxy:3128 and https://u:xxxxx@h',
    );
    expect(maskCredentials('https://mirror.example.com')).toBe('https://mirror.example.com');
    expect(goValue(['https://u:p@m.example.com'])).toBe('[https://u:xxxxx@m.example.com]');
  });
});

describe('didYouMean', () => {
  const keys = ['debug', 'registry-mirrors', 'insecure-registries', 'log-level', 'hosts', 'labels'];
  it.each([
    ['Debug', 'debug'],
    [' debug', 'debug'],
    ['registryMirrors', 'registry-mirrors'],
    ['registry_mirrors', 'registry-mirrors'],
    ['insecure-registry', 'insecure-registries'],
    ['host', 'hosts'],
    ['log_level', 'log-level'],
    ['lables', 'labels'],
    ['completely-different', undefined],
    ['dns', undefined],
  ])('%s → %s', (key, expected) => {
    expect(didYouMean(key, keys)).toBe(expected);
  });
});
