// The file itself: missing, not decodable, not JSON, not an object, repeated keys.
import { hint, hintOf, message, messageOf } from '../diagnostics/say.js';
import type { Diagnostic, DiagnosticId } from '../diagnostics/types.js';
import { said, type Said } from '../i18n/said.js';
import type { JsonMember, JsonNode, JsonProblemKind } from '../jsonfile/index.js';
import type { DaemonConfigModel } from './model.js';
import { configFilePrefix, decodePrefix, type Report } from './report.js';

// Errors of the JSON decoder itself (Go 1.27 builds prefix them with "invalid JSON: ").
const DECODER_ERRORS: ReadonlySet<JsonProblemKind> = new Set(['syntax', 'trailing-content', 'top-level']);

const IDS: Record<JsonProblemKind, DiagnosticId> = {
  bom: 'json-bom',
  'invalid-utf8': 'json-invalid-utf8',
  empty: 'json-empty',
  syntax: 'json-syntax',
  'trailing-content': 'json-trailing-content',
  'top-level': 'json-top-level',
};

const HINTS: Record<JsonProblemKind, { hint: Said; fixable: boolean }> = {
  bom: { hint: said('files.json.hint.bom'), fixable: true },
  'invalid-utf8': { hint: said('files.json.hint.invalidUtf8'), fixable: false },
  empty: { hint: said('files.json.hint.empty'), fixable: true },
  syntax: { hint: said('files.json.hint.syntax'), fixable: true },
  'trailing-content': { hint: said('files.json.hint.trailingContent'), fixable: true },
  'top-level': { hint: said('files.json.hint.topLevel'), fixable: false },
};

export function fileChecks(model: DaemonConfigModel, explicit: boolean, report: Report): Diagnostic[] {
  const { doc, path } = model;
  if (!doc) {
    if (!explicit) return [];
    return [
      report(
        'config-file-missing',
        'error',
        {},
        {
          ...message('files.configFile.missing', { path }),
          ...hint('files.configFile.hint.missing'),
          dockerd: `${configFilePrefix(path)}open ${path}: no such file or directory`,
        },
      ),
    ];
  }
  const out = doc.problems.map((p) =>
    report(
      IDS[p.kind],
      p.fatal ? 'error' : 'warning',
      { offset: p.offset },
      {
        ...messageOf(p.says),
        ...hintOf(HINTS[p.kind].hint),
        fixable: HINTS[p.kind].fixable,
        dockerd:
          p.fatal && p.go
            ? `${configFilePrefix(path)}${DECODER_ERRORS.has(p.kind) ? decodePrefix(model.engine) : ''}${p.go}`
            : undefined,
      },
    ),
  );
  if (doc.root?.kind === 'object') out.push(...repeatedKeys(doc.root, report));
  return out;
}

/** Every object in which a key appears twice: dockerd uses the last (and type-checks each). */
function repeatedKeys(root: JsonNode, report: Report): Diagnostic[] {
  const out: Diagnostic[] = [];
  const stack: JsonNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as JsonNode;
    if (node.kind === 'array') stack.push(...node.items);
    if (node.kind !== 'object') continue;
    const last = new Map<string, JsonMember>();
    for (const m of node.members) last.set(m.key, m);
    for (const m of node.members) {
      stack.push(m.value);
      const winner = last.get(m.key) as JsonMember;
      if (winner === m) continue;
      out.push(
        report(
          'json-duplicate-key',
          'warning',
          { offset: m.keyStart },
          {
            ...message('files.json.duplicateKey', { key: m.key }),
            key: m.key,
            ...hint('files.json.hint.duplicateKey'),
          },
        ),
      );
    }
  }
  return out;
}
