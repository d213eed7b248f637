// Issue 14, points 2, 3 and 7: hostile or damaged daemon.json files are refused clearly (or
// edited as dockerd reads them), never crash (exit 70), never hang, and refusals change nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';
import { tempRoot, type TempRoot } from '../../helpers/temp-root.js';

const DAEMON_JSON = '/etc/docker/daemon.json';
const roots: TempRoot[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) r.cleanup();
});

function root(content?: string | Uint8Array): TempRoot {
  const r = tempRoot();
  roots.push(r);
  if (content !== undefined) r.write(DAEMON_JSON, content);
  else mkdirSync(r.path('/etc/docker'), { recursive: true });
  return r;
}

const run = (r: TempRoot, args: readonly string[], version = '28.5') =>
  runCli([...args, '--root', r.dir, '--engine-version', version, '--daemon-args', '']);
const edit = (r: TempRoot, args: readonly string[], version = '28.5') => run(r, [...args, '--no-restart'], version);

const EDITS: readonly (readonly string[])[] = [
  ['mirror', 'add', 'https://mirror.example.com'],
  ['set', 'registry-mirrors', '["https://mirror.example.com"]'],
  ['unset', 'registry-mirrors'],
  ['insecure', 'add', '10.0.0.1:5000'],
  ['set', 'debug', 'false'],
];

/** No lock left behind: the state directory holds no lock file once the command is done. */
function lockFree(r: TempRoot): boolean {
  const dir = r.path('/var/lib/dockerd-config');
  return !existsSync(dir) || !readdirSync(dir).some((name) => name.startsWith('lock'));
}

describe('2. a missing value is a parse error, not a crash', () => {
  const damaged = '{"registry-mirrors": }\n';
  for (const args of EDITS) {
    it(`${args.join(' ')} refuses with the file's line and column and changes nothing`, async () => {
      const r = root(damaged);
      const out = await edit(r, [...args, '--json']);
      expect(out.exitCode).toBe(1);
      const diagnostics = out.json<{ diagnostics: { id: string; line?: number; column?: number; hint?: string }[] }>()
        .diagnostics;
      expect(diagnostics[0]).toMatchObject({ id: 'file-unparsable', line: 1, column: 22 });
      expect(diagnostics[0]?.hint).toMatch(/repair/);
      expect(r.read(DAEMON_JSON)).toBe(damaged);
    });
  }
});

describe('2. deep nesting: dockerd reads up to 10000 levels; we never overflow the stack', () => {
  const nested = (levels: number): string =>
    `{"debug":true,"runtimes":{"r":{"runtimeType":"io.containerd.runc.v2","options":${'{"a":'.repeat(levels - 3)}1${'}'.repeat(levels - 3)}}}}\n`;

  it('5000 levels: validate judges it as dockerd does; show, get, doctor and edits refuse clearly', async () => {
    const r = root(nested(5000));
    const before = r.read(DAEMON_JSON);
    const validate = await run(r, ['validate']);
    expect(validate.exitCode).not.toBe(70);
    expect(validate.stderr + validate.stdout).not.toMatch(/internal error|call stack/);
    for (const args of [['show'], ['get', 'debug'], ['doctor', '--offline']]) {
      const out = await run(r, args);
      expect(out.exitCode, args.join(' ')).not.toBe(70);
      expect(out.stderr + out.stdout).not.toMatch(/internal error|call stack/);
    }
    for (const args of [...EDITS, ['repair']]) {
      const out = await edit(r, args);
      expect(out.exitCode, args.join(' ')).toBe(1);
      expect(out.stderr + out.stdout, args.join(' ')).toMatch(/nested 5000 levels deep/);
    }
    expect(r.read(DAEMON_JSON)).toBe(before);
  });

  it('10001 levels: "exceeded max depth", as dockerd says, and every command answers', async () => {
    const r = root(nested(10001));
    const validate = await run(r, ['validate', '--json']);
    expect(validate.exitCode).toBe(1);
    expect(JSON.stringify(validate.json())).toMatch(/exceeded max depth/);
    for (const args of [['show'], ['get', 'debug'], ['doctor', '--offline'], ...EDITS, ['repair', '--no-restart']]) {
      const out = await run(r, args);
      expect(out.exitCode, args.join(' ')).toBe(1);
      expect(out.stderr + out.stdout).not.toMatch(/internal error|call stack/);
    }
  });

  it('1000 levels are edited like any file', async () => {
    const r = root(nested(1000));
    const out = await edit(r, ['set', 'debug', 'false']);
    expect(out.exitCode).toBe(0);
    expect(r.read(DAEMON_JSON)).toContain('"debug":false');
  });
});

