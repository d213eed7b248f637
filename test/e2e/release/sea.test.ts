// The standalone executable (scripts/release/sea.mjs) answers exactly as the bundle does
// (`node bin/dockerd-config.js`): same stdout, stderr and exit code, for a table of commands; it
// runs with an empty environment, ignores NODE_OPTIONS, and its lazy parts (inquirer, node:http)
// work from the snapshot.
import { execa } from 'execa';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliPath } from '../../helpers/run-cli.js';
import { repoRoot, tempRoot } from '../../helpers/temp-root.js';
import { openTerminal } from '../../helpers/tmux.js';

const exe = join(repoRoot, 'release', 'dockerd-config-linux-x64');
const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
const fixtureRoots = readdirSync(join(repoRoot, 'fixtures', 'roots')).sort();
const capture = (name: string) => join(repoRoot, '..', 'shared', 'research', 'feasibility', 'captures', name);
const ENV = { NO_COLOR: '1', LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', NODE_OPTIONS: '' };

interface Run {
  exitCode: number;
  stdout: string;
  stderr: string;
}

async function run(
  argv: readonly string[],
  options: { input?: string; env?: Record<string, string> } = {},
): Promise<Run> {
  const r = await execa(argv[0]!, argv.slice(1), {
    reject: false,
    input: options.input ?? '',
    env: { ...ENV, ...options.env },
    cwd: repoRoot,
  });
  return { exitCode: r.exitCode ?? -1, stdout: String(r.stdout), stderr: String(r.stderr) };
}
const bundle = (args: readonly string[], options?: { input?: string }) =>
  run([process.execPath, cliPath, ...args], options);
const sea = (args: readonly string[], options?: { input?: string; env?: Record<string, string> }) =>
  run([exe, ...args], options);

beforeAll(() => {
  if (!existsSync(exe)) {
    throw new Error(`${exe} is missing: build it with \`npm run release\` (or \`node scripts/release/sea.mjs\`)`);
  }
});

describe('the standalone executable', () => {
  const root = (name: string) => join(repoRoot, 'fixtures', 'roots', name);
  const table: [string, string[], string?][] = [
    ['--help', ['--help']],
    ['-h in Chinese', ['--lang', 'zh', '-h']],
    ['--version', ['--version']],
    ['a sub-command help', ['mirror', '--help']],
    ['an unknown command', ['no-such-command']],
    ['a missing --root', ['--root', '/nonexistent/root', 'validate']],
    ['the wizard off a terminal', ['wizard']],
    ['explain a journal file', ['explain', capture('a_journal.txt')]],
    ['explain from stdin', ['explain', '--json'], readFileSync(capture('sysv_failures.txt'), 'utf8')],
    ['explain in Chinese', ['--lang', 'zh', 'explain', capture('c2_fail_fix_refused.txt')]],
    // Every fixture root through validate; the other commands on a few.
    ...fixtureRoots.map((name): [string, string[]] => [`validate ${name}`, ['validate', '--root', root(name)]]),
    ...['broken-debian', 'debian-drop-in', 'sysvinit'].map((name): [string, string[]] => [
      `doctor --offline ${name}`,
      ['doctor', '--offline', '--root', root(name)],
    ]),
    ['validate --json', ['validate', '--root', root('broken-debian'), '--json', '--engine-version', '26.1']],
    ['show', ['show', '--root', root('debian-drop-in')]],
    ['show --json', ['show', '--root', root('snap'), '--json']],
    ['doctor --offline --json', ['doctor', '--offline', '--root', root('broken-debian'), '--json']],
    ['mirror list', ['mirror', 'list', '--root', root('debian-drop-in')]],
    ['get', ['get', 'log-level', '--root', root('debian-drop-in')]],
    ['set --dry-run --diff', ['set', 'debug', 'true', '--dry-run', '--diff', '--root', root('debian-docker-io')]],
    ['mirror add --dry-run', ['mirror', 'add', 'https://m.example.com', '--dry-run', '--root', root('sysvinit')]],
    ['repair --dry-run', ['repair', '--dry-run', '--root', root('broken-debian')]],
    ['backups', ['backups', '--root', root('docker-ce')]],
  ];

  it.concurrent.each(table)('%s: the same stdout, stderr and exit code as the bundle', async (_name, args, input) => {
    const [expected, got] = await Promise.all([bundle(args, { input }), sea(args, { input })]);
    expect(got).toEqual(expected);
  });

  it('--version prints the package version', async () => {
    expect(await sea(['--version'])).toEqual({ exitCode: 0, stdout: version, stderr: '' });
  });

  it('a change on a copy of a root: the same words and the same file written', async () => {
    const [a, b] = [tempRoot('debian-docker-io'), tempRoot('debian-docker-io')];
    try {
      const args = (dir: string) => ['set', 'log-level', 'debug', '--root', dir, '--no-restart'];
      const [expected, got] = await Promise.all([bundle(args(a.dir)), sea(args(b.dir))]);
      // The backup's id is the time of the change.
      const words = (text: string, dir: string) => text.replaceAll(dir, 'ROOT').replace(/\d{8}T\d{6}Z/g, 'TIME');
      const same = (r: Run, dir: string) => ({ ...r, stdout: words(r.stdout, dir), stderr: words(r.stderr, dir) });
      expect(same(got, b.dir)).toEqual(same(expected, a.dir));
      expect(expected.exitCode).toBe(0);
      expect(b.read('etc/docker/daemon.json')).toBe(a.read('etc/docker/daemon.json'));
    } finally {
      a.cleanup();
      b.cleanup();
    }
  });

  it('runs with an empty environment (no PATH, no HOME) and reads nothing next to itself', async () => {
    const r = await execa(exe, ['validate', '--root', root('docker-ce'), '--engine-version', '28.5'], {
      reject: false,
      env: {},
      extendEnv: false,
      cwd: '/',
    });
    expect({ exitCode: r.exitCode, stderr: r.stderr }).toEqual({ exitCode: 0, stderr: '' });
    expect(r.stdout).toMatch(/dockerd 28\.5\.0 \(given\) would accept this configuration/);
  });

  it('ignores NODE_OPTIONS: a V8 flag, a --require, an unknown option change nothing', async () => {
    const options = ['--max-old-space-size=100', '--require /nonexistent/hook.js', '--no-such-option'];
    const runs = await Promise.all(options.map((o) => sea(['--version'], { env: { NODE_OPTIONS: o } })));
    runs.forEach((r, i) => expect(r, options[i]).toEqual({ exitCode: 0, stdout: version, stderr: '' }));
  });

  it('a reader that stops reading (| head) is not an error', async () => {
    const r = await execa('bash', ['-c', `set -o pipefail; '${exe}' --help | head -n 1`], { reject: false });
    expect({ exitCode: r.exitCode, stdout: r.stdout, stderr: r.stderr }).toEqual({
      exitCode: 0,
      stdout: 'dockerd-config <command> [options]',
      stderr: '',
    });
  });

  describe('its lazy parts, loaded after the snapshot', () => {
    let server: Server;
    let url: string;
    beforeAll(async () => {
      // A registry's /v2/ answer, enough for a probe to call it a registry.
      server = createServer((req, res) => {
        res.writeHead(req.url === '/v2/' ? 200 : 404, {
          'Docker-Distribution-Api-Version': 'registry/2.0',
          'Content-Type': 'application/json',
        });
        res.end('{}');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('node:http: `mirror test` against a local registry answers as the bundle does', async () => {
      const args = ['mirror', 'test', url, '--root', root('docker-ce'), '--timeout', '3'];
      // Measured times, and the padding before them, differ from run to run.
      const times = (r: Run) => ({ ...r, stdout: r.stdout.replace(/ +\d+(\.\d+)? ?(ms|s|kB\/s|MB\/s)\b/g, ' T') });
      const [expected, got] = await Promise.all([bundle(args), sea(args)]);
      expect(times(got)).toEqual(times(expected));
      expect(got.stdout).toContain(url);
    });

    it('inquirer: the wizard asks its first question on a terminal, and Ctrl-C ends it', async () => {
      const copy = tempRoot('debian-docker-io');
      const terminal = await openTerminal([exe, '--root', copy.dir, '--engine-version', '26.1', 'wizard'], {
        env: { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
      });
      try {
        await terminal.waitFor('What do you want to set up?', 10_000);
        await terminal.keys('C-c');
        expect(await terminal.exitCode(10_000)).not.toBe(70);
        expect(await terminal.screen()).not.toMatch(/internal error/i);
      } finally {
        await terminal.close();
        copy.cleanup();
      }
    });
  });
});
