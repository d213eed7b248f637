import { describe, expect, it } from 'vitest';
import { brief, check, errors, PATH } from './check.js';

const PREFIX = `unable to configure the Docker daemon with file ${PATH}: `;

describe('unknown keys', () => {
  it('reports every unknown key at its position, with one dockerd line listing all', () => {
    const ds = check('{\n  "foo": 1,\n  "Debug": true,\n  "bar": 2\n}');
    expect(ds.map(brief)).toEqual(['unknown-key error 2:3', 'unknown-key error 3:3', 'unknown-key error 4:3']);
    for (const d of ds)
      expect(d.dockerd).toBe(`${PREFIX}the following directives don't match any configuration option: foo, Debug, bar`);
    expect(ds[1]).toMatchObject({ key: 'Debug', hint: 'did you mean "debug"?' });
  });

  it.each([
    ['{"Registry-Mirrors": []}', 'did you mean "registry-mirrors"?'],
    ['{" debug": true}', 'did you mean "debug"?'],
    ['{"registryMirrors": []}', 'did you mean "registry-mirrors"?'],
    ['{"insecure_registries": []}', 'did you mean "insecure-registries"?'],
    ['{"max-concurent-downloads": 3}', 'did you mean "max-concurrent-downloads"?'],
  ])('%s → %s', (json, hint) => {
    expect(check(json)).toMatchObject([{ id: 'unknown-key', hint }]);
  });

  it('checks the children of an object instead of the object, as dockerd flattens it', () => {
    expect(check('{"labels": {"env": "prod"}}')).toMatchObject([
      { id: 'unknown-key', key: 'env', message: expect.stringContaining('"labels" itself takes a list of strings') },
      { id: 'invalid-type', key: 'labels' },
    ]);
    const pools = check('{"default-address-pools": {"base": "10.0.0.0/8", "size": 24}}');
    expect(pools.filter((d) => d.id === 'unknown-key').map((d) => d.dockerd)).toEqual([
      `${PREFIX}the following directives don't match any configuration option: base, size`,
      `${PREFIX}the following directives don't match any configuration option: base, size`,
    ]);
  });

  it.each([
    ['{"graph": "/var/lib/docker"}', '28.5.2', 'removed-key', /removed in dockerd 24\.0/],
    ['{"cluster-store": "consul://x"}', '24.0.0', 'removed-key', /removed in dockerd 24\.0/],
    ['{"oom-score-adjust": -500}', '26.1.5', 'removed-key', /removed in dockerd 26\.0/],
    ['{"api-cors-header": "*"}', '29.0.0', 'removed-key', /removed in dockerd 29\.0/],
    ['{"http-proxy": "http://p:3128"}', '20.10.24', 'unknown-key', /accepted from 23\.0/],
    ['{"validate": true}', '20.10.24', 'unknown-key', /accepted from 23\.0/],
    ['{"default-init": "/usr/bin/tini"}', '28.5.2', 'unknown-key', /no matching dockerd flag/],
    ['{"containerd-plugin-namespace": "p"}', '28.5.2', 'unknown-key', /no matching dockerd flag/],
  ])('%s on %s: %s', (json, engine, id, message) => {
    expect(errors(check(json, { engine }))).toMatchObject([{ id, message: expect.stringMatching(message) }]);
  });
});

