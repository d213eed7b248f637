// Issue 12: what doctor (and `insecure add`, and the wizard) says must be true. The built binary on
// copies of fixtures/roots: an open API is an error, a wide or needless insecure registry is said, a
// dangling comma hides nothing, one error is said once, skipped is not ✓, --only gathers only what
// it needs, and a Chinese reader gets no English sentence of doctor's.
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { englishSentences } from '../../helpers/english.js';
import { cliPath, runCli } from '../../helpers/run-cli.js';
import { tempRoot, type TempRoot } from '../../helpers/temp-root.js';
import { openTerminal, type Terminal } from '../../helpers/tmux.js';

const DAEMON_JSON = '/etc/docker/daemon.json';
const OPEN_API = '{"hosts": ["unix:///var/run/docker.sock", "tcp://0.0.0.0:2375"]}\n';

let root: TempRoot | undefined;
let terminal: Terminal | undefined;
afterEach(async () => {
  await terminal?.close();
  root?.cleanup();
  root = terminal = undefined;
});

const cli = (...args: string[]) => runCli(['--root', root!.dir, ...args]);

/** What these tests read of doctor's and validate's --json. */
interface Doc {
  checks: { group: string }[];
  diagnostics: { id: string; severity: string; check: string; recovered?: boolean; evidence?: string }[];
}

describe('doctor tells the truth', () => {
  it('4a: tcp://0.0.0.0:2375 without TLS client verification is an error (exit 1); validate keeps the warning', async () => {
    root = tempRoot(undefined, { [DAEMON_JSON]: OPEN_API });
    const doctor = await cli('doctor', '--offline', '--json');
    expect(doctor.exitCode).toBe(1);
    expect(doctor.json<Doc>().diagnostics.find((d) => d.id === 'tcp-without-tls')).toMatchObject({
      check: 'security.listeners',
      severity: 'error',
    });
    const text = await cli('doctor', '--offline');
    expect(text.stdout).toMatch(/^\[✗\] Security — 1 error, 1 warning$/m);
    expect(text.stdout).not.toContain('Doctor found 0 errors');
    // dockerd starts with it: validate says what dockerd does.
    const validate = await cli('validate', '--json');
    expect(validate.exitCode).toBe(0);
    expect(validate.json<Doc>().diagnostics.find((d) => d.id === 'tcp-without-tls')?.severity).toBe('warning');
  });

  it('4b: `insecure add` warns about 0.0.0.0/0 and ::/0, and says a loopback registry needs no entry', async () => {
    root = tempRoot(undefined, { [DAEMON_JSON]: '{}\n' });
    const wide = await cli('insecure', 'add', '0.0.0.0/0', '::/0', '--no-restart');
    expect(wide.exitCode).toBe(0);
    const said = `${wide.stdout}${wide.stderr}`;
    expect(said).toMatch(
      /insecure-registries has 0\.0\.0\.0\/0 \(4,294,967,296 addresses\).*\[insecure-registry-wide\]/,
    );
    expect(said).toMatch(/insecure-registries has ::\/0 \(a \/0 network\).*\[insecure-registry-wide\]/);
    // A private range is a decision, not a mistake: no warning for 10.0.0.0/8.
    const lan = await cli('insecure', 'add', '10.0.0.0/8', '--no-restart');
    expect(`${lan.stdout}${lan.stderr}`).not.toContain('[insecure-registry-wide]');
    const local = await cli('insecure', 'add', '127.0.0.1:5000', '--no-restart');
    expect(`${local.stdout}${local.stderr}`).toMatch(
      /insecure registry "127\.0\.0\.1:5000" is not needed: dockerd always treats 127\.0\.0\.0\/8 as insecure \[insecure-registry-unneeded\]/,
    );
  });

  it("5: behind the demo's dangling comma, tcp-without-tls is judged on the file as repaired, and says so", async () => {
    root = tempRoot('broken-debian');
    const doc = (await cli('doctor', '--offline', '--json')).json<Doc>();
    expect(doc.diagnostics.find((d) => d.id === 'tcp-without-tls')).toMatchObject({
      check: 'security.listeners',
      severity: 'error',
      recovered: true,
      file: root.path(DAEMON_JSON),
    });
    const text = (await cli('doctor', '--offline')).stdout;
    expect(text).toMatch(/^\[✗\] Security — 1 error, 1 warning$/m);
    expect(text).toContain('(daemon.json once repaired) [tcp-without-tls]');
  });

  it("9: the JSON error is said once, in the config group, with the log's line; the service group points up to it", async () => {
    root = tempRoot('broken-debian');
    const doc = (await cli('doctor', '--offline', '--json')).json<Doc>();
    expect(doc.diagnostics.filter((d) => d.id === 'json-syntax')).toEqual([
      expect.objectContaining({
        check: 'config.validation',
        line: 5,
        fix: 'repair daemon.json',
        evidence: `dockerd's log says the same: ${root.path('/var/log/docker.log')}:8`,
      }),
    ]);
    expect(doc.diagnostics.filter((d) => d.check === 'service.state')).toEqual([
      expect.objectContaining({ id: 'config-refused', severity: 'error' }),
    ]);
    const text = (await cli('doctor', '--offline')).stdout;
    expect(text).toContain(`\n      dockerd's log says the same: ${root.path('/var/log/docker.log')}:8\n`);
    expect(text).toContain(
      '    ✗ dockerd is not running: its last start failed on json-syntax, shown above under Configuration files [config-refused]',
    );
    expect(text).not.toMatch(/dockerd is not running: .*not valid JSON/);
  });

  it('11: a group whose every check was skipped says so, in English and Chinese', async () => {
    root = tempRoot('broken-debian');
    expect((await cli('doctor', '--offline')).stdout).toMatch(/^\[-\] Network — skipped \(offline\)$/m);
    expect((await cli('--lang', 'zh', 'doctor', '--offline')).stdout).toMatch(/^\[-\] 网络 — 已跳过（离线模式）$/m);
  });

  describe('11: --only gathers only what the selected group needs', () => {
    // A mirror that accepts the connection and never answers; it counts who connects (no timers:
    // performance is bench/'s to measure).
    let blackHole: Server;
    let port = 0;
    let connections = 0;
    const held = new Set<Socket>();
    beforeAll(async () => {
      blackHole = createServer((socket) => {
        connections++;
        held.add(socket);
      });
      await new Promise<void>((resolve) => blackHole.listen(0, '127.0.0.1', resolve));
      port = (blackHole.address() as { port: number }).port;
    });
    afterAll(async () => {
      for (const socket of held) socket.destroy();
      await new Promise<void>((resolve) => blackHole.close(() => resolve()));
    });

    it('--only security does not probe the mirrors; --only network does', async () => {
      root = tempRoot(undefined, {
        [DAEMON_JSON]: `{"registry-mirrors": ["http://127.0.0.1:${port}"], "hosts": ["unix:///var/run/docker.sock"]}\n`,
      });
      connections = 0;
      const security = await cli('doctor', '--only', 'security', '--timeout', '1', '--json');
      expect(security.json<Doc>().checks.every((c) => c.group === 'security')).toBe(true);
      expect(connections).toBe(0);
      const network = await cli('doctor', '--only', 'network', '--timeout', '1', '--json');
      expect(connections).toBeGreaterThan(0);
      expect(network.json<Doc>().diagnostics.map((d) => d.id)).toContain('mirror-unreachable');
    });
  });

  it("13: in Chinese, the demo host gets no English sentence of doctor's (the report, and --fix --dry-run)", async () => {
    root = tempRoot('broken-debian');
    for (const extra of [[], ['--fix', '--dry-run'], ['-v']]) {
      const run = await cli('--lang', 'zh', 'doctor', '--offline', ...extra);
      expect(run.stdout).toMatch(/^\[✗\] 配置文件/m);
      expect(englishSentences(doctorsOwnLines(run.stdout)), extra.join(' ')).toEqual([]);
    }
  });
});

