// hostView's stat and listDir read under --root: kinds, permission bits and owners as os.Stat
// reports them (symbolic links followed), nothing for what does not exist.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostView } from '../../../src/change/state.js';
import { createContext } from '../../../src/context.js';

describe('hostView under --root', () => {
  let root: string;
  let server: Server;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'dcfg-hostview.'));
    mkdirSync(join(root, 'srv/docker'), { recursive: true });
    chmodSync(join(root, 'srv'), 0o750);
    writeFileSync(join(root, 'srv/docker/spec'), 'unix:///x.sock');
    symlinkSync('/srv/docker/spec', join(root, 'srv/link'));
    mkdirSync(join(root, 'run/docker/plugins'), { recursive: true });
    server = createServer();
    await new Promise<void>((resolve) => server.listen(join(root, 'run/docker/plugins/authz.sock'), resolve));
  });
  afterAll(() => {
    server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('stats directories, files and sockets below the root', () => {
    const host = hostView(createContext({ root }));
    expect(host.stat?.('/srv')).toMatchObject({ kind: 'directory', perm: 0o750 });
    expect(host.stat?.('/srv/docker/spec')).toMatchObject({ kind: 'file' });
    expect(host.stat?.('/run/docker/plugins/authz.sock')).toMatchObject({ kind: 'socket' });
    expect(host.stat?.('/nope')).toBeUndefined();
    expect(host.listDir?.('/srv')?.sort()).toEqual(['docker', 'link']);
    expect(host.listDir?.('/srv/docker/spec')).toBeUndefined();
  });
});
