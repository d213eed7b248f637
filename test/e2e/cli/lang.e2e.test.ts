import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';
import { tempRoot, type TempRoot } from '../../helpers/temp-root.js';

const DAEMON_JSON = '/etc/docker/daemon.json';
const CJK = /[\u4e00-\u9fff]/;
const CHINESE_LOCALE = { LANG: 'zh_CN.UTF-8' };
let root: TempRoot;
afterEach(() => root?.cleanup());

const cli = (args: string[], env: Record<string, string> = {}) => runCli(['--root', root.dir, ...args], { env });

describe('the CLI in Chinese: --lang zh, or a Chinese locale', () => {
  it.each([
    ['--lang zh', ['--lang', 'zh'], {}],
    ['LANG=zh_CN.UTF-8', [], CHINESE_LOCALE],
  ])(
    'mirror add --dry-run (%s): the plan in Chinese, paths and commands as they are, nothing written',
    async (_how, lang, env) => {
      root = tempRoot('debian-docker-io');
      const run = await cli([...lang, 'mirror', 'add', 'https://mirror.example.com', '--dry-run'], env);
      expect(run.exitCode).toBe(0);
      expect(run.stdout).toContain(`将修改 ${root.path(DAEMON_JSON)}\n`);
      expect(run.stdout).toContain(
        'dockerd 将会重新加载（registry-mirrors 可以重新加载：容器继续运行）：这里不会运行任何命令：--root',
      );
      expect(run.stdout).toContain('+    "https://mirror.example.com"');
      expect(run.stdout).not.toContain('would change');
      expect(existsSync(root.path(DAEMON_JSON))).toBe(false);
    },
  );

  it('mirror list: nothing configured said in Chinese; the mirrors themselves as they are', async () => {
    root = tempRoot('debian-docker-io');
    const none = await cli(['mirror', 'list'], CHINESE_LOCALE);
    expect(none.exitCode).toBe(0);
    expect(none.stdout).toBe('');
    expect(none.stderr).toBe('没有配置镜像加速器');

    const added = await cli(['mirror', 'add', 'https://mirror.example.com', '--no-restart'], CHINESE_LOCALE);
    expect(added.exitCode).toBe(0);
    expect(added.stdout).toMatch(new RegExp(`^已修改 ${root.path(DAEMON_JSON)}（备份 \\S+）$`, 'm'));
    const listed = await cli(['--lang', 'zh', 'mirror', 'list']);
    expect(listed.stdout).toBe('https://mirror.example.com');
  });

  it.each([
    ['--lang zh', ['--lang', 'zh'], {}],
    ['LANG=zh_CN.UTF-8', [], CHINESE_LOCALE],
  ])("--help (%s): our sentences and yargs's own words in Chinese", async (_how, lang, env) => {
    root = tempRoot();
    const run = await cli([...lang, '--help'], env);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('安全地管理和检查 Docker 守护进程（dockerd）的配置。');
    expect(run.stdout).toContain('命令：');
    expect(run.stdout).toContain('选项：');
    expect(run.stdout).toMatch(/--root +把所有默认路径都解析到 DIR 之下/);
    expect(run.stdout).toMatch(/-h, --help +显示帮助信息/);
    expect(run.stdout).not.toContain('Options:');
    expect(run.stdout).not.toContain('resolve every default path');

    const sub = await cli([...lang, 'mirror', 'add', '--help'], env);
    expect(sub.stdout).toContain('添加镜像加速器（已有的保持不变）');
    expect(sub.stdout).toMatch(/--dry-run +只显示计划和 diff，不做任何修改/);
  });

  it('a usage error: yargs says it in Chinese, and we say where the usage is', async () => {
    root = tempRoot();
    const run = await cli(['bogus'], CHINESE_LOCALE);
    expect(run.exitCode).toBe(64);
    expect(run.stderr).toBe("dockerd-config: 无法识别的参数：bogus\n用法见 'dockerd-config --help'。");
  });

  it('--json stays a document for scripts: English keys, ids and diagnostic messages', async () => {
    root = tempRoot('debian-docker-io');
    const run = await cli(['--lang', 'zh', 'mirror', 'add', 'https://mirror.example.com', '--dry-run', '--json']);
    const doc = run.json<{
      ok: boolean;
      changed: boolean;
      diagnostics: { id: string; message: string; hint: string }[];
    }>();
    expect(doc).toMatchObject({ ok: true, changed: true, dryRun: true });
    expect(doc.diagnostics).toEqual([
      expect.objectContaining({
        id: 'restart-needed',
        message: 'dockerd would be reloaded (registry-mirrors is reloadable: containers keep running)',
        hint: expect.stringMatching(/^nothing is run from here: --root /),
      }),
    ]);
    expect(run.stdout).not.toMatch(CJK);
  });
});

describe('--lang en under a Chinese locale: English, as without any locale', () => {
  it('--help, in our words and yargs', async () => {
    root = tempRoot();
    const chosen = await cli(['--lang', 'en', '--help'], CHINESE_LOCALE);
    const plain = await cli(['--help']);
    expect(chosen.exitCode).toBe(0);
    expect(chosen.stdout).toContain('Manage and validate the Docker daemon configuration safely.');
    expect(chosen.stdout).toMatch(/-h, --help +Show help/);
    expect(chosen.stdout).not.toMatch(CJK);
    expect(chosen.stdout).toBe(plain.stdout);
  });

  it('mirror add --dry-run and mirror list', async () => {
    root = tempRoot('debian-docker-io');
    const run = await cli(['--lang=en', 'mirror', 'add', 'https://mirror.example.com', '--dry-run'], CHINESE_LOCALE);
    expect(run.stdout).toContain(
      `would change ${root.path(DAEMON_JSON)}\ndockerd would be reloaded (registry-mirrors is reloadable: containers keep running): nothing is run from here: --root`,
    );
    expect(run.stdout).not.toMatch(CJK);
    const list = await cli(['--lang', 'en', 'mirror', 'list'], CHINESE_LOCALE);
    expect(list.stderr).toBe('no registry mirrors configured');
  });

  it('a usage error, in yargs words too', async () => {
    root = tempRoot();
    const run = await cli(['--lang', 'en', 'bogus'], CHINESE_LOCALE);
    expect(run.exitCode).toBe(64);
    expect(run.stderr).toBe("dockerd-config: Unknown argument: bogus\nRun 'dockerd-config --help' for usage.");
  });
});
