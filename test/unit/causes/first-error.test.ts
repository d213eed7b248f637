// Lines from research/feasibility/captures (systemd 252 + docker.io 20.10.24 in systemd-nspawn,
// sysvinit's /var/log/docker.log) and from Debian's 26.1.5/28.5.2 dockerd run on this machine.
import { describe, expect, it } from 'vitest';
import { explainLog, firstDaemonError, startLimitHit } from '../../../src/causes/index.js';

const CONFLICT =
  'unable to configure the Docker daemon with file /etc/docker/daemon.json: the following directives are specified both as a flag and in the configuration file: hosts: (from flag: [fd://], from file: [unix:///var/run/docker.sock tcp://127.0.0.1:2375])';
const COMMA =
  "unable to configure the Docker daemon with file /etc/docker/daemon.json: invalid character '}' looking for beginning of object key string";

const j = (lines: string[]): string => lines.join('\n');

// a_journal.txt: `systemctl restart docker` with "hosts" in daemon.json under Debian's -H fd:// unit.
const RESTART_CHAIN = j([
  'Nov 28 00:10:12 sysdtest systemd[1]: Stopping docker.service - Docker Application Container Engine...',
  'Nov 28 00:10:12 sysdtest dockerd[8482]: time="2026-11-28T00:10:12.769542429Z" level=info msg="Processing signal \'terminated\'"',
  'Nov 28 00:10:12 sysdtest dockerd[8482]: time="2026-11-28T00:10:12.771132318Z" level=info msg="[core] Channel Connectivity change to SHUTDOWN" module=grpc',
  'Nov 28 00:10:12 sysdtest dockerd[8482]: time="2026-11-28T00:10:12.771385499Z" level=info msg="stopping event stream following graceful shutdown" error="<nil>" module=libcontainerd namespace=moby',
  'Nov 28 00:10:12 sysdtest dockerd[8482]: time="2026-11-28T00:10:12.771914199Z" level=info msg="Daemon shutdown complete"',
  'Nov 28 00:10:12 sysdtest systemd[1]: docker.service: Deactivated successfully.',
  'Nov 28 00:10:12 sysdtest systemd[1]: Stopped docker.service - Docker Application Container Engine.',
  'Nov 28 00:10:12 sysdtest systemd[1]: Starting docker.service - Docker Application Container Engine...',
  `Nov 28 00:10:12 sysdtest dockerd[8605]: ${CONFLICT}`,
  'Nov 28 00:10:12 sysdtest systemd[1]: docker.service: Main process exited, code=exited, status=1/FAILURE',
  "Nov 28 00:10:12 sysdtest systemd[1]: docker.service: Failed with result 'exit-code'.",
  'Nov 28 00:10:12 sysdtest systemd[1]: Failed to start docker.service - Docker Application Container Engine.',
  'Nov 28 00:10:13 sysdtest systemd[1]: docker.service: Scheduled restart job, restart counter is at 1.',
  'Nov 28 00:10:13 sysdtest systemd[1]: Stopped docker.service - Docker Application Container Engine.',
  'Nov 28 00:10:13 sysdtest systemd[1]: Starting docker.service - Docker Application Container Engine...',
  `Nov 28 00:10:13 sysdtest dockerd[8612]: ${CONFLICT}`,
  'Nov 28 00:10:13 sysdtest systemd[1]: docker.service: Main process exited, code=exited, status=1/FAILURE',
  "Nov 28 00:10:13 sysdtest systemd[1]: docker.service: Failed with result 'exit-code'.",
  'Nov 28 00:10:13 sysdtest systemd[1]: Failed to start docker.service - Docker Application Container Engine.',
  'Nov 28 00:10:13 sysdtest systemd[1]: docker.service: Scheduled restart job, restart counter is at 2.',
  'Nov 28 00:10:13 sysdtest systemd[1]: Stopped docker.service - Docker Application Container Engine.',
  'Nov 28 00:10:13 sysdtest systemd[1]: Starting docker.service - Docker Application Container Engine...',
  `Nov 28 00:10:13 sysdtest dockerd[8618]: ${CONFLICT}`,
  'Nov 28 00:10:13 sysdtest systemd[1]: docker.service: Main process exited, code=exited, status=1/FAILURE',
  "Nov 28 00:10:13 sysdtest systemd[1]: docker.service: Failed with result 'exit-code'.",
  'Nov 28 00:10:13 sysdtest systemd[1]: Failed to start docker.service - Docker Application Container Engine.',
]);

