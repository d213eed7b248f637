import { describe, expect, it } from 'vitest';
import { brief, check, errors, PATH } from './check.js';

const PREFIX = `unable to configure the Docker daemon with file ${PATH}: `;
const dockerdOf = (json: string, engine: string): (string | undefined)[] =>
  errors(check(json, { engine })).map((d) => d.dockerd);

describe('types, as the typed decode checks them', () => {
  it.each([
    // json, engine, dockerd's line
    ['{"debug": "yes"}', '20.10.24', 'json: cannot unmarshal string into Go struct field Config.debug of type bool'],
    [
      '{"debug": "yes"}',
      '26.1.5',
      'json: cannot unmarshal string into Go struct field Config.CommonConfig.debug of type bool',
    ],
    [
      '{"debug": "yes"}',
      '28.5.2+dfsg4',
      'invalid JSON: json: cannot unmarshal string into Go struct field Config.debug of type bool',
    ],
    [
      '{"registry-mirrors": "https://m"}',
      '26.1.5',
      'json: cannot unmarshal string into Go struct field Config.CommonConfig.ServiceOptions.registry-mirrors of type []string',
    ],
    [
      '{"max-concurrent-downloads": 3.5}',
      '20.10.24',
      'json: cannot unmarshal number 3.5 into Go struct field Config.max-concurrent-downloads of type int',
    ],
    [
      '{"mtu": 99999999999999999999}',
      '26.1.5',
      'json: cannot unmarshal number 99999999999999999999 into Go struct field Config.CommonConfig.BridgeConfig.DefaultBridgeConfig.mtu of type int',
    ],
    [
      '{"shutdown-timeout": 1e2}',
      '20.10.24',
      'json: cannot unmarshal number 1e2 into Go struct field Config.shutdown-timeout of type int',
    ],
    [
      '{"shutdown-timeout": 9223372036854775808}',
      '20.10.24',
      'json: cannot unmarshal number 9223372036854775808 into Go struct field Config.shutdown-timeout of type int',
    ],
    [
      '{"log-opts": {"max-size": 10}}',
      '20.10.24',
      'json: cannot unmarshal number into Go struct field Config.log-opts of type string',
    ],
    [
      '{"log-opts": {"max-size": 10}}',
      '28.5.2+dfsg4',
      'invalid JSON: json: cannot unmarshal number into Go struct field Config.log-opts.max-size of type string',
    ],
    [
      '{"labels": ["a=b", 5]}',
      '28.5.2+dfsg4',
      'invalid JSON: json: cannot unmarshal number into Config.labels.1 of type string',
    ],
    [
      '{"builder": {"GC": {"Enabled": "x"}}}',
      '20.10.24',
      'json: cannot unmarshal string into Go struct field BuilderGCConfig.builder.GC.Enabled of type bool',
    ],
    [
      '{"builder": {"gc": {"enabled": "x"}}}',
      '28.5.2+dfsg4',
      'invalid JSON: json: cannot unmarshal string into Go struct field .enabled of type bool',
    ],
    [
      '{"runtimes": {"r": {"PATH": 5}}}',
      '26.1.5',
      'json: cannot unmarshal number into Go struct field Runtime.runtimes.path of type string',
    ],
    [
      '{"default-ulimits": {"nofile": {"hard": "x"}}}',
      '26.1.5',
      'json: cannot unmarshal string into Go struct field Ulimit.default-ulimits.Hard of type int64',
    ],
    [
      '{"default-address-pools": [{"base": "10.0.0.0/8", "size": "24"}]}',
      '20.10.24',
      'json: cannot unmarshal string into Go struct field Config.default-address-pools of type int',
    ],
    [
      '{"default-address-pools": [{"base": "10.0.0.0/8", "size": "24"}]}',
      '26.1.5',
      'json: cannot unmarshal string into Go struct field Config.CommonConfig.NetworkConfig.default-address-pools.size of type int',
    ],
    [
      '{"default-address-pools": [{"base": "10.0.0.0/8", "size": "24"}]}',
      '28.5.2+dfsg4',
      'invalid JSON: json: cannot unmarshal string into Go struct field .0.size of type int',
    ],
    [
      '{"builder": {"history": {"maxAge": 3600}}}',
      '26.1.5',
      'json: cannot unmarshal number into Go struct field BuilderHistoryConfig.CommonConfig.builder.History.MaxAge of type config.Duration',
    ],
    ['{"nri-opts": {"enable": true, "bogus": 1}}', '29.2.0', 'json: unknown field "bogus"'],
    [
      '{"features": {"buildkit": "true"}}',
      '28.5.2+dfsg4',
      'invalid JSON: json: cannot unmarshal string into Go struct field Config.features.buildkit of type bool',
    ],
  ])('%s on %s', (json, engine, line) => {
    expect(dockerdOf(json, engine)).toContain(`${PREFIX}${line}`);
  });

  it.each([
    ['{"debug": null, "labels": null, "log-opts": null, "builder": null, "default-address-pools": null}'],
    ['{"shutdown-timeout": -0}'],
    ['{"shutdown-timeout": 9223372036854775807, "cpu-rt-period": -9223372036854775808}'],
    [
      '{"builder": {"gc": {"enabled": true, "defaultKeepStorage": "10GB", "policy": [{"keepStorage": "5GB", "filter": ["unused-for=168h"]}, {"all": true}]}}}',
    ],
    ['{"builder": {"GC": {"Policy": [{"Filter": {"unused-for": {"168h": true}}}]}}}'],
    ['{"builder": {"history": {"maxAge": "48h", "maxEntries": 50}}}'],
    ['{"runtimes": {"crun": {"path": "/usr/bin/crun", "runtimeArgs": ["--debug"]}}}'],
    ['{"default-ulimits": {"nofile": {"Name": "nofile", "Hard": 2048, "Soft": 1024}}}'],
    ['{"proxies": {"http-proxy": "http://p:3128", "no-proxy": "localhost"}}'],
  ])('%s is well typed', (json) => {
    expect(errors(check(json, { engine: '28.5.2' }))).toEqual([]);
  });

  it('ignores nested fields a version does not have (Go drops them)', () => {
    expect(errors(check('{"builder": {"history": {"maxAge": []}}}', { engine: '23.0.0' }))).toEqual([]);
    expect(errors(check('{"builder": {"history": {"maxAge": []}}}', { engine: '24.0.0' }))).toHaveLength(1);
    expect(errors(check('{"builder": {"history": {"maxAge": 3600}}}', { engine: '24.0.0' }))).toEqual([]);
  });

  it('type-checks every occurrence of a repeated key, not just the last', () => {
    expect(check('{"debug": "yes", "debug": true}').map(brief)).toEqual([
      'json-duplicate-key warning 1:2',
      'invalid-type error 1:11',
    ]);
    expect(errors(check('{"log-opts": {"max-size": 5, "max-size": "10m"}}'))).toMatchObject([
      { id: 'invalid-type', column: 27 },
    ]);
  });

  it('points at the wrong value and says what to write', () => {
    expect(errors(check('{\n  "hosts": "unix:///var/run/docker.sock"\n}'))).toMatchObject([
      {
        id: 'invalid-type',
        line: 2,
        column: 12,
        key: 'hosts',
        hint: 'wrap it in a list: ["unix:///var/run/docker.sock"]',
      },
    ]);
    expect(errors(check('{"debug": "true"}'))[0]?.hint).toBe('write true without quotes');
    expect(errors(check('{"mtu": "1500"}'))[0]?.hint).toBe('write 1500 without quotes');
  });

  it.each([
    ['"64m"', '28.5.2', undefined],
    ['null', '28.5.2', 'invalid size: "null"'],
    ['67108864', '20.10.24', 'invalid size: "67108864"'],
    ['""', '26.1.5', 'invalid size: "\\"\\""'],
    ['true', '28.5.2', 'invalid size: "true"'],
    ['"64x"', '26.1.5', "invalid size: '64x'"],
    ['"64x"', '28.5.2', "invalid suffix: 'x'"],
    ['"64\\u004d"', '26.1.5', "invalid size: '64\\u004d'"],
  ])('default-shm-size %s on %s', (value, engine, go) => {
    const ds = errors(check(`{"default-shm-size": ${value}}`, { engine })).filter((d) => d.key === 'default-shm-size');
    if (go === undefined) expect(ds).toEqual([]);
    else expect(ds.map((d) => d.dockerd)).toEqual([`${PREFIX}${go}`]);
  });

  it('parses net.IP fields while decoding', () => {
    expect(dockerdOf('{"ip": "1.2.3"}', '26.1.5')).toEqual([`${PREFIX}invalid IP address: 1.2.3`]);
    expect(dockerdOf('{"ip": "", "default-gateway": null, "default-gateway-v6": "fe80::1"}', '26.1.5')).toEqual([]);
  });

  it('does not type-check keys dockerd ignores or refuses', () => {
    expect(errors(check('{"registry-mirror": 5}'))).toEqual([]);
    expect(errors(check('{"anything": {"x": 1}}')).map((d) => d.id)).toEqual(['unknown-key']);
  });
});
