// Issue 12, point 3: explain says only what is true. Text that is nobody's we know is not a failed
// start; systemd's lines without dockerd's say that docker failed and where its reason is; a
// docker client command's error (pull, push, login) is that, with its fix, never a start failure.
// Texts: research/feasibility/captures (docker.io 20.10 in systemd-nspawn and sysvinit), the
// seed's push error, and docker's, Go's and systemd's exact wording as users paste it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify, explainLog } from '../../../src/causes/index.js';
import { repoRoot } from '../../helpers/temp-root.js';

const capture = (name: string): string =>
  readFileSync(join(repoRoot, '..', 'shared', 'research', 'feasibility', 'captures', name), 'utf8');
const ids = (text: string): string[] => explainLog(text).clientErrors.map((c) => c.cause.id);
const client = (text: string) => {
  const x = explainLog(text);
  expect(x.cause, 'no start failure').toBeUndefined();
  expect(x.clientErrors).toHaveLength(1);
  return x.clientErrors[0]!.cause;
};

describe('text that is nobody’s we know is not a failed start', () => {
  it.each([
    ['a word', 'ok\n'],
    ['a script’s words', 'done, now restarting\n'],
    [
      'docker pull’s progress',
      'Using default tag: latest\nlatest: Pulling from library/nginx\nStatus: Image is up to date for nginx:latest\n',
    ],
    ['curl’s answer', 'HTTP/1.1 200 OK\nDocker-Distribution-Api-Version: registry/2.0\n'],
  ])('%s: no cause, and nothing recognised', (_, text) => {
    const x = explainLog(text);
    expect(x.cause).toBeUndefined();
    expect(x.recognised).toBe(false);
  });

  it.each(['mirror_pull.txt', 'registry_v2.txt', 'node_probe.txt', 'nspawn_mirror_pull.txt', 'mirror_run.txt'])(
    '%s (a transcript of commands that worked): no failed start',
    (name) => expect(explainLog(capture(name)).cause).toBeUndefined(),
  );

  it('dockerd’s own unknown line still is one: with its prefix, in its journal, or among its log lines', () => {
    expect(explainLog('failed to start daemon: something nobody has seen\n').cause?.id).toBe('daemon-start-failed');
    expect(explainLog('Nov 28 00:00:00 h dockerd[5]: ok\n').cause?.id).toBe('daemon-start-failed');
    const plainLog = 'time="2026-11-28T00:24:30Z" level=info msg="Starting up"\nsomething nobody has seen\n';
    expect(explainLog(plainLog).cause).toMatchObject({
      id: 'daemon-start-failed',
      dockerd: 'something nobody has seen',
    });
  });

  it('the docker client’s report of an API error is no exit line of dockerd’s, even among its lines', () => {
    const text =
      'time="2026-11-28T00:24:30Z" level=info msg="API listen on /run/docker.sock"\nError response from daemon: invalid reference format\n';
    expect(explainLog(text).cause).toBeUndefined();
  });

  it('a healthy journal is recognised: “no failure”, not “nothing recognised”', () => {
    const x = explainLog(capture('b_journal.txt'));
    expect(x).toMatchObject({ recognised: true, clientErrors: [] });
    expect(x.cause).toBeUndefined();
  });
});

