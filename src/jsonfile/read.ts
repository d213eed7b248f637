// daemon.json bytes → a JSON tree, following one of the two ways dockerd has read the file.
import {
  decodeLegacy,
  decodeWithBom,
  detectBom,
  goDecodeErrorOffset,
  trimSpanGo,
  type DecodedText,
  type SourceEncoding,
} from './decode.js';
import { messageOf } from '../diagnostics/say.js';
import { said, type Said } from '../i18n/said.js';
import { describeSyntaxError } from './explain.js';
import { goSyntaxMessage, parseFirstValue } from './parse.js';
import { positionIndex } from './position.js';
import type { JsonNode, JsonNull, JsonObject, Position } from './types.js';

/**
 * `go-decoder`: dockerd 20.10, json.NewDecoder(file).Decode — raw bytes, first value only.
 * `go-unmarshal`: dockerd 23.0+ — BOM-aware decoding, UTF-8 checked, Go white space trimmed,
 * json.Unmarshal of everything.
 */
export type JsonDialect = 'go-decoder' | 'go-unmarshal';

export type JsonProblemKind = 'bom' | 'invalid-utf8' | 'empty' | 'syntax' | 'trailing-content' | 'top-level';

export interface JsonProblem {
  kind: JsonProblemKind;
  /** dockerd reading the file this way refuses it. Otherwise: a portability warning. */
  fatal: boolean;
  /** Offset in the decoded text. */
  offset: number;
  /** In English (tests and logs read it), and as the catalogue sentence it is. */
  message: string;
  says: Said;
  /** The error text of the dockerd that refuses it (without the "unable to configure…" prefix). */
  go?: string;
}

export interface JsonDocument {
  text: string;
  encoding: SourceEncoding;
  /** The top-level value when the file parsed and is an object or null. */
  root?: JsonObject | JsonNull;
  problems: JsonProblem[];
  positionAt(offset: number): Position;
}

const kindName = (node: JsonNode): string => (node.kind === 'boolean' ? 'bool' : node.kind);

export interface ReadOptions {
  /** Word syntax errors as Go 1.27's encoding/json does (Debian's 28.5.2+dfsg4, upstream 29.7.2). */
  go127?: boolean;
}

export function readJsonDocument(bytes: Uint8Array, dialect: JsonDialect, options: ReadOptions = {}): JsonDocument {
  const legacy = dialect === 'go-decoder';
  const go127 = options.go127 === true;
  const bom = detectBom(bytes);
  // 20.10 refuses a BOM outright; the rest of the file is still read the BOM-aware way so that
  // its other problems can be reported too.
  const decoded: DecodedText = legacy && !bom ? decodeLegacy(bytes) : decodeWithBom(bytes);
  const { text } = decoded;
  const problems: JsonProblem[] = [];
  const doc: JsonDocument = { text, encoding: decoded.encoding, problems, positionAt: positionIndex(text) };

  if (bom) {
    const name = bom === 'utf-8-bom' ? 'UTF-8' : bom === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
    problems.push({
      kind: 'bom',
      fatal: legacy,
      offset: 0,
      ...messageOf(said(legacy ? 'files.json.bomLegacy' : 'files.json.bom', { encoding: name })),
      go: legacy
        ? `invalid character ${bom === 'utf-8-bom' ? "'ï'" : bom === 'utf-16le' ? "'ÿ'" : "'þ'"} looking for beginning of value`
        : undefined,
    });
  }
  if (decoded.firstInvalid) {
    problems.push({
      kind: 'invalid-utf8',
      fatal: !legacy,
      offset: decoded.firstInvalid.index,
      ...messageOf(said(legacy ? 'files.json.invalidUtf8Legacy' : 'files.json.invalidUtf8')),
      go: legacy
        ? undefined
        : `failed to decode configuration JSON at offset ${goDecodeErrorOffset(decoded.firstInvalid.byteOffset, bytes.length)}: encoding: invalid UTF-8`,
    });
  }

  // 23.0+ trims Go white space (Unicode spaces included); 20.10's decoder skips JSON white space.
  const [from, to] = legacy ? [0, text.length] : trimSpanGo(text);
  const jsonStart = legacy ? text.search(/[^ \t\r\n]/) : from;
  if (jsonStart === -1 || jsonStart >= to) {
    problems.push({
      kind: 'empty',
      fatal: legacy,
      offset: 0,
      ...messageOf(said(legacy ? 'files.json.emptyLegacy' : 'files.json.empty')),
      go: legacy ? 'EOF' : undefined,
    });
    return doc;
  }

  const parsed = parseFirstValue(text, from, to);
  if (parsed.error) {
    // With a BOM, 20.10's own error is the one reported for the BOM above.
    if (!(legacy && bom && parsed.error.offset === 0)) {
      problems.push({
        kind: 'syntax',
        fatal: true,
        offset: parsed.error.offset,
        ...messageOf(said('files.json.invalid', { error: describeSyntaxError(text, parsed.error) })),
        go: goSyntaxMessage(text, parsed.error, { legacy, invalidBytes: decoded.invalidBytes, go127 }),
      });
    }
    return doc;
  }
  const value = parsed.value as JsonNode;
  if (parsed.end < to) {
    const error = { kind: 'character', offset: parsed.end, context: 'after top-level value' } as const;
    problems.push({
      kind: 'trailing-content',
      fatal: !legacy,
      offset: parsed.end,
      ...messageOf(
        said(legacy ? 'files.json.trailingLegacy' : 'files.json.invalid', { error: describeSyntaxError(text, error) }),
      ),
      go: goSyntaxMessage(text, error, { legacy: false, invalidBytes: decoded.invalidBytes, go127 }),
    });
  }
  if (value.kind !== 'object' && value.kind !== 'null') {
    problems.push({
      kind: 'top-level',
      fatal: true,
      offset: value.start,
      ...messageOf(said('files.json.topLevel', { kind: kindName(value) })),
      go: `json: cannot unmarshal ${kindName(value)} into Go value of type map[string]interface {}`,
    });
    return doc;
  }
  doc.root = value;
  return doc;
}
