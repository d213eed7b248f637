// `completion bash|zsh`: the candidates for a word, walked over the same command table --help is
// built from (commands/index.ts), with the host's answers (keys, backup ids) injected.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  BASH_SCRIPT,
  ZSH_SCRIPT,
  candidateLines,
  commandTree,
  complete,
  engineKeys,
  type Candidate,
  type Sources,
} from '../../../src/cli/commands/completion.js';
import { commands } from '../../../src/cli/commands/index.js';
import { translator } from '../../../src/i18n/index.js';

const tree = commandTree(commands, translator('en'));
const KEYS = ['debug', 'log-level', 'log-opts', 'registry-mirrors'];
const asked: (string | undefined)[] = [];
const sources: Sources = {
  keys: (engineVersion) => {
    asked.push(engineVersion);
    return KEYS;
  },
  backups: (root) => (root === '/r' ? ['20261201T000000Z-daemon.json', '20261202T000000Z-daemon.json'] : []),
};
const words = (...given: string[]): string[] =>
  complete(tree, given, sources).map((c: Candidate) => ('word' in c ? c.word : `:${c.path}`));

describe('the command tree', () => {
  it('has every command of --help, sub-commands and each command’s options', () => {
    expect(tree.children.map((c) => c.names[0])).toEqual(
      expect.arrayContaining(['show', 'validate', 'mirror', 'get', 'set', 'unset', 'rollback', 'doctor', 'completion']),
    );
    const mirror = tree.children.find((c) => c.names[0] === 'mirror')!;
    expect(mirror.children.map((c) => c.names[0])).toEqual(['add', 'remove', 'list', 'test']);
    const set = tree.children.find((c) => c.names[0] === 'set')!;
    expect(set.positionals.map((p) => p.name)).toEqual(['key', 'value']);
    expect(set.options.map((o) => o.name)).toEqual(expect.arrayContaining(['dry-run', 'target', 'restart']));
    expect(tree.options.map((o) => o.name)).toEqual(
      expect.arrayContaining(['root', 'config-file', 'engine-version', 'json', 'lang', 'version']),
    );
  });
});

describe('complete', () => {
  it.each([
    [[''], ['show', 'validate', 'mirror', 'get', 'set', 'completion']],
    [['mi'], ['mirror']],
    [
      ['mirror', ''],
      ['add', 'remove', 'list', 'test'],
    ],
    [['mirror', 'add', '--dr'], ['--dry-run']],
    [
      ['set', 'log'],
      ['log-level', 'log-opts'],
    ],
    [['get', ''], KEYS],
    [['unset', 'reg'], ['registry-mirrors']],
    [
      ['completion', ''],
      ['bash', 'zsh'],
    ],
    [
      ['doctor', '--only', ''],
      ['config', 'service', 'network', 'security'],
    ],
    [
      ['--lang', ''],
      ['en', 'zh'],
    ],
    [['--lang=z'], ['--lang=zh']],
    // bash splits at "=" (COMP_WORDBREAKS)
    [['--lang', '=', 'z'], ['--lang=zh']],
    [
      ['--lang', '='],
      ['--lang=en', '--lang=zh'],
    ],
    [
      ['set', '--target', ''],
      ['daemon-json', 'env-file'],
    ],
    // newest first
    [
      ['--root', '/r', 'rollback', '--to', ''],
      ['20261202T000000Z-daemon.json', '20261201T000000Z-daemon.json'],
    ],
    [
      ['rollback', '--root=/r', '--to', '2026120'],
      ['20261202T000000Z-daemon.json', '20261201T000000Z-daemon.json'],
    ],
    [['rollback', '--to', ''], []],
    [['--root', ''], [':dirs']],
    [['--config-file', ''], [':files']],
    [['validate', ''], [':files']],
    [['explain', ''], [':files']],
    // A value is never taken for a command, whatever it looks like.
    [['--root', 'mirror', 'mi'], ['mirror']],
    [['--daemon-args', '-H fd://', 'sh'], ['show']],
    [['--no-c'], ['--no-color']],
    [['set', '--no-r'], ['--no-restart']],
    // Already given: not offered again.
    [['doctor', '--offline', '--off'], []],
    [['show', '--he'], ['--help']],
    [['--vers'], ['--version']],
    [['show', '--vers'], []],
    // The script's own option is not for people.
    [['completion', 'bash', '--com'], []],
  ])('%j → %j', (given, want) => {
    const got = words(...given);
    if (given.at(-1) === '' && given.length === 1) expect(got).toEqual(expect.arrayContaining(want));
    else expect(got).toEqual(want);
  });

  it('an empty word after a command with nothing positional left offers its options', () => {
    expect(words('set', 'debug', '')).toEqual(expect.arrayContaining(['--dry-run', '--json']));
    expect(words('set', 'debug', '')).not.toContain('log-level');
  });

  it('asks for the keys of the --engine-version given on the line', () => {
    asked.length = 0;
    words('--engine-version', '20.10', 'set', '');
    words('set', '--engine-version=26.1', '');
    words('set', '');
    expect(asked).toEqual(['20.10', '26.1', undefined]);
  });
});

describe('engineKeys', () => {
  it('lists the daemon.json keys that take effect, of the version given, else of the newest known', () => {
    const newest = engineKeys(undefined);
    expect(newest).toEqual(expect.arrayContaining(['registry-mirrors', 'insecure-registries', 'hosts', 'log-level']));
    // A flag name dockerd accepts in the file but does not decode is not offered.
    expect(newest).not.toContain('registry-mirror');
    expect(engineKeys('20.10')).toContain('cluster-store');
    expect(newest).not.toContain('cluster-store');
    expect(engineKeys('2')).toEqual(newest);
  });
});

describe('candidateLines', () => {
  const candidates: Candidate[] = [{ word: 'add', describe: 'add\nmirrors' }, { word: 'a:b' }, { path: 'files' }];
  it('bash: the words; zsh: word:description, the colons of a word escaped', () => {
    expect(candidateLines(candidates, 'bash')).toEqual(['add', 'a:b', ':files']);
    expect(candidateLines(candidates, 'zsh')).toEqual(['add:add mirrors', 'a\\:b', ':files']);
  });

  it('says the descriptions in the language of --help', () => {
    const zh = commandTree(commands, translator('zh'));
    const lines = candidateLines(complete(zh, ['mirror', ''], sources), 'zsh');
    expect(lines.every((line) => /^[a-z]+:.*[\u4e00-\u9fff]/.test(line))).toBe(true);
  });
});

describe('the scripts', () => {
  it('bash: parses, and registers _dockerd_config for dockerd-config', () => {
    const r = spawnSync('bash', ['--norc', '-c', `${BASH_SCRIPT}\ncomplete -p dockerd-config`], { encoding: 'utf8' });
    expect({ status: r.status, stdout: r.stdout.trim(), stderr: r.stderr }).toEqual({
      status: 0,
      stdout: 'complete -F _dockerd_config dockerd-config',
      stderr: '',
    });
  });

  it('zsh: an autoloadable #compdef file that asks the command back', () => {
    expect(ZSH_SCRIPT.split('\n')[0]).toBe('#compdef dockerd-config');
    expect(ZSH_SCRIPT).toContain('completion zsh --complete --');
    expect(BASH_SCRIPT).toContain('completion bash --complete --');
  });
});
