// dockerd's list-typed and custom-typed flag parsers (src/engine/flag-values.ts), per version:
// what each Value.Set refuses while pflag parses the command line, and dockerd's exact line.
import { describe, expect, it } from 'vitest';
import { goCsvRecord, goParsePrefixError } from '../../../src/engine/flag-values.js';
import { sayIn } from '../../../src/i18n/said.js';
import { check, errors, UNIT } from './check.js';

const VERSIONS = ['20.10.24', '26.1.5', '28.5.2', '29.1.0', '29.2.0'] as const;
type Version = (typeof VERSIONS)[number];

/** dockerd's line for the first error, or "yes" when it starts. */
function verdict(version: string, ...flags: string[]): string {
  const args = flags.map((value) => ({ value, source: UNIT }));
  const ds = errors(check('{}', { engine: version, args, values: true }));
  return ds.length === 0 ? 'yes' : (ds[0]?.dockerd ?? `no dockerd line: ${ds[0]?.id}`);
}

const bad = (flag: string, value: string, why: string): string =>
  `Status: invalid argument ${JSON.stringify(value)} for "${flag}" flag: ${why}`;

/** [flags…] → the same verdict on every version, or one per version. */
type Row = [string[], string | Partial<Record<Version, string>>];

function table(name: string, rows: Row[]): void {
  describe(name, () => {
    for (const version of VERSIONS) {
      it.each(rows.map(([flags, want]) => [flags.join(' '), flags, want] as const))(
        `${version}: %s`,
        (_label, flags, want) => {
          const expected = typeof want === 'string' ? want : want[version];
          if (expected === undefined) return;
          expect(verdict(version, ...flags)).toBe(expected);
        },
      );
    }
  });
}

table('integers: strconv.ParseInt(s, 0, 64)', [
  [['--mtu=1_400'], 'yes'],
  [['--mtu=0x5_78'], 'yes'],
  [['--mtu=02570'], 'yes'],
  [['--mtu=0b10101111000'], 'yes'],
  [['--mtu=0o2570'], 'yes'],
  [['--shutdown-timeout=+5'], 'yes'],
  [['--cpu-rt-period=1_000_000'], 'yes'],
  [['--mtu=1__400'], bad('--mtu', '1__400', 'strconv.ParseInt: parsing "1__400": invalid syntax')],
  [['--mtu=_1400'], bad('--mtu', '_1400', 'strconv.ParseInt: parsing "_1400": invalid syntax')],
  [['--mtu=1400_'], bad('--mtu', '1400_', 'strconv.ParseInt: parsing "1400_": invalid syntax')],
  [['--mtu=08'], bad('--mtu', '08', 'strconv.ParseInt: parsing "08": invalid syntax')],
  [['--mtu=0x'], bad('--mtu', '0x', 'strconv.ParseInt: parsing "0x": invalid syntax')],
  [['--mtu=1e3'], bad('--mtu', '1e3', 'strconv.ParseInt: parsing "1e3": invalid syntax')],
  [
    ['--shutdown-timeout=9223372036854775808'],
    bad(
      '--shutdown-timeout',
      '9223372036854775808',
      'strconv.ParseInt: parsing "9223372036854775808": value out of range',
    ),
  ],
]);

table('--default-ulimit: units.ParseUlimit', [
  [['--default-ulimit=nofile=1024:2048'], 'yes'],
  [['--default-ulimit=nofile=1024'], 'yes'],
  [['--default-ulimit=nofile=1024:-1'], 'yes'],
  [['--default-ulimit=nofile=-1'], 'yes'],
  [['--default-ulimit=nofile'], bad('--default-ulimit', 'nofile', 'invalid ulimit argument: nofile')],
  [['--default-ulimit=files=1'], bad('--default-ulimit', 'files=1', 'invalid ulimit type: files')],
  [['--default-ulimit=as=1'], bad('--default-ulimit', 'as=1', 'invalid ulimit type: as')],
  [['--default-ulimit=NOFILE=1'], bad('--default-ulimit', 'NOFILE=1', 'invalid ulimit type: NOFILE')],
  [
    ['--default-ulimit=nofile=2:1'],
    bad('--default-ulimit', 'nofile=2:1', 'ulimit soft limit must be less than or equal to hard limit: 2 > 1'),
  ],
  [
    ['--default-ulimit=nofile=-1:5'],
    bad(
      '--default-ulimit',
      'nofile=-1:5',
      'ulimit soft limit must be less than or equal to hard limit: soft: -1 (unlimited), hard: 5',
    ),
  ],
  [
    ['--default-ulimit=nofile=1:2:3'],
    bad(
      '--default-ulimit',
      'nofile=1:2:3',
      'too many limit value arguments - 1:2:3, can only have up to two, `soft[:hard]`',
    ),
  ],
  // base 10: no prefixes, no underscores; the hard limit is parsed first
  [
    ['--default-ulimit=nofile=0x10'],
    bad('--default-ulimit', 'nofile=0x10', 'strconv.ParseInt: parsing "0x10": invalid syntax'),
  ],
  [
    ['--default-ulimit=nofile=1_0'],
    bad('--default-ulimit', 'nofile=1_0', 'strconv.ParseInt: parsing "1_0": invalid syntax'),
  ],
  [
    ['--default-ulimit=nofile=x:y'],
    bad('--default-ulimit', 'nofile=x:y', 'strconv.ParseInt: parsing "y": invalid syntax'),
  ],
  [['--default-ulimit=nofile='], bad('--default-ulimit', 'nofile=', 'strconv.ParseInt: parsing "": invalid syntax')],
]);