// The tail of the same run (a_status_final.txt / final_scenario.txt).
const GAVE_UP = j([
  'Nov 28 00:10:13 sysdtest systemd[1]: docker.service: Scheduled restart job, restart counter is at 3.',
  'Nov 28 00:10:13 sysdtest systemd[1]: Stopped docker.service - Docker Application Container Engine.',
  'Nov 28 00:10:13 sysdtest systemd[1]: docker.service: Start request repeated too quickly.',
  "Nov 28 00:10:13 sysdtest systemd[1]: docker.service: Failed with result 'exit-code'.",
  'Nov 28 00:10:13 sysdtest systemd[1]: Failed to start docker.service - Docker Application Container Engine.',
]);

// b_journal.txt, shortened: a healthy start.
const HEALTHY = j([
  'Nov 28 00:10:39 sysdtest systemd[1]: Starting docker.service - Docker Application Container Engine...',
  'Nov 28 00:10:39 sysdtest dockerd[8641]: time="2026-11-28T00:10:39.398890440Z" level=info msg="Starting up"',
  'Nov 28 00:10:39 sysdtest dockerd[8641]: time="2026-11-28T00:10:39.410042028Z" level=info msg="[graphdriver] using prior storage driver: overlay2"',
  'Nov 28 00:10:39 sysdtest dockerd[8641]: time="2026-11-28T00:10:39.411841508Z" level=warning msg="Your kernel does not support cgroup blkio weight"',
  'Nov 28 00:10:39 sysdtest dockerd[8641]: time="2026-11-28T00:10:39.849861314Z" level=info msg="Docker daemon" commit=5d6db84 graphdriver(s)=overlay2 version=20.10.24+dfsg1',
  'Nov 28 00:10:39 sysdtest dockerd[8641]: time="2026-11-28T00:10:39.849954402Z" level=info msg="Daemon has completed initialization"',
  'Nov 28 00:10:39 sysdtest systemd[1]: Started docker.service - Docker Application Container Engine.',
  'Nov 28 00:10:39 sysdtest dockerd[8641]: time="2026-11-28T00:10:39.867090571Z" level=info msg="API listen on /run/docker.sock"',
]);

// sysv_failures.txt (a2): /var/log/docker.log after `service docker restart` (no pids, no systemd).
const SYSV_LOG = j([
  'time="2026-11-28T00:24:30.422526296Z" level=info msg="Processing signal \'terminated\'"',
  'time="2026-11-28T00:24:30.423467643Z" level=info msg="[core] Channel Connectivity change to SHUTDOWN" module=grpc',
  'time="2026-11-28T00:24:30.423660108Z" level=info msg="stopping event stream following graceful shutdown" error="<nil>" module=libcontainerd namespace=moby',
  'time="2026-11-28T00:24:30.424381409Z" level=info msg="Daemon shutdown complete"',
  'time="2026-11-28T00:24:30.424439315Z" level=info msg="stopping healthcheck following graceful shutdown" module=libcontainerd',
  'time="2026-11-28T00:24:30.426028533Z" level=info msg="stopping event stream following graceful shutdown" error="context canceled" module=libcontainerd namespace=plugins.moby',
  'time="2026-11-28T00:24:30.427244357Z" level=info msg="[core] Subchannel picks a new address \\"unix:///var/run/docker/containerd/containerd.sock\\" to connect" module=grpc',
  'unable to configure the Docker daemon with file /etc/docker/daemon.json: the following directives are specified both as a flag and in the configuration file: hosts: (from flag: [unix:///var/run/docker.sock], from file: [unix:///var/run/docker.sock tcp://127.0.0.1:2375])',
]);

