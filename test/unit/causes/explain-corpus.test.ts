// explain's hit rate on real dockerd refusals, as users paste them: the bare line, a logrus fatal
// line, and inside a journal excerpt (the old daemon's shutdown, systemd's noise, the restart chain
// and the start limit). The cause must be the one the bare line gets, and never the catch-all.
import { describe, expect, it } from 'vitest';
import { classify, explainLog } from '../../../src/causes/index.js';
import { refusedLines as lines } from './refusals.js';

const goQuote = (s: string): string => JSON.stringify(s);
const logrusFatal = (line: string) => `time="2026-11-28T00:32:46.123456789Z" level=fatal msg=${goQuote(line)}\n`;

/** What `journalctl -u docker` shows around a failed restart of a unit that gave up. */
function journal(line: string): string {
  const at = 'Nov 28 00:32:46 host';
  const attempt = (pid: number, n: number) =>
    [
      `${at} systemd[1]: Starting docker.service - Docker Application Container Engine...`,
      `${at} dockerd[${pid}]: time="2026-11-28T00:32:46.1Z" level=info msg="Starting up"`,
      `${at} dockerd[${pid}]: ${line}`,
      `${at} systemd[1]: docker.service: Main process exited, code=exited, status=1/FAILURE`,
      `${at} systemd[1]: docker.service: Failed with result 'exit-code'.`,
      `${at} systemd[1]: Failed to start docker.service - Docker Application Container Engine.`,
      `${at} systemd[1]: docker.service: Scheduled restart job, restart counter is at ${n}.`,
    ].join('\n');
  return [
    `${at} systemd[1]: Stopping docker.service - Docker Application Container Engine...`,
    `${at} dockerd[412]: time="2026-11-28T00:32:45.9Z" level=info msg="Processing signal 'terminated'"`,
    `${at} dockerd[412]: time="2026-11-28T00:32:46.0Z" level=info msg="Daemon shutdown complete"`,
    `${at} systemd[1]: docker.service: Deactivated successfully.`,
    attempt(499, 1),
    attempt(506, 2),
    attempt(513, 3),
    `${at} systemd[1]: docker.service: Start request repeated too quickly.`,
    `${at} systemd[1]: docker.service: Failed with result 'exit-code'.`,
    `${at} systemd[1]: Failed to start docker.service - Docker Application Container Engine.`,
    '',
  ].join('\n');
}

describe('explain on real dockerd refusals', () => {
  const wrappings: [string, (line: string) => string][] = [
    ['bare', (l) => `${l}\n`],
    ['logrus fatal', logrusFatal],
    ['journal excerpt', journal],
  ];

  it.each(wrappings)('%s: the bare line’s cause, never the catch-all, for every refusal', (_name, wrap) => {
    expect(lines.length).toBeGreaterThan(300);
    const misses: string[] = [];
    for (const line of lines) {
      const expected = classify(line)?.id;
      const got = explainLog(wrap(line)).cause?.id;
      if (got === undefined || got === 'daemon-start-failed' || got !== expected)
        misses.push(`${got} (want ${expected}): ${line}`);
    }
    console.log(`explain hit rate (${_name}): ${lines.length - misses.length}/${lines.length}`);
    expect(misses).toEqual([]);
  });

  it('in the journal excerpt: the start limit is reported too, and the line is the first attempt’s', () => {
    const r = explainLog(journal('failed to load listeners: listen tcp 127.0.0.1:2376: bind: address already in use'));
    expect(r.startLimitHit).toBe(true);
    expect(r.firstError?.pid).toBe(499);
    expect(r.cause?.id).toBe('address-in-use');
  });
});

describe('explain on texts without dockerd’s line', () => {
  it('`systemctl status` of a failed unit: dockerd exited, the reason is elsewhere, and where to look', () => {
    const status = [
      '× docker.service - Docker Application Container Engine',
      '     Active: failed (Result: exit-code) since Sat 2026-11-28 00:32:46 UTC; 911ms ago',
      '    Process: 513 ExecStart=/usr/sbin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock $DOCKER_OPTS (code=exited, status=1/FAILURE)',
      '   Main PID: 513 (code=exited, status=1/FAILURE)',
    ].join('\n');
    const r = explainLog(status);
    expect(r.cause).toMatchObject({ id: 'daemon-start-failed', hint: expect.stringMatching(/journalctl -u docker/) });
  });

  it('a refused restart pasted with a script’s own output: the start limit, not the unknown line', () => {
    const text =
      'restart 1 rc=0 538ms\nrestart 4 rc=1 33ms Job for docker.service failed because start of the service was attempted too often.\n';
    const r = explainLog(text);
    expect(r.cause?.id).toBe('start-limit-hit');
    expect(r.firstError?.lineNo).toBe(2);
  });

  it('a healthy log: nothing', () => {
    const text =
      'Nov 28 00:32:46 host dockerd[499]: time="2026-11-28T00:32:46Z" level=info msg="API listen on /run/docker.sock"\n';
    expect(explainLog(text).cause).toBeUndefined();
  });
});