table('--default-address-pool: opts.PoolsOpt', [
  [['--default-address-pool=base=10.123.0.0/16,size=24'], 'yes'],
  [['--default-address-pool=BASE=10.123.0.0/16,Size=24'], 'yes'],
  [['--default-address-pool="base=10.123.0.0/16",size=24'], 'yes'],
  [['--default-address-pool='], bad('--default-address-pool', '', 'EOF')],
  [
    ['--default-address-pool=base=10.123.0.0/16,24'],
    bad('--default-address-pool', 'base=10.123.0.0/16,24', "invalid field '24' must be a key=value pair"),
  ],
  [
    ['--default-address-pool=base=10.123.0.0/16,Gateway=x'],
    bad('--default-address-pool', 'base=10.123.0.0/16,Gateway=x', "unexpected key 'gateway' in 'Gateway=x'"),
  ],
  [
    ['--default-address-pool=base=10.123.0.0/16,size=24b'],
    {
      '20.10.24': bad(
        '--default-address-pool',
        'base=10.123.0.0/16,size=24b',
        'invalid size value: "24b" (must be integer): strconv.Atoi: parsing "24b": invalid syntax',
      ),
      '26.1.5': bad(
        '--default-address-pool',
        'base=10.123.0.0/16,size=24b',
        'invalid size value: "base=10.123.0.0/16,size=24b" (must be integer): strconv.Atoi: parsing "24b": invalid syntax',
      ),
    },
  ],
  [
    ['--default-address-pool=base=10.123.0.0/16,size=2"4'],
    bad(
      '--default-address-pool',
      'base=10.123.0.0/16,size=2"4',
      'parse error on line 1, column 26: bare " in non-quoted-field',
    ),
  ],
  // 28+ parse the base as a netip.Prefix while parsing flags; older ones fail later, at start
  [
    ['--default-address-pool=base=10.123.0.0,size=24'],
    {
      '26.1.5':
        'failed to start daemon: Error initializing network controller: error obtaining controller instance: invalid base pool "10.123.0.0": invalid CIDR address: 10.123.0.0',
      '28.5.2': bad(
        '--default-address-pool',
        'base=10.123.0.0,size=24',
        `invalid base prefix "10.123.0.0": netip.ParsePrefix("10.123.0.0"): no '/'`,
      ),
      '29.1.0': bad(
        '--default-address-pool',
        'base=10.123.0.0,size=24',
        `invalid base prefix "10.123.0.0": netip.ParsePrefix("10.123.0.0"): no '/'`,
      ),
    },
  ],
]);

table('--default-network-opt: opts.MapMapOpts (24+)', [
  [
    ['--default-network-opt=bridge=com.docker.network.driver.mtu=1400'],
    { '20.10.24': 'Status: unknown flag: --default-network-opt', '26.1.5': 'yes', '28.5.2': 'yes', '29.1.0': 'yes' },
  ],
  [
    ['--default-network-opt=bridge=mtu'],
    {
      '26.1.5': bad(
        '--default-network-opt',
        'bridge=mtu',
        'invalid value "bridge=mtu" for map option, should be root-key=key=value',
      ),
      '29.1.0': bad(
        '--default-network-opt',
        'bridge=mtu',
        'invalid value "bridge=mtu" for map option, should be root-key=key=value',
      ),
    },
  ],
]);

table('--add-runtime: opts.RuntimeOpt', [
  [['--add-runtime=myrt=/usr/bin/true'], 'yes'],
  [['--add-runtime', ' myrt = /usr/bin/true '], 'yes'],
  [['--add-runtime=myrt'], bad('--add-runtime', 'myrt', 'invalid runtime argument: myrt')],
  [['--add-runtime=myrt= '], bad('--add-runtime', 'myrt= ', 'invalid runtime argument: myrt= ')],
  [['--add-runtime=RunC=/x'], bad('--add-runtime', 'RunC=/x', "runtime name 'runc' is reserved")],
  [
    ['--add-runtime=myrt=/a', '--add-runtime=MyRT=/b'],
    bad('--add-runtime', 'MyRT=/b', "runtime 'myrt' was already defined"),
  ],
]);

