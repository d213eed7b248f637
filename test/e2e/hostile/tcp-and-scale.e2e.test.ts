// Issue 14, point 5 (no back door to an unauthenticated network API) and point 10 (scale, stdin):
// real runs of the built binary on a temp --root, files compared byte for byte.
import { execa } from 'execa';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cliPath, runCli } from '../../helpers/run-cli.js';
import { repoRoot, tempRoot, type TempRoot } from '../../helpers/temp-root.js';

const DAEMON_JSON = '/etc/docker/daemon.json';
const ENV_FILE = '/etc/default/docker';
const COMMON = ['--no-restart', '--engine-version', '28.5'];
const TLS_FIXTURES = join(repoRoot, 'test', 'unit', 'values', 'fixtures', 'tls');

let root: TempRoot | undefined;
afterEach(() => root?.cleanup());
const cli = (args: string[], options: { input?: string; daemonArgs?: string | false } = {}) =>
  runCli(
    [
      ...args,
      '--root',
      (root as TempRoot).dir,
      ...COMMON,
      ...(options.daemonArgs === false ? [] : ['--daemon-args', options.daemonArgs ?? '']),
    ],
    { input: options.input },
  );
const said = (run: { stdout: string; stderr: string }) => run.stdout + run.stderr;
/** Nothing written: the files as they were, and no backup taken. */
const untouched = (before: Record<string, string>): void => {
  for (const [path, text] of Object.entries(before)) expect((root as TempRoot).read(path)).toBe(text);
};
const REFUSED = 'exposes the Docker API to the network without TLS client verification';

/** A daemon.json that listens on 0.0.0.0:2376 with verified TLS, and the certificates it names. */
function verifiedRoot(): string {
  const json = `${JSON.stringify(
    {
      hosts: ['unix:///var/run/docker.sock', 'tcp://0.0.0.0:2376'],
      tlsverify: true,
      tlscacert: '/etc/docker/tls/ca.pem',
      tlscert: '/etc/docker/tls/cert.pem',
      tlskey: '/etc/docker/tls/key.pem',
    },
    null,
    2,
  )}\n`;
  const files: Record<string, string> = { [DAEMON_JSON]: json };
  for (const f of ['ca.pem', 'cert.pem', 'key.pem'])
    files[`/etc/docker/tls/${f}`] = readFileSync(join(TLS_FIXTURES, f), 'utf8');
  root = tempRoot(undefined, files);
  return json;
}

describe('point 5: every path refuses a non-loopback TCP listener without TLS client verification', () => {
  it('repair of a file dockerd could not read does not open tcp://0.0.0.0:2375 unasked', async () => {
    const broken = '{"hosts": ["unix:///var/run/docker.sock", "tcp://0.0.0.0:2375"],}\n';
    root = tempRoot(undefined, { [DAEMON_JSON]: broken });
    const run = await cli(['repair']);
    expect(run.exitCode).toBe(1);
    expect(said(run)).toContain(REFUSED);
    untouched({ [DAEMON_JSON]: broken });
    expect((await cli(['repair', '--allow-insecure-tcp'])).exitCode).toBe(0);
    expect(JSON.parse(root.read(DAEMON_JSON))).toEqual({
      hosts: ['unix:///var/run/docker.sock', 'tcp://0.0.0.0:2375'],
    });
  });

  it('rollback to a backup that listened on tcp://0.0.0.0:2375 is refused unless --allow-insecure-tcp', async () => {
    root = tempRoot(undefined, { [DAEMON_JSON]: '{}\n' });
    expect((await cli(['set', 'hosts', '["tcp://0.0.0.0:2375"]', '--allow-insecure-tcp'])).exitCode).toBe(0);
    expect((await cli(['unset', 'hosts'])).exitCode).toBe(0);
    const closed = root.read(DAEMON_JSON);
    const run = await cli(['rollback', '-y']);
    expect(run.exitCode).toBe(1);
    expect(said(run)).toContain(REFUSED);
    untouched({ [DAEMON_JSON]: closed });
    expect((await cli(['rollback', '-y', '--allow-insecure-tcp'])).exitCode).toBe(0);
    expect(root.read(DAEMON_JSON)).toContain('tcp://0.0.0.0:2375');
  });

  it('set hosts tcp://0.0.0.0:2375: refused, exit 1, file unchanged; --allow-insecure-tcp writes it', async () => {
    root = tempRoot(undefined, { [DAEMON_JSON]: '{}\n' });
    const run = await cli(['set', 'hosts', '["tcp://0.0.0.0:2375"]']);
    expect(run.exitCode).toBe(1);
    expect(said(run)).toContain(REFUSED);
    expect(said(run)).toContain('--allow-insecure-tcp');
    untouched({ [DAEMON_JSON]: '{}\n' });
    const allowed = await cli(['set', 'hosts', '["tcp://0.0.0.0:2375"]', '--allow-insecure-tcp']);
    expect(allowed.exitCode).toBe(0);
    expect(JSON.parse(root.read(DAEMON_JSON))).toEqual({ hosts: ['tcp://0.0.0.0:2375'] });
  });

  it('apply - with hosts on 0.0.0.0 and on a LAN address: refused, --json says tcp-without-tls', async () => {
    root = tempRoot(undefined, { [DAEMON_JSON]: '{}\n' });
    const run = await cli(['apply', '-', '--json'], {
      input: '{"hosts": ["unix:///var/run/docker.sock", "tcp://192.168.1.5:2375"]}',
    });
    expect(run.exitCode).toBe(1);
    const out = run.json<{ ok: boolean; changed: boolean; diagnostics: { id: string; severity: string }[] }>();
    expect(out.ok).toBe(false);
    expect(out.changed).toBe(false);
    expect(out.diagnostics).toContainEqual(expect.objectContaining({ id: 'tcp-without-tls', severity: 'error' }));
    untouched({ [DAEMON_JSON]: '{}\n' });
  });

  it('set hosts --target env-file (DOCKER_OPTS -H) and host add into DOCKER_OPTS: refused, env file unchanged', async () => {
    root = tempRoot('sysvinit');
    const env = root.read(ENV_FILE);
    const set = await cli(
      ['set', 'hosts', '["unix:///var/run/docker.sock","tcp://0.0.0.0:2375"]', '--target', 'env-file'],
      {
        daemonArgs: false,
      },
    );
    expect(set.exitCode).toBe(1);
    expect(said(set)).toContain(REFUSED);
    const add = await cli(['host', 'add', 'tcp://[::]:2375'], { daemonArgs: false });
    expect(add.exitCode).toBe(1);
    expect(said(add)).toContain(REFUSED);
    untouched({ [ENV_FILE]: env });
  });

  it.each([
    ['unset tlsverify', ['unset', 'tlsverify']],
    ['set tlsverify false', ['set', 'tlsverify', 'false']],
    ['unset tlscacert (verification against the system store is none)', ['unset', 'tlscacert']],
  ])('%s on a verified tcp://0.0.0.0:2376: refused, file unchanged', async (_name, args) => {
    const json = verifiedRoot();
    const run = await cli(args);
    expect(run.exitCode).toBe(1);
    expect(said(run)).toContain(`tcp://0.0.0.0:2376 ${REFUSED}`);
    untouched({ [DAEMON_JSON]: json });
    const allowed = await cli([...args, '--allow-insecure-tcp']);
    expect(allowed.exitCode).toBe(0);
  });

  it('an unrelated edit on a verified listener says nothing about it', async () => {
    verifiedRoot();
    const run = await cli(['mirror', 'add', 'https://m.example.com']);
    expect(run.exitCode).toBe(0);
    expect(said(run)).not.toContain('tcp-without-tls');
  });

  it('mirror add where tcp://0.0.0.0:2375 was already open: written with a warning, exit 0', async () => {
    root = tempRoot(undefined, { [DAEMON_JSON]: '{"hosts": ["unix:///var/run/docker.sock", "tcp://0.0.0.0:2375"]}\n' });
    const run = await cli(['mirror', 'add', 'https://m.example.com']);
    expect(run.exitCode).toBe(0);
    expect(said(run)).toContain('It was open before this change');
    expect(JSON.parse(root.read(DAEMON_JSON))['registry-mirrors']).toEqual(['https://m.example.com']);
    // …but a second open address is new: refused.
    const more = await cli(['host', 'add', 'tcp://0.0.0.0:2380']);
    expect(more.exitCode).toBe(1);
    expect(said(more)).toContain(`tcp://0.0.0.0:2380 ${REFUSED}`);
  });

  it('a listener opened by --daemon-args is judged with the file: kept open, an edit warns', async () => {
    root = tempRoot(undefined, { [DAEMON_JSON]: '{}\n' });
    const run = await cli(['set', 'debug', 'true'], { daemonArgs: '-H tcp://0.0.0.0:2375' });
    expect(run.exitCode).toBe(0);
    expect(said(run)).toContain('It was open before this change');
  });
});

