import { describe, expect, it } from 'vitest';
import { parseEngineVersion } from '../../../src/engine/version.js';
import { decodeForEdit, decodeLegacy, decodeWithBom, encodeText } from '../../../src/jsonfile/decode.js';
import { makePlan } from '../../../src/plan/make-plan.js';
import type { PlanState } from '../../../src/plan/state.js';

const engine = parseEngineVersion('28.5.2')!;
const PATH = '/etc/docker/daemon.json';
const BODY = '{\n  "debug": true,\n  "labels": ["é=ü", "𝄞=x"]\n}\n';

const utf16 = (text: string, littleEndian: boolean): Buffer => {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  return littleEndian ? le : le.swap16();
};
const ENCODINGS: [string, Buffer][] = [
  ['UTF-8', Buffer.from(BODY)],
  ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(BODY)])],
  ['UTF-16 LE', utf16(BODY, true)],
  ['UTF-16 BE', utf16(BODY, false)],
];

function stateOf(bytes: Buffer): PlanState {
  const read = decodeForEdit(bytes);
  return {
    engine,
    daemonJson: { path: PATH, text: read.text, read: { ...read, bytes } },
    envFile: { path: '/etc/default/docker', text: null, words: [], readBy: [] },
    args: [],
    manager: 'none',
  };
}

describe('decodeForEdit / encodeText: the bytes come back as they were', () => {
  for (const [name, bytes] of ENCODINGS) {
    it(`${name}: round trip, the BOM kept as U+FEFF`, () => {
      const read = decodeForEdit(bytes);
      expect(read.inexactAt).toBeUndefined();
      expect(read.text.replace(/^\ufeff/, '')).toBe(BODY);
      expect(read.text.startsWith('\ufeff')).toBe(name !== 'UTF-8');
      expect(Buffer.from(encodeText(read.text, read.encoding))).toEqual(bytes);
    });
  }

  it('without its BOM (repair removed it), UTF-16 text is written as UTF-8', () => {
    expect(Buffer.from(encodeText('{}', 'utf-16le')).toString()).toBe('{}');
  });

  it('invalid UTF-8 is found, at its place in the text', () => {
    const bytes = Buffer.concat([Buffer.from('{"a":"x'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]);
    const read = decodeForEdit(bytes);
    expect(read.inexactAt).toBe(7);
    expect(read.text[7]).toBe('\ufffd');
  });

  it('a lone surrogate or an odd byte in UTF-16 is found', () => {
    const lone = Buffer.concat([utf16('{"a":"', true), Buffer.from([0x00, 0xd8]), Buffer.from('"}', 'utf16le')]);
    expect(decodeForEdit(lone).inexactAt).toBe(7);
    expect(decodeForEdit(Buffer.concat([utf16('{}', true), Buffer.from([0x20])])).inexactAt).toBe(3);
  });

  it('a U+FEFF after an invalid byte is not swallowed (the decoder ignores BOMs)', () => {
    const bytes = Buffer.concat([Buffer.from('{"a":"'), Buffer.from([0xff, 0xef, 0xbb, 0xbf]), Buffer.from('"}')]);
    expect(decodeLegacy(bytes).text).toBe('{"a":"\ufffd\ufeff"}');
    expect(decodeWithBom(bytes).text).toBe('{"a":"\ufffd\ufeff"}');
  });
});

describe('makePlan keeps the encoding of the file it edits', () => {
  for (const [name, bytes] of ENCODINGS) {
    it(`${name}: an edit is written in the same encoding, the rest byte for byte`, () => {
      const plan = makePlan(stateOf(bytes), [{ kind: 'set', key: 'debug', value: false }]);
      expect(plan.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const [change] = plan.changes;
      expect(change?.before).toEqual(bytes);
      const written = Buffer.from(encodeText(change!.after, change!.encoding));
      const edited = BODY.replace('"debug": true', '"debug": false');
      const encoded: Record<string, Buffer> = {
        'UTF-8': Buffer.from(edited),
        'UTF-8 with a BOM': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(edited)]),
        'UTF-16 LE': utf16(edited, true),
        'UTF-16 BE': utf16(edited, false),
      };
      expect(written).toEqual(encoded[name]);
    });
  }

  it('invalid UTF-8: the edit is refused where the byte is, the file untouched', () => {
    const bytes = Buffer.concat([
      Buffer.from('{"debug": true, "labels": ["a='),
      Buffer.from([0xff]),
      Buffer.from('"]}'),
    ]);
    const plan = makePlan(stateOf(bytes), [{ kind: 'set', key: 'debug', value: false }]);
    expect(plan.changes).toEqual([]);
    expect(plan.diagnostics).toMatchObject([{ id: 'json-invalid-utf8', severity: 'error', line: 1, column: 31 }]);
  });

  it('a plan on other text than the one read (doctor --fix after repair) is not held to the bytes', () => {
    const bytes = Buffer.concat([Buffer.from('{"debug": true,}'), Buffer.from([])]);
    const state = stateOf(bytes);
    const plan = makePlan({ ...state, daemonJson: { ...state.daemonJson, text: '{"debug": true}' } }, [
      { kind: 'set', key: 'debug', value: false },
    ]);
    expect(plan.changes[0]?.after).toBe('{"debug": false}');
  });
});
