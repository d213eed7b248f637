// Issue 12 on the built binary: option values that begin with "-" in both spellings, --daemon-args
// split as a shell splits it, a --root that does not exist, and the list commands' plurals in --help.
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';
import { tempRoot, type TempRoot } from '../../helpers/temp-root.js';

let root: TempRoot;
afterEach(() => root?.cleanup());

const cli = (args: string[], env: Record<string, string> = {}) => runCli(['--root', root.dir, ...args], { env });

type Setting = { key: string; value: unknown; source: { kind: string } };
type Shown = { ok: boolean; settings: Setting[] };
/** The settings `show --json` takes from --daemon-args. */
const fromDaemonArgs = (doc: Shown): Record<string, unknown> =>
  Object.fromEntries(doc.settings.filter((s) => s.source.kind === 'daemon-args').map((s) => [s.key, s.value]));
type UsageDoc = { ok: false; error: { id: string; message: string } };

describe('an option value that begins with "-" is taken in both spellings', () => {
  it.each([
    ['--daemon-args "-H fd:// --debug"', ['--daemon-args', '-H fd:// --debug']],
    ['--daemon-args="-H fd:// --debug"', ['--daemon-args=-H fd:// --debug']],
  ])('%s: the flags, not "Unknown argument: H"', async (_how, option) => {
    root = tempRoot();
    const run = await cli(['show', '--json', ...option]);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(fromDaemonArgs(run.json<Shown>())).toEqual({ debug: true, hosts: ['fd://'] });
  });

  it.each([
    ['--daemon-args --debug', ['--daemon-args', '--debug']],
    ['--daemon-args=--debug', ['--daemon-args=--debug']],
    ['--daemon-args -D (a single dash)', ['--daemon-args', '-D']],
  ])('%s: a lone flag is the value, not an option of ours', async (_how, option) => {
    root = tempRoot();
    const run = await cli(['show', '--json', ...option]);
    expect(run.exitCode).toBe(0);
    expect(fromDaemonArgs(run.json<Shown>())).toEqual({ debug: true });
  });

  it.each([
    ['a space', ['--daemon-args', '']],
    ['=', ['--daemon-args=']],
  ])('--daemon-args "" (%s) means no flags at all', async (_how, option) => {
    root = tempRoot('debian-docker-io');
    const run = await cli(['show', '--json', ...option]);
    expect(run.exitCode).toBe(0);
    expect(fromDaemonArgs(run.json<Shown>())).toEqual({});
  });

  it.each([
    ['a space', ['--restart-cmd', '--weird']],
    ['=', ['--restart-cmd=--weird']],
  ])('--restart-cmd (%s) takes a command that begins with "-"', async (_how, option) => {
    root = tempRoot();
    const run = await cli(['host', 'add', 'unix:///tmp/x.sock', '--dry-run', ...option]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('without --dry-run this runs `--weird`');
  });

  it.each([
    ['a space', ['--timeout', '-1']],
    ['=', ['--timeout=-1']],
  ])('--timeout -1 (%s): a usage error that names the value, not an internal error', async (_how, option) => {
    root = tempRoot();
    const run = await cli(['restart', '--restart-cmd', 'true', ...option]);
    expect(run.exitCode).toBe(64);
    expect(run.stderr).toContain('dockerd-config: --timeout -1: give a number of seconds, 0 or more');
  });

  it('set KEY -1: a negative number is the value', async () => {
    root = tempRoot();
    const run = await cli(['set', 'shutdown-timeout', '-1', '--dry-run']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('+  "shutdown-timeout": -1');
  });

  it('an option left without its value at the end is a usage error, not the empty value', async () => {
    root = tempRoot();
    const run = await cli(['show', '--daemon-args']);
    expect(run.exitCode).toBe(64);
    expect(run.stderr).toContain('Not enough arguments following: daemon-args');
  });
});

describe('--daemon-args is split as a POSIX shell splits it', () => {
  const POOL = { base: '10.10.0.0/16', size: 24 };

  it.each([
    // (dockerd itself refuses a blank inside a pool: " size" is no key; the blank goes in the label.)
    ['a quoted word', `'--default-address-pool=base=10.10.0.0/16,size=24' '--label=a b'`],
    ['a quoted value', `--default-address-pool='base=10.10.0.0/16,size=24' --label="a b"`],
    ['an escaped blank', `--default-address-pool=base=10.10.0.0/16,size=24 --label a\\ b`],
  ])('%s stays one word, with a space or with "="', async (_how, text) => {
    root = tempRoot();
    for (const option of [['--daemon-args', text], [`--daemon-args=${text}`]]) {
      const run = await cli(['show', '--json', ...option]);
      expect(run.exitCode).toBe(0);
      expect(fromDaemonArgs(run.json<Shown>())).toEqual({ 'default-address-pools': [POOL], labels: ['a b'] });
    }
  });

  it("a shell operator is refused with its column, in the reader's language", async () => {
    root = tempRoot();
    const en = await cli(['validate', '--daemon-args', '-H fd:// ; --debug']);
    expect(en.exitCode).toBe(1);
    expect(en.stdout).toContain('--daemon-args, column 10: ";" would end the command in a shell: quote it');
    const zh = await cli(['--lang', 'zh', 'validate', "--daemon-args=--label 'a"]);
    expect(zh.exitCode).toBe(1);
    expect(zh.stdout).toContain('--daemon-args 第 9 列：单引号没有闭合');
  });
});

describe('--root must be a directory', () => {
  const COMMANDS = [
    ['show'],
    ['validate'],
    ['mirror', 'list'],
    ['mirror', 'add', 'https://mirror.example.com', '--dry-run'],
    ['set', 'debug', 'true'],
    ['get', 'debug'],
    ['backups'],
    ['rollback'],
    ['restart'],
    ['repair'],
    ['doctor', '--offline'],
    ['explain'],
  ];

  it.each(COMMANDS)(
    'a --root that does not exist: %s is a usage error naming it, and changes nothing',
    async (...args) => {
      root = tempRoot();
      const missing = `${root.dir}/typo`;
      const run = await runCli(['--root', missing, ...args], { input: 'level=error msg="x"\n' });
      expect(run.exitCode).toBe(64);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        `dockerd-config: --root ${missing}: no such directory. Give the directory that holds the host's files (etc/docker/daemon.json …), or leave --root out for /.\nRun 'dockerd-config --help' for usage.`,
      );
    },
  );

  it('--json: one usage document; a file is not a directory either; in Chinese too', async () => {
    root = tempRoot(undefined, { '/not-a-dir': 'x\n' });
    const file = root.path('/not-a-dir');
    const json = await runCli(['--root', file, 'show', '--json']);
    expect(json.exitCode).toBe(64);
    expect(json.json<UsageDoc>()).toEqual({
      ok: false,
      error: {
        id: 'usage',
        message: `--root ${file} is not a directory. Give the directory that holds the host's files (etc/docker/daemon.json …), or leave --root out for /.`,
      },
    });
    const zh = await runCli(['--root', `${root.dir}/typo`, '--lang', 'zh', 'mirror', 'list']);
    expect(zh.exitCode).toBe(64);
    expect(zh.stderr).toContain(`--root ${root.dir}/typo：目录不存在。`);
  });

  it('an existing empty directory stays a host with nothing configured', async () => {
    root = tempRoot();
    const run = await cli(['show']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('(no settings: dockerd runs with its defaults)');
  });
});

describe('the list commands name their settings in the plural, in English and Chinese', () => {
  const EN = {
    mirror: 'registry mirrors',
    insecure: 'insecure registries',
    host: 'daemon addresses',
  };
  const ZH = { mirror: '镜像加速器', insecure: '非安全仓库', host: '监听地址' };

  it.each(Object.keys(EN) as (keyof typeof EN)[])('%s: --help and add --help', async (noun) => {
    root = tempRoot();
    const help = await cli([noun, '--help']);
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toMatch(new RegExp(`add ${EN[noun]} \\(already present`));
    expect(help.stdout).toMatch(new RegExp(`remove ${EN[noun]} \\(compared`));
    expect(help.stdout).toMatch(new RegExp(`list the ${EN[noun]} in\\s+effect`));
    const add = await cli([noun, 'add', '--help']);
    expect(add.stdout).toMatch(new RegExp(`values +one or more ${EN[noun]} `));
    for (const text of [help.stdout, add.stdout]) expect(text).not.toMatch(/registrys|addresss|mirrorss/);

    const zh = await cli(['--lang', 'zh', noun, '--help']);
    expect(zh.exitCode).toBe(0);
    expect(zh.stdout).toContain(`添加${ZH[noun]}（已有的保持不变）`);
    expect(zh.stdout).toContain(`删除${ZH[noun]}（按 dockerd 的方式比较）`);
    expect(zh.stdout).toContain(`列出正在生效的${ZH[noun]}及各自的设置位置`);
    expect(zh.stdout).not.toMatch(new RegExp(EN[noun]));
  });

  it('list with nothing configured says the plural', async () => {
    root = tempRoot();
    expect((await cli(['insecure', 'list'])).stderr).toBe('no insecure registries configured');
    expect((await cli(['host', 'list'])).stderr).toBe('no daemon addresses configured');
  });
});
