import { describe, expect, it } from 'vitest';
import { expectedState } from '../../../src/verify/index.js';
import { FULL_SETTINGS } from './info-shapes.js';
import { settingsOf, V20, V26, V28, V29 } from './helpers.js';

describe('expectedState: /info as dockerd normalises the configuration', () => {
  it.each([
    [V20, ['127.0.0.0/8']],
    [V26, ['127.0.0.0/8']],
    [V28, ['::1/128', '127.0.0.0/8']],
    [V29, ['::1/128', '127.0.0.0/8']],
  ])('an empty configuration on %o: no mirrors, only the default insecure CIDRs %j', (engine, cidrs) => {
    expect(expectedState(settingsOf({}), engine)).toEqual({
      mirrors: [],
      insecureCidrs: cidrs,
      insecureHosts: [],
      rejected: [],
    });
  });

  it('normalises mirrors (one trailing / stripped, then added), drops duplicates after that, keeps the order', () => {
    const s = settingsOf({
      'registry-mirrors': ['https://b.example', 'HTTPS://a.example/', 'https://b.example/', 'https://c.example//'],
    });
    expect(expectedState(s, V26).mirrors).toEqual(['https://b.example/', 'HTTPS://a.example/', 'https://c.example//']);
  });

  it('reads the CIDRs at their network address and strips schemes from hosts', () => {
    const e = expectedState(settingsOf(FULL_SETTINGS), V28);
    expect(e.insecureCidrs).toEqual(['10.0.0.0/8', 'fd00::/8', '::1/128', '127.0.0.0/8']);
    // docker.io itself stays secure: dockerd writes Hub's official entry after the insecure ones.
    expect(e.insecureHosts).toEqual(['registry.local:5000', 'r2.local', 'index.docker.io']);
  });

  it('a configured default CIDR is not listed twice', () => {
    expect(expectedState(settingsOf({ 'insecure-registries': ['127.0.0.0/8'] }), V20).insecureCidrs).toEqual([
      '127.0.0.0/8',
    ]);
  });

  it('only sets debug, labels and live-restore when the configuration does; repeated labels once', () => {
    const e = expectedState(
      settingsOf({ debug: false, labels: ['a=1', 'b=2', 'a=1'], 'live-restore': true }, ['debug']),
      V26,
    );
    expect(e).toMatchObject({ debug: false, labels: ['a=1', 'b=2'], liveRestore: true });
    expect(Object.keys(expectedState(settingsOf({ 'log-level': 'debug' }), V26))).toEqual([
      'mirrors',
      'insecureCidrs',
      'insecureHosts',
      'rejected',
    ]);
  });

  it('lists the entries this version refuses instead of guessing what dockerd would show', () => {
    const s = settingsOf({
      'registry-mirrors': ['mirror.example.com', 'https://ok.example'],
      'insecure-registries': ['ftp://r.local', 'r.local:5000'],
    });
    const e = expectedState(s, V28);
    expect(e.mirrors).toEqual(['https://ok.example/']);
    expect(e.insecureHosts).toEqual(['r.local:5000']);
    expect(e.rejected).toEqual([
      {
        setting: 'registry-mirrors',
        value: 'mirror.example.com',
        reason: `invalid mirror: no scheme specified for "mirror.example.com": must use either 'https://' or 'http://'`,
      },
      {
        setting: 'insecure-registries',
        value: 'ftp://r.local',
        reason: "insecure registry ftp://r.local should not contain '://'",
      },
    ]);
  });

  it('follows the version: a mirror with a path is refused before 24.0.8', () => {
    const s = settingsOf({ 'registry-mirrors': ['https://m.example/v2/proxy'] });
    expect(expectedState(s, V20).rejected).toHaveLength(1);
    expect(expectedState(s, V26)).toMatchObject({ mirrors: ['https://m.example/v2/proxy/'], rejected: [] });
  });
});
