// Issue 14, point 11: a rewritten file keeps its extended attributes and ACLs (the new bytes reach
// it by rename, so without a copy they were lost on every write), and a rollback keeps them too.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';
import { tempRoot, type TempRoot } from '../../helpers/temp-root.js';

const DAEMON_JSON = '/etc/docker/daemon.json';
const ENV_FILE = '/etc/default/docker';

let root: TempRoot | undefined;
afterEach(() => root?.cleanup());

/** setfattr/getfattr (attr) and setfacl/getfacl (acl): scripts/provision.sh installs both. */
function tool(file: string, args: string[]): string {
  const run = spawnSync(file, args, { encoding: 'utf8' });
  if (run.error) throw new Error(`${file} is missing: install Debian's attr and acl (bash scripts/provision.sh)`);
  if (run.status !== 0) throw new Error(`${file} ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}
const cli = (args: string[]) =>
  runCli([...args, '--root', (root as TempRoot).dir, '--no-restart', '--engine-version', '28.5', '--daemon-args', '']);

function marked(path: string): string {
  const file = join((root as TempRoot).dir, path);
  tool('setfattr', ['-n', 'user.owner-team', '-v', 'platform', file]);
  tool('setfacl', ['-m', 'u:nobody:r', file]);
  return file;
}
const attribute = (file: string): string => tool('getfattr', ['--only-values', '-n', 'user.owner-team', file]);
const acl = (file: string): string => tool('getfacl', ['-c', '-p', file]);

describe('extended attributes and ACLs survive every write', () => {
  it('set, then rollback: daemon.json keeps its xattr and its ACL (and its mode)', async () => {
    root = tempRoot(undefined, { [DAEMON_JSON]: '{}\n' });
    const file = marked(DAEMON_JSON);
    const before = acl(file);
    expect(before).toContain('user:nobody:r--');

    expect((await cli(['set', 'debug', 'true'])).exitCode).toBe(0);
    expect(root.read(DAEMON_JSON)).toContain('"debug": true');
    expect(attribute(file)).toBe('platform');
    expect(acl(file)).toBe(before);

    expect((await cli(['rollback', '-y'])).exitCode).toBe(0);
    expect(root.read(DAEMON_JSON)).toBe('{}\n');
    expect(attribute(file)).toBe('platform');
    expect(acl(file)).toBe(before);
  });

  it('an edit of DOCKER_OPTS keeps them too', async () => {
    root = tempRoot('sysvinit', { [ENV_FILE]: 'DOCKER_OPTS="--debug"\n' });
    const file = marked(ENV_FILE);
    const before = acl(file);
    const run = await cli(['set', 'log-level', 'warn', '--target', 'env-file']);
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(root.read(ENV_FILE)).toContain('--log-level=warn');
    expect(attribute(file)).toBe('platform');
    expect(acl(file)).toBe(before);
  });
});