describe('3. only regular files are read: no hang, no unbounded memory, a clear error', () => {
  const kinds: [string, (r: TempRoot) => void, RegExp][] = [
    ['a FIFO', (r) => execFileSync('mkfifo', [r.path(DAEMON_JSON)]), /is a FIFO/],
    ['a symlink to /dev/zero', (r) => symlinkSync('/dev/zero', r.path(DAEMON_JSON)), /is a character device/],
    ['a directory', (r) => mkdirSync(r.path(DAEMON_JSON)), /is a directory/],
    [
      'a file over 16 MiB',
      (r) => {
        r.write(DAEMON_JSON, '{}');
        truncateSync(r.path(DAEMON_JSON), 17 * 1024 * 1024);
      },
      /larger than 16 MiB/,
    ],
  ];
  for (const [what, make, says] of kinds) {
    it(`${what}: validate, mirror add and repair refuse at once, the lock released`, async () => {
      const r = root();
      make(r);
      for (const args of [
        ['validate'],
        ['show'],
        ['mirror', 'add', 'https://mirror.example.com', '--no-restart'],
        ['repair', '--no-restart'],
      ]) {
        const started = Date.now();
        const out = await run(r, args);
        expect(Date.now() - started, args.join(' ')).toBeLessThan(20_000);
        expect(out.exitCode, args.join(' ')).toBe(1);
        expect(out.stderr + out.stdout, args.join(' ')).toMatch(says);
        expect(out.stderr + out.stdout).not.toMatch(/EISDIR|does not exist|internal error/);
        expect(lockFree(r)).toBe(true);
      }
      // Nothing was created or replaced: the path is still what it was.
      rmSync(r.path(DAEMON_JSON), { recursive: true, force: true });
      r.write(DAEMON_JSON, '{}\n');
      expect((await edit(r, ['mirror', 'add', 'https://mirror.example.com'])).exitCode).toBe(0);
    });
  }

  it('a FIFO named as tlscert does not hang validate', async () => {
    const r = root('{"tls": true, "tlscert": "/etc/docker/cert.pem", "tlskey": "/etc/docker/key.pem"}\n');
    execFileSync('mkfifo', [r.path('/etc/docker/cert.pem')]);
    r.write('/etc/docker/key.pem', 'key');
    const started = Date.now();
    const out = await run(r, ['validate']);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(out.exitCode).toBe(1);
  });

  it('doctor does not hang on a FIFO as the daemon log, the pidfile, dpkg status or a CA in certs.d', async () => {
    const r = root('{"debug": true}\n');
    for (const path of [
      '/var/log/docker.log',
      '/var/run/docker.pid',
      '/var/lib/dpkg/status',
      '/etc/docker/certs.d/r.example:5000/ca.crt',
    ]) {
      mkdirSync(r.path(join(path, '..')), { recursive: true });
      execFileSync('mkfifo', [r.path(path)]);
    }
    const started = Date.now();
    const out = await runCli(['doctor', '--offline', '--root', r.dir, '--daemon-args', '']);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(out.stderr).not.toMatch(/internal error/);
    const given = await runCli([
      'doctor',
      '--offline',
      '--root',
      r.dir,
      '--daemon-args',
      '',
      '--daemon-log',
      r.path('/var/log/docker.log'),
    ]);
    expect(given.exitCode).not.toBe(64);
    expect(given.stderr).not.toMatch(/internal error/);
    expect(Date.now() - started).toBeLessThan(40_000);
  });
});

