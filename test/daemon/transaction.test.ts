// Issue 11: every change ends in exactly one outcome, and never leaves a host worse than it found
// it. Real components only: Debian's /etc/init.d/docker in the sysvinit namespace box, unpatched
// (its `ulimit -n 1048576` fails here, as on any host with a lower hard limit) unless a test says
// otherwise; a booted systemd box; the real dockerd; our built CLI run inside.
//
// Cost (this machine, 2 cores): the nsbox starts in ~0.1 s and dockerd in ~1 s, an sdbox boots in
// ~1 s; the whole file takes about 40 s once the transaction lands (the restarts with a container
// are ~2 s each: --stop-timeout 1). Before that, test 8 waits out the old 30 s timeout twice.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  bootSdbox,
  checkout,
  cliEntry,
  setInitScript,
  startNsbox,
  type Box,
  type InitScript,
  type Nsbox,
  type Sdbox,
} from '../helpers/boxes.js';
import {
  holdPort,
  runJson,
  runJsonWithoutYes,
  runText,
  sh,
  type Diagnostic,
  type DoctorReport,
  type Report,
} from '../helpers/cli-report.js';
import { containerState, runKeepAlive } from '../helpers/containers.js';
import { dockerdPids, failStartOn, initLog, ping, serviceStart, unitState } from '../helpers/daemon-state.js';
import { openTerminal, type Terminal } from '../helpers/tmux.js';

const DAEMON_JSON = '/etc/docker/daemon.json';
const ENV_FILE = '/etc/default/docker';
const LOG_OPTS = ['set', 'log-opts', '{"max-size":"10m"}'] as const; // read only at start: needs a restart
const DANGLING = '{\n  "debug": true,\n}\n';

let box: Box | undefined;
let terminal: Terminal | undefined;
afterEach(async () => {
  await terminal?.close();
  terminal = undefined;
  await box?.stop();
  box = undefined;
});
let serial = 0;
const nsbox = async (initScript: InitScript = 'unpatched'): Promise<Nsbox> => {
  const b = await startNsbox(`ns11-${process.pid % 10000}-${serial++}`, { initScript });
  box = b;
  return b;
};
const sdbox = async (): Promise<Sdbox> => {
  const b = await bootSdbox(`sd11-${process.pid % 10000}-${serial++}`);
  box = b;
  return b;
};

const read = (b: Box, path: string): string => readFileSync(b.hostPath(path), 'utf8');
const bytes = (b: Box, path: string): Buffer | 'absent' =>
  existsSync(b.hostPath(path)) ? readFileSync(b.hostPath(path)) : 'absent';
const diagnostic = (list: readonly Diagnostic[] | undefined, id: string): Diagnostic | undefined =>
  list?.find((d) => d.id === id);

/** The line of Debian's script whose ulimit fails here (`/etc/init.d/docker: 86: ulimit: …`). */
function ulimitLine(b: Nsbox): number {
  const lines = readFileSync(join(b.dir, 'init.d-docker.debian'), 'utf8').split('\n');
  return lines.findIndex((l) => l.trim() === 'ulimit -n 1048576') + 1;
}

/** A check that nothing changed since now: daemon.json's bytes, the container (same start), the daemon (same pid). */
async function untouchedCheck(
  b: Box,
  container: string,
  daemonPid: () => Promise<string>,
): Promise<() => Promise<void>> {
  const before = bytes(b, DAEMON_JSON);
  const { StartedAt } = await containerState(b, container);
  const pid = await daemonPid();
  return async () => {
    expect(bytes(b, DAEMON_JSON)).toEqual(before);
    expect(await containerState(b, container)).toMatchObject({ Running: true, StartedAt });
    expect(await daemonPid()).toBe(pid);
  };
}

