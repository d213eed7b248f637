import { chmodSync, chownSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyChanges, backupsDir, listBackups, stateDir, withLock } from '../../../src/apply/index.js';
import { dirTrustProblem } from '../../../src/apply/state-trust.js';
import { caught } from '../../helpers/caught.js';
import { tempRoot } from '../apply/temp-root.js';

const dir = (uid: number, mode: number, gid = 0) => ({
  uid,
  gid,
  mode: 0o040000 | mode,
  isDirectory: () => true,
  isSymbolicLink: () => false,
});

describe('dirTrustProblem (pure)', () => {
  it('trusts root-owned directories nobody else can write', () => {
    expect(dirTrustProblem(dir(0, 0o700), true, [0], [0])).toBeUndefined();
    expect(dirTrustProblem(dir(0, 0o755), false, [0], [0])).toBeUndefined();
    expect(dirTrustProblem(dir(1000, 0o700), true, [0, 1000], [0])).toBeUndefined();
  });
  it('refuses another owner, or a directory others or a foreign group may write', () => {
    expect(dirTrustProblem(dir(1000, 0o700), true, [0], [0])).toBe('owner');
    expect(dirTrustProblem(dir(0, 0o777), true, [0], [0])).toBe('other-writable');
    expect(dirTrustProblem(dir(0, 0o770, 50), true, [0], [0])).toBe('group-writable');
    expect(dirTrustProblem(dir(0, 0o770, 0), true, [0], [0])).toBeUndefined();
  });
  it('allows a sticky world-writable parent, never our own directory so', () => {
    expect(dirTrustProblem(dir(0, 0o1777), false, [0], [0])).toBeUndefined();
    expect(dirTrustProblem(dir(0, 0o1777), true, [0], [0])).toBe('other-writable');
  });
  it('refuses our own directory as a symlink, but not a trusted parent link', () => {
    const link = { ...dir(0, 0o777), isSymbolicLink: () => true, isDirectory: () => false };
    expect(dirTrustProblem(link, true, [0], [0])).toBe('symlink');
    expect(dirTrustProblem(link, false, [0], [0])).toBeUndefined();
  });
});

function rootWithDaemonJson() {
  const ctx = tempRoot();
  const path = join(ctx.root, 'etc/docker/daemon.json');
  mkdirSync(join(ctx.root, 'etc/docker'), { recursive: true });
  writeFileSync(path, '{}\n');
  const edit = () => applyChanges(ctx, [{ path, kind: 'daemon-json', before: readFileSync(path), after: '{"a":1}\n' }]);
  return { ctx, path, edit };
}

describe('a state directory someone else can write is refused, and nothing is written', () => {
  it('world-writable state directory: names it, its owner and mode, and what to do', async () => {
    const { ctx, path, edit } = rootWithDaemonJson();
    mkdirSync(stateDir(ctx), { recursive: true });
    chmodSync(stateDir(ctx), 0o777);
    const error = await caught(edit());
    expect(error.diagnostic).toMatchObject({
      id: 'write-failed',
      file: stateDir(ctx),
      message: `refusing to use ${stateDir(ctx)}: anyone may write it (mode 0777); whoever can change it could make this command overwrite any file (owner uid 0, gid 0, mode 0777)`,
      hint: `check who put it there, then make it root's alone and run again: chown root:root ${stateDir(ctx)} && chmod go-w ${stateDir(ctx)}`,
    });
    expect(readFileSync(path, 'utf8')).toBe('{}\n');
  });

  it('a state directory owned by another user', async () => {
    const { ctx, path, edit } = rootWithDaemonJson();
    mkdirSync(backupsDir(ctx), { recursive: true, mode: 0o700 });
    chownSync(backupsDir(ctx), 65534, 65534);
    const error = await caught(edit());
    expect(error.diagnostic.message).toContain(`refusing to use ${backupsDir(ctx)}: it is owned by uid 65534`);
    expect(readFileSync(path, 'utf8')).toBe('{}\n');
    expect(() => listBackups(ctx)).toThrow(/it is owned by uid 65534/);
  });

  it('a parent (var/lib) anyone may write, under --root', async () => {
    const { ctx, edit } = rootWithDaemonJson();
    mkdirSync(join(ctx.root, 'var/lib'), { recursive: true });
    chmodSync(join(ctx.root, 'var/lib'), 0o777);
    const error = await caught(edit());
    expect(error.diagnostic.file).toBe(join(ctx.root, 'var/lib'));
  });

  it('the state directory as a symlink (to a directory an attacker chose)', async () => {
    const { ctx, edit } = rootWithDaemonJson();
    mkdirSync(join(ctx.root, 'var/lib'), { recursive: true });
    mkdirSync(join(ctx.root, 'elsewhere'), { mode: 0o700 });
    symlinkSync(join(ctx.root, 'elsewhere'), stateDir(ctx));
    const error = await caught(withLock(ctx, () => undefined));
    expect(error.diagnostic.message).toContain(`refusing to use ${stateDir(ctx)}: it is a symbolic link`);
    await expect(edit()).rejects.toThrow(/symbolic link/);
  });

  it('a private state directory of ours is used as before', async () => {
    const { ctx, path, edit } = rootWithDaemonJson();
    mkdirSync(stateDir(ctx), { recursive: true, mode: 0o700 });
    await edit();
    expect(readFileSync(path, 'utf8')).toBe('{"a":1}\n');
    expect(listBackups(ctx)).toHaveLength(1);
  });
});
