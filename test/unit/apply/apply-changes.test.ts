import {
  chownSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
  existsSync,
  chmodSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyChanges, listBackups, stateDir } from '../../../src/apply/index.js';
import type { FileChange } from '../../../src/plan/types.js';
import { tempRoot, text } from './temp-root.js';
import { caught } from '../../helpers/caught.js';

const daemonJson = (root: string): string => join(root, 'etc/docker/daemon.json');
const change = (path: string, before: string | null, after: string, extra: Partial<FileChange> = {}): FileChange => ({
  path,
  kind: 'daemon-json',
  before: before === null ? null : text(before),
  after,
  ...extra,
});

const leftovers = (dir: string): string[] => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

describe('applyChanges: writing', () => {
  it('creates a new file (and its directory) with mode 0644, and records that it did not exist', async () => {
    const ctx = tempRoot();
    const path = daemonJson(ctx.root);
    const result = await applyChanges(ctx, [change(path, null, '{"debug": true}\n')], { reason: 'set debug true' });
    expect(readFileSync(path, 'utf8')).toBe('{"debug": true}\n');
    expect(statSync(path).mode & 0o7777).toBe(0o644);
    expect(result.files).toEqual([{ path, changed: true, backup: '20261128T010203Z-daemon.json' }]);
    expect(listBackups(ctx)).toMatchObject([
      { id: '20261128T010203Z-daemon.json', path, existed: false, reason: 'set debug true', kind: 'daemon-json' },
    ]);
  });

  it("gives a new file the plan's mode", async () => {
    const ctx = tempRoot();
    const path = join(ctx.root, 'etc/systemd/system/docker.service.d/hosts.conf');
    await applyChanges(ctx, [change(path, null, '[Service]\n', { kind: 'drop-in', newFileMode: 0o600 })]);
    expect(statSync(path).mode & 0o7777).toBe(0o600);
  });

  it('leaves a file with the same bytes untouched: same inode, same mtime, no backup', async () => {
    const ctx = tempRoot();
    const path = daemonJson(ctx.root);
    mkdirSync(join(ctx.root, 'etc/docker'), { recursive: true });
    writeFileSync(path, '{}\n');
    const before = statSync(path, { bigint: true });
    await new Promise((r) => setTimeout(r, 20));
    const result = await applyChanges(ctx, [change(path, '{}\n', '{}\n')]);
    const after = statSync(path, { bigint: true });
    expect(result.files).toEqual([{ path, changed: false }]);
    expect([after.ino, after.mtimeNs, after.ctimeNs]).toEqual([before.ino, before.mtimeNs, before.ctimeNs]);
    expect(listBackups(ctx)).toEqual([]);
  });

  it('replaces the file by rename (new inode) and keeps its mode and owner', async () => {
    const ctx = tempRoot();
    const path = daemonJson(ctx.root);
    mkdirSync(join(ctx.root, 'etc/docker'), { recursive: true });
    writeFileSync(path, '{}\n');
    chownSync(path, 1234, 5678);
    chmodSync(path, 0o640);
    const inode = statSync(path).ino;
    await applyChanges(ctx, [change(path, '{}\n', '{"debug": true}\n')]);
    const st = statSync(path);
    expect(readFileSync(path, 'utf8')).toBe('{"debug": true}\n');
    expect({ mode: st.mode & 0o7777, uid: st.uid, gid: st.gid }).toEqual({ mode: 0o640, uid: 1234, gid: 5678 });
    expect(st.ino).not.toBe(inode);
    expect(leftovers(join(ctx.root, 'etc/docker'))).toEqual([]);
  });

  it('writes the text as UTF-8, byte for byte (CRLF, non-ASCII)', async () => {
    const ctx = tempRoot();
    const path = daemonJson(ctx.root);
    const after = '{\r\n  "labels": ["站点=北京"]\r\n}\r\n';
    await applyChanges(ctx, [change(path, null, after)]);
    expect(readFileSync(path)).toEqual(Buffer.from(after, 'utf8'));
  });

  it('keeps a symlinked daemon.json a symlink and writes the file it points to', async () => {
    const ctx = tempRoot();
    const path = daemonJson(ctx.root);
    const real = join(ctx.root, 'srv/conf/daemon.json');
    mkdirSync(join(ctx.root, 'srv/conf'), { recursive: true });
    mkdirSync(join(ctx.root, 'etc/docker'), { recursive: true });
    writeFileSync(real, '{}\n');
    chmodSync(real, 0o600);
    symlinkSync('../../srv/conf/daemon.json', path);
    const result = await applyChanges(ctx, [change(path, '{}\n', '{"debug": true}\n')]);
    expect(lstatSync(path).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path)).toBe('../../srv/conf/daemon.json');
    expect(readFileSync(real, 'utf8')).toBe('{"debug": true}\n');
    expect(statSync(real).mode & 0o7777).toBe(0o600);
    expect(result.files[0]).toMatchObject({ path, changed: true });
    expect([...leftovers(join(ctx.root, 'etc/docker')), ...leftovers(join(ctx.root, 'srv/conf'))]).toEqual([]);
  });

  it('follows a chain of links, and takes an absolute link target inside --root', async () => {
    const ctx = tempRoot();
    const path = daemonJson(ctx.root);
    mkdirSync(join(ctx.root, 'etc/docker'), { recursive: true });
    mkdirSync(join(ctx.root, 'data'), { recursive: true });
    writeFileSync(join(ctx.root, 'data/real.json'), '{}');
    symlinkSync('/data/real.json', join(ctx.root, 'data/link.json')); // absolute: means <root>/data/real.json
    symlinkSync('/data/link.json', path);
    await applyChanges(ctx, [change(path, '{}', '{"a": 1}')]);
    expect(readFileSync(join(ctx.root, 'data/real.json'), 'utf8')).toBe('{"a": 1}');
    expect(lstatSync(join(ctx.root, 'data/link.json')).isSymbolicLink()).toBe(true);
    expect(lstatSync(path).isSymbolicLink()).toBe(true);
  });

  it('creates the missing file behind a dangling link, leaving the link in place', async () => {
    const ctx = tempRoot();
    const path = daemonJson(ctx.root);
    mkdirSync(join(ctx.root, 'etc/docker'), { recursive: true });
    symlinkSync('daemon.real.json', path);
    await applyChanges(ctx, [change(path, null, '{}\n')]);
    expect(lstatSync(path).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(ctx.root, 'etc/docker/daemon.real.json'), 'utf8')).toBe('{}\n');
  });

  it('removes temp files left by killed runs, not those of live ones', async () => {
    const ctx = tempRoot();
    const path = daemonJson(ctx.root);
    const dir = join(ctx.root, 'etc/docker');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, '{}');
    const dead = '.daemon.json.999999999.0a0b0c0d.dockerd-config.tmp';
    const live = `.daemon.json.${process.ppid}.0a0b0c0d.dockerd-config.tmp`;
    writeFileSync(join(dir, dead), 'partial');
    writeFileSync(join(dir, live), 'in progress');
    await applyChanges(ctx, [change(path, '{}', '{"a": 1}')]);
    expect(existsSync(join(dir, dead))).toBe(false);
    expect(existsSync(join(dir, live))).toBe(true);
  });
});

