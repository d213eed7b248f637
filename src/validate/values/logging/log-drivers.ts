/**
 * The logging drivers built into dockerd for Linux and the log-opts keys each accepts,
 * per engine version (daemon/logger/*: each driver's ValidateLogOpt).
 */
import { atLeast, type EngineVersion } from '../../../engine/version.js';

const ATTRS = ['env', 'env-regex', 'labels', 'labels-regex', 'tag'];

export interface LogDriver {
  name: string;
  /** The option keys this driver accepts on `engine`; undefined: any key (logentries). */
  keys?: readonly string[];
  /** dockerd's wording for an unknown key. */
  unknownKey(key: string): string;
}

/** Options every driver takes (stripped before the driver sees them): blocking mode and the local read cache. */
export const COMMON_LOG_OPTS = [
  'mode',
  'max-buffer-size',
  'cache-disabled',
  'cache-max-size',
  'cache-max-file',
  'cache-compress',
];

const since = (engine: EngineVersion, version: string, keys: string[]): string[] =>
  atLeast(engine, version) ? keys : [];
const until = (engine: EngineVersion, version: string, keys: string[]): string[] =>
  atLeast(engine, version) ? [] : keys;

export function builtinLogDrivers(engine: EngineVersion): LogDriver[] {
  const quoted = (driver: string) => (key: string) => `unknown log opt '${key}' for ${driver} log driver`;
  const drivers: LogDriver[] = [
    { name: 'none', unknownKey: quoted('none') },
    { name: 'json-file', keys: [...ATTRS, 'max-file', 'max-size', 'compress'], unknownKey: quoted('json-file') },
    {
      name: 'local',
      keys: ['max-file', 'max-size', 'compress', ...since(engine, '29.5.0', ATTRS)],
      unknownKey: (key) => `unknown log opt '${key}' for log driver local`,
    },
    { name: 'journald', keys: ATTRS, unknownKey: quoted('journald') },
    {
      name: 'syslog',
      keys: [
        ...ATTRS,
        'syslog-address',
        'syslog-facility',
        'syslog-tls-ca-cert',
        'syslog-tls-cert',
        'syslog-tls-key',
        'syslog-tls-skip-verify',
        'syslog-format',
      ],
      unknownKey: quoted('syslog'),
    },
    {
      name: 'gelf',
      keys: [
        ...ATTRS,
        'gelf-address',
        'gelf-compression-level',
        'gelf-compression-type',
        'gelf-tcp-max-reconnect',
        'gelf-tcp-reconnect-delay',
      ],
      unknownKey: (key) => `unknown log opt "${key}" for gelf log driver`,
    },
    {
      name: 'fluentd',
      keys: [
        ...ATTRS,
        'fluentd-address',
        'fluentd-async',
        ...until(engine, '28.0.0', ['fluentd-async-connect']),
        ...since(engine, '23.0.0', ['fluentd-async-reconnect-interval']),
        'fluentd-buffer-limit',
        'fluentd-max-retries',
        'fluentd-request-ack',
        'fluentd-retry-wait',
        'fluentd-sub-second-precision',
        ...since(engine, '28.2.0', ['fluentd-write-timeout']),
        ...since(engine, '29.0.0', ['fluentd-read-timeout']),
      ],
      unknownKey: quoted('fluentd'),
    },
    {
      name: 'awslogs',
      keys: [
        'tag',
        'awslogs-group',
        'awslogs-stream',
        'awslogs-create-group',
        ...since(engine, '29.0.0', ['awslogs-create-stream']),
        'awslogs-region',
        'awslogs-endpoint',
        'awslogs-datetime-format',
        'awslogs-multiline-pattern',
        'awslogs-credentials-endpoint',
        'awslogs-force-flush-interval-seconds',
        'awslogs-max-buffered-events',
        ...since(engine, '23.0.0', ['awslogs-format']),
      ],
      unknownKey: quoted('awslogs'),
    },
    {
      name: 'splunk',
      keys: [
        ...ATTRS,
        'splunk-url',
        'splunk-token',
        'splunk-source',
        'splunk-sourcetype',
        'splunk-index',
        'splunk-capath',
        'splunk-caname',
        'splunk-insecureskipverify',
        'splunk-format',
        'splunk-verify-connection',
        'splunk-gzip',
        'splunk-gzip-level',
        'splunk-index-acknowledgment',
      ],
      unknownKey: quoted('splunk'),
    },
  ];
  // Debian builds docker.io 28+ without Google Cloud support.
  if (!(/dfsg/.test(engine.raw) && atLeast(engine, '28.0.0'))) {
    drivers.push({
      name: 'gcplogs',
      keys: [
        'env',
        'env-regex',
        'labels',
        'labels-regex',
        'gcp-project',
        'gcp-log-cmd',
        'gcp-meta-zone',
        'gcp-meta-name',
        'gcp-meta-id',
      ],
      unknownKey: (key) => `"${key}" is not a valid option for the gcplogs driver`,
    });
  }
  if (!atLeast(engine, '25.0.0')) drivers.push({ name: 'logentries', unknownKey: quoted('logentries') });
  return drivers;
}
