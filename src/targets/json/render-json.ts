import { JsonNumber } from './json-number.js';
import type { JsonStyle } from './json-style.js';

/** Where a rendered value goes: on its own lines at `indent`, or on one line. */
export type JsonLayout = { kind: 'multi-line'; indent: string } | { kind: 'inline' };

const isContainer = (v: unknown): v is object => typeof v === 'object' && v !== null && !(v instanceof JsonNumber);

function scalar(value: unknown): string {
  // A number JSON.stringify would change (rounded, or null for 1e400) is written as it was given.
  if (value instanceof JsonNumber) return value.text;
  const text = JSON.stringify(value);
  if (text === undefined) throw new TypeError(`cannot write ${typeof value} to daemon.json`);
  return text;
}

function entriesOf(value: object): [string | undefined, unknown][] {
  return Array.isArray(value) ? value.map((v) => [undefined, v]) : Object.entries(value);
}

function inline(value: unknown, style: JsonStyle): string {
  if (!isContainer(value)) return scalar(value);
  const parts = entriesOf(value).map(
    ([k, v]) => (k === undefined ? '' : JSON.stringify(k) + style.colon) + inline(v, style),
  );
  return Array.isArray(value) ? `[${parts.join(style.comma)}]` : `{${parts.join(style.comma)}}`;
}

/**
 * JSON text for `value` in the file's style. In a multi-line layout objects always get one member
 * per line; arrays of scalars stay on one line when the file writes its arrays that way, unless
 * `multiLineTop` asks for the top-level array on its own lines (it replaces such an array).
 */
export function renderJson(value: unknown, layout: JsonLayout, style: JsonStyle, multiLineTop = false): string {
  if (layout.kind === 'inline' || !isContainer(value)) return inline(value, style);
  const entries = entriesOf(value);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) return open + close;
  if (Array.isArray(value) && !multiLineTop && style.inlineArrays && !value.some(isContainer))
    return inline(value, style);
  const inner = layout.indent + style.indentUnit;
  const lines = entries.map(
    ([k, v]) =>
      inner +
      (k === undefined ? '' : JSON.stringify(k) + style.colon) +
      renderJson(v, { kind: 'multi-line', indent: inner }, style),
  );
  return open + style.eol + lines.join(',' + style.eol) + style.eol + layout.indent + close;
}
