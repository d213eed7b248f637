// The built binary's doctor on copies of fixtures/roots (no daemon under --root; --offline: no
// network): what it prints, its JSON and exit codes, and that --fix mends files through the
// safe write path while --dry-run changes nothing.
import { readdirSync, statSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';
import { tempRoot, type TempRoot } from '../../helpers/temp-root.js';

const DAEMON_JSON = '/etc/docker/daemon.json';
let root: TempRoot;
afterEach(() => root?.cleanup());

const cli = (...args: string[]) => runCli(['--root', root.dir, ...args]);
interface Doc {
  ok: boolean;
  engineVersion: string;
  checks: { id: string; group: string; status: string; note?: string }[];
  diagnostics: {
    id: string;
    severity: string;
    check: string;
    message: string;
    line?: number;
    fix?: string;
    fixable: boolean;
  }[];
  fixed?: {
    dryRun: boolean;
    done: string[];
    files: { path: string; backup: string | null }[];
    diagnostics: { id: string; severity: string }[];
  };
}

describe('doctor on the broken demo host', () => {
  it('finds the dangling comma with its line, and why dockerd is down from its log; exit 1', async () => {
    root = tempRoot('broken-debian');
    const run = await cli('doctor', '--offline', '--json');
    expect(run.exitCode).toBe(1);
    const doc = run.json<Doc>();
    expect(doc).toMatchObject({ ok: false, engineVersion: '20.10.24' });
    expect(doc.diagnostics).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          check: 'config.validation',
          id: 'json-syntax',
          line: 5,
          fixable: true,
          fix: 'repair daemon.json',
        }),
        // Said once: the service group names the config group's error as why dockerd is down.
        expect.objectContaining({
          check: 'service.state',
          id: 'config-refused',
          severity: 'error',
          message: expect.stringMatching(/^dockerd is not running: its last start failed on json-syntax/),
        }),
      ]),
    );
    expect(doc.checks.find((c) => c.id === 'network.insecure-registries')).toMatchObject({
      status: 'skipped',
      note: '--offline',
    });
    // Every group ran; no check crashed.
    expect(new Set(doc.checks.map((c) => c.group))).toEqual(new Set(['config', 'service', 'network', 'security']));
    expect(doc.checks.filter((c) => c.status === 'crashed')).toEqual([]);
  });

  it('prints a line per group with ✓ / ! / ✗, the remedies, a summary; no colour off a terminal', async () => {
    root = tempRoot('broken-debian');
    const run = await cli('doctor', '--offline');
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/^\[✗\] Configuration files — 1 error$/m);
    expect(run.stdout).toMatch(/^\[✗\] Service — 1 error$/m);
    // The comma does not hide what the file says: the open port behind it is judged too, an error in doctor.
    expect(run.stdout).toMatch(/^\[✗\] Security — 1 error, 1 warning$/m);
    expect(run.stdout).toMatch(
      /tcp:\/\/0\.0\.0\.0:2375 listens on every network interface .*\[listen-all-interfaces\]/,
    );
    expect(run.stdout).toMatch(/fix: repair daemon\.json .*dockerd-config doctor --fix/);
    expect(run.stdout).toMatch(
      /^! Doctor found 3 errors, 1 warning in 3 categories\. 1 can be fixed with `dockerd-config doctor --fix`\.$/m,
    );
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('--fix never brings the unauthenticated tcp://0.0.0.0:2375 to life without --allow-insecure-tcp: nothing is written', async () => {
    root = tempRoot('broken-debian');
    const before = root.read(DAEMON_JSON);
    const run = await cli('doctor', '--offline', '--fix', '--json');
    expect(run.exitCode).toBe(1);
    const doc = run.json<Doc>();
    expect(doc.fixed?.files).toEqual([]);
    expect(doc.fixed?.diagnostics).toEqual([
      expect.objectContaining({
        id: 'tcp-without-tls',
        severity: 'error',
        hint: expect.stringMatching(/--allow-insecure-tcp/),
      }),
    ]);
    expect(root.read(DAEMON_JSON)).toBe(before);
    expect(() => root.read('/etc/systemd/system/docker.service.d/dockerd-config-hosts.conf')).toThrow();
  });

  it('--fix --dry-run --allow-insecure-tcp shows the repair and changes nothing', async () => {
    root = tempRoot('broken-debian');
    const before = root.read(DAEMON_JSON);
    const run = await cli('doctor', '--offline', '--fix', '--dry-run', '--allow-insecure-tcp');
    expect(run.stdout).toMatch(/Would fix:/);
    expect(run.stdout).toMatch(/^\+\s+"hosts": \["unix:\/\/\/var\/run\/docker\.sock", "tcp:\/\/0\.0\.0\.0:2375"\]$/m);
    expect(root.read(DAEMON_JSON)).toBe(before);
  });

  it('--fix --allow-insecure-tcp repairs daemon.json with a backup; afterwards the file is valid and what is left is said', async () => {
    root = tempRoot('broken-debian');
    const run = await cli('doctor', '--offline', '--fix', '--allow-insecure-tcp', '--json');
    const doc = run.json<Doc>();
    // Behind the comma: "hosts" against the unit's -H fd://, mended by the drop-in in the same transaction.
    expect(doc.fixed?.files.map((f) => f.path)).toEqual([
      root.path(DAEMON_JSON),
      root.path('/etc/systemd/system/docker.service.d/dockerd-config-hosts.conf'),
    ]);
    expect(doc.fixed?.files[0]?.backup).toBeTruthy();
    expect(JSON.parse(root.read(DAEMON_JSON))).toMatchObject({
      'registry-mirrors': ['https://mirror.example.com', 'https://registry.docker-cn.com'],
    });
    expect(doc.diagnostics.filter((d) => d.check === 'config.validation' && d.severity === 'error')).toEqual([]);
    // Under --root nothing restarts it: still down, but its last failure is no longer in the files.
    expect(doc.diagnostics.find((d) => d.check === 'service.state')?.message).toMatch(/which the files no longer say/);
    // Now that the file parses, what it says is judged too: an open TCP port without TLS.
    expect(doc.diagnostics.map((d) => d.id)).toEqual(
      expect.arrayContaining(['tcp-without-tls', 'listen-all-interfaces']),
    );
    expect(readdirSync(root.path('/var/lib/dockerd-config/backups')).length).toBeGreaterThan(0);
  });

  it('--only security runs one group', async () => {
    root = tempRoot(undefined, {
      [DAEMON_JSON]:
        '{"hosts": ["unix:///var/run/docker.sock", "tcp://0.0.0.0:2375"], "insecure-registries": ["10.0.0.0/8"]}\n',
    });
    const run = await cli('doctor', '--only', 'security', '--json');
    const doc = run.json<Doc>();
    expect(new Set(doc.checks.map((c) => c.group))).toEqual(new Set(['security']));
    expect(doc.diagnostics.map((d) => d.id)).toEqual(
      expect.arrayContaining(['tcp-without-tls', 'listen-all-interfaces', 'insecure-registry-wide']),
    );
  });

  it('--fix mends a group-writable daemon.json and leaves it otherwise untouched', async () => {
    root = tempRoot('debian-docker-io', { [DAEMON_JSON]: '{"debug": true}\n' });
    const { chmodSync } = await import('node:fs');
    chmodSync(root.path(DAEMON_JSON), 0o666);
    const run = await cli('doctor', '--offline', '--fix', '--json');
    expect(run.json<Doc>().fixed?.done).toContain(`chmod 0644 ${root.path(DAEMON_JSON)}`);
    expect(statSync(root.path(DAEMON_JSON)).mode & 0o777).toBe(0o644);
    expect(root.read(DAEMON_JSON)).toBe('{"debug": true}\n');
    expect(run.json<Doc>().diagnostics.filter((d) => d.id === 'file-permissions')).toEqual([]);
  });

  it('"validate": true (dockerd checks and exits at every start) is removed by --fix, the rest kept byte for byte', async () => {
    root = tempRoot(undefined, { [DAEMON_JSON]: '{\n  "validate": true,\n  "debug": true\n}\n' });
    const before = await cli('doctor', '--offline', '--json');
    expect(before.exitCode).toBe(1);
    expect(before.json<Doc>().diagnostics.find((d) => d.id === 'validate-key')).toMatchObject({
      fix: 'remove "validate" from daemon.json',
    });
    const run = await cli('doctor', '--offline', '--fix', '--json');
    expect(run.exitCode).toBe(0);
    expect(root.read(DAEMON_JSON)).toBe('{\n  "debug": true\n}\n');
  });

  it('a key only a person can fix is never written: --fix changes nothing and says so', async () => {
    root = tempRoot(undefined, { [DAEMON_JSON]: '{"registry-mirrorz": ["https://m.example.com"],}\n' });
    const run = await cli('doctor', '--offline', '--fix', '--json');
    expect(run.exitCode).toBe(1);
    const doc = run.json<Doc>();
    // The comma is repairable, but the repaired file still has an unknown key: dockerd would refuse it.
    expect(doc.fixed?.files).toEqual([]);
    expect(doc.fixed?.diagnostics).toEqual([expect.objectContaining({ id: 'unknown-key', severity: 'error' })]);
    expect(root.read(DAEMON_JSON)).toBe('{"registry-mirrorz": ["https://m.example.com"],}\n');
  });

  it('speaks Chinese under LANG=zh_CN.UTF-8 (and --lang); ids and --json keys stay English', async () => {
    root = tempRoot('broken-debian');
    const zh = await runCli(['--root', root.dir, 'doctor', '--offline'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.stdout).toMatch(/^\[✗\] 配置文件 — 1 个错误$/m);
    expect(zh.stdout).toMatch(/\[json-syntax\]/);
    expect(zh.stdout).toMatch(/^! 检查发现 3 类问题：3 个错误，1 个警告。/m);
    const en = await runCli(['--root', root.dir, 'doctor', '--offline', '--lang', 'en'], {
      env: { LANG: 'zh_CN.UTF-8' },
    });
    expect(en.stdout).toMatch(/^\[✗\] Configuration files — 1 error$/m);
    const json = await runCli(['--root', root.dir, 'doctor', '--offline', '--json'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(Object.keys(json.json<Doc>())).toEqual(expect.arrayContaining(['ok', 'checks', 'diagnostics']));
    // What --fix would do, in Chinese; the same steps in --json stay English.
    const fix = await runCli([
      '--root',
      root.dir,
      'doctor',
      '--offline',
      '--fix',
      '--dry-run',
      '--allow-insecure-tcp',
      '--lang',
      'zh',
    ]);
    expect(fix.stdout).toContain("  修复：第 4 行：删除了 '}' 前多余的 ','");
    expect(fix.stdout).toContain(`  将修改 ${root.path(DAEMON_JSON)}`);
    const fixJson = await runCli([
      '--root',
      root.dir,
      'doctor',
      '--offline',
      '--fix',
      '--dry-run',
      '--allow-insecure-tcp',
      '--lang',
      'zh',
      '--json',
    ]);
    expect(fixJson.json<Doc>().fixed?.done).toContain(`would change ${root.path(DAEMON_JSON)}`);
  });
});
