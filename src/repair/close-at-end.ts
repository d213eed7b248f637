import { KEY_TABLE } from '../engine/key-table.js';
import { said } from '../i18n/said.js';
import type { Edit } from './edits.js';
import type { Note } from './lex.js';
import { childrenOf, closerOf, Refusal, type ContainerNode, type ObjectNode, type ValueNode } from './parse.js';
import type { TextMap } from './text-position.js';

/** The containers the file ended inside, outermost first. */
function openChain(root: ObjectNode): ContainerNode[] {
  const chain: ContainerNode[] = [];
  let node: ValueNode | undefined = root;
  while (node && node.type !== 'scalar' && !node.closed) {
    chain.push(node);
    node = lastChild(node);
  }
  return chain;
}

const lastChild = (c: ContainerNode): ValueNode | undefined => childrenOf(c).at(-1);
const size = (c: ContainerNode): number => (c.type === 'object' ? c.members.length : c.items.length);

/**
 * Close what the file left open (a truncated file, a lost last line). Only when there is a
 * single place the closers can go: an object inside an object (or a list inside a list) with
 * two or more entries could have ended after any of them, so that is refused.
 * `virtualTop`: the top object's '{' is missing too (its closer goes in column 1).
 */
export function closeAtEnd(root: ObjectNode, map: TextMap, edits: Edit[], notes: Note[], virtualTop = false): void {
  const chain = openChain(root);
  const innermost = chain[chain.length - 1];
  if (!innermost) return;
  for (let i = 1; i < chain.length; i++) {
    const inner = chain[i];
    const parent = chain[i - 1];
    if (inner && parent && inner.type === parent.type && size(inner) >= 2) {
      throw new Refusal(
        said('files.repair.ambiguousClose', {
          kind: inner.type === 'object' ? 'object' : 'list',
          line: map.lineOf(inner.start),
          closer: closerOf(inner),
          entries: size(inner),
        }),
        map.text.length,
      );
    }
  }
  const last = lastChild(innermost);
  // The closer that ends the last entry may be the one the open container lost: then that
  // entry's own closer went missing after any of its entries, and the ones after it belong
  // outside. Only the indentation can tell; without it, refuse.
  if (last && last.type !== 'scalar' && last.type === innermost.type && last.closed && size(last) >= 2) {
    const closerAt = last.end - 1;
    const own =
      map.startsLine(closerAt) &&
      map.indentOf(closerAt) === map.indentOf(last.start) &&
      map.indentOf(innermost.start) !== map.indentOf(closerAt);
    // Without indentation, a top-level setting among its later entries ("debug" inside "log-opts")
    // is the sign it moved; entries that are no settings of their own stay where they are.
    const moved = last.type === 'object' && last.members.slice(1).some((m) => Object.hasOwn(KEY_TABLE, m.key.value));
    if (!own && (moved || last.type === 'array'))
      throw new Refusal(
        said('files.repair.closerOfWhich', {
          closer: closerOf(last),
          line: map.lineOf(closerAt),
          inner: map.lineOf(last.start),
          outer: map.lineOf(innermost.start),
        }),
        closerAt,
      );
  }
  const at = innermost.end;
  const lastLine = map.lineOf(at);
  let text = '';
  for (const container of [...chain].reverse()) {
    const isVirtual = virtualTop && container === root;
    if (map.lineOf(container.start) === lastLine) text += closerOf(container);
    else text += map.eol + (isVirtual ? '' : map.indentOf(container.start)) + closerOf(container);
  }
  edits.push({ offset: at, length: 0, text });
  const closers = [...text].filter((ch) => ch === '}' || ch === ']').join('');
  notes.push({ offset: at, says: said('files.repair.action.closedAtEnd', { closers }) });
}