describe('7. encodings dockerd 23.0+ reads are edited and written back as they came', () => {
  const body = '{\n  "debug": true\n}\n';
  const utf16 = (littleEndian: boolean, text: string): Buffer => {
    const le = Buffer.from(`\ufeff${text}`, 'utf16le');
    return littleEndian ? le : le.swap16();
  };
  const encodings: [string, (text: string) => Buffer][] = [
    ['UTF-8 with a BOM', (text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ['UTF-16 LE', (text) => utf16(true, text)],
    ['UTF-16 BE', (text) => utf16(false, text)],
  ];
  for (const [name, encode] of encodings) {
    for (const version of ['26.1', '28.5']) {
      it(`${name}, dockerd ${version}: mirror add, set and unset edit it, keeping the encoding byte for byte`, async () => {
        const r = root(encode(body));
        // The diff shows the edit, decoded as the file is (not UTF-16 bytes read as UTF-8).
        const preview = await edit(r, ['set', 'debug', 'false', '--dry-run', '--diff'], version);
        expect(preview.stdout).toMatch(/^- {2}"debug": true$/m);
        expect(preview.stdout).toMatch(/^\+ {2}"debug": false$/m);
        expect(readFileSync(r.path(DAEMON_JSON))).toEqual(encode(body));
        expect((await edit(r, ['mirror', 'add', 'https://mirror.example.com'], version)).exitCode).toBe(0);
        expect(readFileSync(r.path(DAEMON_JSON))).toEqual(
          encode('{\n  "debug": true,\n  "registry-mirrors": [\n    "https://mirror.example.com"\n  ]\n}\n'),
        );
        expect((await edit(r, ['unset', 'registry-mirrors'], version)).exitCode).toBe(0);
        expect((await edit(r, ['set', 'debug', 'false'], version)).exitCode).toBe(0);
        expect(readFileSync(r.path(DAEMON_JSON))).toEqual(encode('{\n  "debug": false\n}\n'));
        expect((await run(r, ['validate'], version)).exitCode).toBe(0);
      });
    }
    it(`${name}, dockerd 20.10 (which refuses it): edits refuse, repair writes UTF-8`, async () => {
      const r = root(encode(body));
      const refused = await edit(r, ['set', 'debug', 'false', '--json'], '20.10');
      expect(refused.exitCode).toBe(1);
      expect(refused.json<{ diagnostics: { id: string }[] }>().diagnostics[0]?.id).toBe('json-bom');
      expect(readFileSync(r.path(DAEMON_JSON))).toEqual(encode(body));
      const repaired = await edit(r, ['repair'], '20.10');
      expect(repaired.exitCode).toBe(0);
      expect(r.read(DAEMON_JSON)).toBe(body);
    });
  }

  it('invalid UTF-8: every edit refuses with the position, not "changed after this command read it"', async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"debug": true, "labels": ["a='),
      Buffer.from([0xff]),
      Buffer.from('"]}\n'),
    ]);
    for (const version of ['20.10', '28.5']) {
      const r = root(bytes);
      for (const args of EDITS) {
        const out = await edit(r, [...args, '--json'], version);
        expect(out.exitCode, `${version} ${args.join(' ')}`).toBe(1);
        const [first] = out.json<{ diagnostics: { id: string; line?: number; column?: number }[] }>().diagnostics;
        expect(first, `${version} ${args.join(' ')}`).toMatchObject({ id: 'json-invalid-utf8', line: 1, column: 31 });
        expect(out.stdout).not.toMatch(/file-changed/);
      }
      expect(readFileSync(r.path(DAEMON_JSON))).toEqual(bytes);
    }
  });

  it('invalid UTF-8 in /etc/default/docker: an env-file edit refuses where the byte is, the bytes kept', async () => {
    const r = tempRoot('debian-docker-io');
    roots.push(r);
    const bytes = Buffer.concat([
      Buffer.from('DOCKER_OPTS="--dns 8.8.8.8"\n# caf'),
      Buffer.from([0xe9]),
      Buffer.from('\n'),
    ]);
    r.write('/etc/default/docker', bytes);
    const out = await runCli([
      ...['mirror', 'add', 'https://mirror.example.com', '--target', 'env-file', '--json'],
      ...['--root', r.dir, '--engine-version', '28.5', '--no-restart'],
    ]);
    expect(out.exitCode).toBe(1);
    expect(out.json<{ diagnostics: unknown[] }>().diagnostics[0]).toMatchObject({ line: 2, column: 6 });
    expect(out.stdout).not.toMatch(/file-changed/);
    expect(readFileSync(r.path('/etc/default/docker'))).toEqual(bytes);
  });

  it('a directory as daemon.json: repair says what it is, not "does not exist"', async () => {
    const r = root();
    mkdirSync(r.path(DAEMON_JSON));
    const out = await edit(r, ['repair']);
    expect(out.exitCode).toBe(1);
    expect(out.stderr + out.stdout).toMatch(/is a directory/);
    expect(out.stderr + out.stdout).not.toMatch(/does not exist|EISDIR/);
    expect(readdirSync(r.path('/etc/docker'))).toEqual(['daemon.json']);
    expect(readdirSync(join(r.path(DAEMON_JSON)))).toEqual([]);
  });
});
