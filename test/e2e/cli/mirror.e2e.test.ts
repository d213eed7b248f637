import { lstatSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';
import { tempRoot, type TempRoot } from '../../helpers/temp-root.js';

const DAEMON_JSON = '/etc/docker/daemon.json';
let root: TempRoot;
afterEach(() => root?.cleanup());

const cli = (...args: string[]) => runCli(['--root', root.dir, ...args]);

describe('mirror add / remove', () => {
  it('creates daemon.json with 2-space indentation and mode 0644, then is idempotent', async () => {
    root = tempRoot('debian-docker-io');
    const first = await cli('mirror', 'add', 'https://mirror.example.com', '--detailed-exitcode');
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(2);
    expect(root.read(DAEMON_JSON)).toBe('{\n  "registry-mirrors": [\n    "https://mirror.example.com"\n  ]\n}\n');
    expect(statSync(root.path(DAEMON_JSON)).mode & 0o777).toBe(0o644);

    const mtime = statSync(root.path(DAEMON_JSON)).mtimeMs;
    // The same mirror as dockerd compares it (trailing slash) changes nothing, not even the mtime.
    const again = await cli('mirror', 'add', 'https://mirror.example.com/', '--detailed-exitcode', '--json');
    expect(again.exitCode).toBe(0);
    expect(again.json()).toMatchObject({ ok: true, changed: false, files: [] });
    expect(statSync(root.path(DAEMON_JSON)).mtimeMs).toBe(mtime);
  });

  it('edits only the array: tabs, CRLF, key order and the missing final newline stay', async () => {
    const before =
      '{\r\n\t"debug": true,\r\n\t"registry-mirrors": ["https://a.example"],\r\n\t"log-level": "info"\r\n}';
    root = tempRoot('debian-docker-io', { [DAEMON_JSON]: before });
    const run = await cli('mirror', 'add', 'https://b.example');
    expect(run.exitCode).toBe(0);
    expect(root.read(DAEMON_JSON)).toBe(
      before.replace('["https://a.example"]', '["https://a.example", "https://b.example"]'),
    );

    const removed = await cli('mirror', 'remove', 'https://a.example/');
    expect(removed.exitCode).toBe(0);
    expect(root.read(DAEMON_JSON)).toBe(before.replace('["https://a.example"]', '["https://b.example"]'));
  });

  it('refuses an invalid mirror with a clear message, never shows the password, and changes nothing', async () => {
    root = tempRoot('debian-docker-io', { [DAEMON_JSON]: '{}\n' });
    const run = await cli('mirror', 'add', 'https://user:s3cret@mirror.example.com', 'ftp://m.example', '--json');
    expect(run.exitCode).toBe(1);
    expect(run.stdout).not.toContain('s3cret');
    const doc = run.json<{
      ok: boolean;
      changed: boolean;
      diagnostics: { id: string; message: string; hint?: string }[];
    }>();
    expect(doc.ok).toBe(false);
    expect(doc.changed).toBe(false);
    expect(doc.diagnostics.map((d) => d.id)).toEqual(['invalid-mirror', 'invalid-mirror']);
    expect(doc.diagnostics[0]!.message).toContain('user:xxxxx@');
    expect(doc.diagnostics[1]!.hint).toMatch(/https?:\/\//);
    expect(root.read(DAEMON_JSON)).toBe('{}\n');
  });

  it('refuses to edit a file that does not parse, and points at repair', async () => {
    // What a famous mirror script left behind.
    const broken = '{"registry-mirrors": ["https://a.example"],}\n';
    root = tempRoot('debian-docker-io', { [DAEMON_JSON]: broken });
    const run = await cli('mirror', 'add', 'https://b.example');
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/daemon\.json:1:\d+/);
    expect(run.stdout).toContain('dockerd-config repair');
    expect(root.read(DAEMON_JSON)).toBe(broken);

    const repaired = await cli('repair');
    expect(repaired.exitCode).toBe(0);
    expect(JSON.parse(root.read(DAEMON_JSON))).toEqual({ 'registry-mirrors': ['https://a.example'] });
    expect((await cli('mirror', 'add', 'https://b.example')).exitCode).toBe(0);
    expect(JSON.parse(root.read(DAEMON_JSON))).toEqual({
      'registry-mirrors': ['https://a.example', 'https://b.example'],
    });
  });

  it('--dry-run prints a unified diff, writes nothing, and still exits 2 with --detailed-exitcode', async () => {
    root = tempRoot('debian-docker-io', { [DAEMON_JSON]: '{\n  "debug": true\n}\n' });
    const run = await cli('mirror', 'add', 'https://m.example', '--dry-run', '--detailed-exitcode');
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toContain('+  "registry-mirrors": [');
    expect(run.stdout).toMatch(/^--- .*daemon\.json/m);
    expect(root.read(DAEMON_JSON)).toBe('{\n  "debug": true\n}\n');
  });

  it('keeps a symlinked daemon.json a symlink and replaces its target', async () => {
    root = tempRoot('debian-docker-io', { '/srv/config/daemon.json': '{}\n', '/etc/docker/.keep': '' });
    // Relative, as a link inside a --root tree must be to point at the same file from inside and outside it.
    symlinkSync('../../srv/config/daemon.json', root.path(DAEMON_JSON));
    const run = await cli('mirror', 'add', 'https://m.example');
    expect(run.exitCode).toBe(0);
    expect(lstatSync(root.path(DAEMON_JSON)).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(root.path('/srv/config/daemon.json'), 'utf8'))).toEqual({
      'registry-mirrors': ['https://m.example'],
    });
  });

  it('serialises parallel runs: every mirror added concurrently is kept', async () => {
    root = tempRoot('debian-docker-io', { [DAEMON_JSON]: '{}\n' });
    const mirrors = Array.from({ length: 8 }, (_, i) => `https://m${i}.example`);
    const runs = await Promise.all(mirrors.map((m) => cli('mirror', 'add', m)));
    expect(runs.map((r) => r.exitCode)).toEqual(mirrors.map(() => 0));
    const written = JSON.parse(root.read(DAEMON_JSON)) as { 'registry-mirrors': string[] };
    expect([...written['registry-mirrors']].sort()).toEqual([...mirrors].sort());
  });

  it('lists mirrors in effect with --json, and backups of every change', async () => {
    root = tempRoot('debian-docker-io');
    await cli('mirror', 'add', 'https://a.example', 'https://b.example');
    await cli('mirror', 'remove', 'https://a.example');
    const list = await cli('mirror', 'list', '--json');
    expect(list.json()).toMatchObject({ ok: true, values: ['https://b.example'] });
    const backups = await cli('backups', '--json');
    const entries = backups.json<{ backups: { id: string; path: string; existed: boolean }[] }>().backups;
    expect(entries).toHaveLength(2);
    expect(entries[0]!.existed).toBe(false);
    expect(entries[1]!.existed).toBe(true);
  });
});
