/** Where a setting or a problem comes from. */
export type SourceKind =
  | 'daemon-json'
  | 'env-file' // /etc/default/docker (DOCKER_OPTS)
  | 'unit' // a systemd unit's ExecStart
  | 'drop-in' // a *.service.d/*.conf drop-in
  | 'sysvinit' // /etc/init.d/docker's fixed flags
  | 'daemon-args' // --daemon-args given to us
  | 'command-line'; // a value the user typed for this run

export interface Source {
  kind: SourceKind;
  path?: string;
  line?: number;
}

export type Severity = 'error' | 'warning' | 'info';

/**
 * Stable ids: scripts match on them, docs/diagnostics.md documents each one.
 * Add an id here and there together.
 */
export const DIAGNOSTIC_IDS = [
  'json-syntax',
  'json-trailing-content',
  'json-bom',
  'json-empty',
  'json-invalid-utf8',
  'json-top-level',
  'json-duplicate-key',
  'config-file-missing',
  'unknown-key',
  'ignored-key',
  'ignored-object',
  'deprecated-key',
  'removed-key',
  'validate-key',
  'invalid-type',
  'invalid-value',
  'invalid-mirror',
  'invalid-insecure-registry',
  'insecure-registry-scheme',
  'invalid-host',
  'invalid-tls',
  'tls-default-port',
  'flag-file-conflict',
  'tcp-without-tls',
  'reload-removal',
  'daemon-unreachable',
  'mirror-unreachable',
  'registry-http-https-mismatch',
  'start-limit-hit',
  'config-not-applied',
  'env-file-ignored',
  'env-file-syntax',
  'unit-syntax',
  'unchanged',
  'permission-denied',
  'file-unparsable',
  'lock-timeout',
  'write-failed',
  'repair-ambiguous',
  'restart-needed',
  'file-changed',
  'backup-not-found',
  'unknown-flag',
  'invalid-flag',
  // Why dockerd did not start, read from its log (src/causes).
  'config-permission-denied',
  'tls-file-missing',
  'address-in-use',
  'pidfile-in-use',
  'storage-driver-failed',
  'network-controller-failed',
  'cgroup-unavailable',
  'containerd-unreachable',
  'daemon-start-failed',
  // Restart, reload, verify, roll back (src/lifecycle)
  'rollback-failed',
  'daemon-stopped',
  'restart-declined',
  // doctor and mirror test (src/doctor, src/probe)
  'check-crashed',
  'mirror-not-registry',
  'mirror-tls-error',
  'mirror-auth-failed',
  'mirror-overridden',
  'registry-unreachable',
  'insecure-registry-unneeded',
  'proxy-not-applied',
  'unit-reload-needed',
  'docker-flavour',
  'listen-all-interfaces',
  'insecure-registry-wide',
  'file-permissions',
  'tls-key-permissions',
  'credentials-in-url',
] as const;

export type DiagnosticId = (typeof DIAGNOSTIC_IDS)[number];

export interface Diagnostic {
  id: DiagnosticId;
  severity: Severity;
  message: string;
  file?: string;
  /** 1-based */
  line?: number;
  /** 1-based, in characters of the decoded text */
  column?: number;
  source?: Source;
  /** The daemon.json key (after dockerd's flattening) the problem is about. */
  key?: string;
  /** What to do about it, one sentence. */
  hint?: string;
  /** What dockerd itself would print (its error line), when we know it. */
  dockerd?: string;
  /** A command of ours can fix it (repair, doctor --fix). */
  fixable: boolean;
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean =>
  diagnostics.some((d) => d.severity === 'error');
