import type { Node } from 'jsonc-parser';
import { detectEol } from '../text-position.js';

/** How a daemon.json is written, so that inserted text looks as if the same hand wrote it. */
export interface JsonStyle {
  eol: '\n' | '\r\n';
  /** One level of indentation: "  ", "    " or "\t". */
  indentUnit: string;
  /** Between a key and its value: ": " usually, ":" in minified files. */
  colon: string;
  /** Between members written on one line: ", " or "," (minified). */
  comma: string;
  /** Every non-empty array in the file is written on one line, e.g. ["https://a", "https://b"]. */
  inlineArrays: boolean;
}

/** The style of a file we create: 2 spaces, LF, what `JSON.stringify(v, null, 2)` writes. */
export const DEFAULT_JSON_STYLE: JsonStyle = {
  eol: '\n',
  indentUnit: '  ',
  colon: ': ',
  comma: ', ',
  inlineArrays: false,
};

const end = (node: Node): number => node.offset + node.length;

function* walk(node: Node | undefined): Generator<Node> {
  if (!node) return;
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

function indentUnitOf(text: string, root: Node | undefined): string {
  const first = root?.type === 'object' ? root.children?.[0] : undefined;
  if (root && first) {
    const gap = text.slice(root.offset + 1, first.offset);
    const newline = gap.lastIndexOf('\n');
    if (newline !== -1) {
      const indent = gap.slice(newline + 1);
      if (/^\t+$/.test(indent)) return '\t';
      if (/^ +$/.test(indent)) return indent;
    }
  }
  // The root is on one line or empty: take the smallest indentation found anywhere.
  const indents = [...text.matchAll(/\n([ \t]+)\S/g)].map((m) => m[1] ?? '');
  if (indents.some((i) => i.startsWith('\t'))) return '\t';
  const widths = indents.map((i) => i.length).filter((w) => w > 0);
  return widths.length > 0 ? ' '.repeat(Math.min(...widths)) : DEFAULT_JSON_STYLE.indentUnit;
}

function colonOf(text: string, root: Node | undefined): string {
  for (const node of walk(root)) {
    const [key, value] = node.type === 'property' ? (node.children ?? []) : [];
    if (key && value) {
      const between = text.slice(end(key), value.offset);
      return between.includes('\n') ? DEFAULT_JSON_STYLE.colon : between;
    }
  }
  return DEFAULT_JSON_STYLE.colon;
}

function commaOf(text: string, root: Node | undefined, colon: string): string {
  for (const node of walk(root)) {
    const [a, b] = node.type === 'object' || node.type === 'array' ? (node.children ?? []) : [];
    if (a && b) {
      const between = text.slice(end(a), b.offset);
      if (!between.includes('\n') && between.trim() === ',') return between;
    }
  }
  return colon === ':' ? ',' : DEFAULT_JSON_STYLE.comma;
}

function inlineArraysOf(text: string, root: Node | undefined): boolean {
  const arrays = [...walk(root)].filter((n) => n.type === 'array' && (n.children?.length ?? 0) > 0);
  return arrays.length > 0 && arrays.every((a) => !text.slice(a.offset, end(a)).includes('\n'));
}

export function detectJsonStyle(text: string, root: Node | undefined): JsonStyle {
  const colon = colonOf(text, root);
  return {
    eol: detectEol(text),
    indentUnit: indentUnitOf(text, root),
    colon,
    comma: commaOf(text, root, colon),
    inlineArrays: inlineArraysOf(text, root),
  };
}
