// The CLI as ONE CommonJS file for a start-up snapshot (reach.md 4.2): a snapshot SEA cannot
// import(), sees no import.meta.url, cannot hold an Intl object, and stores a source with any
// non-Latin-1 character as UTF-16 (twice the size).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { toAscii } from './ascii.mjs';

/**
 * yargs and yargs-parser call createRequire(import.meta.url) at load; a fixed URL keeps build paths
 * out. No dot in the directory: yargs takes a name with an extension for a file and walks up from /.
 */
export const FIXED_URL = 'file:///dockerd-config-sea/node_modules/dockerd-config/sea.cjs';

/**
 * string-width (under yargs' help and @inquirer) makes an Intl.Segmenter at module load, which a
 * snapshot cannot hold: make it on first use. The module keeps its exports, so every `require`
 * and `import` of it still gets what it got. Versions without the ASCII fast path get one: printable
 * ASCII is one column a character, and ICU is the slow part of a --help after a snapshot.
 */
const SEGMENTER = 'const segmenter = new Intl.Segmenter();';
const LAZY_SEGMENTER = [
  'let segmenterMade;',
  'const segmenter = { segment: (s) => (segmenterMade ??= new Intl.Segmenter()).segment(s) };',
  // One made by a warm-up run (a --lang zh help) is dropped before the snapshot is taken.
  "{ const { startupSnapshot: s } = require('node:v8');",
  '  if (s.isBuildingSnapshot()) s.addSerializeCallback(() => { segmenterMade = undefined; }); }',
].join('\n');
const FAST_PATH = '/^[\\u0020-\\u007E]*$/.test(';

export const lazySegmenter = {
  name: 'lazy-intl-segmenter',
  setup(b) {
    b.onLoad({ filter: /[\\/]string-width[\\/]index\.js$/ }, (args) => {
      let text = readFileSync(args.path, 'utf8');
      if (!text.includes('Intl.Segmenter')) return undefined;
      if (!text.includes(SEGMENTER))
        throw new Error(`${args.path}: string-width changed; update the lazy Intl.Segmenter plugin`);
      text = text.replace(SEGMENTER, LAZY_SEGMENTER);
      if (!text.includes(FAST_PATH)) {
        const entry = /export default function stringWidth\((\w+), options = \{\}\) \{\n/;
        const match = entry.exec(text);
        if (!match) throw new Error(`${args.path}: string-width changed; update the ASCII fast path`);
        // Before stripAnsi: printable ASCII holds no escape sequence (ESC is 0x1B).
        text = text.replace(
          entry,
          `${match[0]}\tif (typeof ${match[1]} === 'string' && /^[\\u0020-\\u007E]*$/.test(${match[1]})) return ${match[1]}.length;\n`,
        );
      }
      return { contents: text, loader: 'js' };
    });
  },
};

/**
 * @inquirer/prompts re-exports every prompt, and its editor prompt brings iconv-lite and chardet:
 * a quarter of the bundle, in the snapshot on every start. We ask select, checkbox, input and
 * confirm (src/edges/terminal-prompter.ts); the editor prompt is left out of this build.
 */
export const noEditorPrompt = {
  name: 'no-editor-prompt',
  setup(b) {
    b.onResolve({ filter: /^@inquirer\/editor$/ }, () => ({ path: '@inquirer/editor', namespace: 'no-editor' }));
    b.onLoad({ filter: /.*/, namespace: 'no-editor' }, () => ({
      contents:
        "export default function editor() { throw new Error('the editor prompt is not in the standalone executable'); }\n",
      loader: 'js',
    }));
  },
};

/** Bundles src/cli/sea-entry.ts into `outfile`; returns esbuild's metafile. */
export async function bundleForSnapshot(root, outfile, entry = join(root, 'src/cli/sea-entry.ts')) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const result = await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node24',
    // jsonc-parser's UMD build (its `main`) requires files the bundle does not have; take its ESM build.
    mainFields: ['module', 'main'],
    minify: true,
    // \uXXXX escapes instead of raw characters: a Latin-1 source is stored at one byte a character.
    charset: 'ascii',
    legalComments: 'none',
    // import('./x.js') stays lazy inside the one file; import('node:http') becomes require().
    supported: { 'dynamic-import': false },
    define: {
      DOCKERD_CONFIG_VERSION: JSON.stringify(pkg.version),
      'import.meta.url': JSON.stringify(FIXED_URL),
      // yargs' `extends` in a package.json, which we never use.
      'import.meta.resolve': 'undefined',
    },
    plugins: [lazySegmenter, noEditorPrompt],
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  writeFileSync(outfile, toAscii(result.outputFiles[0].text));
  return result.metafile;
}
