// Issue 12: `explain` says only what is true (point 3), in the reader's language (point 13), on the
// built binary with the text on standard input. Texts: research/feasibility/captures (docker.io
// 20.10 under systemd 252 and sysvinit), docker's and systemd's exact wording as users paste it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishSentences } from '../../helpers/english.js';
import { runCli } from '../../helpers/run-cli.js';
import { repoRoot } from '../../helpers/temp-root.js';

const capture = (name: string) => join(repoRoot, '..', 'shared', 'research', 'feasibility', 'captures', name);
type Doc = {
  ok: boolean;
  recognised: boolean;
  diagnostics: { id: string; severity: string; message: string; hint?: string; dockerd?: string; line?: number }[];
};
const explain = (input: string, ...args: string[]) => runCli(['explain', ...args], { input });

describe('explain says only what is true', () => {
  it('unknown text: nothing recognised, what to give it instead, exit 0 as for a log without a failure', async () => {
    const run = await explain('ok\n');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^Nothing recognised in this text/);
    expect(run.stdout).toContain('journalctl -u docker -n 100');
    expect(run.stdout).toContain('/var/log/docker.log');
    expect(run.stdout).not.toMatch(/failed to start|rollback/);
    const json = await explain('ok\n', '--json');
    expect(json.json<Doc>()).toEqual({ ok: true, recognised: false, diagnostics: [] });
    // A log without a failure still says so.
    const healthy = await runCli(['explain', capture('b_journal.txt')]);
    expect(healthy).toMatchObject({ exitCode: 0, stdout: 'No dockerd failure in this text.' });
  });

  it('the push to a plain-HTTP registry: insecure-registries for that host:port, a warning, no rollback', async () => {
    const input =
      'The push refers to repository [127.0.0.1:5000/x]\nGet "https://127.0.0.1:5000/v2/": http: server gave HTTP response to HTTPS client\n';
    const run = await explain(input);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(
      /! warning A docker pull, push or login failed \(not dockerd's start\): 127\.0\.0\.1:5000 answers plain HTTP/,
    );
    expect(run.stdout).toContain('`dockerd-config insecure add 127.0.0.1:5000`');
    expect(run.stdout).not.toMatch(/rollback|failed to start:/);
    const doc = (await explain(input, '--json')).json<Doc>();
    expect(doc).toMatchObject({ ok: true, diagnostics: [{ id: 'registry-http-https-mismatch', severity: 'warning' }] });
    expect(doc.diagnostics).toHaveLength(1);
  });

  it.each([
    'Job for docker.service failed because the control process exited with error code.\nSee "systemctl status docker.service" and "journalctl -xeu docker.service" for details.\n',
    'Failed to start Docker Application Container Engine.\n',
    "docker.service: Failed with result 'exit-code'.\n",
    'docker.service: Main process exited, code=exited, status=1/FAILURE\n',
  ])('systemd’s lines alone: docker failed to start, and where its reason is; exit 1 (%#)', async (input) => {
    const run = await explain(input);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/✗ error systemd says docker failed to start.*\[daemon-start-failed\]/);
    expect(run.stdout).toContain('journalctl -u docker -n 100 --no-pager');
    expect(run.stdout).toContain('systemctl status docker');
    // systemd's words are systemd's, not dockerd's
    expect(run.stdout).toMatch(/\n {2}systemd said: /);
    expect(run.stdout).not.toContain('dockerd said:');
  });

  it('the start limit alone: reset-failed, where the reason is, exit 1', async () => {
    const run = await explain(
      'Nov 28 00:11:49 sysdtest systemd[1]: docker.service: Start request repeated too quickly.\n',
    );
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('[start-limit-hit]');
    expect(run.stdout).toContain('systemctl reset-failed docker.service docker.socket');
    expect(run.stdout).toContain('journalctl -u docker -n 100 --no-pager');
  });

  it.each([
    [
      'Error response from daemon: Get "https://reg6.test:45443/v2/": tls: failed to verify certificate: x509: certificate signed by unknown authority',
      'registry-tls-error',
      '/etc/docker/certs.d/reg6.test:45443/ca.crt',
    ],
    [
      'Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
      'pull-rate-limited',
      'dockerd-config mirror add',
    ],
    [
      'Error response from daemon: Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io on 127.0.0.53:53: no such host',
      'registry-connect-failed',
      'getent hosts registry-1.docker.io',
    ],
    [
      'Error response from daemon: Get "https://registry-1.docker.io/v2/": dial tcp 54.236.113.205:443: i/o timeout',
      'registry-connect-failed',
      'dockerd-config mirror test',
    ],
  ])('a client command’s error, as it is, with its fix: %s', async (line, id, fix) => {
    const run = await explain(`${line}\n`, '--json');
    expect(run.exitCode).toBe(0);
    const [d, ...rest] = run.json<Doc>().diagnostics;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ id, severity: 'warning', dockerd: line });
    expect(d!.message).toMatch(/^A docker pull, push or login failed \(not dockerd's start\)/);
    expect(d!.hint).toContain(fix);
    expect(`${d!.message} ${d!.hint}`).not.toMatch(/rollback/);
  });

  it('a transcript of two pulls (tls_errors.txt): both errors at their lines, nothing else', async () => {
    const run = await runCli(['explain', capture('tls_errors.txt'), '--json']);
    expect(run.exitCode).toBe(0);
    expect(run.json<Doc>().diagnostics.map((d) => [d.id, d.line])).toEqual([
      ['registry-tls-error', 3],
      ['registry-http-https-mismatch', 7],
    ]);
  });
});

