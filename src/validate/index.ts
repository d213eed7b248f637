// validateConfig: would the dockerd of `req.engine` refuse to start with these daemon.json bytes
// and this command line? An error-severity diagnostic exactly when it would.
//
// The checks follow dockerd's own order (command line → bytes → JSON → flattening → unknown keys →
// conflicts → typed decode → validation → values) but all of them run, so that every problem is
// reported at once, each with its position and the line dockerd would print for it.
import type { Diagnostic, DiagnosticId } from '../diagnostics/types.js';
import { argChecks } from './arg-checks.js';
import { conflictChecks } from './conflict-checks.js';
import { deprecatedSettings } from './deprecated-checks.js';
import { fileChecks } from './file-checks.js';
import { ignoredKeys, ignoredObjects, unknownKeys } from './key-checks.js';
import { loadDaemonConfig, type DaemonConfigModel } from './model.js';
import { reporter } from './report.js';
import { typeChecks } from './type-check.js';
import type { HostView, ValidateRequest, ValidateResult } from './types.js';
import { valueChecks } from './value-checks.js';
import type { ValueRule } from './values/types.js';

export {
  loadDaemonConfig,
  locate,
  jsValue,
  type DaemonConfigModel,
  type FileEntry,
  type LocatedSetting,
} from './model.js';
export { dockerdLine, configFilePrefix, validationPrefix } from './report.js';

/** Warnings about what works now but breaks later (an upgrade, a typo that silently does nothing): errors under --strict. */
const STRICT_IDS: ReadonlySet<DiagnosticId> = new Set<DiagnosticId>([
  'json-trailing-content',
  'json-bom',
  'json-empty',
  'json-invalid-utf8',
  'json-duplicate-key',
  'deprecated-key',
  'ignored-key',
  'ignored-object',
]);

// Problems the value rules may find again for a setting the core has already reported.
const CORE_OWNED: ReadonlySet<DiagnosticId> = new Set<DiagnosticId>([
  'removed-key',
  'deprecated-key',
  'invalid-value',
  'flag-file-conflict',
]);

const RANK: Record<Diagnostic['severity'], number> = { error: 2, warning: 1, info: 0 };

/** Drop value-rule diagnostics that repeat (or soften) one of the core's about the same key. */
function withoutRepeats(core: readonly Diagnostic[], values: readonly Diagnostic[]): Diagnostic[] {
  const owned = new Map<string, number>();
  for (const d of core) {
    if (d.key === undefined || !(CORE_OWNED.has(d.id) || (d.id === 'invalid-type' && d.key === 'default-shm-size')))
      continue;
    owned.set(d.key, Math.max(owned.get(d.key) ?? -1, RANK[d.severity]));
  }
  return values.filter((d) => d.key === undefined || (owned.get(d.key) ?? -1) < RANK[d.severity]);
}

export interface ValidateOptions {
  host: HostView;
  strict: boolean;
  /** daemon.json was named with --config-file: a missing file is fatal. */
  explicit: boolean;
  /** The value rules to run (all of them by default). */
  rules?: readonly ValueRule[];
}

/** All checks over an already loaded model (commands that also show the model use this). */
export function validateModel(model: DaemonConfigModel, options: ValidateOptions): Diagnostic[] {
  const report = reporter(model);
  const explicit = options.explicit || model.args.flags.has('config-file');
  const core: Diagnostic[] = [...argChecks(model, report), ...fileChecks(model, explicit, report)];
  const fileFatal = core.some((d) => d.id.startsWith('json-') && d.severity === 'error');
  if (model.doc?.root?.kind === 'object') {
    core.push(
      ...unknownKeys(model, report),
      ...ignoredKeys(model, report),
      ...ignoredObjects(model, report),
      ...conflictChecks(model, report),
      ...typeChecks(model, report),
    );
  }
  core.push(...deprecatedSettings(model, report));
  const values = fileFatal ? [] : valueChecks(model, options.host, report, options.rules);
  const all = [...core, ...withoutRepeats(core, values)];
  if (!options.strict) return all;
  return all.map((d) => (d.severity === 'warning' && STRICT_IDS.has(d.id) ? { ...d, severity: 'error' } : d));
}

export function validateConfig(req: ValidateRequest): ValidateResult {
  const model = loadDaemonConfig(req);
  return {
    diagnostics: validateModel(model, { host: req.host, strict: req.strict, explicit: req.daemonJson.explicit }),
  };
}