/** The change was kept, not rolled back, because the service manager failed before dockerd ran; its cause. */
function expectKeptUnjudged(report: Report, exitCode: number): Diagnostic | undefined {
  expect.soft(report.outcome).toBe('kept');
  expect.soft(report.kept).toEqual({ because: 'service-manager-failed' });
  expect.soft(exitCode).toBe(1);
  expect.soft(report.rolledBack).toBe(false);
  expect.soft(report.restored ?? []).toEqual([]);
  return diagnostic(report.diagnostics, 'service-manager-failed');
}

// Assertions on the report are soft: one run shows every way the outcome differs from the contract.
const soft = expect.soft;

describe('sysvinit: the init script fails before dockerd runs', () => {
  it('1. a restart whose start fails at the ulimit line: the change is kept, the cause named, nothing rolled back', async () => {
    const b = await nsbox('patched');
    writeFileSync(b.hostPath(DAEMON_JSON), '{}\n');
    await serviceStart(b);
    await setInitScript(b, 'unpatched'); // the running dockerd stays; the next start will fail

    const { exitCode, report } = await runJson(b, LOG_OPTS);
    // On disk: the new file stays (it was never judged by dockerd).
    expect(JSON.parse(read(b, DAEMON_JSON))).toEqual({ 'log-opts': { 'max-size': '10m' } });
    const cause = expectKeptUnjudged(report, exitCode);
    soft(cause).toMatchObject({
      severity: 'error',
      message: expect.stringMatching(
        /^The init script \/etc\/init\.d\/docker failed before dockerd ran: ulimit: error setting limit/,
      ),
      hint: expect.stringMatching(/ulimit/),
    });
    // The ulimit line itself, as the script printed it (its stderr), not "Stopping Docker: docker."
    soft(JSON.stringify(cause ?? {})).toContain(`/etc/init.d/docker: ${ulimitLine(b)}: ulimit: error setting limit`);
    // The script's stop worked, its start did not: no dockerd now.
    expect(await dockerdPids(b)).toEqual([]);
  });

  it('2. doctor --fix on a dangling comma, dockerd down from it: the repair stays, the broken file is not restored', async () => {
    const b = await nsbox('patched');
    // For real: the patched script starts dockerd, which dies on the file and says so in the log.
    const log = await failStartOn(b, DANGLING);
    expect(log).toMatch(
      /unable to configure the Docker daemon with file \/etc\/docker\/daemon\.json: invalid character '\}'/,
    );
    await setInitScript(b, 'unpatched');

    const { exitCode, report } = await runJson<DoctorReport>(b, ['doctor', '--fix']);
    const after = read(b, DAEMON_JSON);
    expect(after).not.toBe(DANGLING);
    expect(JSON.parse(after)).toEqual({ debug: true }); // strict JSON
    soft(exitCode).toBe(1);
    soft(report.fixed?.outcome).toBe('kept');
    soft(report.fixed?.kept).toEqual({ because: 'service-manager-failed' });
    soft(report.fixed?.rolledBack).toBe(false);
    soft(diagnostic(report.fixed?.diagnostics, 'service-manager-failed')).toMatchObject({
      severity: 'error',
      message: expect.stringMatching(/^The init script \/etc\/init\.d\/docker failed before dockerd ran: ulimit/),
      hint: expect.any(String),
    });
    // The daemon was down because its last start failed: a start was tried (and failed in the script).
    soft(report.fixed?.service?.commands ?? []).toContain('service docker start');
    expect(await dockerdPids(b)).toEqual([]);
  });
});