table('--allow-nondistributable-artifacts: registry.ValidateIndexName (until 29)', [
  [['--allow-nondistributable-artifacts=registry.example.com:5000'], { '26.1.5': 'yes', '28.5.2': 'yes' }],
  [
    ['--allow-nondistributable-artifacts=registry-'],
    {
      '20.10.24': bad(
        '--allow-nondistributable-artifacts',
        'registry-',
        'invalid index name (registry-). Cannot begin or end with a hyphen',
      ),
      '28.5.2': bad(
        '--allow-nondistributable-artifacts',
        'registry-',
        'invalid index name (registry-). Cannot begin or end with a hyphen',
      ),
      '29.1.0': 'Status: unknown flag: --allow-nondistributable-artifacts',
    },
  ],
]);

table('--nri-opts: opts.NamedNRIOpts (29.2+)', [
  [['--nri-opts=enable'], { '29.2.0': 'yes' }],
  [['--nri-opts=enable=false,socket-path=/run/nri.sock'], { '29.2.0': 'yes' }],
  [
    ['--nri-opts=enable=maybe'],
    {
      '29.2.0': bad(
        '--nri-opts',
        'enable=maybe',
        'invalid value for NRI enable "maybe": strconv.ParseBool: parsing "maybe": invalid syntax',
      ),
    },
  ],
  [['--nri-opts=x=1'], { '29.2.0': bad('--nri-opts', 'x=1', "unexpected key 'x' in 'x=1'") }],
  [
    ['--nri-opts="'],
    { '29.2.0': bad('--nri-opts', '"', 'parse error on line 1, column 2: extraneous or missing " in quoted-field') },
  ],
]);

table('--feature: opts.SetOpts (27.3+)', [
  [['--feature=containerd-snapshotter'], { '28.5.2': 'yes', '29.1.0': 'yes' }],
  [['--feature=containerd-snapshotter=false'], { '28.5.2': 'yes' }],
  [['--feature==true'], { '28.5.2': bad('--feature', '=true', 'invalid option name: =true') }],
  [['--feature='], { '29.1.0': bad('--feature', '', 'invalid option name: ') }],
  [
    ['--feature=x=maybe'],
    {
      '26.1.5': 'Status: unknown flag: --feature',
      '28.5.2': bad('--feature', 'x=maybe', 'strconv.ParseBool: parsing "maybe": invalid syntax'),
    },
  ],
]);

table('IP flags', [
  [
    ['--host-gateway-ip=10.1.2'],
    {
      '20.10.24': bad('--host-gateway-ip', '10.1.2', '10.1.2 is not an ip address'),
      '26.1.5': bad('--host-gateway-ip', '10.1.2', 'failed to parse IP: "10.1.2"'),
      '28.5.2': bad('--host-gateway-ip', '10.1.2', 'ParseAddr("10.1.2"): IPv4 address too short'),
    },
  ],
  [
    ['--dns=10.1.2'],
    {
      '26.1.5': bad('--dns', '10.1.2', 'invalid string being converted to IP address: 10.1.2'),
      '29.1.0': bad('--dns', '10.1.2', 'ParseAddr("10.1.2"): IPv4 address too short'),
    },
  ],
  [['--dns=', '--dns=1.1.1.1'], { '29.1.0': bad('--dns', '', 'ParseAddr(""): unable to parse IP') }],
]);

describe('Go helpers', () => {
  it.each([
    ['a,b', ['a', 'b']],
    ['"a,b",c', ['a,b', 'c']],
    ['"a""b"', ['a"b']],
    [',', ['', '']],
  ])('csv %j', (s, fields) => expect(goCsvRecord(s)).toEqual({ ok: true, fields }));
  it.each([
    ['', 'EOF'],
    ['a"b', 'parse error on line 1, column 2: bare " in non-quoted-field'],
    ['"a"b', 'parse error on line 1, column 3: extraneous or missing " in quoted-field'],
  ])('csv %j fails', (s, error) => expect(goCsvRecord(s)).toEqual({ ok: false, error }));
  it.each([
    ['10.0.0.0/8', undefined],
    ['::/0', undefined],
    ['10.0.0.0', `netip.ParsePrefix("10.0.0.0"): no '/'`],
    ['10.0.0.0/33', 'netip.ParsePrefix("10.0.0.0/33"): prefix length out of range'],
    ['10.0.0.0/08', 'netip.ParsePrefix("10.0.0.0/08"): bad bits after slash: "08"'],
    ['10.0.0/8', 'netip.ParsePrefix("10.0.0/8"): ParseAddr("10.0.0"): IPv4 address too short'],
  ])('ParsePrefix %j', (s, error) => expect(goParsePrefixError(s)).toBe(error));
});

describe('the diagnostic', () => {
  it('says the rule in both languages and keeps dockerd words', () => {
    const args = [{ value: '--default-ulimit=files=1', source: UNIT }];
    const [d] = errors(check('{}', { args }));
    expect(d?.id).toBe('invalid-flag');
    expect(d?.key).toBe('default-ulimits');
    expect(d?.message).toContain('"files" is not a ulimit name (invalid ulimit type: files)');
    expect(d?.hint).toContain('nofile');
    expect(d?.says && sayIn('zh', d.says)).toContain('（dockerd 的原话：invalid ulimit type: files）');
  });
});
