import { describe, expect, it } from 'vitest';
import { catalogueFor } from '../../../src/engine/catalogue.js';
import { parseDaemonArgs } from '../../../src/engine/flags.js';
import { parseEngineVersion, type EngineVersion } from '../../../src/engine/version.js';

const parse = (version: string, ...words: string[]) =>
  parseDaemonArgs(
    words.map((value) => ({ value, source: { kind: 'unit' as const, path: '/lib/systemd/system/docker.service' } })),
    catalogueFor(parseEngineVersion(version) as EngineVersion),
  );
const set = (version: string, ...words: string[]) =>
  Object.fromEntries([...parse(version, ...words).flags.values()].map((f) => [f.spec.name, f.values]));
const problems = (version: string, ...words: string[]) => parse(version, ...words).problems.map((p) => [p.kind, p.go]);

describe('parseDaemonArgs: pflag semantics', () => {
  it.each([
    [
      ['-H', 'fd://', '--containerd=/run/containerd/containerd.sock'],
      { host: ['fd://'], containerd: ['/run/containerd/containerd.sock'] },
    ],
    [['-Hfd://'], { host: ['fd://'] }],
    [['-H=fd://'], { host: ['fd://'] }],
    [['--host', 'unix:///a.sock', '--host=tcp://127.0.0.1:2375'], { host: ['unix:///a.sock', 'tcp://127.0.0.1:2375'] }],
    [['-D'], { debug: ['true'] }],
    [['--debug=false'], { debug: ['false'] }],
    [['-Dl', 'debug'], { debug: ['true'], 'log-level': ['debug'] }],
    [['-lD'], { 'log-level': ['D'] }],
    [['--log-level', '--debug'], { 'log-level': ['--debug'] }], // a value flag takes the next word, whatever it is
    [['--mtu', '0x5dc'], { mtu: ['0x5dc'] }],
    [['--'], {}],
  ])('%j', (words, expected) => {
    expect(set('28.5.2', ...words)).toEqual(expected);
  });

  it.each([
    ['28.5.2', ['--Debug'], [['unknown-flag', 'Status: unknown flag: --Debug']]],
    ['20.10.24', ['--validate'], [['unknown-flag', 'Status: unknown flag: --validate']]],
    ['28.5.2', ['-x'], [['unknown-flag', "Status: unknown shorthand flag: 'x' in -x"]]],
    ['28.5.2', ['-H'], [['missing-value', "Status: flag needs an argument: 'H' in -H"]]],
    ['28.5.2', ['--mtu'], [['missing-value', 'Status: flag needs an argument: --mtu']]],
    [
      '28.5.2',
      ['--mtu=abc'],
      [
        [
          'invalid-value',
          'Status: invalid argument "abc" for "--mtu" flag: strconv.ParseInt: parsing "abc": invalid syntax',
        ],
      ],
    ],
    [
      '28.5.2',
      ['--debug=yes'],
      [
        [
          'invalid-value',
          'Status: invalid argument "yes" for "-D, --debug" flag: strconv.ParseBool: parsing "yes": invalid syntax',
        ],
      ],
    ],
    ['28.5.2', ['--debug', 'false'], [['positional', '"dockerd" accepts no argument(s).']]],
    ['28.5.2', ['---x'], [['bad-syntax', 'Status: bad flag syntax: ---x']]],
    [
      '20.10.24',
      ['--ip=1.2.3'],
      [['invalid-value', 'Status: invalid argument "1.2.3" for "--ip" flag: 1.2.3 is not an ip address']],
    ],
    [
      '26.1.5',
      ['--ip=1.2.3'],
      [['invalid-value', 'Status: invalid argument "1.2.3" for "--ip" flag: failed to parse IP: "1.2.3"']],
    ],
    [
      '28.5.2',
      ['--default-shm-size=64x'],
      [['invalid-value', `Status: invalid argument "64x" for "--default-shm-size" flag: invalid suffix: 'x'`]],
    ],
    [
      '28.5.2',
      ['--add-runtime=runc=/usr/bin/runc'],
      [
        [
          'invalid-value',
          `Status: invalid argument "runc=/usr/bin/runc" for "--add-runtime" flag: runtime name 'runc' is reserved`,
        ],
      ],
    ],
    ['28.5.2', ['--validate'], [['exits', 'configuration OK']]],
    ['28.5.2', ['--validate=false'], []],
    ['28.5.2', ['--version'], [['exits', 'Docker version 28.5.2, build …']]],
  ])('%s %j', (version, words, expected) => {
    expect(problems(version, ...words)).toEqual(expected);
  });

  it('keeps the source of each flag', () => {
    const [flag] = parse('28.5.2', '-H', 'fd://').flags.values();
    expect(flag).toMatchObject({ spelled: '-H', source: { kind: 'unit' } });
  });
});