describe('explain in Chinese', () => {
  /** Words quoted as someone's own are not ours: systemd's and the init script's, like dockerd's. */
  const ours = (stdout: string): string[] => englishSentences(stdout.replace(/(systemd |脚本)的原话：[^）\n]*/g, ''));

  /** Refusals of the real dockerd 26.1.5 (its verdict table), every tenth, as its journal shows them. */
  const refusals = (): string[] =>
    readFileSync(join(repoRoot, 'test/cases/verdicts-26.1.5-debian.tsv'), 'utf8')
      .split('\n')
      .slice(1)
      .map((row) => row.split('\t'))
      .filter(([, verdict, line]) => verdict === 'no' && line)
      .filter((_, i) => i % 10 === 0)
      .map(([, , line]) => `Nov 28 00:10:12 h dockerd[500]: ${line}`);

  it.each([
    'a_journal.txt',
    'sysv_failures.txt',
    'sysv_real_start.txt',
    'c2_fail_fix_refused.txt',
    'a_status.txt',
    'b_journal.txt',
    'tls_errors.txt',
    'tls_mirror_insecure.txt',
    'final_certsd.txt',
  ])('%s: no English sentence of ours', async (name) => {
    const run = await runCli(['explain', capture(name), '--lang', 'zh']);
    expect(run.stdout).toMatch(/[\u4e00-\u9fff]/);
    expect(ours(run.stdout)).toEqual([]);
  });

  it('the Debian fixture’s /var/log/docker.log, and unknown text', async () => {
    const log = await runCli([
      'explain',
      join(repoRoot, 'fixtures', 'roots', 'broken-debian', 'var', 'log', 'docker.log'),
      '--lang',
      'zh',
    ]);
    expect(log.stdout).toContain('不是合法的 JSON');
    expect(ours(log.stdout)).toEqual([]);
    const unknown = await explain('ok\n', '--lang', 'zh');
    expect(unknown.stdout).toContain('没有能识别的内容');
    expect(ours(unknown.stdout)).toEqual([]);
  });

  it('refusals of a real dockerd, each as a journal line: no English sentence of ours', async () => {
    const lines = refusals();
    expect(lines.length).toBeGreaterThan(10);
    const left: string[] = [];
    for (const line of lines) left.push(...ours((await explain(`${line}\n`, '--lang', 'zh')).stdout));
    expect(left).toEqual([]);
  });

  it('a file it cannot read, in Chinese', async () => {
    const run = await runCli(['explain', '/nonexistent/journal.txt', '--lang', 'zh']);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain('无法读取 /nonexistent/journal.txt：ENOENT');
  });
});