describe('systemd’s lines without dockerd’s: docker failed to start, and where its reason is', () => {
  it.each([
    'Job for docker.service failed because the control process exited with error code.',
    'Failed to start Docker Application Container Engine.',
    'Nov 28 00:10:12 sysdtest systemd[1]: Failed to start docker.service - Docker Application Container Engine.',
    "docker.service: Failed with result 'exit-code'.",
    'docker.service: Main process exited, code=exited, status=1/FAILURE',
    '     Active: failed (Result: exit-code) since Sat 2026-11-28 00:11:49 UTC; 1s ago',
  ])('%s', (line) => {
    const x = explainLog(`${line}\n`);
    expect(x.cause).toMatchObject({ id: 'daemon-start-failed', dockerd: line.trim() });
    expect(x.cause!.message).toMatch(/^systemd says docker failed to start/);
    expect(x.cause!.hint).toContain('journalctl -u docker -n 100 --no-pager');
    expect(x.cause!.hint).toContain('systemctl status docker');
    expect(x.cause!.hint).not.toMatch(/rollback/);
    expect(x.quoting).toBe('systemd');
    expect(x.laterStarted).toBe(false);
  });

  it('`systemctl restart`’s own output (a_restart_stdout.txt): docker failed to start', () => {
    expect(explainLog(capture('a_restart_stdout.txt')).cause?.id).toBe('daemon-start-failed');
  });

  it('the start limit alone: reset-failed, and where the reason is; “it failed” only as a possibility', () => {
    const x = explainLog('docker.service: Start request repeated too quickly.\n');
    expect(x.cause).toMatchObject({ id: 'start-limit-hit' });
    expect(x.cause!.hint).toContain('systemctl reset-failed docker.service docker.socket');
    expect(x.cause!.hint).toContain('journalctl -u docker -n 100 --no-pager');
    // c1_quick_restarts.txt: restarts that all worked hit the limit too
    expect(explainLog(capture('c1_quick_restarts.txt')).cause!.message).not.toMatch(/fail/);
  });

  it('another unit failing is not docker failing; a start after the failure makes it history', () => {
    expect(explainLog("containerd.service: Failed with result 'exit-code'.\n").cause).toBeUndefined();
    const recovered = explainLog(
      'Failed to start Docker Application Container Engine.\nStarted Docker Application Container Engine.\n',
    );
    expect(recovered).toMatchObject({ cause: { id: 'daemon-start-failed' }, laterStarted: true });
  });

  it('sysvinit’s “Docker is not running”: its log is /var/log/docker.log', () => {
    const x = explainLog('Docker is not running ... failed!\n');
    expect(x.cause!.hint).toContain('/var/log/docker.log');
    expect(x.quoting).toBe('init-script');
  });
});

