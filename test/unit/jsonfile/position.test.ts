import { describe, expect, it } from 'vitest';
import { positionAt, positionIndex } from '../../../src/jsonfile/position.js';

describe('positionAt', () => {
  it.each([
    ['abc', 0, 1, 1],
    ['abc', 2, 1, 3],
    ['a\nb\nc', 4, 3, 1],
    ['a\r\nb', 3, 2, 1],
    ['a\rb', 2, 2, 1],
    ['ab', 99, 1, 3],
  ])('%j @%d → %d:%d', (text, offset, line, column) => {
    expect(positionAt(text, offset)).toEqual({ line, column });
  });

  it('answers many lookups from one index', () => {
    const at = positionIndex('x\ny\nz');
    expect([at(0), at(2), at(4)].map((p) => p.line)).toEqual([1, 2, 3]);
  });
});
