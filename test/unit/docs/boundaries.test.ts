import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers/temp-root.js';

// The layer boundaries of DESIGN.md ("Layers") are rules in eslint.config.js; these cases prove the
// rules fire where they should and stay quiet where the import is allowed.

const eslint = new ESLint({ cwd: repoRoot });

/** The no-restricted-imports messages ESLint gives `code` as if it were the file at `path` (relative to the repository). */
async function boundaryErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(repoRoot, path) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const FS = "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n";
const EXECA = "import { execa } from 'execa';\nexport const run = execa;\n";
const INQUIRER = "import { select } from '@inquirer/prompts';\nexport const ask = select;\n";
const EDGES = "import { nodeExec } from '../edges/exec.js';\nexport const run = nodeExec;\n";

describe('layer boundaries (eslint.config.js)', () => {
  it.each([
    ['src/targets/probe.ts', FS, /Boundary: a pure folder does no I\/O/],
    [
      'src/validate/probe.ts',
      "import { spawn } from 'node:child_process';\nexport const run = spawn;\n",
      /Boundary: a pure folder does no I\/O/,
    ],
    [
      'src/engine/probe.ts',
      "import { connect } from 'node:net';\nexport const dial = connect;\n",
      /Boundary: a pure folder does no I\/O/,
    ],
    [
      'src/doctor/checks/probe.ts',
      "import { readFileSync } from 'fs';\nexport const read = readFileSync;\n",
      /Boundary: a pure folder does no I\/O/,
    ],
    [
      'src/verify/compare.ts',
      "import { request } from 'node:https';\nexport const get = request;\n",
      /Boundary: a pure folder does no I\/O/,
    ],
    ['src/plan/probe.ts', EDGES, /Boundary: a pure folder does not import src\/edges\//],
    [
      'src/targets/systemd/probe.ts',
      EDGES.replace('../edges/', '../../edges/'),
      /Boundary: a pure folder does not import src\/edges\//,
    ],
    ['src/model/probe.ts', EXECA, /Boundary: only src\/edges\/ imports execa/],
    ['src/doctor/probe.ts', EXECA, /Boundary: only src\/edges\/ imports execa/],
    ['src/cli/probe.ts', INQUIRER, /Boundary: only src\/edges\/ imports @inquirer/],
    ['src/wizard/probe.ts', INQUIRER, /Boundary: only src\/edges\/ imports @inquirer/],
    [
      'src/doctor/probe.ts',
      "import { runMutation } from '../cli/mutate.js';\nexport const run = runMutation;\n",
      /Boundary: nothing outside src\/cli\/ imports src\/cli\//,
    ],
    [
      'src/wizard/steps/probe.ts',
      "import { EXIT } from '../../cli/errors.js';\nexport const exit = EXIT;\n",
      /Boundary: nothing outside src\/cli\/ imports src\/cli\//,
    ],
    [
      'src/change/probe.ts',
      "import type { Io } from '../cli/io.js';\nexport type Out = Io;\n",
      /Boundary: nothing outside src\/cli\/ imports src\/cli\//,
    ],
  ])('refuses in %s', async (path, code, message) => {
    const errors = await boundaryErrors(path, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it.each([
    [
      'src/edges/probe.ts',
      "import { readFileSync } from 'node:fs';\nimport { execa } from 'execa';\nimport { select } from '@inquirer/prompts';\nexport const edge = [readFileSync, execa, select];\n",
    ],
    [
      'src/targets/probe.ts',
      "import { parseTree } from 'jsonc-parser';\nimport { posix } from 'node:path';\nexport const pure = [parseTree, posix];\n",
    ],
    ['src/sources/probe.ts', FS + EDGES],
    ['src/apply/probe.ts', "import { writeFileSync } from 'node:fs';\nexport const write = writeFileSync;\n"],
    [
      'src/cli/commands/probe.ts',
      "import { runChange } from '../../change/transaction.js';\nimport { EXIT } from '../errors.js';\nexport const all = [runChange, EXIT];\n",
    ],
  ])('allows in %s', async (path, code) => {
    expect(await boundaryErrors(path, code)).toEqual([]);
  });
});
