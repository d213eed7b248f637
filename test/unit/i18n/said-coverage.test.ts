// Every diagnostic validate produces over the corpora says its message (and its hint) from the
// catalogue, so a Chinese reader gets Chinese: a message built as an English string has no `says`.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/diagnostics/types.js';
import { parseEngineVersion, type EngineVersion } from '../../../src/engine/version.js';
import { validateConfig } from '../../../src/validate/index.js';
import type { HostView } from '../../../src/validate/types.js';
import { configPath, dockerdArgs, readCases, sharedCorpusDir, substituteBytes } from '../../helpers/corpus.js';

const DIRS = [
  `${sharedCorpusDir()}/cases`,
  new URL('../validate/real-cases/cases', import.meta.url).pathname,
  new URL('../../cases', import.meta.url).pathname,
];
const ENGINES = ['20.10.24+dfsg1', '26.1.5+dfsg1', '28.5.2+dfsg4', '29.7.2'].map(
  (v) => parseEngineVersion(v) as EngineVersion,
);
const host: HostView = {
  groupExists: (name) => name === 'docker' || name === 'root',
  fileReadable: (path) => existsSync(path),
  readFile: (path) => (existsSync(path) && statSync(path).isFile() ? readFileSync(path) : undefined),
};

/** `id: message` of each diagnostic whose message or hint is an English string only. */
function untranslated(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics
    .filter((d) => !d.says || (d.hint !== undefined && !d.hintSays))
    .map((d) => `${d.id}: ${!d.says ? d.message : `hint ${d.hint}`}`);
}

describe('validate says every message from the catalogue', () => {
  const missing = new Map<string, string>();
  for (const dir of DIRS)
    for (const c of readCases(dir))
      for (const engine of ENGINES) {
        const p = { tmp: '/tmp/dcorpus.case', port: 23456 };
        const bytes = substituteBytes(c.json, p);
        const args = dockerdArgs(bytes.toString('latin1'), c.flags, p, c.ownNetwork);
        const result = validateConfig({
          daemonJson: { path: configPath(p), bytes, explicit: true },
          args: args.map((value) => ({ value, source: { kind: 'command-line' } })),
          engine,
          host,
          strict: true,
        });
        for (const line of untranslated(result.diagnostics)) if (!missing.has(line)) missing.set(line, c.name);
      }

  it('leaves no diagnostic in English only', () => {
    expect([...missing].map(([line, name]) => `${name}: ${line}`)).toEqual([]);
  });
});
