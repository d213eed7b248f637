// The value rules (./values) run on the merged settings; their problems become diagnostics that
// point at the value in daemon.json (the list element when they name one) or at the flag.
import type { Diagnostic } from '../diagnostics/types.js';
import type { JsonNode } from '../jsonfile/index.js';
import type { DaemonConfigModel, LocatedSetting } from './model.js';
import { configFilePrefix, dockerdLine, type Report } from './report.js';
import type { HostView } from './types.js';
import { valueRules } from './values/index.js';
import type { ValueContext, ValueProblem, ValueRule } from './values/types.js';

function nodeFor(setting: LocatedSetting | undefined, index: number | undefined): JsonNode | undefined {
  const node = setting?.node;
  if (node && index !== undefined && node.kind === 'array') return node.items[index] ?? node;
  return node;
}

export function valueChecks(
  model: DaemonConfigModel,
  host: HostView,
  report: Report,
  rules: readonly ValueRule[] = valueRules,
): Diagnostic[] {
  const ctx: ValueContext = { engine: model.engine, host, settings: model.settings };
  const problems: ValueProblem[] = rules
    .filter((r) => r.keys.some((k) => model.settings.has(k)))
    .flatMap((r) => r.check(ctx));
  return problems.map((p) => {
    const setting = model.settings.get(p.key);
    const node = setting?.from === 'file' ? nodeFor(setting, p.index) : undefined;
    const at = node ? { offset: node.start } : setting ? { source: setting.source } : {};
    const dockerd =
      p.dockerd === undefined
        ? undefined
        : p.withFilePrefix === true
          ? `${configFilePrefix(model.path)}${p.dockerd}`
          : p.withFilePrefix === false
            ? p.dockerd
            : dockerdLine(model.path, p.dockerd);
    return report(p.id, p.severity, at, {
      message: p.message,
      key: p.key,
      hint: p.hint,
      says: p.says,
      hintSays: p.hintSays,
      dockerd,
    });
  });
}
