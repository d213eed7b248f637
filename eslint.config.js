import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Layer boundaries (docs: /work/shared/DESIGN.md "Layers"). One rule, no-restricted-imports, carries
// every boundary; a later config block replaces an earlier block's options for that rule, so each
// block below lists all the boundaries that hold for its files.

/** The pure folders: no file system, processes, network or edges/. */
const PURE = [
  'src/model/**/*.ts',
  'src/jsonfile/**/*.ts',
  'src/repair/**/*.ts',
  'src/validate/**/*.ts',
  'src/plan/**/*.ts',
  'src/causes/**/*.ts',
  'src/targets/**/*.ts',
  'src/engine/**/*.ts',
  'src/doctor/checks/**/*.ts',
  'src/registries/**/*.ts',
  // probe/'s pure parts (the rest asks the network through ctx.http).
  'src/probe/digests.ts',
  'src/probe/image-name.ts',
  'src/probe/rank.ts',
  'src/probe/registry-mirrors.ts',
  // verify/'s pure core (endpoints.ts and probe.ts import edges/; index.ts re-exports probe.ts).
  'src/verify/compare.ts',
  'src/verify/expect.ts',
  'src/verify/info.ts',
  'src/verify/settings.ts',
  // lifecycle/'s pure core (finish.ts and prove.ts drive the service and the daemon).
  'src/lifecycle/decide.ts',
  'src/lifecycle/reason.ts',
];

const IO_MODULES = ['fs', 'fs/promises', 'child_process', 'net', 'http', 'https', 'tls'];
const NO_IO = {
  paths: [
    ...IO_MODULES.flatMap((name) => [name, `node:${name}`]).map((name) => ({
      name,
      message:
        'Boundary: a pure folder does no I/O (no file system, processes or network); take the data as an argument and read it in sources/ or edges/.',
    })),
    { name: 'execa', message: 'Boundary: a pure folder runs no processes, and only src/edges/ imports execa.' },
  ],
  patterns: [
    {
      regex: '^\\.{1,2}/(.*/)?edges(/.*)?$',
      message: 'Boundary: a pure folder does not import src/edges/; take what the edge would answer as an argument.',
    },
  ],
};

const ONLY_EDGES = {
  paths: [
    {
      name: 'inquirer',
      message: 'Boundary: only src/edges/ imports inquirer (ask through the Prompter in src/model/prompter.ts).',
    },
    { name: 'execa', message: 'Boundary: only src/edges/ imports execa (run processes through ctx.exec).' },
  ],
  patterns: [
    {
      group: ['@inquirer/*'],
      message: 'Boundary: only src/edges/ imports @inquirer/* (ask through the Prompter in src/model/prompter.ts).',
    },
  ],
};

// Nothing outside src/cli/ imports src/cli/. Off until the change layer lands (doctor/ and wizard/
// still import cli/). To turn it on, swap the two lines below; it then holds for src/edges/, the
// pure folders and the rest of src/ (every block but the one for src/cli/ itself).
const NOT_CLI = {
  paths: [],
  patterns: [
    {
      regex: '^\\.{1,2}/(.*/)?cli(/.*)?$',
      message:
        'Boundary: nothing outside src/cli/ imports src/cli/ (commands and rendering only); move what is shared below it.',
    },
  ],
};

/** One no-restricted-imports entry holding several boundaries (paths of the same name are kept once). */
function restrict(...boundaries) {
  const paths = [...new Map(boundaries.flatMap((b) => b.paths).map((p) => [p.name, p])).values()];
  const patterns = boundaries.flatMap((b) => b.patterns);
  return { 'no-restricted-imports': ['error', { paths, patterns }] };
}

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'src/generated/', 'coverage/', 'release/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Tests must not reach into modules: fakes go through the context object.
      'no-restricted-properties': [
        'error',
        { object: 'vi', property: 'mock', message: 'Inject fakes through the context object instead of vi.mock.' },
      ],
    },
  },
  // Boundaries; later blocks override earlier ones for the files they share.
  {
    name: 'boundaries/src',
    files: ['src/**/*.ts'],
    ignores: ['src/edges/**', 'src/cli/**'],
    rules: restrict(ONLY_EDGES, NOT_CLI),
  },
  { name: 'boundaries/cli', files: ['src/cli/**/*.ts'], rules: restrict(ONLY_EDGES) },
  { name: 'boundaries/edges', files: ['src/edges/**/*.ts'], rules: restrict(NOT_CLI) },
  { name: 'boundaries/pure', files: PURE, rules: restrict(NO_IO, ONLY_EDGES, NOT_CLI) },
);
