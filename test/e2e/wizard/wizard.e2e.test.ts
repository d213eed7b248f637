// The wizard in a real terminal: tmux drives the built binary against a temporary --root, with a
// real registry (Debian's docker-registry) and a closed port on 127.0.0.1 as mirror candidates.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { startProbeServers, type ProbeServers } from '../../helpers/probe-servers.js';
import { cliPath } from '../../helpers/run-cli.js';
import { tempRoot, type TempRoot } from '../../helpers/temp-root.js';
import { openTerminal, type Terminal } from '../../helpers/tmux.js';

let servers: ProbeServers;
beforeAll(async () => {
  servers = await startProbeServers({ blackHoles: 1 });
}, 60_000);
afterAll(async () => servers?.stop());

let terminal: Terminal | undefined;
let root: TempRoot | undefined;
afterEach(async () => {
  await terminal?.close();
  root?.cleanup();
  terminal = root = undefined;
});

const ENGLISH = { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
const CHINESE = { LANG: 'zh_CN.UTF-8', LC_ALL: '', LC_MESSAGES: '' };

async function wizard(
  args: readonly string[],
  env: Record<string, string>,
  files: Record<string, string> = {},
): Promise<Terminal> {
  root = tempRoot('debian-docker-io', files);
  const probeTimeout = args.includes('--probe-timeout') ? [] : ['--probe-timeout', '2'];
  const engine = args.includes('--engine-version') ? [] : ['--engine-version', '26.1'];
  terminal = await openTerminal([process.execPath, cliPath, '--root', root.dir, ...engine, ...probeTimeout, ...args], {
    env,
  });
  return terminal;
}

describe('the wizard in a real terminal', () => {
  it("mirrors for other registries: ghcr.io's mirrors tested and ranked, written to its hosts.toml", async () => {
    const registry = `http://127.0.0.1:${servers.plain}`;
    const closed = `http://127.0.0.1:${servers.closed}`;
    const t = await wizard(['wizard', '--no-restart', '--engine-version', '28.5.2'], ENGLISH, {
      '/etc/docker/daemon.json': '{"features": {"containerd-snapshotter": true}}\n',
    });
    await t.waitFor('What do you want to set up?');
    await t.keys('Down', 'Space', 'Enter');
    expect(await t.waitFor('Which registries?')).not.toContain('does not read hosts.toml');
    await t.keys('Space', 'Enter');
    await t.waitFor('Other registries, e.g.');
    await t.keys('Enter');
    await t.waitFor('Mirror URL(s) of ghcr.io to try');
    await t.type(`${closed} ${registry}`);
    await t.keys('Enter');
    await t.waitFor('More mirror URLs (empty: done)');
    await t.keys('Enter');
    const list = await t.waitFor('Mirrors of ghcr.io, fastest first');
    expect(list.indexOf(`✓ ${registry}`)).toBeGreaterThan(0);
    expect(list.indexOf(`✓ ${registry}`)).toBeLessThan(list.indexOf(`✗ ${closed}`));
    await t.keys('Enter');
    const preview = await t.waitFor('Write it now (with a backup)?');
    expect(preview).toContain(`+++ ${root!.dir}/etc/docker/certs.d/ghcr.io/hosts.toml`);
    await t.keys('Enter');
    expect(await t.exitCode()).toBe(0);
    const toml = root!.read('/etc/docker/certs.d/ghcr.io/hosts.toml');
    expect(toml).toContain(`[host."${registry}"]\n  capabilities = ["pull", "resolve"]`);
    expect(toml).not.toContain(closed);
  });

  it('English, from start to a written daemon.json: a mirror rejected as typed, two tested and ranked, a loopback registry left out', async () => {
    const registry = `http://127.0.0.1:${servers.plain}`;
    const closed = `http://127.0.0.1:${servers.closed}`;
    const t = await wizard(['wizard', '--no-restart'], ENGLISH);
    await t.waitFor('What do you want to set up?');
    await t.keys('Space', 'Down', 'Down', 'Space', 'Enter');

    await t.waitFor('Mirror URL(s) to try');
    await t.type('ftp://mirror.example');
    await t.keys('Enter');
    await t.waitFor('"ftp://mirror.example" is not a valid registry mirror: invalid mirror: unsupported scheme "ftp"');
    await t.keys('C-u');
    await t.type(`${closed} ${registry}`);
    await t.keys('Enter');
    await t.waitFor('More mirror URLs (empty: done)');
    await t.keys('Enter');

    const list = await t.waitFor('Mirrors to use, fastest first');
    // The registry first and ticked; the closed port after it, marked and not ticked.
    expect(list).toMatch(new RegExp(`◉ ✓ ${registry.replace(/\./g, '\\.')}\\s+\\d+ ms`));
    expect(list).toMatch(new RegExp(`◯ ✗ ${closed.replace(/\./g, '\\.')}\\s+unusable: no answer`));
    expect(list.indexOf(`✓ ${registry}`)).toBeLessThan(list.indexOf(`✗ ${closed}`));
    await t.keys('Enter');

    await t.waitFor('Registry as host[:port] or CIDR');
    await t.type(`127.0.0.1:${servers.plain}`);
    await t.keys('Enter');
    await t.waitFor('Another registry (empty: done)');
    await t.keys('Enter');
    // dockerd treats 127.0.0.0/8 as insecure already: no entry is needed, and none is written.
    await t.waitFor(
      `127.0.0.1:${servers.plain}: a loopback address: dockerd treats 127.0.0.0/8 as insecure already, so no entry is added`,
    );

    const preview = await t.waitFor('Write it now (with a backup)?');
    expect(preview).toContain('This is what will change:');
    expect(preview).toContain(`+++ ${root!.dir}/etc/docker/daemon.json`);
    await t.keys('Enter');
    expect(await t.exitCode()).toBe(0);
    expect(JSON.parse(root!.read('/etc/docker/daemon.json'))).toEqual({ 'registry-mirrors': [registry] });
    expect(await t.screen()).toContain('Done.');
  });

  it('Chinese from the locale, with no command: the wizard is the default on a terminal', async () => {
    const t = await wizard(['--no-restart'], CHINESE);
    const first = await t.waitFor('要配置哪些内容？');
    expect(first).toContain('dockerd-config 向导');
    expect(first).toContain('当前设置（以及每一项的来源）');
    expect(first).toContain('↑↓ 移动 • space 选择');
    await t.keys('Down', 'Down', 'Down', 'Down', 'Space', 'Enter');

    await t.waitFor('daemon.json 的键');
    await t.type('log-levle');
    await t.keys('Enter');
    await t.waitFor('log-levle 不是当前版本 dockerd 接受的 daemon.json 键。');
    await t.keys('C-u');
    await t.type('live-restore');
    await t.keys('Enter');
    await t.waitFor('live-restore 的值');
    await t.type('true');
    await t.keys('Enter');
    await t.waitFor('再设置一个键');
    await t.keys('Enter');

    const preview = await t.waitFor('现在写入吗');
    expect(preview).toContain('将要做出的修改');
    expect(preview).toContain('+  "live-restore": true');
    await t.keys('Enter');
    expect(await t.exitCode()).toBe(0);
    expect(await t.screen()).toContain('完成。');
    expect(JSON.parse(root!.read('/etc/docker/daemon.json'))).toEqual({ 'live-restore': true });
  });

  it('Ctrl-C at a question stops the wizard and writes nothing', async () => {
    const t = await wizard(['wizard', '--lang', 'en'], CHINESE);
    await t.waitFor('What do you want to set up?');
    await t.keys('Space', 'Enter');
    await t.waitFor('Mirror URL(s) to try');
    await t.type('https://mirror.example');
    await t.keys('C-c');
    expect(await t.exitCode()).toBe(130);
    expect(await t.screen()).toContain('Cancelled: nothing was changed.');
    expect(() => readFileSync(root!.path('/etc/docker/daemon.json'))).toThrow(/ENOENT/);
  });

  it('Ctrl-C while the mirrors are being tested ends the wizard there, and nothing is written', async () => {
    const t = await wizard(['wizard', '--probe-timeout', '30'], ENGLISH);
    await t.waitFor('What do you want to set up?');
    await t.keys('Space', 'Enter');
    await t.waitFor('Mirror URL(s) to try');
    await t.type(`http://127.0.0.1:${servers.blackHoles[0]}`);
    await t.keys('Enter');
    await t.waitFor('More mirror URLs');
    await t.keys('Enter');
    await t.waitFor('Testing 1 mirror (at most 30 s)');
    await t.keys('C-c');
    expect(await t.exitCode(5_000)).toBe(130);
    expect(() => readFileSync(root!.path('/etc/docker/daemon.json'))).toThrow(/ENOENT/);
  });

  it('Ctrl-C after the confirmation: the change still runs to its end, here a rollback', async () => {
    // A "running" dockerd (its pidfile names a live process of ours) that never answers: the restart
    // "succeeds", verification fails, the files are put back. A stopped one would be left stopped.
    const daemon = spawn('sleep', ['600'], { stdio: 'ignore' });
    onTestFinished(() => void daemon.kill());
    const t = await wizard(['wizard', '--restart-cmd', 'sleep 1', '--timeout', '3'], ENGLISH);
    mkdirSync(root!.path('/var/run'), { recursive: true });
    writeFileSync(root!.path('/var/run/docker.pid'), `${daemon.pid}\n`);
    await t.waitFor('What do you want to set up?');
    await t.keys('Down', 'Down', 'Down', 'Down', 'Space', 'Enter');
    await t.waitFor('daemon.json key');
    // Read only at start: a restart, not a reload (a reload would signal the stand-in).
    await t.type('mtu');
    await t.keys('Enter');
    await t.waitFor('Value of mtu');
    await t.type('1400');
    await t.keys('Enter');
    await t.waitFor('Another key');
    await t.keys('Enter');
    await t.waitFor('Apply it now');
    await t.keys('Enter');
    await t.waitFor('Applying');
    await t.keys('C-c');
    await t.waitFor('The change is being applied; it will finish or be rolled back. Please wait.');
    const code = await t.exitCode(60_000);
    const end = await t.screen();
    expect(code, end).toBe(1);
    expect(end).toMatch(/previous configuration was put back/);
    // The progress line followed the lifecycle's steps to the last one.
    expect(end).toContain('✗ Applying · dockerd did not take it: putting the previous files back');
    expect(() => readFileSync(root!.path('/etc/docker/daemon.json'))).toThrow(/ENOENT/);
  });
});
