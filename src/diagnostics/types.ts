import type { Said } from '../i18n/said.js';
import type { Source } from '../model/source.js';

/** Where a setting or a problem comes from: the types live in model/ (every layer shares them). */
export type { Source, SourceKind } from '../model/source.js';

export type Severity = 'error' | 'warning' | 'info';

/**
 * Stable ids: scripts match on them, docs/diagnostics.md documents each one.
 * Add an id here and there together.
 */
/** The ids of a daemon.json dockerd cannot read as JSON at all. */
export const JSON_SYNTAX_IDS = [
  'json-syntax',
  'json-trailing-content',
  'json-bom',
  'json-empty',
  'json-invalid-utf8',
  'json-top-level',
] as const;

export const DIAGNOSTIC_IDS = [
  ...JSON_SYNTAX_IDS,
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
  'hosts-drop-in-removed',
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
  // A docker client command's error (pull, push, login) pasted into explain: never a start failure.
  'registry-tls-error',
  'pull-rate-limited',
  'registry-connect-failed',
  // Restart, reload, verify, roll back (src/lifecycle)
  'rollback-failed',
  'daemon-stopped',
  'restart-declined',
  'service-manager-failed',
  'containers-would-stop',
  'rollback-skipped',
  'backup-not-valid',
  'no-local-socket',
  // doctor and mirror test (src/doctor, src/probe)
  'check-crashed',
  'mirror-not-registry',
  'mirror-tls-error',
  'mirror-auth-failed',
  'mirror-digest-differs',
  'mirror-image-missing',
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
  'config-refused',
  'interrupted-change',
  // A registry's hosts.toml in certs.d (src/registries)
  'hosts-toml-syntax',
  'hosts-toml-invalid',
  'hosts-toml-unknown-key',
  'hosts-toml-ignored',
  // doctor: which of daemon.json and hosts.toml a pull uses (src/doctor/checks/network-registries.ts)
  'hosts-toml-not-read',
  'hosts-toml-unreadable',
  'insecure-registry-overridden',
  'registry-hosts-unreachable',
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
  /**
   * `message` and `hint` as catalogue sentences (diagnostics/say.ts builds both fields at once), so
   * the reader gets them in their language; `--json` prints only the English strings.
   */
  says?: Said;
  hintSays?: Said;
  /** What dockerd itself would print (its error line), when we know it. */
  dockerd?: string;
  /** A command of ours can fix it (repair, doctor --fix). */
  fixable: boolean;
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean =>
  diagnostics.some((d) => d.severity === 'error');
