// The file itself: missing, not decodable, not JSON, not an object, repeated keys.
import type { Diagnostic, DiagnosticId } from '../diagnostics/types.js';
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

const HINTS: Record<JsonProblemKind, { hint: string; fixable: boolean }> = {
  bom: { hint: 'save the file as UTF-8 without a byte-order mark (`dockerd-config repair` removes it)', fixable: true },
  'invalid-utf8': {
    hint: 'save the file as UTF-8 (in the editor: re-open with the right encoding, then save as UTF-8)',
    fixable: false,
  },
  empty: { hint: 'write {} into it, or delete the file (`dockerd-config repair` writes {})', fixable: true },
  syntax: {
    hint: 'fix the JSON at this position; `dockerd-config repair` fixes stray braces, commas and comments',
    fixable: true,
  },
  'trailing-content': {
    hint: 'delete everything after the closing brace of the first object (`dockerd-config repair`)',
    fixable: true,
  },
  'top-level': { hint: 'the file must be one JSON object, e.g. {"debug": true}', fixable: false },
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
          message: `${path} does not exist, and dockerd is told to read it with --config-file`,
          hint: `create it (e.g. containing {}) or remove --config-file from dockerd's command line`,
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
        message: p.message,
        ...HINTS[p.kind],
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
            message: `"${m.key}" appears more than once in the same object; dockerd uses the last one and ignores this one`,
            key: m.key,
            hint: 'delete the occurrence you do not want',
          },
        ),
      );
    }
  }
  return out;
}
