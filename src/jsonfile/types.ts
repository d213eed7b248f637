/** A parsed JSON value with its [start, end) offsets in the decoded text. */
export type JsonNode = JsonObject | JsonArray | JsonString | JsonNumber | JsonBoolean | JsonNull;

interface Span {
  start: number;
  end: number;
}

export interface JsonMember {
  /** The key with its escapes decoded ("\u0064ebug" → "debug"). */
  key: string;
  keyStart: number;
  keyEnd: number;
  value: JsonNode;
}

/** Members in document order; duplicate keys are all kept (Go decodes each, the last wins). */
export interface JsonObject extends Span {
  kind: 'object';
  members: JsonMember[];
}

export interface JsonArray extends Span {
  kind: 'array';
  items: JsonNode[];
}

export interface JsonString extends Span {
  kind: 'string';
  value: string;
}

/** Numbers keep their source text: Go's int fields parse it, and it may exceed 2^53. */
export interface JsonNumber extends Span {
  kind: 'number';
  raw: string;
}

export interface JsonBoolean extends Span {
  kind: 'boolean';
  value: boolean;
}

export interface JsonNull extends Span {
  kind: 'null';
}

export interface Position {
  /** 1-based */
  line: number;
  /** 1-based, in UTF-16 code units of the decoded text (what editors count) */
  column: number;
}
