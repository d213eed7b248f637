import type { Edit, Node } from 'jsonc-parser';
import type { JsonLayout } from './render-json.js';
import type { JsonStyle } from './json-style.js';

/** The minimal text changes inside one object or array, computed from jsonc-parser's tree. */

export const nodeEnd = (node: Node): number => node.offset + node.length;

/** The whitespace that starts the line `offset` is on. */
export function lineIndentAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
}

export const spansLines = (text: string, node: Node): boolean => text.slice(node.offset, nodeEnd(node)).includes('\n');

/** The object or array that holds `node` (skipping the property node in between). */
export function enclosingContainer(node: Node): Node | undefined {
  return node.parent?.type === 'property' ? node.parent.parent : node.parent;
}

/**
 * Appends a member (an array element, or `"key": value`) after the last one, copying the gap
 * the container already uses between members: a new line at the same indentation, or the
 * same spacing on one line. An empty container gets its own lines when `preferMultiLine`.
 */
export function appendMember(
  text: string,
  container: Node,
  render: (layout: JsonLayout) => string,
  style: JsonStyle,
  preferMultiLine: boolean,
): Edit {
  const children = container.children ?? [];
  const open = container.offset;
  const close = nodeEnd(container) - 1;
  const last = children[children.length - 1];
  if (!last) {
    const interior = text.slice(open + 1, close);
    if (!interior.includes('\n') && !preferMultiLine)
      return { offset: open + 1, length: interior.length, content: render({ kind: 'inline' }) };
    const base = lineIndentAt(text, open);
    const indent = base + style.indentUnit;
    const content = style.eol + indent + render({ kind: 'multi-line', indent }) + style.eol + base;
    return { offset: open + 1, length: interior.length, content };
  }
  const previous = children[children.length - 2];
  const gap = previous ? afterComma(text.slice(nodeEnd(previous), last.offset)) : text.slice(open + 1, last.offset);
  const newline = gap.lastIndexOf('\n');
  if (newline !== -1) {
    const indent = gap.slice(newline + 1);
    return {
      offset: nodeEnd(last),
      length: 0,
      content: ',' + style.eol + indent + render({ kind: 'multi-line', indent }),
    };
  }
  // One line: `["a", "b"]` keeps ", ", `[ "a" ]` keeps its space, a lone `["a"]` takes the file's comma.
  const spacing = previous || gap !== '' ? gap : style.comma.slice(style.comma.indexOf(',') + 1);
  return { offset: nodeEnd(last), length: 0, content: ',' + spacing + render({ kind: 'inline' }) };
}

function afterComma(between: string): string {
  const comma = between.indexOf(',');
  return comma === -1 ? between : between.slice(comma + 1);
}

/** Removes member `index` with exactly one of its separating commas; the last one leaves `{}` or `[]`. */
export function removeMember(text: string, container: Node, index: number): Edit {
  const children = container.children ?? [];
  const member = children[index];
  if (!member) throw new RangeError(`no member ${index}`);
  if (children.length === 1) {
    const open = container.offset + 1;
    return { offset: open, length: nodeEnd(container) - 1 - open, content: '' };
  }
  const next = children[index + 1];
  if (next) return { offset: member.offset, length: next.offset - member.offset, content: '' };
  const previous = children[index - 1] as Node;
  return { offset: nodeEnd(previous), length: nodeEnd(member) - nodeEnd(previous), content: '' };
}
