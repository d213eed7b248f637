import { describe, expect, it } from 'vitest';
import { catalogueFor, keyHistory, shortVersion } from '../../../src/engine/catalogue.js';
import { parseEngineVersion, type EngineVersion } from '../../../src/engine/version.js';

const v = (s: string): EngineVersion => parseEngineVersion(s) as EngineVersion;

describe('catalogueFor: what each dockerd version accepts', () => {
  it.each([
    // key, version, accepted by the unknown-directive check, a Config field (its value takes effect)
    ['debug', '20.10.24', true, true],
    ['Debug', '28.5.2', false, false],
    ['labels', '20.10.24', true, true], // NamedOption of --label
    ['label', '20.10.24', true, false], // the flag's own name: accepted, ignored
    ['registry-mirror', '28.5.2', true, false],
    ['hosts', '26.1.5', true, true],
    ['validate', '20.10.24', false, false],
    ['validate', '23.0.0', true, false],
    ['http-proxy', '20.10.24', false, false],
    ['http-proxy', '23.0.0', true, false], // a flag, but the field lives under "proxies"
    ['proxies', '23.0.0', false, true], // never checked itself: dockerd checks its children
    ['graph', '23.0.18', true, true],
    ['graph', '24.0.0', false, false],
    ['cluster-store', '23.0.0', true, true],
    ['cluster-store', '24.0.0', false, false],
    ['oom-score-adjust', '25.0.0', true, true],
    ['oom-score-adjust', '26.0.0', false, false],
    ['api-cors-header', '28.5.2', true, true],
    ['api-cors-header', '29.0.0', false, false],
    ['allow-nondistributable-artifacts', '28.0.0', true, true],
    ['allow-nondistributable-artifacts', '28.1.0', true, false], // skip-listed, field gone
    ['allow-nondistributable-artifacts', '29.7.2', true, false],
    ['deprecated-key-path', '20.10.24', true, true],
    ['deprecated-key-path', '24.0.0', true, false],
    ['min-api-version', '28.5.2', false, false],
    ['min-api-version', '29.0.0', true, true],
    ['containerd-plugins-namespace', '28.5.2', true, false],
    ['containerd-plugin-namespace', '28.5.2', false, true], // a field without a flag: always refused
    ['default-init', '20.10.24', false, true],
    ['features', '20.10.24', true, true],
    ['feature', '27.2.0', false, false],
    ['feature', '27.3.0', true, false],
    ['host-gateway-ips', '27.5.1', false, false],
    ['host-gateway-ips', '28.0.0', true, true],
    ['nri-opts', '29.2.0', true, true],
    ['default-stop-timeout', '29.6.2', false, false],
    ['default-stop-timeout', '29.7.0', true, true],
    ['help', '28.5.2', true, false],
    ['version', '20.10.24', true, false],
  ])('%s on %s: accepted %s, field %s', (key, version, accepted, field) => {
    const cat = catalogueFor(v(version));
    expect(cat.accepts(key)).toBe(accepted);
    expect(cat.field(key) !== undefined).toBe(field);
  });

  it.each([
    ['20.10.24', ['cluster-store-opts', 'log-opts', 'runtimes', 'default-ulimits', 'features', 'builder']],
    ['24.0.0', ['default-network-opts']],
    ['29.2.0', ['nri-opts']],
  ])('%s keeps these objects whole (the flat list)', (version, keys) => {
    const cat = catalogueFor(v(version));
    for (const key of keys) expect(cat.isFlat(key)).toBe(true);
    expect(cat.isFlat('proxies')).toBe(false);
  });

  it('knows each flag by long name, shorthand and NamedOption name', () => {
    const cat = catalogueFor(v('28.5.2'));
    expect(cat.flagByShort('H')).toMatchObject({ name: 'host', named: 'hosts', kind: 'list' });
    expect(cat.flagByShort('D')).toMatchObject({ name: 'debug', kind: 'bool' });
    expect(cat.namedFlag('registry-mirrors')?.name).toBe('registry-mirror');
    expect(cat.flags.get('host-gateway-ip')).toMatchObject({ kind: 'list', named: 'host-gateway-ips' });
    expect(catalogueFor(v('27.0.0')).flags.get('host-gateway-ip')).toMatchObject({ kind: 'value', parse: 'ip' });
    expect(catalogueFor(v('20.10.24')).flags.get('graph')?.deprecated).toBeUndefined();
    expect(catalogueFor(v('23.0.0')).flags.get('graph')?.deprecated).toBe('23.0.0');
  });

  it('tells when a key came and went', () => {
    expect(keyHistory('graph')).toMatchObject({ acceptedUntil: v('24.0.0') });
    expect(keyHistory('http-proxy')).toMatchObject({ acceptedFrom: v('23.0.0') });
    expect(keyHistory('debug').acceptedUntil).toBeUndefined();
    expect(shortVersion(v('24.0.8'))).toBe('24.0.8');
    expect(shortVersion(v('24.0.0'))).toBe('24.0');
  });
});
