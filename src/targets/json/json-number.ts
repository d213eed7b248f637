import { parseTree, type Node } from 'jsonc-parser';

/**
 * A JSON number kept as it was written. JSON.parse turns 9007199254740993 into …992 and 1e400
 * into Infinity (which JSON.stringify writes as null); dockerd's Go decoder reads the text itself,
 * so a value we write must be the text the user gave. Only numbers that a JavaScript number
 * cannot carry exactly are wrapped; every other number stays a plain number.
 */
export class JsonNumber {
  constructor(readonly text: string) {}
  /** Flag words (DOCKER_OPTS) and messages take the text as written. */
  toString(): string {
    return this.text;
  }
  /** Only for display paths that stringify values; daemon.json is written from `text`. */
  toJSON(): number {
    return Number(this.text);
  }
}

/** Does this JSON number text survive JSON.parse → JSON.stringify byte for byte? */
export const roundTrips = (text: string): boolean => JSON.stringify(Number(text)) === text;

/** A number node's value: a plain number, or the text kept when a number would change it. */
export const numberOf = (text: string): number | JsonNumber => (roundTrips(text) ? Number(text) : new JsonNumber(text));

/** The value of a parsed node, numbers kept as written (see JsonNumber); the last duplicate key wins, as in JSON.parse. */
export function valueOfNode(node: Node, text: string): unknown {
  switch (node.type) {
    case 'number':
      return numberOf(text.slice(node.offset, node.offset + node.length));
    case 'array':
      return (node.children ?? []).map((child) => valueOfNode(child, text));
    case 'object': {
      const object: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [name, value] = property.children ?? [];
        if (!name || !value) continue;
        // defineProperty: a "__proto__" key is data, as JSON.parse makes it, not the prototype.
        Object.defineProperty(object, String(name.value), {
          value: valueOfNode(value, text),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return object;
    }
    default:
      return node.value as unknown;
  }
}

/**
 * JSON.parse, except that numbers are kept as written (JsonNumber) where JSON.parse would change
 * them. Throws what JSON.parse throws for text that is not JSON.
 */
export function parseJsonKeepingNumbers(text: string): unknown {
  const plain: unknown = JSON.parse(text);
  if (!/[0-9]/.test(text)) return plain;
  const root = parseTree(text, [], { disallowComments: true, allowTrailingComma: false });
  return root ? valueOfNode(root, text) : plain;
}

export const isJsonNumber = (value: unknown): value is JsonNumber => value instanceof JsonNumber;

/**
 * JSON.stringify, except that a kept number (JsonNumber) is written as its text: what `get`,
 * `show` and `--json` print is the number in the file, not its nearest double.
 */
export function stringifyKeepingNumbers(
  value: unknown,
  replacer?: (this: unknown, key: string, value: unknown) => unknown,
  space?: number,
): string {
  const texts: string[] = [];
  // A placeholder string no value of ours holds (a fresh nonce), replaced by the text afterwards.
  const mark = `json-number-${Math.random().toString(36).slice(2)}-`;
  const json = JSON.stringify(
    value,
    function (this: Record<string, unknown>, key: string, plain: unknown): unknown {
      // `this[key]` is the value before its toJSON ran.
      const original = this[key];
      if (original instanceof JsonNumber) return `${mark}${texts.push(original.text) - 1}`;
      return replacer ? replacer.call(this, key, plain) : plain;
    },
    space,
  );
  if (texts.length === 0) return json;
  return json.replace(new RegExp(`"${mark}(\\d+)"`, 'g'), (_, i: string) => texts[Number(i)] as string);
}
