/**
 * The values of the default log driver's options, as each driver's ValidateLogOpt checks them
 * when dockerd starts (daemon/logger/<driver>/*.go). json-file, local, journald, splunk,
 * gcplogs and logentries check only their keys (and logentries its token) there: their values
 * are read when a container starts.
 *
 * Left out, because only the host or the network can tell: syslog's unix:// and unixgram://
 * socket paths (os.Stat at start), awslogs' region and credentials, splunk's URL and token,
 * fluentd's and gelf's connections (made when a container starts).
 */
import { hint, message } from '../../../diagnostics/say.js';
import { atLeast, type EngineVersion } from '../../../engine/version.js';
import { goDurationString, goParseDuration } from '../go/duration.js';
import { goSplitHostPort } from '../go/host-port.js';
import { goQuote } from '../go/quote.js';
import { goAtoi, type GoParse } from '../go/strconv.js';
import { ramInBytes, usesGoUnitsV05 } from '../go/units.js';
import { goParseURL, goURLHostPort } from '../go/url.js';

/** dockerd's reason, with our sentence and hint for it. */
export interface LogOptFault {
  reason: string;
  says: ReturnType<typeof message>;
  hint?: ReturnType<typeof hint>;
}

type Opts = Readonly<Record<string, string>>;

const SYSLOG_FACILITIES = [
  'kern',
  'user',
  'mail',
  'daemon',
  'auth',
  'syslog',
  'lpr',
  'news',
  'uucp',
  'cron',
  'authpriv',
  'ftp',
  'local0',
  'local1',
  'local2',
  'local3',
  'local4',
  'local5',
  'local6',
  'local7',
];

/** pkg/urlutil.IsTransportURL (20.10's syslog, gelf and fluentd addresses). */
const isTransportURL = (s: string): boolean =>
  ['tcp://', 'tcp+tls://', 'udp://', 'unix://', 'unixgram://'].some((p) => s.startsWith(p));

