import { describe, expect, it } from 'vitest';
import type { ExecResult } from '../../../src/edges/exec.js';
import { systemdDriver } from '../../../src/service/systemd.js';

/** A scripted systemctl/journalctl: answers by command line, records every call. */
function fakeExec(answers: Record<string, Partial<ExecResult>>) {
  const calls: string[] = [];
  const exec = async (file: string, args: readonly string[]): Promise<ExecResult> => {
    const line = [file, ...args].join(' ');
    calls.push(line);
    const key = Object.keys(answers).find((k) => line.startsWith(k));
    return { exitCode: 0, stdout: '', stderr: '', ...(key ? answers[key] : {}) };
  };
  return { exec, calls };
}

const SHOW = 'systemctl show docker.service docker.socket';
const block = (props: Record<string, string>) =>
  Object.entries(props)
    .map(([k, v]) => `${k}=${v}`)
    .join('\n');

describe('systemdDriver', () => {
  it('reads both units in one call: state, start limit (the socket’s too), NeedDaemonReload', async () => {
    const { exec, calls } = fakeExec({
      [SHOW]: {
        stdout: `${block({ Id: 'docker.service', ActiveState: 'failed', Result: 'exit-code', NeedDaemonReload: 'yes' })}\n\n${block({ Id: 'docker.socket', ActiveState: 'failed', Result: 'service-start-limit-hit' })}\n`,
      },
    });
    const status = await systemdDriver({ exec }, { user: false, timeoutMs: 1000 }).status();
    expect(status).toEqual({ state: 'failed', startLimitHit: true, needsDaemonReload: true });
    expect(calls).toHaveLength(1);
  });

  it('between Restart= attempts ("activating", auto-restart): failing, and systemd will try again', async () => {
    const { exec } = fakeExec({
      [SHOW]: {
        stdout: `${block({ Id: 'docker.service', ActiveState: 'activating', SubState: 'auto-restart', Result: 'exit-code', NeedDaemonReload: 'no' })}\n\n${block({ Id: 'docker.socket', Result: 'success' })}\n`,
      },
    });
    expect(await systemdDriver({ exec }, { user: false, timeoutMs: 1000 }).status()).toEqual({
      state: 'activating',
      startLimitHit: false,
      needsDaemonReload: false,
      autoRestart: true,
    });
  });

  it('a healthy unit', async () => {
    const { exec } = fakeExec({
      [SHOW]: {
        stdout: `${block({ Id: 'docker.service', ActiveState: 'active', Result: 'success', NeedDaemonReload: 'no' })}\n\n${block({ Id: 'docker.socket', Result: 'success' })}\n`,
      },
    });
    expect(await systemdDriver({ exec }, { user: false, timeoutMs: 1000 }).status()).toEqual({
      state: 'active',
      startLimitHit: false,
      needsDaemonReload: false,
    });
  });

  it('reads the journal after the cursor taken before acting (docker.service and docker.socket)', async () => {
    const { exec, calls } = fakeExec({
      'journalctl -u docker.service -u docker.socket -n 0': { stdout: '-- cursor: s=abc;i=42\n' },
      'journalctl -u docker.service -u docker.socket --after-cursor=s=abc;i=42': {
        stdout: 'Nov 28 00:32:46 sdbox dockerd[499]: failed to load listeners\n',
      },
    });
    const driver = systemdDriver({ exec }, { user: false, timeoutMs: 1000 });
    const mark = await driver.markLog();
    expect(mark).toMatchObject({ kind: 'journal', cursor: 's=abc;i=42' });
    expect(await driver.logSince(mark)).toMatch(/failed to load listeners/);
    expect(calls[1]).toContain('--after-cursor=s=abc;i=42');
  });

  it('restarts docker.socket with the service when the unit’s listeners changed, if there is one', async () => {
    const withSocket = fakeExec({ 'systemctl show docker.socket -p LoadState': { stdout: 'LoadState=loaded\n' } });
    const step = await systemdDriver({ exec: withSocket.exec }, { user: false, timeoutMs: 1000 }).restart({
      withSocket: true,
    });
    expect(step.command).toBe('systemctl restart docker.socket docker.service');
    const noSocket = fakeExec({ 'systemctl show docker.socket -p LoadState': { stdout: 'LoadState=not-found\n' } });
    expect(
      (await systemdDriver({ exec: noSocket.exec }, { user: false, timeoutMs: 1000 }).restart({ withSocket: true }))
        .command,
    ).toBe('systemctl restart docker.service');
  });

  it('rootless: systemctl --user and the user journal', async () => {
    const { exec, calls } = fakeExec({});
    const driver = systemdDriver({ exec }, { user: true, timeoutMs: 1000 });
    await driver.reload();
    await driver.markLog();
    expect(calls).toEqual([
      'systemctl --user reload docker.service',
      'journalctl --user-unit docker.service --user-unit docker.socket -n 0 --show-cursor --no-pager -q',
    ]);
    expect(driver.restartCommand).toBe('systemctl --user restart docker');
    // What doctor's hints tell a person to type.
    expect([driver.reloadCommand, driver.startCommand]).toEqual([
      'systemctl --user reload docker',
      'systemctl --user start docker',
    ]);
  });
});
