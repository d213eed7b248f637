// `explain` on the real texts captured from systemd 252 / sysvinit with docker.io 20.10
// (../shared/research/feasibility/captures), through the built binary.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';
import { repoRoot } from '../../helpers/temp-root.js';

const capture = (name: string) => join(repoRoot, '..', 'shared', 'research', 'feasibility', 'captures', name);
type Doc = {
  ok: boolean;
  diagnostics: { id: string; severity: string; file?: string; line?: number; dockerd?: string; hint?: string }[];
};

describe('explain', () => {
  it.each([
    ['a_journal.txt', 'flag-file-conflict', /specified both as a flag and in the configuration file: hosts/],
    ['sysv_failures.txt', 'json-syntax', /invalid character '\}' looking for beginning of object key string/],
    ['c2_fail_fix_refused.txt', 'start-limit-hit', /Start request repeated too quickly/],
    ['c1_quick_restarts.txt', 'start-limit-hit', /attempted too often/],
    ['sysv_real_start.txt', 'service-manager-failed', /ulimit: error setting limit/],
    ['a_status.txt', 'daemon-start-failed', /code=exited, status=1\/FAILURE/],
  ])('%s → %s, with dockerd’s (or systemd’s) own line, exit 1', async (file, id, line) => {
    const run = await runCli(['explain', capture(file), '--json']);
    expect(run.exitCode).toBe(1);
    const first = run.json<Doc>().diagnostics[0];
    expect(first).toMatchObject({ id, severity: 'error' });
    expect(first?.dockerd).toMatch(line);
    expect(first?.hint).toBeTruthy();
  });

  it('names the file and line of the evidence, and prints the cause, the fix and dockerd’s words', async () => {
    const run = await runCli(['explain', capture('a_journal.txt')]);
    expect(run.stdout).toMatch(/a_journal\.txt:\d+\n {2}✗ error "hosts" is set both in \/etc\/docker\/daemon\.json/);
    expect(run.stdout).toMatch(/→ .*drop-in/);
    expect(run.stdout).toMatch(/dockerd said: unable to configure the Docker daemon/);
  });

  it('reads standard input (a pasted line), and a healthy log exits 0', async () => {
    const pasted = await runCli(['explain', '--json'], {
      input: 'failed to start daemon: pid file found, ensure docker is not running or delete /var/run/docker.pid\n',
    });
    expect(pasted.json<Doc>().diagnostics[0]?.id).toBe('pidfile-in-use');
    const healthy = await runCli(['explain', capture('b_journal.txt')]);
    expect(healthy).toMatchObject({ exitCode: 0, stdout: 'No dockerd failure in this text.' });
  });

  it('never prints a mirror password it was given', async () => {
    const run = await runCli(['explain'], {
      input:
        'failed to start daemon: invalid mirror: path, query, or fragment at end of the URI "https://bob:s3cret@m.example/x?y"\n',
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).not.toContain('s3cret');
    expect(run.stdout).toMatch(/invalid-mirror/);
  });

  it('a file it cannot read: exit 1, named', async () => {
    const run = await runCli(['explain', '/nonexistent/journal.txt']);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/cannot read \/nonexistent\/journal\.txt: ENOENT/);
  });
});