/** strconv.ParseBool's error, or undefined when Go accepts the text. */
function goParseBoolError(v: string): string | undefined {
  const ok = ['1', 't', 'T', 'TRUE', 'true', 'True', '0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v);
  return ok ? undefined : `strconv.ParseBool: parsing ${goQuote(v)}: invalid syntax`;
}

/** strconv.ParseUint(text, 10, bits). */
function goParseUint10(text: string, bits: number): GoParse<bigint> {
  const fail = (why: string): GoParse<bigint> => ({
    ok: false,
    error: `strconv.ParseUint: parsing ${goQuote(text)}: ${why}`,
  });
  if (!/^[0-9]+$/.test(text)) return fail('invalid syntax');
  const value = BigInt(text);
  if (value >= 1n << BigInt(bits)) return fail('value out of range');
  return { ok: true, value };
}

// ---- syslog (daemon/logger/syslog/syslog.go: parseAddress, parseFacility, parseLogFormat)

function syslogAddressError(address: string, engine: EngineVersion): string | undefined {
  if (address === '') return undefined;
  const old = !atLeast(engine, '23.0.0');
  if (old && !isTransportURL(address)) return `syslog-address should be in form proto://address, got ${address}`;
  const u = goParseURL(address);
  if (!u.ok) return u.error;
  // unix and unixgram: os.Stat on the path, which only the host can answer.
  if (u.url.scheme === 'unix' || u.url.scheme === 'unixgram') return undefined;
  if (!old && !['udp', 'tcp', 'tcp+tls'].includes(u.url.scheme)) return `unsupported scheme: '${u.url.scheme}'`;
  const split = goSplitHostPort(u.url.host);
  if (!split.ok && !split.error.includes('missing port in address')) return split.error;
  return undefined;
}

function syslogFault(own: Opts, engine: EngineVersion): LogOptFault | undefined {
  const address = own['syslog-address'] ?? '';
  const addressError = syslogAddressError(address, engine);
  if (addressError) {
    return {
      reason: addressError,
      says: message('logging.syslog.address', { address, dockerd: addressError }),
      hint: hint('logging.syslog.hint.address'),
    };
  }
  const facility = own['syslog-facility'] ?? '';
  const n = goAtoi(facility);
  if (facility !== '' && !SYSLOG_FACILITIES.includes(facility) && !(n.ok && n.value >= 0n && n.value <= 23n)) {
    const reason = 'invalid syslog facility';
    return {
      reason,
      says: message('logging.syslog.facility', { facility, dockerd: reason }),
      hint: hint('logging.syslog.hint.facility'),
    };
  }
  const format = own['syslog-format'] ?? '';
  if (!['', 'rfc3164', 'rfc5424', 'rfc5424micro'].includes(format)) {
    const reason = 'Invalid syslog format';
    return {
      reason,
      says: message('logging.syslog.format', { format, dockerd: reason }),
      hint: hint('validate.hint.useOneOf', { values: 'rfc3164, rfc5424, rfc5424micro' }),
    };
  }
  return undefined;
}

// ---- gelf (daemon/logger/gelf/gelf.go: parseAddress, then each key in map order)

function gelfAddressError(address: string, engine: EngineVersion): string | { scheme: string } {
  if (address === '') return 'gelf-address is a required parameter';
  if (!atLeast(engine, '23.0.0') && !isTransportURL(address)) {
    return `gelf-address should be in form proto://address, got ${address}`;
  }
  const u = goParseURL(address);
  if (!u.ok) return u.error;
  if (u.url.scheme !== 'udp' && u.url.scheme !== 'tcp') return 'gelf: endpoint needs to be TCP or UDP';
  if (!goSplitHostPort(u.url.host).ok) return 'gelf: please provide gelf-address as proto://host:port';
  return { scheme: u.url.scheme };
}

/** gelf checks its address before its keys. */
export function gelfAddressFault(own: Opts, engine: EngineVersion): LogOptFault | undefined {
  const address = own['gelf-address'] ?? '';
  const result = gelfAddressError(address, engine);
  if (typeof result !== 'string') return undefined;
  return {
    reason: result,
    says: message('logging.gelf.address', { address, dockerd: result }),
    hint: hint('logging.gelf.hint.address'),
  };
}

function gelfFault(own: Opts, engine: EngineVersion): LogOptFault | undefined {
  const address = own['gelf-address'] ?? '';
  const parsed = gelfAddressError(address, engine);
  if (typeof parsed === 'string') return undefined; // reported before the keys
  // Go walks the map in random order; with several bad values dockerd names any one of them.
  for (const [key, val] of Object.entries(own)) {
    const unknownValue = `unknown value ${goQuote(val)} for log opt ${goQuote(key)} for gelf log driver`;
    if (key === 'gelf-compression-level' || key === 'gelf-compression-type') {
      if (parsed.scheme !== 'udp') {
        const reason = 'compression is only supported on UDP';
        return {
          reason,
          says: message('logging.gelf.needsUdp', { option: key, address, dockerd: reason }),
          hint: hint('logging.gelf.hint.needsUdp', { option: key }),
        };
      }
      if (key === 'gelf-compression-level') {
        const i = goAtoi(val);
        if (!i.ok || i.value < -1n || i.value > 9n) {
          return {
            reason: unknownValue,
            says: message('logging.gelf.value', { option: key, value: val, dockerd: unknownValue }),
            hint: hint('logging.gelf.hint.level'),
          };
        }
      } else if (!['gzip', 'zlib', 'none'].includes(val)) {
        return {
          reason: unknownValue,
          says: message('logging.gelf.value', { option: key, value: val, dockerd: unknownValue }),
          hint: hint('validate.hint.useOneOf', { values: 'gzip, zlib, none' }),
        };
      }
    }
    if (key === 'gelf-tcp-max-reconnect' || key === 'gelf-tcp-reconnect-delay') {
      if (parsed.scheme !== 'tcp') {
        const reason = `${goQuote(key)} is only valid for TCP`;
        return {
          reason,
          says: message('logging.gelf.needsTcp', { option: key, address, dockerd: reason }),
          hint: hint('logging.gelf.hint.needsTcp', { option: key }),
        };
      }
      const i = goAtoi(val);
      if (!i.ok || i.value < 0n) {
        const reason = `${goQuote(key)} must be a positive integer`;
        return {
          reason,
          says: message('logging.gelf.value', { option: key, value: val, dockerd: reason }),
          hint: hint('logging.hint.count'),
        };
      }
    }
  }
  return undefined;
}

// ---- fluentd (daemon/logger/fluentd/fluentd.go: parseConfig, parseAddress)

function fluentdAddressError(address: string, engine: EngineVersion): string | undefined {
  if (address === '') return undefined;
  if (!atLeast(engine, '23.0.0')) {
    const wrap = (e: string) => `invalid fluentd-address ${address}: ${e}`;
    let hostport = address;
    if (isTransportURL(address)) {
      const u = goParseURL(address);
      if (!u.ok) return wrap(u.error);
      if (u.url.scheme === 'unix' || u.url.scheme === 'unixgram') return undefined;
      hostport = u.url.host;
    }
    const split = goSplitHostPort(hostport);
    if (!split.ok) return split.error.includes('missing port in address') ? undefined : wrap(split.error);
    const port = goAtoi(split.port);
    return port.ok ? undefined : wrap(port.error);
  }
  const wrap = (e: string) => `invalid fluentd-address (${address}): ${e}`;
  const u = goParseURL(address.includes('://') ? address : `tcp://${address}`);
  if (!u.ok) return wrap(u.error);
  if (u.url.scheme === 'unix') return u.url.path.replace(/^\/+/, '') === '' ? wrap('path is empty') : undefined;
  if (u.url.scheme !== 'tcp' && u.url.scheme !== 'tls') return wrap(`unsupported scheme: '${u.url.scheme}'`);
  if (u.url.path !== '') return wrap('should not contain a path element');
  const { port } = goURLHostPort(u.url);
  if (port !== '') {
    const n = goParseUint10(port, 16);
    if (!n.ok) return wrap(`invalid port: ${n.error}`);
  }
  return undefined;
}

function fluentdFault(own: Opts, engine: EngineVersion): LogOptFault | undefined {
  const address = own['fluentd-address'] ?? '';
  const addressError = fluentdAddressError(address, engine);
  if (addressError) {
    return {
      reason: addressError,
      says: message('logging.fluentd.address', { address, dockerd: addressError }),
      hint: hint('logging.fluentd.hint.address'),
    };
  }
  const value = (option: string, reason: string, h: ReturnType<typeof hint>): LogOptFault => ({
    reason,
    says: message('logging.fluentd.value', { option, value: own[option] ?? '', dockerd: reason }),
    hint: h,
  });
  const set = (key: string): string | undefined => (own[key] ? own[key] : undefined);

  const bufferLimit = set('fluentd-buffer-limit');
  if (bufferLimit !== undefined) {
    const size = ramInBytes(bufferLimit, usesGoUnitsV05(engine));
    if (!size.ok) return value('fluentd-buffer-limit', size.error, hint('logging.hint.size'));
  }
  const retryWait = set('fluentd-retry-wait');
  if (retryWait !== undefined) {
    const d = goParseDuration(retryWait);
    if (!d.ok) return value('fluentd-retry-wait', d.error, hint('logging.hint.duration'));
  }
  const maxRetries = set('fluentd-max-retries');
  if (maxRetries !== undefined) {
    if (atLeast(engine, '28.3.0')) {
      const n = goParseUint10(maxRetries, 32);
      if (!n.ok) return value('fluentd-max-retries', n.error, hint('logging.fluentd.hint.maxRetries'));
      if (n.value > 2147483647n) {
        return value(
          'fluentd-max-retries',
          'invalid fluentd-max-retries: value out of range',
          hint('logging.fluentd.hint.maxRetries'),
        );
      }
    } else {
      const n = goParseUint10(maxRetries, 64);
      if (!n.ok) return value('fluentd-max-retries', n.error, hint('logging.hint.count'));
    }
  }
  const hasAsyncConnect = !atLeast(engine, '28.0.0');
  if (hasAsyncConnect && set('fluentd-async') !== undefined && set('fluentd-async-connect') !== undefined) {
    const reason = "conflicting options: cannot specify both 'fluentd-async' and 'fluentd-async-connect";
    return {
      reason,
      says: message('logging.fluentd.asyncConflict', { dockerd: reason }),
      hint: hint('logging.fluentd.hint.keepAsync'),
    };
  }
  const bool = (key: string): LogOptFault | undefined => {
    const v = set(key);
    const error = v === undefined ? undefined : goParseBoolError(v);
    return error ? value(key, error, hint('logging.hint.bool')) : undefined;
  };
  const asyncFault = bool('fluentd-async') ?? (hasAsyncConnect ? bool('fluentd-async-connect') : undefined);
  if (asyncFault) return asyncFault;
  const reconnect = atLeast(engine, '23.0.0') ? set('fluentd-async-reconnect-interval') : undefined;
  if (reconnect !== undefined) {
    const key = 'fluentd-async-reconnect-interval';
    const d = goParseDuration(reconnect);
    if (!d.ok) return value(key, `invalid value for ${key}: ${d.error}`, hint('logging.fluentd.hint.reconnect'));
    if (d.value !== 0n && (d.value < 100000000n || d.value > 10000000000n)) {
      const reason = `invalid value for ${key}: value (${goQuote(goDurationString(d.value))}) must be between 100ms and 10s`;
      return value(key, reason, hint('logging.fluentd.hint.reconnect'));
    }
  }
  const flags = bool('fluentd-sub-second-precision') ?? bool('fluentd-request-ack');
  if (flags) return flags;
  const timeouts = [
    ...(atLeast(engine, '28.2.0') ? ['fluentd-write-timeout'] : []),
    ...(atLeast(engine, '29.0.0') ? ['fluentd-read-timeout'] : []),
  ];
  for (const key of timeouts) {
    const v = set(key);
    if (v === undefined) continue;
    const d = goParseDuration(v);
    if (!d.ok) {
      return value(
        key,
        `invalid value for ${key}: value must be a duration: ${d.error}`,
        hint('logging.hint.duration'),
      );
    }
    if (d.value < 0n) {
      return value(
        key,
        `invalid value for ${key}: value must be a duration that is non-negative`,
        hint('logging.hint.duration'),
      );
    }
  }
  return undefined;
}

// ---- awslogs (daemon/logger/awslogs/cloudwatchlogs.go: ValidateLogOpt after the group check)

function awslogsFault(own: Opts, engine: EngineVersion): LogOptFault | undefined {
  const value = (option: string, reason: string, h: ReturnType<typeof hint>): LogOptFault => ({
    reason,
    says: message('logging.awslogs.value', { option, value: own[option] ?? '', dockerd: reason }),
    hint: h,
  });
  const bools = ['awslogs-create-group', ...(atLeast(engine, '29.0.0') ? ['awslogs-create-stream'] : [])];
  for (const key of bools) {
    const v = own[key];
    const error = v ? goParseBoolError(v) : undefined;
    if (error) return value(key, `must specify valid value for log opt '${key}': ${error}`, hint('logging.hint.bool'));
  }
  for (const key of ['awslogs-force-flush-interval-seconds', 'awslogs-max-buffered-events']) {
    const v = own[key];
    if (!v) continue;
    const n = goAtoi(v);
    if (!n.ok || n.value <= 0n) {
      return value(key, `must specify a positive integer for log opt '${key}': ${v}`, hint('logging.hint.positive'));
    }
  }
  return undefined;
}

/** awslogs-format (23.0+), checked after the datetime-format/multiline-pattern conflict. */
export function awslogsFormatFault(own: Opts, engine: EngineVersion): LogOptFault | undefined {
  const format = own['awslogs-format'];
  if (!atLeast(engine, '23.0.0') || !format) return undefined;
  if (format !== 'json/emf') {
    const reason = `unsupported log format '${format}'`;
    return {
      reason,
      says: message('logging.awslogs.format', { format, dockerd: reason }),
      hint: hint('validate.hint.use', { value: 'json/emf' }),
    };
  }
  if (own['awslogs-datetime-format'] !== undefined || own['awslogs-multiline-pattern'] !== undefined) {
    const reason =
      "you cannot configure log opt 'awslogs-datetime-format' or 'awslogs-multiline-pattern' when log opt 'awslogs-format' is set to 'json/emf'";
    return {
      reason,
      says: message('logging.awslogs.emfConflict', { dockerd: reason }),
      hint: hint('logging.awslogs.hint.emfConflict'),
    };
  }
  return undefined;
}

/**
 * The value checks a driver makes after its keys are known to be right (for awslogs: after the
 * group check; the format check comes later, see awslogsFormatFault).
 */
export function logOptValueFault(driver: string, own: Opts, engine: EngineVersion): LogOptFault | undefined {
  switch (driver) {
    case 'syslog':
      return syslogFault(own, engine);
    case 'gelf':
      return gelfFault(own, engine);
    case 'fluentd':
      return fluentdFault(own, engine);
    case 'awslogs':
      return awslogsFault(own, engine);
    default:
      return undefined;
  }
}
