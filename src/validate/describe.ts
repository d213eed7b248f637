// Values and types in words, for messages and hints: sentences of the catalogue, so that a
// message built from them is said in the reader's language.
import { goTypeName, type GoType } from '../engine/go-type.js';
import { said, type Said } from '../i18n/said.js';
import type { JsonNode } from '../jsonfile/index.js';

/** What a value of this type looks like, for "must be …" messages. */
export function describeType(type: GoType): Said {
  switch (type.t) {
    case 'bool':
      return said('files.type.bool');
    case 'string':
    case 'text':
      return said('files.type.string');
    case 'mem-bytes':
      return said('files.type.memBytes');
    case 'int':
      return said('files.type.int');
    case 'list':
      return type.of.t === 'string'
        ? said('files.type.stringList')
        : said('files.type.listOf', { item: describeType(type.of) });
    case 'map':
      return said('files.type.mapOf', { value: describeType(type.of) });
    case 'struct':
      return said('files.type.struct', { goType: goTypeName(type) });
    case 'either':
    case 'any':
      return said('files.type.any');
  }
}

export function describeNode(node: JsonNode): Said {
  switch (node.kind) {
    case 'string':
      return said('files.node.string', { value: node.value });
    case 'number':
      return said('files.node.number', { raw: node.raw });
    case 'boolean':
      return said('files.node.bool', { value: String(node.value) });
    case 'array':
      return said('files.node.list');
    case 'object':
      return said('files.node.object');
    case 'null':
      return said('files.node.null');
  }
}

export function typeHint(type: GoType, node: JsonNode): Said {
  if (type.t === 'list' && node.kind === 'string') return said('files.typeHint.wrapInList', { value: node.value });
  if (type.t === 'bool' && node.kind === 'string' && /^(true|false)$/i.test(node.value))
    return said('files.typeHint.unquote', { value: node.value.toLowerCase() });
  if (type.t === 'int' && node.kind === 'string' && /^-?\d+$/.test(node.value))
    return said('files.typeHint.unquote', { value: node.value });
  if (type.t === 'int' && node.kind === 'number') return said('files.typeHint.int64');
  if ((type.t === 'string' || type.t === 'text') && (node.kind === 'number' || node.kind === 'boolean'))
    return said('files.typeHint.quote', { value: node.kind === 'number' ? node.raw : String(node.value) });
  return said('files.typeHint.use', { type: describeType(type) });
}
