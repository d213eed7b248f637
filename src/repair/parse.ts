import { maskCredentials } from '../diagnostics/redact.js';
import { english, said, type Said } from '../i18n/said.js';
import { EDIT_MAX_DEPTH, nestingDepth } from '../jsonfile/depth.js';
import type { Edit } from './edits.js';
import type { Note, Token } from './lex.js';
import type { TextMap } from './text-position.js';

export interface Member {
  key: Token;
  value: ValueNode;
}

export interface ObjectNode {
  type: 'object';
  /** Offset of '{' (for an object whose '{' is missing: of its first key). */
  start: number;
  /** Offset after '}' (or after the last token when the file ends first). */
  end: number;
  closed: boolean;
  members: Member[];
}

export interface ArrayNode {
  type: 'array';
  start: number;
  end: number;
  closed: boolean;
  items: ValueNode[];
}

export interface ScalarNode {
  type: 'scalar';
  start: number;
  end: number;
  token: Token;
}

export type ValueNode = ObjectNode | ArrayNode | ScalarNode;

/** An object or a list: what holds entries and ends with a closer. */
export type ContainerNode = ObjectNode | ArrayNode;

/** A container's entries, in order (an object's member values). */
export const childrenOf = (c: ContainerNode): ValueNode[] =>
  c.type === 'object' ? c.members.map((m) => m.value) : c.items;

export const closerOf = (c: ContainerNode): string => (c.type === 'object' ? '}' : ']');

interface ContainerVisit {
  node: ContainerNode;
  /** The container holding it; undefined for a root. */
  parent: ContainerNode | undefined;
  /** It is its parent's last entry (a root counts as last). */
  last: boolean;
}

/** Every container under `roots`, depth-first without recursion (files can nest deep). */
export function* containersIn(roots: readonly ContainerNode[]): Generator<ContainerVisit> {
  const work: ContainerVisit[] = roots.map((node) => ({ node, parent: undefined, last: true }));
  for (let visit = work.pop(); visit; visit = work.pop()) {
    yield visit;
    const children = childrenOf(visit.node);
    children.forEach((child, i) => {
      if (child.type !== 'scalar') work.push({ node: child, parent: visit.node, last: i === children.length - 1 });
    });
  }
}

/** Thrown inside the parser when the damage has more than one plausible repair (or none). */
export class Refusal extends Error {
  constructor(
    readonly says: Said,
    readonly offset: number,
  ) {
    super(english(says));
  }
}

/** User text quoted in a message: shortened, and a URL's password masked as dockerd does. */
export const quote = (text: string, max = 30): string =>
  maskCredentials(text.length > max ? `${text.slice(0, max)}…` : text);

/** A token's text in quotes: punctuation as a symbol, anything else as content (the Chinese tells them apart). */
export const quotedToken = (token: Token, text: string): Said =>
  said('{}[],:'.includes(token.kind) ? 'files.repair.token.symbol' : 'files.repair.token.text', { text });

export const describeToken = (token: Token | undefined): Said => {
  if (!token) return said('files.repair.token.end');
  if (token.kind === 'string') return said('files.repair.token.string', { text: quote(token.value) });
  if (token.kind === 'number' || token.kind === 'literal') return quotedToken(token, token.value);
  if (token.kind === 'nul') return said('files.repair.token.nul');
  return quotedToken(token, token.kind);
};

/**
 * A recursive-descent reader over the tokens that repairs only what is unambiguous
 * (a dangling or doubled comma, a comma missing at a line break) and records the edits.
 * A container still open at the end of the file is returned unclosed: whether closing it
 * is safe is decided for the whole chain at once (see close-at-end.ts).
 */
