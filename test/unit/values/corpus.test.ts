import { describe, expect, it } from 'vitest';
import { CORPUS, CORPUS_ENGINES } from './corpus-cases.js';
import { errorsOf, fullLine, problemsOf } from './helpers.js';

const TMP = '/tmp/case';
const PORT = '23999';

// Verdicts that belong to the key checker (unknown keys), not to value rules.
const keyLevel = (line: string): boolean => line.includes("don't match any configuration option");

const rows = CORPUS.flatMap((c) =>
  Object.entries(c.verdicts)
    .filter(([, v]) => !keyLevel(v.line) && v.accepted !== 'exit0')
    .map(([version, v]) => ({ name: c.name, version, raw: CORPUS_ENGINES[version] ?? version, json: c.json, ...v })),
);

describe('value rules agree with real dockerd on the corpus', () => {
  it.each(rows)('$name on $version → $accepted', ({ raw, json, accepted, line }) => {
    const values = JSON.parse(json.replaceAll('@TMP@', TMP).replaceAll('@PORT@', PORT)) as Record<string, unknown>;
    const errors = errorsOf(problemsOf(raw, values));
    if (accepted === 'yes') {
      expect(errors).toEqual([]);
      return;
    }
    expect(errors.length).toBeGreaterThan(0);
    const expected = line.replaceAll('$TMP', TMP).replaceAll('$PORT', PORT);
    const lines = errors.map((e) => fullLine(e, `${TMP}/daemon.json`));
    expect(lines).toContain(expected);
  });
});
