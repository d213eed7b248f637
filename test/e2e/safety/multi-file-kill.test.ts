// Issue 14, point 9: a change of two files killed at every file-system call that changes
// something (the equivalent of strace's inject=…:signal=KILL at each write syscall, without
// strace): the next run must find both files old or both new, never one of each.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intentPath, listBackups, undoInterruptedChange } from '../../../src/apply/index.js';
import { createContext } from '../../../src/context.js';
import { runCli } from '../../helpers/run-cli.js';
import { buildDrivers, makeRoot, runDriver } from './harness.js';

const BEFORE = '{\n  "debug": true\n}\n';
const AFTER = '{\n  "debug": true,\n  "hosts": ["unix:///var/run/docker.sock", "tcp://127.0.0.1:2375"]\n}\n';
const DROP_IN = '[Service]\nExecStart=\nExecStart=/usr/sbin/dockerd\n';
const DAEMON_JSON = 'etc/docker/daemon.json';
const DROP_IN_PATH = 'etc/systemd/system/docker.service.d/dockerd-config-hosts.conf';

let drivers: Awaited<ReturnType<typeof buildDrivers>>;
beforeAll(async () => {
  drivers = await buildDrivers();
});
const cleanups: Array<() => void> = [];
afterAll(() => {
  for (const cleanup of [...cleanups, () => drivers.remove()]) cleanup();
});

function freshRoot(): string {
  const { root, remove } = makeRoot({
    [DAEMON_JSON]: BEFORE,
    'contents/daemon-after.json': AFTER,
    'contents/drop-in.conf': DROP_IN,
  });
  cleanups.push(remove);
  return root;
}

/** 'old', 'new', or what the pair is when it is neither. */
function pairState(root: string): string {
  const json = readFileSync(join(root, DAEMON_JSON), 'utf8');
  const dropIn = existsSync(join(root, DROP_IN_PATH)) ? readFileSync(join(root, DROP_IN_PATH), 'utf8') : null;
  if (json === BEFORE && dropIn === null) return 'old';
  if (json === AFTER && dropIn === DROP_IN) return 'new';
  return `daemon.json ${json === BEFORE ? 'old' : json === AFTER ? 'new' : 'torn'}, drop-in ${dropIn === null ? 'absent' : dropIn === DROP_IN ? 'new' : 'torn'}`;
}

describe('SIGKILL at every changing file-system call of a two-file change', () => {
  it('leaves a pair the next run restores to both old or both new', () => {
    const whole = runDriver(drivers.path('write-two-killed'), [freshRoot(), '0']);
    expect(whole.report?.ok, whole.stderr).toBe(true);
    const total = (whole.report?.result as { calls: number }).calls;
    expect(total).toBeGreaterThan(10);

    const outcomes: Record<string, number> = {};
    const broken: string[] = [];
    for (let k = 1; k <= total; k++) {
      const root = freshRoot();
      const run = runDriver(drivers.path('write-two-killed'), [root, String(k)]);
      expect(run.status, `kill at call ${k}: ${run.stderr}`).toBe(null);
      const left = pairState(root);
      const ctx = createContext({ root });
      const recorded = existsSync(intentPath(ctx));
      const undone = undoInterruptedChange(ctx);
      const after = pairState(root);
      outcomes[`${left} → ${after}`] = (outcomes[`${left} → ${after}`] ?? 0) + 1;
      if (after !== 'old' && after !== 'new') broken.push(`call ${k}: ${left} → ${after}`);
      if (existsSync(intentPath(ctx))) broken.push(`call ${k}: the record of the change is still there`);
      // A change undone is not one to roll back; a change found whole is kept.
      if (recorded && after === 'old' && listBackups(ctx).length > 0)
        broken.push(`call ${k}: backups of an undone change listed`);
      if (left === 'new' && after !== 'new') broken.push(`call ${k}: a whole change was undone`);
      if (recorded && !undone) broken.push(`call ${k}: the record was not acted on`);
    }
    console.log(`two-file change: ${total} kill points`, outcomes);
    expect(broken).toEqual([]);
    // The kills did land between the two renames at least once (else the test proves nothing).
    expect(Object.keys(outcomes).some((o) => o.startsWith('daemon.json new, drop-in absent'))).toBe(true);
  });

  it('the next command undoes it and says so; validate reports it meanwhile', async () => {
    // Find a kill point between the renames: daemon.json new, the drop-in not yet there.
    let root = '';
    for (let k = 1; k < 200 && !root; k++) {
      const candidate = freshRoot();
      runDriver(drivers.path('write-two-killed'), [candidate, String(k)]);
      if (pairState(candidate) === 'daemon.json new, drop-in absent') root = candidate;
    }
    expect(root).not.toBe('');
    const common = ['--root', root, '--engine-version', '28.5', '--daemon-args', ''];
    const validate = await runCli(['validate', ...common, '--json']);
    expect(validate.json<{ diagnostics: Array<{ id: string }> }>().diagnostics.map((d) => d.id)).toContain(
      'interrupted-change',
    );
    const set = await runCli(['set', 'log-level', 'warn', '--no-restart', ...common]);
    expect(set.exitCode, set.stderr + set.stdout).toBe(0);
    expect(set.stdout + set.stderr).toContain('cut off before it finished');
    expect(readFileSync(join(root, DAEMON_JSON), 'utf8')).toContain('"log-level"');
    expect(readFileSync(join(root, DAEMON_JSON), 'utf8')).not.toContain('tcp://127.0.0.1:2375');
    expect(existsSync(join(root, DROP_IN_PATH))).toBe(false);
  });
});