describe('point 10: scale and standard input', () => {
  const urls = (n: number, salt: string) => Array.from({ length: n }, (_, i) => `https://m${i}-${salt}.example.com`);

  it('mirror add with 2,000 URLs, 1,000 already present: each once, in order (was minutes, under the lock)', async () => {
    const present = urls(1000, 'a');
    root = tempRoot(undefined, { [DAEMON_JSON]: `${JSON.stringify({ 'registry-mirrors': present }, null, 2)}\n` });
    const adding = [...present, ...urls(1000, 'b'), ...urls(1000, 'b')];
    const run = await cli(['mirror', 'add', ...adding]);
    expect(run.exitCode).toBe(0);
    const written = root.read(DAEMON_JSON);
    expect(JSON.parse(written)['registry-mirrors']).toEqual([...present, ...urls(1000, 'b')]);
    // Laid out as the file was: one per line, two-space indent.
    expect(written).toContain('    "https://m999-b.example.com"\n  ]\n}\n');
  });

  it('apply - from a pipe that is slow and delivers in pieces', async () => {
    root = tempRoot(undefined, { [DAEMON_JSON]: '{}\n' });
    const command = [process.execPath, cliPath, 'apply', '-', '--root', root.dir, ...COMMON, '--daemon-args', '']
      .map((w) => `'${w.replaceAll("'", "'\\''")}'`)
      .join(' ');
    const run = await execa('sh', ['-c', `(sleep 1; printf '{"de'; sleep 1; printf 'bug": true}') | ${command}`], {
      reject: false,
      env: { NO_COLOR: '1', LANG: 'C.UTF-8' },
    });
    expect(String(run.stderr)).not.toContain('EAGAIN');
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(root.read(DAEMON_JSON))).toEqual({ debug: true });
  });

  it('explain - reads standard input, not the working directory', async () => {
    const command = [process.execPath, cliPath, 'explain', '-'].map((w) => `'${w}'`).join(' ');
    const log =
      'level=fatal msg="unable to configure the Docker daemon with file /etc/docker/daemon.json: invalid character"';
    const run = await execa('sh', ['-c', `(sleep 1; printf '%s\\n' '${log}') | ${command}`], {
      reject: false,
      env: { NO_COLOR: '1', LANG: 'C.UTF-8' },
    });
    expect(String(run.stdout) + String(run.stderr)).not.toMatch(/EISDIR|EAGAIN/);
    expect(String(run.stdout), String(run.stderr)).toContain('invalid character');
  });
});
