// A small driver for the validator's table tests.
import type { Diagnostic, Source } from '../../../src/diagnostics/types.js';
import { parseEngineVersion, type EngineVersion } from '../../../src/engine/version.js';
import { loadDaemonConfig, validateModel } from '../../../src/validate/index.js';
import { valueRules } from '../../../src/validate/values/index.js';
import type { DaemonArg } from '../../../src/model/daemon-arg.js';
import type { HostView } from '../../../src/validate/types.js';

export const PATH = '/etc/docker/daemon.json';
export const UNIT: Source = { kind: 'unit', path: '/lib/systemd/system/docker.service', line: 12 };

export const engine = (v: string): EngineVersion => parseEngineVersion(v) as EngineVersion;

/** The command line as words, all from one source (the unit by default). */
export const words = (text: string, source: Source = UNIT): DaemonArg[] =>
  text
    .split(' ')
    .filter(Boolean)
    .map((value) => ({ value, source }));

// Every file is readable, but its bytes are unknown: the value rules then skip TLS content checks.
export const anyHost: HostView = { groupExists: () => true, fileReadable: () => true, readFile: () => undefined };

export interface CheckOptions {
  engine?: string;
  args?: DaemonArg[] | string;
  strict?: boolean;
  explicit?: boolean;
  /** Run the value rules too (off by default: these tests are about the core). */
  values?: boolean;
}

export function check(json: string | Uint8Array | null, options: CheckOptions = {}): Diagnostic[] {
  const bytes = typeof json === 'string' ? Buffer.from(json, 'utf8') : json;
  const args = typeof options.args === 'string' ? words(options.args) : (options.args ?? []);
  const explicit = options.explicit ?? false;
  const model = loadDaemonConfig({
    daemonJson: { path: PATH, bytes, explicit },
    args,
    engine: engine(options.engine ?? '28.5.2'),
  });
  return validateModel(model, {
    host: anyHost,
    strict: options.strict ?? false,
    explicit,
    rules: options.values ? valueRules : [],
  });
}

/** "id severity line:col" for compact expectations. */
export const brief = (d: Diagnostic): string =>
  `${d.id} ${d.severity}${d.line !== undefined ? ` ${d.line}:${d.column ?? '-'}` : ''}`;

export const errors = (ds: readonly Diagnostic[]): Diagnostic[] => ds.filter((d) => d.severity === 'error');
