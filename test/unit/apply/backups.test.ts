import { appendFileSync, chownSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applyChanges,
  backupsDir,
  listBackups,
  readBackup,
  restoreBackup,
  SafeWriteError,
  stateDir,
} from '../../../src/apply/index.js';
import { tempRoot, text } from './temp-root.js';

function withDaemonJson(content: string | Uint8Array = '{}\n') {
  const ctx = tempRoot();
  const path = join(ctx.root, 'etc/docker/daemon.json');
  mkdirSync(join(ctx.root, 'etc/docker'), { recursive: true });
  writeFileSync(path, content);
  return { ctx, path };
}

/** Change daemon.json from what it holds now to `after`. */
const edit = (ctx: ReturnType<typeof tempRoot>, path: string, after: string, reason?: string) =>
  applyChanges(ctx, [{ path, kind: 'daemon-json', before: readFileSync(path), after }], { reason });

describe('backups', () => {
  it('are named after the UTC time and the file, and numbered within one second', async () => {
    const { ctx, path } = withDaemonJson();
    const first = await edit(ctx, path, '{"a": 1}\n');
    const second = await edit(ctx, path, '{"a": 2}\n');
    const third = await edit(ctx, path, '{"a": 3}\n');
    expect([first, second, third].map((r) => r.files[0]?.backup)).toEqual([
      '20261128T010203Z-daemon.json',
      '20261128T010203Z.2-daemon.json',
      '20261128T010203Z.3-daemon.json',
    ]);
  });

  it('replace characters that do not belong in an id', async () => {
    const ctx = tempRoot();
    const path = join(ctx.root, 'etc/docker/my daemon;conf.json');
    const result = await applyChanges(ctx, [{ path, kind: 'daemon-json', before: null, after: '{}' }]);
    expect(result.files[0]?.backup).toBe('20261128T010203Z-my_daemon_conf.json');
  });

  it('keep the old bytes in a 0600 file inside 0700 directories', async () => {
    const { ctx, path } = withDaemonJson('{"old": true}\n');
    const { files } = await edit(ctx, path, '{}\n');
    const file = join(backupsDir(ctx), files[0]?.backup ?? '');
    expect(readFileSync(file, 'utf8')).toBe('{"old": true}\n');
    expect(statSync(file).mode & 0o7777).toBe(0o600);
    expect(statSync(backupsDir(ctx)).mode & 0o7777).toBe(0o700);
    expect(statSync(stateDir(ctx)).mode & 0o7777).toBe(0o700);
  });

  it('are listed oldest first (newest last), with path, time, reason, kind and the old mode and owner', async () => {
    const { ctx, path } = withDaemonJson();
    chownSync(path, 1000, 1000);
    ctx.now = () => new Date('2026-11-28T01:03:04Z');
    await edit(ctx, path, '{"a": 1}\n', 'mirror add https://a.example');
    ctx.now = () => new Date('2026-11-28T01:04:05Z');
    await edit(ctx, path, '{"a": 2}\n', 'mirror add https://b.example');
    expect(listBackups(ctx)).toEqual([
      {
        id: '20261128T010304Z-daemon.json',
        group: '20261128T010304Z-daemon.json',
        path,
        time: '2026-11-28T01:03:04.000Z',
        reason: 'mirror add https://a.example',
        kind: 'daemon-json',
        existed: true,
        size: 3,
        mode: 0o644,
        uid: 1000,
        gid: 1000,
      },
      {
        id: '20261128T010405Z-daemon.json',
        group: '20261128T010405Z-daemon.json',
        path,
        time: '2026-11-28T01:04:05.000Z',
        reason: 'mirror add https://b.example',
        kind: 'daemon-json',
        existed: true,
        size: 9,
        mode: 0o644,
        uid: 1000,
        gid: 1000,
      },
    ]);
  });

  it('never store a password in the reason', async () => {
    const { ctx, path } = withDaemonJson();
    await edit(ctx, path, '{"a": 1}\n', 'mirror add https://bob:hunter2@m.example');
    expect(listBackups(ctx)[0]?.reason).toBe('mirror add https://bob:xxxxx@m.example');
    expect(readFileSync(join(backupsDir(ctx), 'index.jsonl'), 'utf8')).not.toContain('hunter2');
  });

  it('list nothing before the first write', () => {
    expect(listBackups(tempRoot())).toEqual([]);
  });

  it('read back: the bytes, null for a file that did not exist, undefined for an unknown id', async () => {
    const ctx = tempRoot();
    const path = join(ctx.root, 'etc/docker/daemon.json');
    const created = await applyChanges(ctx, [{ path, kind: 'daemon-json', before: null, after: '{}' }]);
    const changed = await edit(ctx, path, '{"a": 1}');
    expect(readBackup(ctx, created.files[0]?.backup ?? '')).toMatchObject({
      entry: { existed: false, size: 0 },
      bytes: null,
    });
    expect(Buffer.from(readBackup(ctx, changed.files[0]?.backup ?? '')?.bytes ?? []).toString()).toBe('{}');
    expect(readBackup(ctx, '20991231T000000Z-daemon.json')).toBeUndefined();
    expect(readBackup(ctx, '../../../etc/passwd')).toBeUndefined();
  });

  it('survive an index line cut short by a crash', async () => {
    const { ctx, path } = withDaemonJson();
    await edit(ctx, path, '{"a": 1}\n');
    appendFileSync(join(backupsDir(ctx), 'index.jsonl'), '{"id":"20261128T0102'); // killed mid-append
    await edit(ctx, path, '{"a": 2}\n');
    expect(listBackups(ctx).map((b) => b.id)).toEqual([
      '20261128T010203Z-daemon.json',
      '20261128T010203Z.2-daemon.json',
    ]);
  });

  it('say clearly when the data of a listed backup was deleted', async () => {
    const { ctx, path } = withDaemonJson();
    const { files } = await edit(ctx, path, '{"a": 1}\n');
    const id = files[0]?.backup ?? '';
    writeFileSync(join(backupsDir(ctx), 'x'), ''); // unrelated file
    (await import('node:fs')).unlinkSync(join(backupsDir(ctx), id));
    expect(() => readBackup(ctx, id)).toThrow(SafeWriteError);
    expect(() => readBackup(ctx, id)).toThrow(`the data of backup ${id} is missing`);
  });
});