describe('applyChanges: guards', () => {
  it('refuses when the file no longer holds the bytes the plan was made from, and writes nothing', async () => {
    const ctx = tempRoot();
    const path = daemonJson(ctx.root);
    mkdirSync(join(ctx.root, 'etc/docker'), { recursive: true });
    writeFileSync(path, '{"debug": false}\n');
    const error = await caught(applyChanges(ctx, [change(path, '{}\n', '{"debug": true}\n')]));
    expect(error.diagnostic).toMatchObject({
      id: 'file-changed',
      severity: 'error',
      file: path,
      hint: expect.stringMatching(/run the command again/),
    });
    expect(error.exitCode).toBe(1);
    expect(readFileSync(path, 'utf8')).toBe('{"debug": false}\n');
    // The lock was taken, but nothing backed up or written: the state directory went with it (issue 14, 11).
    expect(existsSync(stateDir(ctx))).toBe(false);
    expect(listBackups(ctx)).toEqual([]);
  });

  it('refuses when a file planned as new appeared meanwhile', async () => {
    const ctx = tempRoot();
    const path = daemonJson(ctx.root);
    mkdirSync(join(ctx.root, 'etc/docker'), { recursive: true });
    writeFileSync(path, 'theirs');
    const error = await caught(applyChanges(ctx, [change(path, null, 'ours')]));
    expect(error.diagnostic.message).toBe(`${path} was created after this command read it`);
    expect(readFileSync(path, 'utf8')).toBe('theirs');
  });

  it('refuses to replace something that is not a regular file', async () => {
    const ctx = tempRoot();
    const path = daemonJson(ctx.root);
    mkdirSync(path, { recursive: true });
    const error = await caught(applyChanges(ctx, [change(path, null, '{}')]));
    expect(error.diagnostic).toMatchObject({ id: 'write-failed', message: `${path} is not a regular file` });
    expect(statSync(path).isDirectory()).toBe(true);
  });

  it('dry run: reports what would change, writes nothing, creates no state', async () => {
    const ctx = tempRoot();
    const a = daemonJson(ctx.root);
    const b = join(ctx.root, 'etc/default/docker');
    mkdirSync(join(ctx.root, 'etc/docker'), { recursive: true });
    writeFileSync(a, '{}');
    const result = await applyChanges(
      ctx,
      [change(a, '{}', '{}'), change(b, null, 'DOCKER_OPTS=""\n', { kind: 'env-file' })],
      { dryRun: true },
    );
    expect(result.files).toEqual([
      { path: a, changed: false },
      { path: b, changed: true },
    ]);
    expect(existsSync(b)).toBe(false);
    expect(existsSync(stateDir(ctx))).toBe(false);
  });

  it('dry run still notices a stale plan', async () => {
    const ctx = tempRoot();
    const path = daemonJson(ctx.root);
    const error = await caught(applyChanges(ctx, [change(path, '{}', '{"a":1}')], { dryRun: true }));
    expect(error.diagnostic.message).toBe(`${path} was removed after this command read it`);
  });
});