describe('sysvinit: running containers need consent to be stopped', () => {
  it('3. no -y, no terminal → refused, nothing written, the container runs on; with -y the stopped container is named', async () => {
    const b = await nsbox('patched');
    writeFileSync(b.hostPath(DAEMON_JSON), '{}\n');
    await serviceStart(b);
    await runKeepAlive(b, 'keep1');
    const untouched = await untouchedCheck(b, 'keep1', () => sh(b, 'cat /var/run/docker.pid'));

    // Text, no -y, stdin an empty pipe.
    const text = await runText(b, LOG_OPTS);
    await untouched();
    soft(text.exitCode).toBe(1);
    soft(text.stdout + text.stderr).toMatch(/\b1\b[^\n]*container/);
    soft(text.stdout + text.stderr).toMatch(/(^|[\s`'"(])-y\b/m);

    // --json without -y.
    const json = await runJsonWithoutYes(b, LOG_OPTS);
    await untouched();
    soft(json.exitCode).toBe(1);
    soft(json.report.outcome).toBe('refused');
    soft(json.report.changed).toBe(false);
    soft(diagnostic(json.report.diagnostics, 'containers-would-stop')).toMatchObject({
      severity: 'error',
      message: expect.stringMatching(/\b1\b[\s\S]*-y\b|-y\b[\s\S]*\b1\b/),
    });

    // --json without -y at a real terminal: still refused, no question asked.
    terminal = await openTerminal([
      'bash',
      join(checkout, 'test/infra/nsbox.sh'),
      'exec',
      b.name,
      'env',
      'NO_COLOR=1',
      'node',
      cliEntry,
      ...LOG_OPTS,
      '--json',
    ]);
    const atTerminal = await terminal.exitCode(60_000);
    const screen = await terminal.screen();
    await untouched();
    soft(atTerminal, screen).toBe(1);
    soft(screen).toMatch(/"outcome": "refused"/);
    soft(screen).not.toMatch(/\?\s*\(y\/N\)|\[y\/N\]|continue\?/i);

    // With -y: restarted, verified, and the container it stopped is named.
    const yes = await runJson(b, LOG_OPTS);
    expect(JSON.parse(read(b, DAEMON_JSON))).toEqual({ 'log-opts': { 'max-size': '10m' } });
    soft(yes.exitCode).toBe(0);
    soft(yes.report.outcome).toBe('applied');
    soft(yes.report.verified).toBe(true);
    soft(yes.report.stoppedContainers).toEqual(['keep1']);
    expect(await containerState(b, 'keep1')).toMatchObject({ Running: false, Status: 'exited', ExitCode: 137 });
  });
});

describe('sysvinit: a stopped daemon stays stopped', () => {
  it('4. mirror add with no dockerd and a clean log: written, kept (daemon-stopped), the init script not run', async () => {
    const b = await nsbox();
    const { exitCode, report } = await runJson(b, ['mirror', 'add', 'https://mirror.example.com']);
    expect(bytes(b, DAEMON_JSON), 'daemon.json is gone again: the change was rolled back').not.toBe('absent');
    expect(JSON.parse(read(b, DAEMON_JSON))['registry-mirrors']).toEqual(['https://mirror.example.com']);
    soft(report.outcome).toBe('kept');
    soft(report.kept).toEqual({ because: 'daemon-stopped' });
    soft(exitCode).toBe(0);
    soft(report.rolledBack).toBe(false);
    soft(report.service.commands).not.toContain('service docker start');
    soft(diagnostic(report.diagnostics, 'daemon-stopped')).toMatchObject({ severity: 'info' });
    expect(await dockerdPids(b)).toEqual([]);
    // The script's start creates /var/log/docker.log before its ulimit lines: it never ran.
    expect(await initLog(b)).toBeUndefined();
  });
});

describe('sysvinit: hosts keep the local unix socket', () => {
  const tcpPing = (b: Box) => b.exec(['curl', '-sS', '--max-time', '2', 'http://127.0.0.1:2375/_ping']);

  it('5a. host add tcp://127.0.0.1:2375 in daemon.json: docker ps still works over the unix socket; remove leaves no "hosts": []', async () => {
    const b = await nsbox('patched');
    await serviceStart(b);
    // Loopback TCP without TLS is allowed without --allow-insecure-tcp (a warning only).
    const add = await runJson(b, ['host', 'add', 'tcp://127.0.0.1:2375']);
    const hosts = (JSON.parse(read(b, DAEMON_JSON)) as { hosts?: string[] }).hosts;
    expect(hosts).toEqual(expect.arrayContaining(['unix:///var/run/docker.sock', 'tcp://127.0.0.1:2375']));
    soft(add.exitCode).toBe(0);
    soft(add.report.outcome).toBe('applied');
    expect(await b.exec(['docker', 'ps'])).toMatchObject({ exitCode: 0 });
    expect((await tcpPing(b)).stdout).toBe('OK');

    const remove = await runJson(b, ['host', 'remove', 'tcp://127.0.0.1:2375']);
    const after = read(b, DAEMON_JSON);
    expect(after).not.toMatch(/"hosts"\s*:\s*\[\s*\]/);
    const left = (JSON.parse(after) as { hosts?: string[] }).hosts;
    if (left !== undefined) expect(left).toEqual(['unix:///var/run/docker.sock']);
    soft(remove.exitCode).toBe(0);
    soft(remove.report.outcome).toBe('applied');
    expect(await b.exec(['docker', 'ps'])).toMatchObject({ exitCode: 0 });
    expect((await tcpPing(b)).exitCode).not.toBe(0);
  });

  it('5b. the same with --target env-file: DOCKER_OPTS keeps -H unix:///var/run/docker.sock', async () => {
    const b = await nsbox('patched');
    await serviceStart(b);
    const add = await runJson(b, ['host', 'add', 'tcp://127.0.0.1:2375', '--target', 'env-file']);
    const opts = read(b, ENV_FILE);
    expect(opts).toMatch(/^DOCKER_OPTS=.*(-H|--host)[ =]"?tcp:\/\/127\.0\.0\.1:2375/m);
    expect(opts).toMatch(/^DOCKER_OPTS=.*(-H|--host)[ =]"?unix:\/\/\/var\/run\/docker\.sock/m);
    expect(existsSync(b.hostPath(DAEMON_JSON)) ? read(b, DAEMON_JSON) : '').not.toContain('hosts'); // never both
    soft(add.exitCode).toBe(0);
    soft(add.report.outcome).toBe('applied');
    expect(await b.exec(['docker', 'ps'])).toMatchObject({ exitCode: 0 });
    expect((await tcpPing(b)).stdout).toBe('OK');

    const remove = await runJson(b, ['host', 'remove', 'tcp://127.0.0.1:2375']);
    expect(read(b, ENV_FILE)).not.toContain('tcp://127.0.0.1:2375');
    soft(remove.exitCode).toBe(0);
    soft(remove.report.outcome).toBe('applied');
    expect(await b.exec(['docker', 'ps'])).toMatchObject({ exitCode: 0 });
  });
});

describe('sysvinit: rollback restores only a better state', () => {
  it('6a. rollback --to a backup that does not parse is refused (backup-not-valid, say --force); --force restores it', async () => {
    const b = await nsbox();
    writeFileSync(b.hostPath(DAEMON_JSON), DANGLING);
    // repair backs up the broken file: that backup does not parse.
    expect((await runJson(b, ['repair', '--no-restart'])).exitCode).toBe(0);
    const repaired = bytes(b, DAEMON_JSON);
    const { report: list } = await runJson<{ backups: { id: string; path: string; reason: string }[] }>(b, ['backups']);
    const id = list.backups.find((x) => x.path === DAEMON_JSON && x.reason === 'repair')?.id;
    expect(id).toBeTruthy();

    const refused = await runJson(b, ['rollback', '--to', id!]);
    // Refused before writing: no new backup (every write makes one), the init script never run.
    const { report: listAfter } = await runJson<{ backups: unknown[] }>(b, ['backups']);
    expect(listAfter.backups.length, 'backups were made: the broken backup was written').toBe(list.backups.length);
    expect(await initLog(b), 'the init script ran: something was restarted').toBeUndefined();
    expect(bytes(b, DAEMON_JSON)).toEqual(repaired);
    soft(refused.exitCode).toBe(1);
    soft(refused.report.outcome).toBe('refused');
    soft(diagnostic(refused.report.diagnostics, 'backup-not-valid')).toMatchObject({
      severity: 'error',
      hint: expect.stringContaining('--force'),
    });

    const forced = await runJson(b, ['rollback', '--to', id!, '--force', '--no-restart']);
    expect(forced.exitCode, forced.stderr).not.toBe(64);
    expect(read(b, DAEMON_JSON)).toBe(DANGLING);
    soft(forced.exitCode).toBe(0);
    soft(forced.report.outcome).toBe('kept');
  });

  it('6b. after an automatic rollback, plain rollback undoes the last change in force, never re-applies the rejected one', async () => {
    const b = await nsbox('patched');
    writeFileSync(b.hostPath(DAEMON_JSON), '{}\n');
    await serviceStart(b);
    const mirror = await runJson(b, ['mirror', 'add', 'https://mirror.example.com']);
    expect(mirror.exitCode).toBe(0);
    const withMirror = read(b, DAEMON_JSON);
    await holdPort(b, 2376);
    const bad = await runJson(b, ['host', 'add', 'tcp://127.0.0.1:2376']);
    expect(bad.exitCode).toBe(1);
    expect(read(b, DAEMON_JSON)).toBe(withMirror);
    soft(bad.report.outcome).toBe('rolled-back');

    const logBefore = (await initLog(b)) ?? '';
    const undo = await runJson(b, ['rollback']);
    expect(read(b, DAEMON_JSON)).not.toContain('2376');
    // Re-applying the rejected version would show as a second failed start (and a second rollback).
    const logAfter = ((await initLog(b)) ?? '').slice(logBefore.length);
    expect(logAfter, 'dockerd was started with the rejected hosts again').not.toMatch(/address already in use/);
    expect(undo.report.rolledBack, 'the rollback re-applied the rejected version, which was rolled back again').toBe(
      false,
    );
    soft(read(b, DAEMON_JSON)).toBe('{}\n'); // the mirror add, the last change still in force, undone
    soft(undo.exitCode).toBe(0);
    soft(undo.report.outcome).toBe('applied');
    expect(await ping(b)).toBe('OK');
  });
});

describe('sysvinit: doctor --fix takes the mutating options; a failing --restart-cmd ends the wait', () => {
  it('7. doctor --fix --no-restart writes the fix and runs no service command', async () => {
    const b = await nsbox();
    writeFileSync(b.hostPath(DAEMON_JSON), DANGLING);
    const r = await runText(b, ['doctor', '--fix', '--no-restart', '--json', '-y']);
    expect(r.exitCode, r.stderr).not.toBe(64);
    expect([0, 1]).toContain(r.exitCode);
    expect(JSON.parse(read(b, DAEMON_JSON))).toEqual({ debug: true });
    const report = JSON.parse(r.stdout) as DoctorReport;
    soft(report.fixed?.service?.commands ?? []).toEqual([]);
    soft(report.fixed?.outcome).toBe('kept');
    soft(report.fixed?.kept).toEqual({ because: 'no-restart' });
    expect(await initLog(b)).toBeUndefined(); // the init script's start never ran
    expect(await dockerdPids(b)).toEqual([]);
  });

  it('8. a --restart-cmd that exits 1 at once: kept, its stderr in the report; starting a failed dockerd ends in under 2 s', async () => {
    const b = await nsbox('patched');
    const BOOM = ['--restart-cmd', 'echo boom >&2; exit 1'];
    const boom = (ds: readonly Diagnostic[]) => ds.some((d) => JSON.stringify(d).includes('boom'));
    // a) dockerd running: the command fails and does nothing; the old dockerd runs on.
    writeFileSync(b.hostPath(DAEMON_JSON), '{}\n');
    await serviceStart(b);
    const pid = await sh(b, 'cat /var/run/docker.pid');
    const running = await runJson(b, [...LOG_OPTS, ...BOOM]);
    expect(JSON.parse(read(b, DAEMON_JSON))).toEqual({ 'log-opts': { 'max-size': '10m' } });
    soft(boom(running.report.diagnostics), 'boom in a diagnostic').toBe(true);
    soft(running.report.outcome).toBe('kept');
    soft(running.report.kept).toEqual({ because: 'service-manager-failed' });
    soft(running.exitCode).toBe(1);
    soft(running.report.verified).toBe(false);
    expect(await sh(b, 'cat /var/run/docker.pid')).toBe(pid);

    // b) dockerd's last start failed (port taken; the log says so): the change starts it with the
    // command, which fails at once: the wait ends at once, nothing restored.
    await sh(b, 'service docker stop >/dev/null');
    await holdPort(b, 2376);
    await failStartOn(
      b,
      '{\n  "hosts": ["unix:///var/run/docker.sock", "tcp://127.0.0.1:2376"]\n}\n',
      /address already in use/,
    );
    const failed = await runJson(b, ['set', 'log-opts', '{"max-size":"20m"}', ...BOOM]);
    soft(failed.ms, 'wall time of the CLI run (ms)').toBeLessThan(2000);
    expect(bytes(b, DAEMON_JSON).toString()).toContain('20m');
    soft(boom(failed.report.diagnostics), 'boom in a diagnostic').toBe(true);
    soft(failed.report.outcome).toBe('kept');
    soft(failed.report.kept).toEqual({ because: 'service-manager-failed' });
    soft(failed.exitCode).toBe(1);
    soft(failed.report.rolledBack).toBe(false);
  });
});

describe('systemd: the same outcomes', () => {
  const DROP_IN = '/etc/systemd/system/docker.service.d/zz-pre.conf';

  it('9. a drop-in whose ExecStartPre= fails: the change is kept, the cause names the control process, not rolled back', async () => {
    const b = await sdbox();
    mkdirSync(dirname(b.hostPath(DROP_IN)), { recursive: true });
    writeFileSync(b.hostPath(DROP_IN), '[Service]\nExecStartPre=/bin/false\n');
    await sh(b, 'systemctl daemon-reload');
    expect(await sh(b, 'systemctl is-active docker')).toBe('active');

    const { exitCode, report } = await runJson(b, LOG_OPTS);
    expect(bytes(b, DAEMON_JSON), 'daemon.json is gone again: the change was rolled back').not.toBe('absent');
    expect(JSON.parse(read(b, DAEMON_JSON))).toEqual({ 'log-opts': { 'max-size': '10m' } });
    const cause = expectKeptUnjudged(report, exitCode);
    soft(cause).toMatchObject({ severity: 'error', hint: expect.any(String) });
    soft(JSON.stringify(cause ?? {})).toMatch(/ExecStartPre|control process/i);
    // dockerd never ran with the new file: systemd failed the unit in its ExecStartPre.
    expect((await unitState(b)).ActiveState).not.toBe('active');
  });

  it('10. a running container and no -y: refused, nothing written, the container runs on', async () => {
    const b = await sdbox();
    await runKeepAlive(b, 'keep1');
    expect(bytes(b, DAEMON_JSON)).toBe('absent');
    const untouched = await untouchedCheck(b, 'keep1', () => sh(b, 'systemctl show -p MainPID --value docker'));

    const text = await runText(b, LOG_OPTS);
    await untouched();
    soft(text.exitCode).toBe(1);
    soft(text.stdout + text.stderr).toMatch(/\b1\b[^\n]*container/);

    const json = await runJsonWithoutYes(b, LOG_OPTS);
    await untouched();
    soft(json.exitCode).toBe(1);
    soft(json.report.outcome).toBe('refused');
    soft(diagnostic(json.report.diagnostics, 'containers-would-stop')).toMatchObject({
      severity: 'error',
      message: expect.stringMatching(/\b1\b[\s\S]*-y\b|-y\b[\s\S]*\b1\b/),
    });
  });
});
