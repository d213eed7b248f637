// Values and types in words, for messages and hints.
import { goTypeName, type GoType } from '../engine/go-type.js';
import type { JsonNode } from '../jsonfile/index.js';

/** What a value of this type looks like, for "must be …" messages. */
export function describeType(type: GoType): string {
  switch (type.t) {
    case 'bool':
      return 'true or false';
    case 'string':
    case 'text':
      return 'a string';
    case 'mem-bytes':
      return 'a size in a string, e.g. "64m"';
    case 'int':
      return 'a whole number';
    case 'list':
      return type.of.t === 'string'
        ? 'a list of strings, e.g. ["a", "b"]'
        : `a list of ${describeType(type.of).replace(/^an? /, '')}s`;
    case 'map':
      return `an object whose values are ${describeType(type.of)}`;
    case 'struct':
      return `an object (${goTypeName(type)})`;
    case 'either':
    case 'any':
      return 'a valid value';
  }
}

export function describeNode(node: JsonNode): string {
  switch (node.kind) {
    case 'string':
      return `the string ${JSON.stringify(node.value)}`;
    case 'number':
      return `the number ${node.raw}`;
    case 'boolean':
      return String(node.value);
    case 'array':
      return 'a list';
    case 'object':
      return 'an object';
    case 'null':
      return 'null';
  }
}

export function typeHint(type: GoType, node: JsonNode): string {
  if (type.t === 'list' && node.kind === 'string') return `wrap it in a list: [${JSON.stringify(node.value)}]`;
  if (type.t === 'bool' && node.kind === 'string' && /^(true|false)$/i.test(node.value))
    return `write ${node.value.toLowerCase()} without quotes`;
  if (type.t === 'int' && node.kind === 'string' && /^-?\d+$/.test(node.value))
    return `write ${node.value} without quotes`;
  if (type.t === 'int' && node.kind === 'number') return 'use a whole number within the 64-bit range';
  if ((type.t === 'string' || type.t === 'text') && (node.kind === 'number' || node.kind === 'boolean'))
    return `put it in quotes: "${node.kind === 'number' ? node.raw : String(node.value)}"`;
  return `use ${describeType(type)}`;
}