describe('firstDaemonError', () => {
  it("systemd restart chain: the first of three identical failures, past the old daemon's shutdown", () => {
    const e = firstDaemonError(RESTART_CHAIN)!;
    expect(e).toMatchObject({ source: 'dockerd', pid: 8605, lineNo: 9, msg: CONFLICT });
  });

  it('a chain whose attempts fail differently: still the first', () => {
    const text = RESTART_CHAIN.replace(
      `dockerd[8612]: ${CONFLICT}`,
      'dockerd[8612]: failed to start daemon: pid file found, ensure docker is not running or delete /var/run/docker.pid',
    );
    expect(firstDaemonError(text)).toMatchObject({ pid: 8605 });
  });

  it('two restarts by hand, both failing: the last one (it is what the user just did)', () => {
    const text = j([
      'Nov 28 00:00:01 h systemd[1]: Starting docker.service - Docker Application Container Engine...',
      `Nov 28 00:00:01 h dockerd[100]: ${COMMA}`,
      'Nov 28 00:00:01 h systemd[1]: docker.service: Main process exited, code=exited, status=1/FAILURE',
      'Nov 28 00:05:00 h systemd[1]: Starting docker.service - Docker Application Container Engine...',
      `Nov 28 00:05:00 h dockerd[200]: ${CONFLICT}`,
    ]);
    expect(firstDaemonError(text)).toMatchObject({ pid: 200, msg: CONFLICT });
  });

  it("sysvinit docker.log: the unformatted line after the old daemon's shutdown lines", () => {
    const e = firstDaemonError(SYSV_LOG)!;
    expect(e).toMatchObject({ source: 'dockerd', lineNo: 8 });
    expect(e.level).toBeUndefined();
  });

  it('sysvinit docker.log with debug lines, then the error (three quick restarts, sysv_failures (c))', () => {
    const text = j([
      'time="2026-11-28T00:24:36.256407984Z" level=info msg="Processing signal \'terminated\'"',
      'time="2026-11-28T00:24:36.256578237Z" level=debug msg="daemon configured with a 15 seconds minimum shutdown timeout"',
      'time="2026-11-28T00:24:36.257337373Z" level=info msg="Daemon shutdown complete"',
      'time="2026-11-28T00:24:36.257670447Z" level=debug msg="received signal" signal=terminated',
      'time="2026-11-28T00:24:36.257729825Z" level=debug msg="sd notification" error="<nil>" notified=false state="STOPPING=1"',
      COMMA,
    ]);
    expect(firstDaemonError(text)).toMatchObject({ lineNo: 6, msg: COMMA });
  });

  it("journalctl -o cat: no prefixes, systemd's lines told apart by their words", () => {
    const text = j([
      'Starting docker.service - Docker Application Container Engine...',
      COMMA,
      'docker.service: Main process exited, code=exited, status=1/FAILURE',
      "docker.service: Failed with result 'exit-code'.",
      'Failed to start docker.service - Docker Application Container Engine.',
    ]);
    expect(firstDaemonError(text)).toMatchObject({ lineNo: 2, source: 'dockerd' });
  });

  it('nothing failed: no error, even with warnings and runtime errors', () => {
    expect(firstDaemonError(HEALTHY)).toBeUndefined();
    const running = `${HEALTHY}\nNov 28 00:11:00 sysdtest dockerd[8641]: time="2026-11-28T00:11:00Z" level=error msg="Handler for GET /containers/x/json returned error: No such container: x"`;
    expect(firstDaemonError(running)).toBeUndefined();
  });

  it("only systemd's lines: none of them is the error", () => {
    expect(firstDaemonError(GAVE_UP)).toBeUndefined();
  });

  it('prefers a line it can explain among exit lines (28.5: managed containerd)', () => {
    const text = j([
      'time="2026-11-28T04:27:53.965464722Z" level=info msg="Starting up"',
      'time="2026-11-28T04:27:53.966550359Z" level=info msg="containerd not running, starting managed containerd"',
      'containerd: context canceled',
      'failed to start containerd: timeout waiting for containerd to start',
    ]);
    expect(firstDaemonError(text)).toMatchObject({ lineNo: 4 });
  });

  it('old engines: the level=fatal line', () => {
    const text = j([
      'debian dockerd[29021]: not a journal line',
      'Dec 26 19:46:16 debian dockerd[29021]: time="2016-12-26T19:46:16.61Z" level=error msg="[graphdriver] prior storage driver \\"aufs\\" failed: driver not supported"',
      'Dec 26 19:46:16 debian dockerd[29021]: time="2016-12-26T19:46:16.69Z" level=fatal msg="Error starting daemon: error initializing graphdriver: driver not supported"',
      'Dec 26 19:46:16 debian systemd[1]: docker.service: main process exited, code=exited, status=1/FAILURE',
    ]);
    expect(firstDaemonError(text)).toMatchObject({ lineNo: 3, level: 'fatal' });
  });

  it('no exit line but systemd saw it fail: the first error line that is not runtime noise', () => {
    const text = j([
      'Nov 28 00:00:01 h systemd[1]: Starting docker.service - Docker Application Container Engine...',
      'Nov 28 00:00:01 h dockerd[7]: time="x" level=info msg="Starting up"',
      'Nov 28 00:00:01 h dockerd[7]: time="x" level=error msg="Failed to get event" error="rpc error: code = Unavailable"',
      'Nov 28 00:00:02 h dockerd[7]: time="x" level=error msg="failed to mount overlay: no such device" storage-driver=overlay2',
      'Nov 28 00:00:02 h systemd[1]: docker.service: Main process exited, code=killed, status=9/KILL',
    ]);
    expect(firstDaemonError(text)).toMatchObject({ lineNo: 4, level: 'error' });
  });

  it('a single pasted line', () => {
    expect(firstDaemonError("failed to start daemon: Devices cgroup isn't mounted")).toMatchObject({ lineNo: 1 });
  });
});