describe('a docker client command’s error is that, with its fix', () => {
  it('the plain-HTTP registry: insecure-registries, naming the host:port; never a rollback', () => {
    for (const text of [
      'http: server gave HTTP response to HTTPS client',
      'Error response from daemon: Get "https://127.0.0.1:5000/v2/": http: server gave HTTP response to HTTPS client',
      'Get https://10.0.0.15:5000/v2/: http: server gave HTTP response to HTTPS client',
    ]) {
      expect(classify(text), 'not a start failure').toBeUndefined();
      const cause = client(`${text}\n`);
      expect(cause).toMatchObject({ id: 'registry-http-https-mismatch', setting: 'insecure-registries' });
      expect(cause.message).toMatch(/^A docker pull, push or login failed \(not dockerd's start\)/);
      expect(cause.hint).toMatch(/`dockerd-config insecure add (127\.0\.0\.1:5000|10\.0\.0\.15:5000|HOST:PORT)`/);
      expect(`${cause.message} ${cause.hint}`).not.toMatch(/rollback/);
    }
  });

  it('a login whose token server speaks HTTP: names the server that answered', () => {
    const cause = client(
      'Error response from daemon: Get "https://registry.example.com/v2/": Get "https://registry.example.com:5001/api/auth?account=admin": http: server gave HTTP response to HTTPS client\n',
    );
    expect(cause.message).toContain('registry.example.com:5001 answers plain HTTP');
  });

  it('an unknown CA: its ca.crt in certs.d for that host, insecure-registries only as a last resort', () => {
    for (const text of [
      'Error response from daemon: Get "https://reg6.test:45443/v2/": x509: certificate signed by unknown authority',
      'Error response from daemon: Get "https://reg6.test:45443/v2/": tls: failed to verify certificate: x509: certificate signed by unknown authority',
    ]) {
      const cause = client(`${text}\n`);
      expect(cause.id).toBe('registry-tls-error');
      expect(cause.hint).toContain('/etc/docker/certs.d/reg6.test:45443/ca.crt');
      expect(cause.hint).toMatch(/last resort, `dockerd-config insecure add reg6\.test:45443`/);
    }
  });

  it('a certificate for another name, or expired: fix the certificate, not the CA', () => {
    const other = client('x509: certificate is valid for registry.local, not reg.example.com\n');
    expect(other).toMatchObject({ id: 'registry-tls-error' });
    expect(other.hint).not.toContain('certs.d');
    expect(
      client('Get "https://r.example.com/v2/": x509: certificate has expired or is not yet valid\n').hint,
    ).toContain('timedatectl');
  });

  it('Docker Hub’s rate limit: a mirror or docker login', () => {
    const cause = client(
      'Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit\n',
    );
    expect(cause).toMatchObject({ id: 'pull-rate-limited' });
    expect(cause.message).toContain("Docker Hub's pull rate limit");
    expect(cause.hint).toContain('dockerd-config mirror add');
    expect(cause.hint).toContain('docker login');
    expect(ids('429 Too Many Requests - Server message: toomanyrequests: Rate exceeded\n')).toEqual([
      'pull-rate-limited',
    ]);
  });

  it('a name that does not resolve: DNS and the name; a proxy’s name: the proxy', () => {
    const dns = client(
      'Error response from daemon: Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io on 127.0.0.53:53: no such host\n',
    );
    expect(dns).toMatchObject({ id: 'registry-connect-failed' });
    expect(dns.message).toContain('registry-1.docker.io does not resolve');
    expect(dns.hint).toContain('getent hosts registry-1.docker.io');
    // mirror_pull_missing.txt: the DNS server itself cannot be reached
    expect(client(capture('mirror_pull_missing.txt')).message).toContain('registry-1.docker.io does not resolve');
    const proxy = client(
      'Error response from daemon: Get "https://registry-1.docker.io/v2/": proxyconnect tcp: dial tcp: lookup proxytest.example.com on 8.8.8.8:53: no such host\n',
    );
    expect(proxy.message).toContain('proxytest.example.com');
    expect(proxy.hint).toContain('"proxies"');
  });

  it('no answer in time from Docker Hub: a mirror that answers, or a proxy; from a mirror: that mirror', () => {
    for (const text of [
      'Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
      'Error response from daemon: Get "https://registry-1.docker.io/v2/": dial tcp 54.236.113.205:443: i/o timeout',
    ]) {
      const cause = client(`${text}\n`);
      expect(cause).toMatchObject({ id: 'registry-connect-failed' });
      expect(cause.message).toContain('registry-1.docker.io did not answer in time');
      expect(cause.hint).toContain('dockerd-config mirror test');
      expect(cause.hint).toContain('proxy');
    }
    const mirror = client(
      'level=info msg="Attempting next endpoint for pull after error: Get \\"https://mirror.example.com/v2/\\": dial tcp 10.1.2.3:443: i/o timeout"\n',
    );
    expect(mirror.message).toContain('mirror.example.com did not answer in time');
    expect(mirror.hint).toContain('dockerd-config mirror test');
  });

  it('the seed’s push: nothing listens there (connection refused)', () => {
    const cause = client(
      'Error: Invalid registry endpoint https://10.130.0.159:5000/v1/: Get https://10.130.0.159:5000/v1/_ping: dial tcp 10.130.0.159:5000: connection refused.\n',
    );
    expect(cause).toMatchObject({ id: 'registry-connect-failed' });
    expect(cause.message).toContain('10.130.0.159:5000');
  });

  it('real transcripts: each error once, at its line; the severity is the caller’s (explain says warning)', () => {
    const tls = explainLog(capture('tls_errors.txt'));
    expect(tls.cause).toBeUndefined();
    expect(tls.clientErrors.map((c) => [c.cause.id, c.entry.lineNo])).toEqual([
      ['registry-tls-error', 3],
      ['registry-http-https-mismatch', 7],
    ]);
    // dockerd's own log of a pull through mirrors, mixed with `docker pull`'s output
    expect(ids(capture('tls_mirror_insecure.txt'))).toEqual([
      'registry-connect-failed',
      'registry-tls-error',
      'registry-http-https-mismatch',
    ]);
    expect(explainLog(capture('tls_mirror_insecure.txt')).cause).toBeUndefined();
  });

  it('a start failure in the same text stays the start failure; the client error comes beside it', () => {
    const journal = [
      'Nov 28 00:09:00 h dockerd[400]: time="2026-11-28T00:09:00Z" level=info msg="Attempting next endpoint for push after error: Get \\"https://10.0.0.15:5000/v2/\\": http: server gave HTTP response to HTTPS client"',
      'Nov 28 00:10:12 h systemd[1]: Starting docker.service - Docker Application Container Engine...',
      'Nov 28 00:10:12 h dockerd[8605]: unable to configure the Docker daemon with file /etc/docker/daemon.json: EOF',
      "Nov 28 00:10:12 h systemd[1]: docker.service: Failed with result 'exit-code'.",
    ].join('\n');
    const x = explainLog(journal);
    expect(x.cause?.id).toBe('json-empty');
    expect(x.clientErrors.map((c) => c.cause.id)).toEqual(['registry-http-https-mismatch']);
  });
});