// Findings other layers produce (the validator's JSON error, the change's refusal of an open port):
// their sentences are converted there. Everything else on the screen is doctor's own.
const FOREIGN = /\[(json-syntax|tcp-without-tls)\]$/;
const FINDING = /\[[a-z0-9-]+\]$/;
const THEIR_REMEDY = /^\s+(→|建议：|详情：|dockerd 的原话：)/;

function doctorsOwnLines(text: string): string {
  const lines = text.split('\n');
  let inForeign = false;
  return lines
    .filter((line) => {
      if (FINDING.test(line)) inForeign = FOREIGN.test(line);
      else if (!/^\s/.test(line)) inForeign = false;
      return !(FOREIGN.test(line) || (inForeign && THEIR_REMEDY.test(line)));
    })
    .join('\n');
}

describe('the wizard in a real terminal (4b)', () => {
  const wizard = async (lang: string) => {
    root = tempRoot('debian-docker-io');
    terminal = await openTerminal(
      [
        process.execPath,
        cliPath,
        '--root',
        root.dir,
        '--engine-version',
        '26.1',
        '--lang',
        lang,
        'wizard',
        '--no-restart',
      ],
      { env: { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' } },
    );
    return terminal;
  };

  it.each([
    {
      lang: 'en',
      ask: ['What do you want to set up?', 'Registry as host[:port] or CIDR', 'Another registry (empty: done)'],
      says: '127.0.0.1:5000: a loopback address: dockerd treats 127.0.0.0/8 as insecure already, so no entry is added',
    },
    {
      lang: 'zh',
      ask: ['要配置哪些内容？', '仓库地址', '再添加一个仓库'],
      says: '127.0.0.1:5000: 这是回环地址：dockerd 本来就把 127.0.0.0/8 当作非安全仓库，因此不添加这一项',
    },
  ])(
    '$lang: says a loopback registry needs no entry (dockerd treats 127.0.0.0/8 as insecure already)',
    async ({ lang, ask, says }) => {
      const t = await wizard(lang);
      const [tasks, registry, more] = ask as [string, string, string];
      await t.waitFor(tasks);
      await t.keys('Down', 'Down', 'Space', 'Enter');
      await t.waitFor(registry);
      await t.type('127.0.0.1:5000');
      await t.keys('Enter');
      await t.waitFor(more);
      await t.keys('Enter');
      const screen = await t.waitFor(says);
      expect(screen).not.toMatch(/it needs this entry|：需要这一项/);
      // Nothing to probe: the answer does not wait for the network.
      expect(screen).not.toMatch(/over https and http|通过 https 和 http 访问/);
    },
  );
});