describe('keys dockerd accepts but ignores', () => {
  it.each([
    ['{"registry-mirror": ["https://m.example.com"]}', expect.stringContaining('rename it to "registry-mirrors"')],
    ['{"insecure-registry": ["r.local:5000"]}', expect.stringContaining('rename it to "insecure-registries"')],
    ['{"label": ["a=b"]}', expect.stringContaining('rename it to "labels"')],
    ['{"host": ["unix:///x.sock"]}', expect.stringContaining('rename it to "hosts"')],
    ['{"http-proxy": "http://p:3128"}', 'move it into "proxies": {"http-proxy": …}'],
    ['{"containerd-plugins-namespace": "p"}', expect.stringContaining('--containerd-plugins-namespace')],
    ['{"version": true}', 'remove it'],
    ['{"deprecated-key-path": "/etc/docker/key.json"}', 'remove it'],
  ])('%s', (json, hint) => {
    const ds = check(json, { engine: '28.5.2' });
    expect(ds).toMatchObject([{ id: 'ignored-key', severity: 'warning', hint }]);
    expect(check(json, { engine: '28.5.2', strict: true })[0]?.severity).toBe('error');
  });

  it.each([
    ['{"validate": true}', 'validate-key'],
    ['{"validate": 1}', 'validate-key'],
    ['{"validate": "true"}', 'validate-key'],
    ['{"x": {"validate": true}}', 'validate-key'],
    ['{"validate": false}', 'ignored-key'],
    ['{"validate": "yes"}', 'ignored-key'],
  ])('%s: dockerd 23+ exits without starting when it turns --validate on', (json, id) => {
    const ds = check(json, { engine: '26.1.5' });
    expect(ds.map((d) => d.id)).toContain(id);
    if (id === 'validate-key')
      expect(ds.find((d) => d.id === id)).toMatchObject({ severity: 'error', dockerd: 'configuration OK' });
    else expect(errors(ds)).toEqual([]);
  });

  it('warns about objects under keys dockerd does not know, naming settings lost inside', () => {
    expect(check('{"anything": {}}').map(brief)).toEqual(['ignored-object warning 1:2']);
    expect(check('{"nested": {"debug": true}}')).toMatchObject([
      {
        id: 'ignored-object',
        message: expect.stringContaining('"debug" inside it has no effect'),
        hint: 'move "debug" to the top level and remove "nested"',
      },
    ]);
  });

  it('refuses an object Go decodes into a scalar field: any case, and fields without a flag', () => {
    expect(check('{"tlscert": "", "TLSCERT": {}}', { engine: '26.1.5' })).toMatchObject([
      {
        id: 'invalid-type',
        key: 'TLSCERT',
        dockerd: `${PREFIX}json: cannot unmarshal object into Go struct field Config.CommonConfig.TLSOptions.tlscert of type string`,
      },
    ]);
    expect(errors(check('{"Debug": {"debug": true}}', { engine: '20.10.24' }))).toMatchObject([
      {
        id: 'invalid-type',
        dockerd: `${PREFIX}json: cannot unmarshal object into Go struct field Config.debug of type bool`,
      },
    ]);
    expect(errors(check('{"swarm-raft-election-tick": {}}', { engine: '26.1.5' }))).toMatchObject([
      {
        id: 'invalid-type',
        dockerd: `${PREFIX}json: cannot unmarshal object into Go struct field Config.CommonConfig.swarm-raft-election-tick of type uint32`,
      },
    ]);
    // A field that takes an object decodes it: still only the flattened children count.
    expect(errors(check('{"LABELS": {}}', { engine: '26.1.5' }))).toMatchObject([{ id: 'invalid-type' }]);
    expect(errors(check('{"Log-Opts": {}}', { engine: '26.1.5' }))).toEqual([]);
  });

  it('treats "proxies" as the real home of http-proxy on 23+, and as unknown children on 20.10', () => {
    expect(check('{"proxies": {"http-proxy": "http://p:3128"}}', { engine: '23.0.0' })).toEqual([]);
    expect(errors(check('{"proxies": {"http-proxy": "http://p:3128"}}', { engine: '20.10.24' }))).toMatchObject([
      { id: 'unknown-key', key: 'http-proxy' },
    ]);
  });

  it('accepts skip-listed and flat keys with any content', () => {
    expect(check('{"features": {"anything-at-all": true}, "builder": {"unknownField": 1}}')).toEqual([]);
  });
});

describe('children of "proxies"', () => {
  it('are matched exactly, with a suggestion', () => {
    expect(errors(check('{"proxies": {"HTTP-PROXY": "http://p:3128"}}', { engine: '26.1.5' }))).toMatchObject([
      {
        id: 'unknown-key',
        key: 'HTTP-PROXY',
        message: expect.stringContaining('not a setting of "proxies"'),
        hint: 'did you mean "http-proxy"?',
      },
    ]);
  });
});