describe('restoreBackup', () => {
  it('puts the old bytes back exactly (a UTF-16 file too) and backs up what it replaces', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"debug": true}', 'utf16le')]);
    const { ctx, path } = withDaemonJson(utf16);
    const { files } = await applyChanges(ctx, [
      { path, kind: 'daemon-json', before: utf16, after: '{"debug": false}\n' },
    ]);
    const id = files[0]?.backup ?? '';
    const result = await restoreBackup(ctx, id);
    expect(readFileSync(path)).toEqual(utf16);
    expect(result.entry.id).toBe(id);
    expect(result.files[0]).toMatchObject({ path, changed: true });
    const undo = readBackup(ctx, result.files[0]?.backup ?? '');
    expect(undo?.entry.reason).toBe(`rollback to ${id}`);
    expect(Buffer.from(undo?.bytes ?? []).toString()).toBe('{"debug": false}\n');
  });

  it('removes a file that did not exist at the time of the backup', async () => {
    const ctx = tempRoot();
    const path = join(ctx.root, 'etc/systemd/system/docker.service.d/hosts.conf');
    const { files } = await applyChanges(ctx, [{ path, kind: 'drop-in', before: null, after: '[Service]\n' }]);
    await restoreBackup(ctx, files[0]?.backup ?? '');
    expect(existsSync(path)).toBe(false);
  });

  it('dry run says what would change and changes nothing', async () => {
    const { ctx, path } = withDaemonJson('{}\n');
    const { files } = await edit(ctx, path, '{"a": 1}\n');
    const result = await restoreBackup(ctx, files[0]?.backup ?? '', { dryRun: true });
    expect(result.files).toEqual([{ path, changed: true }]);
    expect(readFileSync(path, 'utf8')).toBe('{"a": 1}\n');
  });

  it('refuses an unknown id with backup-not-found', async () => {
    const ctx = tempRoot();
    await expect(restoreBackup(ctx, '20261128T010203Z-daemon.json')).rejects.toMatchObject({
      diagnostic: {
        id: 'backup-not-found',
        message: 'there is no backup 20261128T010203Z-daemon.json',
        hint: expect.stringMatching(/dockerd-config backups/),
      },
      exitCode: 1,
    });
  });
});

describe('text helper sanity', () => {
  it('encodes as UTF-8', () => expect(Buffer.from(text('é'))).toEqual(Buffer.from([0xc3, 0xa9])));
});
