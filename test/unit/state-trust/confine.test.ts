import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyChanges, backupsDir, restoreBackup, SafeWriteError } from '../../../src/apply/index.js';
import { backupIndexPath } from '../../../src/apply/paths.js';
import { insideRoot, resolveInRoot, resolveWriteTarget } from '../../../src/apply/resolve-target.js';
import { tempRoot } from '../apply/temp-root.js';

const outside: string[] = [];
afterEach(() => {
  for (const dir of outside.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A file outside --root that must never be written. */
function outsideFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dockerd-config-outside-'));
  outside.push(dir);
  const path = join(dir, 'target');
  writeFileSync(path, 'outside\n');
  return path;
}

describe('a forged index entry is refused: a backup goes back only under --root', () => {
  it('an entry naming a path outside --root writes nothing there', async () => {
    const ctx = tempRoot();
    const daemonJson = join(ctx.root, 'etc/docker/daemon.json');
    mkdirSync(join(ctx.root, 'etc/docker'), { recursive: true });
    writeFileSync(daemonJson, '{}\n');
    await applyChanges(ctx, [
      { path: daemonJson, kind: 'daemon-json', before: readFileSync(daemonJson), after: '{"a":1}\n' },
    ]);
    const victim = outsideFile();
    const id = '20261128T010203Z.9-target';
    writeFileSync(join(backupsDir(ctx), id), 'chosen bytes\n', { mode: 0o600 });
    appendFileSync(
      backupIndexPath(ctx),
      `${JSON.stringify({ id, path: victim, time: '2026-11-28T01:02:03.000Z', reason: 'x', existed: true, size: 13 })}\n`,
    );
    const error = await restoreBackup(ctx, id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SafeWriteError);
    expect((error as SafeWriteError).diagnostic).toMatchObject({
      id: 'backup-not-valid',
      message: `backup ${id} names "${victim}", which is not a file under --root ${ctx.root}: dockerd-config never backed it up, so the entry in ${backupIndexPath(ctx)} is forged or damaged and is not restored`,
    });
    expect(readFileSync(victim, 'utf8')).toBe('outside\n');
  });

  it('a relative path, or .. out of the root, is refused too', () => {
    expect(insideRoot('/r', '/r/etc/docker/daemon.json')).toBe(true);
    expect(insideRoot('/r', '/r/../etc/shadow')).toBe(false);
    expect(insideRoot('/r', '/rx/etc')).toBe(false);
    expect(insideRoot('/', '/etc')).toBe(false);
  });
});

describe('symlinks under --root resolve inside it, as in a chroot', () => {
  const setUp = () => {
    const ctx = tempRoot();
    mkdirSync(join(ctx.root, 'etc/docker'), { recursive: true });
    return { ctx, path: join(ctx.root, 'etc/docker/daemon.json') };
  };

  it('a relative link climbing out stops at the root', () => {
    const { ctx, path } = setUp();
    const victim = outsideFile();
    symlinkSync(`../../../../../../../../..${victim}`, path);
    expect(resolveWriteTarget(ctx, path)).toBe(join(ctx.root, victim));
  });

  it('an absolute link, and a link of a directory on the way, start again at the root', () => {
    const { ctx } = setUp();
    const victim = outsideFile();
    symlinkSync(join(victim, '..'), join(ctx.root, 'etc/sneaky')); // absolute, to a directory outside
    expect(resolveInRoot(ctx, join(ctx.root, 'etc/sneaky/target'))).toBe(join(ctx.root, victim));
    symlinkSync('../../..', join(ctx.root, 'etc/docker/up'));
    expect(resolveInRoot(ctx, join(ctx.root, 'etc/docker/up/etc/passwd'))).toBe(join(ctx.root, 'etc/passwd'));
  });

  it('a write through a link that leads out of the root is refused, naming both files', async () => {
    const { ctx, path } = setUp();
    const victim = outsideFile();
    symlinkSync(`../../../../../../../../..${victim}`, path);
    const error = await applyChanges(ctx, [
      { path, kind: 'daemon-json', before: Buffer.from('outside\n'), after: '{"a":1}\n' },
    ]).catch((e: unknown) => e);
    expect((error as SafeWriteError).diagnostic).toMatchObject({
      id: 'write-failed',
      message: `${path} is a symbolic link that leads out of --root ${ctx.root}, to ${victim}; inside the root it names ${join(ctx.root, victim)}, and nothing outside the root is written`,
    });
    expect(readFileSync(victim, 'utf8')).toBe('outside\n');
  });

  it('an absolute link to a file the host does not have lands inside the root', async () => {
    const { ctx, path } = setUp();
    symlinkSync('/srv/dockerd-config-test-none/daemon.json', path);
    await applyChanges(ctx, [{ path, kind: 'daemon-json', before: null, after: '{"a":1}\n' }]);
    expect(readFileSync(join(ctx.root, 'srv/dockerd-config-test-none/daemon.json'), 'utf8')).toBe('{"a":1}\n');
  });

  it('a loop is ELOOP', () => {
    const { ctx, path } = setUp();
    symlinkSync('daemon.json', path);
    expect(() => resolveWriteTarget(ctx, path)).toThrow(/too many levels/);
  });
});
