import { describe, expect, it } from 'vitest';
import { goDurationString, goParseDuration } from '../../../src/validate/values/go/duration.js';
import { errorsOf, fullLine, problemsOf } from './helpers.js';

/** NewDaemon's wrapping: once on 20.10, twice from 25.0. */
const W20 = 'failed to start daemon: failed to set log opts: ';
const W = 'failed to start daemon: failed to set log opts: failed to set log opts: ';

/** [what, engine, log-driver, log-opts, dockerd's line (undefined: accepted)] */
type Row = [string, string, string, Record<string, string>, string | undefined];

const linesOf = (raw: string, driver: string, opts: Record<string, string>): string[] =>
  errorsOf(problemsOf(raw, { 'log-driver': driver, 'log-opts': opts })).map((p) => fullLine(p));

const syslog: Row[] = [
  ['udp with port', '26.1.5', 'syslog', { 'syslog-address': 'udp://127.0.0.1:514' }, undefined],
  ['tcp without port', '28.5.2', 'syslog', { 'syslog-address': 'tcp://127.0.0.1' }, undefined],
  ['tcp+tls', '28.5.2', 'syslog', { 'syslog-address': 'tcp+tls://127.0.0.1:6514' }, undefined],
  [
    'no scheme on 20.10',
    '20.10.24',
    'syslog',
    { 'syslog-address': '127.0.0.1:514' },
    `${W20}syslog-address should be in form proto://address, got 127.0.0.1:514`,
  ],
  [
    'no scheme on 26.1',
    '26.1.5',
    'syslog',
    { 'syslog-address': '127.0.0.1:514' },
    `${W}parse "127.0.0.1:514": first path segment in URL cannot contain colon`,
  ],
  ['http scheme on 28.5', '28.5.2', 'syslog', { 'syslog-address': 'http://h:1' }, `${W}unsupported scheme: 'http'`],
  [
    'http scheme on 20.10',
    '20.10.24',
    'syslog',
    { 'syslog-address': 'http://h:1' },
    `${W20}syslog-address should be in form proto://address, got http://h:1`,
  ],
  [
    'too many colons',
    '29.7.2',
    'syslog',
    { 'syslog-address': 'udp://a:b:1' },
    `${W}address a:b:1: too many colons in address`,
  ],
  ['facility 23', '26.1.5', 'syslog', { 'syslog-facility': '23' }, undefined],
  ['facility 24', '26.1.5', 'syslog', { 'syslog-facility': '24' }, `${W}invalid syslog facility`],
  ['facility local7', '20.10.24', 'syslog', { 'syslog-facility': 'local7' }, undefined],
  ['format rfc5424micro', '28.5.2', 'syslog', { 'syslog-format': 'rfc5424micro' }, undefined],
  ['format bad', '28.5.2', 'syslog', { 'syslog-format': 'rfc9999' }, `${W}Invalid syslog format`],
  // address is checked before facility
  [
    'address before facility',
    '28.5.2',
    'syslog',
    { 'syslog-facility': 'x', 'syslog-address': 'http://h' },
    `${W}unsupported scheme: 'http'`,
  ],
];