describe('startLimitHit', () => {
  it.each([
    ['the journal after a failed restart chain', GAVE_UP, true],
    [
      'systemctl status (a_status_final.txt)',
      '     Active: failed (Result: start-limit-hit) since Sat 2026-11-28 00:11:41 UTC; 25ms ago',
      true,
    ],
    ['systemctl show', 'Result=start-limit-hit', true],
    [
      'systemctl restart refused',
      'Job for docker.service failed because start of the service was attempted too often.',
      true,
    ],
    [
      'docker.socket too',
      "Nov 28 00:32:46 sdbox systemd[1]: docker.socket: Failed with result 'service-start-limit-hit'.",
      true,
    ],
    ['a plain failure', RESTART_CHAIN, false],
    ['reset-failed and started since', `${GAVE_UP}\n${HEALTHY}`, false],
    ['dockerd itself saying the words', 'failed to start daemon: start-limit-hit', false],
  ])('%s', (_, text, hit) => expect(startLimitHit(text)).toBe(hit));
});

describe('explainLog', () => {
  it('the restart chain that ended in the start limit: the first error, its cause, and the limit', () => {
    const x = explainLog(`${RESTART_CHAIN}\n${GAVE_UP}`);
    expect(x.firstError).toMatchObject({ pid: 8605 });
    expect(x.cause).toMatchObject({ id: 'flag-file-conflict', setting: 'hosts', file: '/etc/docker/daemon.json' });
    expect(x.startLimitHit).toBe(true);
    expect(x.laterStarted).toBe(false);
  });

  it('a restart refused by the start limit alone (c2_fail_fix_refused.txt): the limit is the cause', () => {
    const x = explainLog(
      j([
        'Nov 28 00:11:49 sysdtest systemd[1]: docker.service: Start request repeated too quickly.',
        "Nov 28 00:11:49 sysdtest systemd[1]: docker.service: Failed with result 'exit-code'.",
        'Nov 28 00:11:49 sysdtest systemd[1]: Failed to start docker.service - Docker Application Container Engine.',
      ]),
    );
    expect(x.firstError).toBeUndefined();
    expect(x.cause).toMatchObject({ id: 'start-limit-hit', fixable: true });
    expect(x.startLimitHit).toBe(true);
  });

  it('sysvinit: the conflict with DOCKER_OPTS', () => {
    const x = explainLog(SYSV_LOG);
    expect(x.cause).toMatchObject({ id: 'flag-file-conflict' });
    expect(x.cause!.hint).toContain('DOCKER_OPTS');
    expect(x.startLimitHit).toBe(false);
  });

  it('a failure the log later recovered from', () => {
    const x = explainLog(`${RESTART_CHAIN}\n${HEALTHY}`);
    expect(x.cause?.id).toBe('flag-file-conflict');
    expect(x.laterStarted).toBe(true);
  });

  it('a healthy log: nothing to explain', () => {
    expect(explainLog(HEALTHY)).toEqual({
      startLimitHit: false,
      laterStarted: false,
      clientErrors: [],
      recognised: true,
    });
  });

  it('passes the file it was told about to the cause', () => {
    const x = explainLog("failed to start daemon: insecure registry ftp://r:5000 should not contain '://'", {
      file: '/var/snap/docker/current/config/daemon.json',
    });
    expect(x.cause).toMatchObject({
      id: 'invalid-insecure-registry',
      file: '/var/snap/docker/current/config/daemon.json',
    });
  });
});
