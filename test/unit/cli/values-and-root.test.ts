// Issue 12 below the binary: the options that take a value whatever it begins with, --daemon-args
// split by the shell lexer /etc/default/docker is read with, and a --root that is not a directory.
import * as nodeFs from 'node:fs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import yargs from 'yargs';
import { withGlobalOptions, withMutatingOptions } from '../../../src/cli/options.js';
import { rootProblem } from '../../../src/context.js';
import { translator } from '../../../src/i18n/index.js';
import { english, said } from '../../../src/i18n/said.js';
import { splitShellWords } from '../../../src/sources/shell-words.js';

const t = translator('en');

/** The global and mutating options as main.ts declares them, parsed from `words`. */
function parse(words: string[]): Record<string, unknown> {
  let failure: unknown;
  const parsed = withMutatingOptions(withGlobalOptions(yargs(words), t), t)
    .strict()
    .exitProcess(false)
    .fail((message, error) => {
      failure = error ?? new Error(message);
    })
    .parseSync();
  if (failure) throw failure;
  return parsed;
}

describe('an option that takes a value takes the next word, whatever it begins with', () => {
  it.each([
    [['--daemon-args', '-H fd:// --debug'], 'daemon-args', '-H fd:// --debug'],
    [['--daemon-args=-H fd:// --debug'], 'daemon-args', '-H fd:// --debug'],
    [['--daemon-args', '--debug'], 'daemon-args', '--debug'],
    [['--daemon-args', '-D'], 'daemon-args', '-D'],
    [['--daemon-args', ''], 'daemon-args', ''],
    // yargs strips the quotes of a plain option's `=` form: a quoted --daemon-args word would split.
    [[`--daemon-args='--label=a b' -D`], 'daemon-args', `'--label=a b' -D`],
    [['--restart-cmd', '-x'], 'restart-cmd', '-x'],
    [['--config-file', '-weird.json'], 'config-file', '-weird.json'],
    [['--root', '-r'], 'root', '-r'],
    [['--timeout', '-0'], 'timeout', -0],
    [['--timeout', '0'], 'timeout', 0],
  ])('%j', (words, key, value) => {
    expect(parse(words)[key]).toEqual(value);
  });

  it('the options after it are still options', () => {
    expect(parse(['--daemon-args', '-D', '--json', '--dry-run'])).toMatchObject({
      daemonArgs: '-D',
      json: true,
      dryRun: true,
    });
  });

  it('a value left out, or a timeout below zero, is a usage error', () => {
    expect(() => parse(['--daemon-args'])).toThrow('Not enough arguments following: daemon-args');
    expect(() => parse(['--timeout', '-1'])).toThrow('--timeout -1: give a number of seconds, 0 or more');
    expect(() => parse(['--timeout=-1'])).toThrow('--timeout -1: give a number of seconds, 0 or more');
    expect(() => parse(['--timeout', 'soon'])).toThrow('--timeout: give a number of seconds, 0 or more');
  });
});

describe('--daemon-args is split as /bin/sh splits a command line', () => {
  const words = (text: string) => {
    const r = splitShellWords(text);
    return r.ok ? r.words.map((w) => w.value) : english(r.problem);
  };

  it.each([
    [`'--default-address-pool=base=10.10.0.0/16, size=24'`, ['--default-address-pool=base=10.10.0.0/16, size=24']],
    [`--default-address-pool='base=10.10.0.0/16, size=24'`, ['--default-address-pool=base=10.10.0.0/16, size=24']],
    [`--label "a \\$b" --label a\\ b`, ['--label', 'a $b', '--label', 'a b']],
    // A YAML block (Ansible) gives newlines: blanks like any other, as are comments.
    ['-H fd://\n  --debug # verbose\n--label x', ['-H', 'fd://', '--debug', '--label', 'x']],
    ['--x=${HOME} --y="$(id)" --z=`id`', ['--x=${HOME}', '--y=$(id)', '--z=`id`']],
    [`--label '(a)' --label "x;y" --label a\\|b`, ['--label', '(a)', '--label', 'x;y', '--label', 'a|b']],
    [`--label ''`, ['--label', '']],
  ])('%j', (text, want) => {
    expect(words(text)).toEqual(want);
  });

  it.each([
    [`--label 'a b`, 'unclosed single quote', 9],
    [`--label "a b`, 'unclosed double quote', 9],
    ['--label `a', 'unclosed backquote', 9],
    ['--label $(a', 'unclosed $( or ${', 9],
    ['-H fd:// ; --debug', '";" would end the command in a shell: quote it', 10],
    ['-H fd:// && --debug', '"&" would end the command in a shell: quote it', 10],
    ['--debug | tee', '"|" would end the command in a shell: quote it', 9],
    ['--debug >/tmp/log', '">" would end the command in a shell: quote it', 9],
    ['--debug (x)', '"(" would end the command in a shell: quote it', 9],
  ])('%j is refused, with its column', (text, problem, column) => {
    const r = splitShellWords(text);
    expect(r.ok ? r : { problem: english(r.problem), column: r.column }).toEqual({ problem, column });
  });

  it('says it in the reader’s language', () => {
    const r = splitShellWords(`--label 'a`);
    expect(r).toEqual({ ok: false, problem: said('service.shell.unclosed', { quote: "'" }), column: 9 });
  });
});

describe('rootProblem', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('a directory, even an empty one, is a root; a missing path or a file is not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dockerd-config-root-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'file'), 'x');
    expect(rootProblem(nodeFs, dir)).toBeUndefined();
    expect(rootProblem(nodeFs, join(dir, 'typo'))).toBe('missing');
    expect(rootProblem(nodeFs, join(dir, 'file'))).toBe('not-a-directory');
    expect(rootProblem(nodeFs, join(dir, 'file', 'below'))).toBe('not-a-directory');
  });

  it('a path it cannot look at is left to the reads, which name the error', () => {
    const denied = {
      statSync: () => {
        throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      },
    } as unknown as typeof nodeFs;
    expect(rootProblem(denied, '/srv/root')).toBeUndefined();
  });
});