const gelf: Row[] = [
  [
    'level -1 on udp',
    '26.1.5',
    'gelf',
    { 'gelf-address': 'udp://127.0.0.1:12201', 'gelf-compression-level': '-1' },
    undefined,
  ],
  [
    'level 9 on udp',
    '26.1.5',
    'gelf',
    { 'gelf-address': 'udp://127.0.0.1:12201', 'gelf-compression-level': '9' },
    undefined,
  ],
  [
    'level 10',
    '26.1.5',
    'gelf',
    { 'gelf-address': 'udp://127.0.0.1:12201', 'gelf-compression-level': '10' },
    `${W}unknown value "10" for log opt "gelf-compression-level" for gelf log driver`,
  ],
  [
    'level -2',
    '20.10.24',
    'gelf',
    { 'gelf-address': 'udp://127.0.0.1:12201', 'gelf-compression-level': '-2' },
    `${W20}unknown value "-2" for log opt "gelf-compression-level" for gelf log driver`,
  ],
  [
    'level on tcp',
    '28.5.2',
    'gelf',
    { 'gelf-address': 'tcp://127.0.0.1:12201', 'gelf-compression-level': '1' },
    `${W}compression is only supported on UDP`,
  ],
  [
    'type zlib',
    '28.5.2',
    'gelf',
    { 'gelf-address': 'udp://127.0.0.1:12201', 'gelf-compression-type': 'zlib' },
    undefined,
  ],
  [
    'type lz4',
    '28.5.2',
    'gelf',
    { 'gelf-address': 'udp://127.0.0.1:12201', 'gelf-compression-type': 'lz4' },
    `${W}unknown value "lz4" for log opt "gelf-compression-type" for gelf log driver`,
  ],
  [
    'tcp reconnect on udp',
    '29.7.2',
    'gelf',
    { 'gelf-address': 'udp://127.0.0.1:12201', 'gelf-tcp-max-reconnect': '3' },
    `${W}"gelf-tcp-max-reconnect" is only valid for TCP`,
  ],
  [
    'tcp reconnect 0',
    '29.7.2',
    'gelf',
    { 'gelf-address': 'tcp://127.0.0.1:12201', 'gelf-tcp-reconnect-delay': '0' },
    undefined,
  ],
  [
    'tcp reconnect -1',
    '26.1.5',
    'gelf',
    { 'gelf-address': 'tcp://127.0.0.1:12201', 'gelf-tcp-reconnect-delay': '-1' },
    `${W}"gelf-tcp-reconnect-delay" must be a positive integer`,
  ],
  [
    'address without scheme on 20.10',
    '20.10.24',
    'gelf',
    { 'gelf-address': 'h:12201' },
    `${W20}gelf-address should be in form proto://address, got h:12201`,
  ],
  [
    'address without port',
    '26.1.5',
    'gelf',
    { 'gelf-address': 'udp://h' },
    `${W}gelf: please provide gelf-address as proto://host:port`,
  ],
];

const fluentd: Row[] = [
  ['host:port', '26.1.5', 'fluentd', { 'fluentd-address': '127.0.0.1:24224' }, undefined],
  [
    'udp on 26.1',
    '26.1.5',
    'fluentd',
    { 'fluentd-address': 'udp://127.0.0.1:24224' },
    `${W}invalid fluentd-address (udp://127.0.0.1:24224): unsupported scheme: 'udp'`,
  ],
  ['udp on 20.10', '20.10.24', 'fluentd', { 'fluentd-address': 'udp://127.0.0.1:24224' }, undefined],
  [
    'path on 28.5',
    '28.5.2',
    'fluentd',
    { 'fluentd-address': 'tcp://h:1/x' },
    `${W}invalid fluentd-address (tcp://h:1/x): should not contain a path element`,
  ],
  ['port 65535', '28.5.2', 'fluentd', { 'fluentd-address': 'tcp://h:65535' }, undefined],
  [
    'port 65536',
    '28.5.2',
    'fluentd',
    { 'fluentd-address': 'tcp://h:65536' },
    `${W}invalid fluentd-address (tcp://h:65536): invalid port: strconv.ParseUint: parsing "65536": value out of range`,
  ],
  ['port 65536 on 20.10', '20.10.24', 'fluentd', { 'fluentd-address': 'tcp://h:65536' }, undefined],
  [
    'bad port on 20.10',
    '20.10.24',
    'fluentd',
    { 'fluentd-address': 'h:x' },
    `${W20}invalid fluentd-address h:x: strconv.Atoi: parsing "x": invalid syntax`,
  ],
  [
    'empty unix path',
    '26.1.5',
    'fluentd',
    { 'fluentd-address': 'unix://' },
    `${W}invalid fluentd-address (unix://): path is empty`,
  ],
  ['buffer limit', '26.1.5', 'fluentd', { 'fluentd-buffer-limit': '8m' }, undefined],
  [
    'retry wait bare number',
    '28.5.2',
    'fluentd',
    { 'fluentd-retry-wait': '5' },
    `${W}time: missing unit in duration "5"`,
  ],
  [
    'retry wait unit',
    '28.5.2',
    'fluentd',
    { 'fluentd-retry-wait': '5x' },
    `${W}time: unknown unit "x" in duration "5x"`,
  ],
  ['retry wait ok', '20.10.24', 'fluentd', { 'fluentd-retry-wait': '1.5s' }, undefined],
  [
    'max retries -1',
    '26.1.5',
    'fluentd',
    { 'fluentd-max-retries': '-1' },
    `${W}strconv.ParseUint: parsing "-1": invalid syntax`,
  ],
  ['max retries 2^31 on 26.1', '26.1.5', 'fluentd', { 'fluentd-max-retries': '2147483648' }, undefined],
  [
    'max retries 2^31 on 28.5',
    '28.5.2',
    'fluentd',
    { 'fluentd-max-retries': '2147483648' },
    `${W}invalid fluentd-max-retries: value out of range`,
  ],
  ['max retries 2^31-1 on 28.5', '28.5.2', 'fluentd', { 'fluentd-max-retries': '2147483647' }, undefined],
  [
    'max retries 2^32 on 28.5',
    '28.5.2',
    'fluentd',
    { 'fluentd-max-retries': '4294967296' },
    `${W}strconv.ParseUint: parsing "4294967296": value out of range`,
  ],
  [
    'async yes',
    '28.5.2',
    'fluentd',
    { 'fluentd-async': 'yes' },
    `${W}strconv.ParseBool: parsing "yes": invalid syntax`,
  ],
  [
    'async and async-connect on 26.1',
    '26.1.5',
    'fluentd',
    { 'fluentd-async': 'true', 'fluentd-async-connect': 'true' },
    `${W}conflicting options: cannot specify both 'fluentd-async' and 'fluentd-async-connect`,
  ],
  [
    'reconnect 99ms',
    '26.1.5',
    'fluentd',
    { 'fluentd-async-reconnect-interval': '99ms' },
    `${W}invalid value for fluentd-async-reconnect-interval: value ("99ms") must be between 100ms and 10s`,
  ],
  ['reconnect 100ms', '26.1.5', 'fluentd', { 'fluentd-async-reconnect-interval': '100ms' }, undefined],
  ['reconnect 10s', '28.5.2', 'fluentd', { 'fluentd-async-reconnect-interval': '10s' }, undefined],
  [
    'reconnect 10.5s',
    '28.5.2',
    'fluentd',
    { 'fluentd-async-reconnect-interval': '10.5s' },
    `${W}invalid value for fluentd-async-reconnect-interval: value ("10.5s") must be between 100ms and 10s`,
  ],
  ['reconnect 0', '28.5.2', 'fluentd', { 'fluentd-async-reconnect-interval': '0' }, undefined],
  [
    'request ack',
    '28.5.2',
    'fluentd',
    { 'fluentd-request-ack': 'maybe' },
    `${W}strconv.ParseBool: parsing "maybe": invalid syntax`,
  ],
  [
    'write timeout negative',
    '28.5.2',
    'fluentd',
    { 'fluentd-write-timeout': '-1s' },
    `${W}invalid value for fluentd-write-timeout: value must be a duration that is non-negative`,
  ],
  [
    'read timeout on 29',
    '29.7.2',
    'fluentd',
    { 'fluentd-read-timeout': 'x' },
    `${W}invalid value for fluentd-read-timeout: value must be a duration: time: invalid duration "x"`,
  ],
];

