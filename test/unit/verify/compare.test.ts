import { describe, expect, it } from 'vitest';
import { compareWithInfo, describeDifference, expectedState, type DaemonInfo } from '../../../src/verify/index.js';
import { EMPTY, FULL, FULL_SETTINGS } from './info-shapes.js';
import { engine, settingsOf } from './helpers.js';

const VERSIONS = Object.keys(FULL);

describe('compareWithInfo against /info shapes of real daemons', () => {
  it.each(VERSIONS)('%s: the full configuration verifies', (version) => {
    const v = engine(version);
    expect(compareWithInfo(expectedState(settingsOf(FULL_SETTINGS), v), FULL[version]!, v)).toEqual([]);
  });

  it.each(VERSIONS)('%s: the empty configuration verifies ([] and null are the same list)', (version) => {
    const v = engine(version);
    expect(compareWithInfo(expectedState(settingsOf({}), v), EMPTY[version]!, v)).toEqual([]);
  });

  it.each(VERSIONS)('%s: a daemon still running the old configuration does not verify', (version) => {
    const v = engine(version);
    const differences = compareWithInfo(expectedState(settingsOf(FULL_SETTINGS), v), EMPTY[version]!, v);
    expect(differences.map((d) => `${d.setting} ${d.field}`)).toEqual([
      'registry-mirrors RegistryConfig.Mirrors',
      'registry-mirrors RegistryConfig.IndexConfigs["docker.io"].Mirrors',
      'insecure-registries RegistryConfig.InsecureRegistryCIDRs',
      'insecure-registries RegistryConfig.IndexConfigs (Secure: false)',
      'debug Debug',
      'live-restore LiveRestoreEnabled',
      'labels Labels',
    ]);
  });
});

describe('compareWithInfo: what counts as different', () => {
  const v = engine('28.5.2');
  const info = (registry: NonNullable<DaemonInfo['RegistryConfig']>, rest: DaemonInfo = {}): DaemonInfo => ({
    RegistryConfig: registry,
    ...rest,
  });
  const hub = (mirrors: string[]) => ({
    'docker.io': { Name: 'docker.io', Mirrors: mirrors, Secure: true, Official: true },
  });
  const defaults = ['::1/128', '127.0.0.0/8'];

  it('mirrors in another order (dockerd tries them in order)', () => {
    const expected = expectedState(settingsOf({ 'registry-mirrors': ['https://a.example', 'https://b.example'] }), v);
    const swapped = ['https://b.example/', 'https://a.example/'];
    const d = compareWithInfo(
      expected,
      info({ Mirrors: swapped, IndexConfigs: hub(swapped), InsecureRegistryCIDRs: defaults }),
      v,
    );
    expect(d).toEqual([
      {
        setting: 'registry-mirrors',
        field: 'RegistryConfig.Mirrors',
        expected: ['https://a.example/', 'https://b.example/'],
        actual: swapped,
      },
      {
        setting: 'registry-mirrors',
        field: 'RegistryConfig.IndexConfigs["docker.io"].Mirrors',
        expected: ['https://a.example/', 'https://b.example/'],
        actual: swapped,
      },
    ]);
  });

  it('a removed insecure host the daemon still has (a reload keeps what the file no longer names)', () => {
    const stale = {
      ...hub([]),
      'old.local:5000': { Name: 'old.local:5000', Mirrors: [], Secure: false, Official: false },
    };
    const d = compareWithInfo(
      expectedState(settingsOf({}), v),
      info({ Mirrors: null, IndexConfigs: stale, InsecureRegistryCIDRs: defaults }),
      v,
    );
    expect(d).toEqual([
      {
        setting: 'insecure-registries',
        field: 'RegistryConfig.IndexConfigs (Secure: false)',
        expected: [],
        actual: ['old.local:5000'],
      },
    ]);
  });

  it('a missing default CIDR, and describes it in one line', () => {
    const d = compareWithInfo(
      expectedState(settingsOf({}), v),
      info({ Mirrors: null, IndexConfigs: hub([]), InsecureRegistryCIDRs: ['127.0.0.0/8'] }),
      v,
    );
    expect(d.map(describeDifference)).toEqual([
      'insecure-registries: RegistryConfig.InsecureRegistryCIDRs is ["127.0.0.0/8"], expected ["127.0.0.0/8","::1/128"]',
    ]);
  });

  it('debug, live-restore and labels only when configured; absent fields read as null', () => {
    const base = { Mirrors: null, IndexConfigs: hub([]), InsecureRegistryCIDRs: defaults };
    expect(compareWithInfo(expectedState(settingsOf({}), v), info(base, { Debug: true, Labels: ['x=1'] }), v)).toEqual(
      [],
    );
    const expected = expectedState(settingsOf({ debug: true, labels: ['x=1'] }), v);
    expect(compareWithInfo(expected, info(base, { Labels: null }), v)).toEqual([
      { setting: 'debug', field: 'Debug', expected: true, actual: null },
      { setting: 'labels', field: 'Labels', expected: ['x=1'], actual: [] },
    ]);
  });

  it('an /info without RegistryConfig shows everything missing', () => {
    const expected = expectedState(settingsOf({ 'registry-mirrors': ['https://m.example'] }), v);
    expect(compareWithInfo(expected, {}, v).map((d) => d.field)).toEqual([
      'RegistryConfig.Mirrors',
      'RegistryConfig.IndexConfigs["docker.io"].Mirrors',
      'RegistryConfig.InsecureRegistryCIDRs',
    ]);
  });
});