export class Parser {
  private index = 0;
  private depth = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly map: TextMap,
    readonly edits: Edit[],
    readonly notes: Note[],
  ) {}

  /** The next token, as is (the top level judges text after the configuration itself). */
  peekRaw(): Token | undefined {
    return this.tokens[this.index];
  }

  peek(ahead = 0): Token | undefined {
    return this.checked(this.tokens[this.index + ahead]);
  }

  next(): Token | undefined {
    return this.checked(this.tokens[this.index++]);
  }

  private checked(token: Token | undefined): Token | undefined {
    if (token?.kind === 'unknown')
      throw new Refusal(token.problem ?? said('files.repair.unexpected', { text: token.value }), token.offset);
    return token;
  }

  /** Step over a token the caller has dealt with. */
  skip(): void {
    this.index++;
  }

  /** Un-read the last token (a top-level key whose '{' is missing). */
  back(): void {
    this.index = Math.max(0, this.index - 1);
  }

  private deleteToken(token: Token, note: Said): void {
    this.edits.push({ offset: token.offset, length: token.end - token.offset, text: '' });
    this.notes.push({ offset: token.offset, says: note });
  }

  private insertComma(after: ValueNode, before: Token): void {
    this.edits.push({ offset: after.end, length: 0, text: ',' });
    this.notes.push({
      offset: after.end,
      says: said('files.repair.action.missingComma', { before: describeToken(before) }),
    });
  }

  parseValue(): ValueNode {
    const token = this.next();
    if (!token) throw new Refusal(said('files.repair.endBeforeValue'), this.map.text.length);
    switch (token.kind) {
      case '{':
      case '[':
        return this.nested(token);
      case 'string':
      case 'number':
      case 'literal':
        return { type: 'scalar', start: token.offset, end: token.end, token };
      default:
        throw new Refusal(said('files.repair.expectedValue', { found: describeToken(token) }), token.offset);
    }
  }

  /** A container below the top level; refused past EDIT_MAX_DEPTH, where recursion would overflow the stack. */
  private nested(open: Token): ValueNode {
    // The top-level object is depth 1.
    if (++this.depth >= EDIT_MAX_DEPTH) {
      const { depth } = nestingDepth(this.map.text);
      throw new Refusal(said('files.depth.tooDeepToEdit', { depth, limit: EDIT_MAX_DEPTH }), open.offset);
    }
    try {
      return open.kind === '{' ? this.parseObject(open.offset) : this.parseArray(open);
    } finally {
      this.depth--;
    }
  }

  /** The members of an object whose '{' has been read (or is missing, when `start` is a key). */
  parseObject(start: number): ObjectNode {
    const node: ObjectNode = { type: 'object', start, end: start + 1, closed: false, members: [] };
    let comma: Token | undefined;
    for (;;) {
      const last = node.members[node.members.length - 1]?.value;
      const step = this.punctuation(node, '}', last, comma);
      if (step === 'done') return node;
      if (step) {
        comma = step.comma;
        continue;
      }
      const token = this.peek() as Token;
      if (last && !comma) {
        if (token.kind === 'string' && token.lineBreakBefore && this.peek(1)?.kind === ':') {
          this.insertComma(last, token);
        } else if (token.kind === ']') {
          throw new Refusal(said('files.repair.bracketForBrace', { line: this.map.lineOf(node.start) }), token.offset);
        } else {
          throw new Refusal(
            said('files.repair.expectedAfterMember', {
              key: quote(node.members[node.members.length - 1]?.key.value ?? ''),
              found: describeToken(token),
            }),
            token.offset,
          );
        }
      }
      const key = this.next();
      if (!key || key.kind !== 'string') {
        throw new Refusal(said('files.repair.expectedKey', { found: describeToken(key) }), key?.offset ?? token.offset);
      }
      const colon = this.next();
      if (colon?.kind !== ':')
        throw new Refusal(
          said('files.repair.expectedColon', { key: quote(key.value), found: describeToken(colon) }),
          colon?.offset ?? key.end,
        );
      node.members.push({ key, value: this.parseValue() });
      comma = undefined;
      if (!this.lastClosed(node.members[node.members.length - 1]?.value)) {
        node.end = node.members[node.members.length - 1]?.value.end ?? node.end;
        return node;
      }
    }
  }

  parseArray(open: Token): ArrayNode {
    const node: ArrayNode = { type: 'array', start: open.offset, end: open.end, closed: false, items: [] };
    let comma: Token | undefined;
    for (;;) {
      const last = node.items[node.items.length - 1];
      const step = this.punctuation(node, ']', last, comma);
      if (step === 'done') return node;
      if (step) {
        comma = step.comma;
        continue;
      }
      const token = this.peek() as Token;
      if (last && !comma) {
        // Only a list of strings one per line, as mirror lists are: anything else is a guess.
        const stringPerLine =
          last.type === 'scalar' && last.token.kind === 'string' && token.kind === 'string' && token.lineBreakBefore;
        if (stringPerLine && this.peek(1)?.kind !== ':') {
          this.insertComma(last, token);
        } else if (token.kind === '}' || this.peek(1)?.kind === ':') {
          throw new Refusal(
            said('files.repair.listNotClosed', { found: describeToken(token), line: this.map.lineOf(open.offset) }),
            token.offset,
          );
        } else {
          throw new Refusal(said('files.repair.expectedAfterItem', { found: describeToken(token) }), token.offset);
        }
      }
      node.items.push(this.parseValue());
      comma = undefined;
      if (!this.lastClosed(node.items[node.items.length - 1])) {
        node.end = node.items[node.items.length - 1]?.end ?? node.end;
        return node;
      }
    }
  }

  /**
   * What objects and arrays share: the end of the input, the closer, and commas (a dangling or
   * extra one is deleted). 'done': the container ends here; {comma}: a comma was read (or
   * dropped) and the loop goes on; undefined: the next token is the container's to read.
   */
  private punctuation(
    node: ObjectNode | ArrayNode,
    closer: '}' | ']',
    last: ValueNode | undefined,
    comma: Token | undefined,
  ): 'done' | { comma: Token | undefined } | undefined {
    const token = this.peek();
    if (!token) {
      if (comma) this.deleteToken(comma, said('files.repair.action.danglingCommaAtEnd'));
      node.end = comma ? comma.offset : (last?.end ?? node.end);
      return 'done';
    }
    if (token.kind === closer) {
      this.next();
      if (comma) this.deleteToken(comma, said('files.repair.action.danglingComma', { closer }));
      node.end = token.end;
      node.closed = true;
      return 'done';
    }
    if (token.kind !== ',') return undefined;
    this.next();
    if (comma || !last) {
      this.deleteToken(token, said('files.repair.action.extraComma'));
      return { comma };
    }
    return { comma: token };
  }

  /** A nested container left open means the file ended inside it: stop reading the parent. */
  private lastClosed(value: ValueNode | undefined): boolean {
    return !value || value.type === 'scalar' || value.closed;
  }
}