// go-units: v0.4.0 in 20.10 and Debian before 28 (verified on 20.10.24+dfsg1 and 26.1.5+dfsg1), v0.5.0 upstream from 23.0
const sizes: Row[] = [
  ['buffer limit 10mi on 20.10', '20.10.24', 'fluentd', { 'fluentd-buffer-limit': '10mi' }, undefined],
  ['buffer limit 10mi on Debian 26.1', '26.1.5+dfsg1', 'fluentd', { 'fluentd-buffer-limit': '10mi' }, undefined],
  ['buffer limit 10mi on 26.1', '26.1.5', 'fluentd', { 'fluentd-buffer-limit': '10mi' }, `${W}invalid suffix: 'mi'`],
  [
    'buffer limit 1e3 on Debian 26.1',
    '26.1.5+dfsg1',
    'fluentd',
    { 'fluentd-buffer-limit': '1e3' },
    `${W}invalid size: '1e3'`,
  ],
  ['buffer limit 1e3 on Debian 28.5', '28.5.2+dfsg4', 'fluentd', { 'fluentd-buffer-limit': '1e3' }, undefined],
  [
    'max-buffer-size 10mi on 20.10',
    '20.10.24',
    'json-file',
    { mode: 'non-blocking', 'max-buffer-size': '10mi' },
    undefined,
  ],
  [
    'max-buffer-size 10mi on 28.5',
    '28.5.2',
    'json-file',
    { mode: 'non-blocking', 'max-buffer-size': '10mi' },
    `${W}error parsing option max-buffer-size: invalid suffix: 'mi'`,
  ],
];

const awslogs: Row[] = [
  [
    'create-group yes',
    '26.1.5',
    'awslogs',
    { 'awslogs-group': 'g', 'awslogs-create-group': 'yes' },
    `${W}must specify valid value for log opt 'awslogs-create-group': strconv.ParseBool: parsing "yes": invalid syntax`,
  ],
  ['create-group true', '20.10.24', 'awslogs', { 'awslogs-group': 'g', 'awslogs-create-group': 'true' }, undefined],
  [
    'create-stream on 29',
    '29.7.2',
    'awslogs',
    { 'awslogs-group': 'g', 'awslogs-create-stream': 'no' },
    `${W}must specify valid value for log opt 'awslogs-create-stream': strconv.ParseBool: parsing "no": invalid syntax`,
  ],
  [
    'flush 0',
    '28.5.2',
    'awslogs',
    { 'awslogs-group': 'g', 'awslogs-force-flush-interval-seconds': '0' },
    `${W}must specify a positive integer for log opt 'awslogs-force-flush-interval-seconds': 0`,
  ],
  ['flush 1', '28.5.2', 'awslogs', { 'awslogs-group': 'g', 'awslogs-force-flush-interval-seconds': '1' }, undefined],
  [
    'buffered events x',
    '20.10.24',
    'awslogs',
    { 'awslogs-group': 'g', 'awslogs-max-buffered-events': 'x' },
    `${W20}must specify a positive integer for log opt 'awslogs-max-buffered-events': x`,
  ],
  [
    'format text',
    '26.1.5',
    'awslogs',
    { 'awslogs-group': 'g', 'awslogs-format': 'text' },
    `${W}unsupported log format 'text'`,
  ],
  [
    'format emf with pattern',
    '28.5.2',
    'awslogs',
    { 'awslogs-group': 'g', 'awslogs-format': 'json/emf', 'awslogs-multiline-pattern': 'x' },
    `${W}you cannot configure log opt 'awslogs-datetime-format' or 'awslogs-multiline-pattern' when log opt 'awslogs-format' is set to 'json/emf'`,
  ],
  ['region is not checked', '28.5.2', 'awslogs', { 'awslogs-group': 'g', 'awslogs-region': 'nowhere' }, undefined],
];

const keysOnly: Row[] = [
  ['local max-size junk', '28.5.2', 'local', { 'max-size': 'ten' }, undefined],
  ['json-file max-file junk', '20.10.24', 'json-file', { 'max-file': 'x' }, undefined],
  ['splunk without url', '26.1.5', 'splunk', { 'splunk-token': 't' }, undefined],
  ['journald tag template', '28.5.2', 'journald', { tag: '{{.Bogus' }, undefined],
];

describe('log driver option values per engine version', () => {
  it.each([...syslog, ...gelf, ...fluentd, ...sizes, ...awslogs, ...keysOnly])(
    '%s (%s)',
    (_what, raw, driver, opts, line) => {
      expect(linesOf(raw, driver, opts)).toEqual(line === undefined ? [] : [line]);
    },
  );

  it('says it in the catalogue', () => {
    const [p] = errorsOf(
      problemsOf('28.5.2', {
        'log-driver': 'gelf',
        'log-opts': { 'gelf-address': 'tcp://h:1', 'gelf-compression-type': 'gzip' },
      }),
    );
    expect(p?.says?.key).toBe('logging.gelf.needsUdp');
    expect(p?.hintSays?.key).toBe('logging.gelf.hint.needsUdp');
  });
});

describe('Go time.ParseDuration and Duration.String', () => {
  it.each([
    ['1s', 1000000000n],
    ['1.5h', 5400000000000n],
    ['-2m3s', -123000000000n],
    ['0', 0n],
    ['+0', 0n],
    ['.5us', 500n],
    ['1µs', 1000n],
  ])('%s', (text, ns) => {
    expect(goParseDuration(text)).toEqual({ ok: true, value: ns });
  });
  it.each([
    ['', 'time: invalid duration ""'],
    ['-', 'time: invalid duration "-"'],
    ['.s', 'time: invalid duration ".s"'],
    ['1', 'time: missing unit in duration "1"'],
    ['1d', 'time: unknown unit "d" in duration "1d"'],
    ['9223372036854775808ns', 'time: invalid duration "9223372036854775808ns"'],
    ['1é', 'time: unknown unit "\\xc3\\xa9" in duration "1\\xc3\\xa9"'],
  ])('%s refused', (text, error) => {
    expect(goParseDuration(text)).toEqual({ ok: false, error });
  });
  it.each([
    [0n, '0s'],
    [99000000n, '99ms'],
    [1500n, '1.5µs'],
    [10500000000n, '10.5s'],
    [3723000000000n, '1h2m3s'],
    [-1n, '-1ns'],
  ])('%s prints as %s', (ns, text) => {
    expect(goDurationString(ns)).toBe(text);
  });
});
