import { describe, expect, it } from 'vitest';
import { endpointsFor } from '../../../src/verify/index.js';
import { settingsOf, V20, V26, V29 } from './helpers.js';

const ROOT = { root: '/' };

describe('endpointsFor: where dockerd listens and where we knock', () => {
  it.each([
    [
      'the default socket when no host is configured',
      {},
      [{ address: 'unix:///var/run/docker.sock', target: { socketPath: '/var/run/docker.sock' } }],
    ],
    [
      'unix:// alone is the default socket',
      { hosts: ['unix://'] },
      [{ address: 'unix://', target: { socketPath: '/var/run/docker.sock' } }],
    ],
    [
      "a relative socket path from dockerd's working directory /",
      { hosts: ['unix://run/d.sock'] },
      [{ address: 'unix://run/d.sock', target: { socketPath: '/run/d.sock' } }],
    ],
    [
      'fd:// as the socket docker.socket listens on',
      { hosts: ['fd://'] },
      [{ address: 'fd://', target: { socketPath: '/var/run/docker.sock' } }],
    ],
    [
      '0.0.0.0 on loopback',
      { hosts: ['tcp://0.0.0.0:2376'] },
      [{ address: 'tcp://0.0.0.0:2376', target: { host: '127.0.0.1', port: 2376 } }],
    ],
    [
      'an empty host (localhost) on 127.0.0.1',
      { hosts: ['tcp://:2375'] },
      [{ address: 'tcp://:2375', target: { host: '127.0.0.1', port: 2375 } }],
    ],
    [
      '[::] on ::1',
      { hosts: ['tcp://[::]:2380'] },
      [{ address: 'tcp://[::]:2380', target: { host: '::1', port: 2380 } }],
    ],
    [
      'a specific address as itself, default port 2375',
      { hosts: ['tcp://192.0.2.7'] },
      [{ address: 'tcp://192.0.2.7', target: { host: '192.0.2.7', port: 2375 } }],
    ],
    [
      'a host without a scheme as TCP',
      { hosts: ['127.0.0.1:2399'] },
      [{ address: '127.0.0.1:2399', target: { host: '127.0.0.1', port: 2399 } }],
    ],
    [
      'duplicates once (dockerd drops them)',
      { hosts: ['unix:///var/run/docker.sock', 'unix://', ' unix:///var/run/docker.sock'] },
      [{ address: 'unix:///var/run/docker.sock', target: { socketPath: '/var/run/docker.sock' } }],
    ],
  ])('%s', (_why, values, endpoints) => {
    expect(endpointsFor(settingsOf(values), ROOT, V26)).toEqual(endpoints);
  });

  it('keeps the configured order across unix and TCP listeners (flags or file alike)', () => {
    const settings = settingsOf({ hosts: ['fd://', 'tcp://127.0.0.1:2375'] }, ['hosts']);
    expect(endpointsFor(settings, ROOT, V20).map((e) => e.address)).toEqual(['fd://', 'tcp://127.0.0.1:2375']);
  });

  it('resolves unix sockets under --root, never TCP addresses', () => {
    const settings = settingsOf({ hosts: ['unix:///run/docker.sock', 'fd://', 'tcp://0.0.0.0:2375'] });
    expect(endpointsFor(settings, { root: '/tmp/r' }, V26).map((e) => e.target)).toEqual([
      { socketPath: '/tmp/r/run/docker.sock' },
      { socketPath: '/tmp/r/var/run/docker.sock' },
      { host: '127.0.0.1', port: 2375 },
    ]);
  });

  it('uses $XDG_RUNTIME_DIR/docker.sock for a rootless daemon without hosts', () => {
    const env = { root: '/', rootless: { runtimeDir: '/run/user/1000' } };
    expect(endpointsFor(settingsOf({}), env, V26)).toEqual([
      { address: 'unix:///run/user/1000/docker.sock', target: { socketPath: '/run/user/1000/docker.sock' } },
    ]);
  });

  it('29.x drops blank hosts before falling back to the default; older versions read a blank as the default', () => {
    const settings = settingsOf({ hosts: ['', 'unix:///x.sock'] });
    expect(endpointsFor(settings, ROOT, V29).map((e) => e.address)).toEqual(['unix:///x.sock']);
    expect(endpointsFor(settings, ROOT, V26).map((e) => e.target.socketPath)).toEqual([
      '/var/run/docker.sock',
      '/x.sock',
    ]);
    expect(endpointsFor(settingsOf({ hosts: [' '] }), ROOT, V29).map((e) => e.address)).toEqual([
      'unix:///var/run/docker.sock',
    ]);
  });

  it('marks addresses dockerd cannot listen on, so the probe never waits for them', () => {
    const [ssh, npipe] = endpointsFor(settingsOf({ hosts: ['ssh://h', 'npipe:////./pipe/docker_engine'] }), ROOT, V26);
    expect(ssh).toMatchObject({
      address: 'ssh://h',
      unusable: "invalid bind address (ssh://h): unsupported proto 'ssh'",
    });
    expect(npipe).toMatchObject({ unusable: 'invalid protocol format: "npipe"' });
    expect(endpointsFor(settingsOf({ hosts: ['tcp://127.0.0.1:2375/api'] }), ROOT, V20)[0]).toMatchObject({
      unusable: 'listen tcp: address tcp/2375/api: unknown port',
    });
  });
});

describe('endpointsFor: TLS', () => {
  const files = { tlscacert: '/etc/docker/ca.pem', tlscert: '/etc/docker/cert.pem', tlskey: '/etc/docker/key.pem' };

  it('gives TCP listeners the files dockerd reads, under --root; unix sockets stay plain', () => {
    const settings = settingsOf({ hosts: ['unix://', 'tcp://0.0.0.0:2376'], tlsverify: true, ...files });
    const [unix, tcp] = endpointsFor(settings, { root: '/tmp/r' }, V26);
    expect(unix?.tls).toBeUndefined();
    expect(tcp?.tls).toEqual({
      verify: true,
      caPath: '/tmp/r/etc/docker/ca.pem',
      certPath: '/tmp/r/etc/docker/cert.pem',
      keyPath: '/tmp/r/etc/docker/key.pem',
    });
  });

  it.each([
    ['"tls": true alone verifies clients', { tls: true }, true],
    ['"tlsverify": false serves TLS without client certificates', { tlsverify: false }, false],
    [
      '"tls": false with "tlsverify": true is TLS (any tlsverify key turns it on)',
      { tls: false, tlsverify: true },
      true,
    ],
  ])('%s', (_why, values, verify) => {
    const [tcp] = endpointsFor(settingsOf({ hosts: ['tcp://127.0.0.1:2376'], ...values, ...files }), ROOT, V26);
    expect(tcp?.tls?.verify).toBe(verify);
  });

  it('has no TLS when it is off, even with files named', () => {
    expect(
      endpointsFor(settingsOf({ hosts: ['tcp://127.0.0.1:2375'], tls: false, ...files }), ROOT, V26)[0]?.tls,
    ).toBeUndefined();
  });

  it("applies the flags' default paths only when a flag switched TLS on", () => {
    const byFlag = endpointsFor(
      settingsOf({ hosts: ['tcp://127.0.0.1:2376'], tlsverify: true }, ['tlsverify']),
      ROOT,
      V26,
    )[0];
    expect(byFlag?.tls).toEqual({
      verify: true,
      caPath: '/root/.docker/ca.pem',
      certPath: '/root/.docker/cert.pem',
      keyPath: '/root/.docker/key.pem',
    });
    const byFile = endpointsFor(settingsOf({ hosts: ['tcp://127.0.0.1:2376'], tlsverify: true }), ROOT, V26)[0];
    expect(byFile?.tls).toEqual({ verify: true });
  });

  it("sends the listener's host name as SNI, never an IP address", () => {
    const settings = settingsOf({
      hosts: ['tcp://docker.example:2376', 'tcp://localhost:2377', 'tcp://10.0.0.1:2378'],
      tlsverify: true,
      ...files,
    });
    expect(endpointsFor(settings, ROOT, V26).map((e) => [e.target.host, e.tls?.servername])).toEqual([
      ['docker.example', 'docker.example'],
      ['127.0.0.1', 'localhost'],
      ['10.0.0.1', undefined],
    ]);
  });

  it('listens on tcp://localhost:2376 by default when "tls" is on; 23+ ignore "tlsverify" alone for that choice', () => {
    expect(endpointsFor(settingsOf({ tls: true, ...files }), ROOT, V26)).toMatchObject([
      { address: 'tcp://localhost:2376', target: { host: '127.0.0.1', port: 2376 } },
    ]);
    expect(endpointsFor(settingsOf({ tlsverify: true, ...files }), ROOT, V26)).toMatchObject([
      { address: 'unix:///var/run/docker.sock' },
    ]);
    expect(endpointsFor(settingsOf({ tlsverify: true, ...files }), ROOT, V20)).toMatchObject([
      { address: 'tcp://localhost:2376', tls: { verify: true } },
    ]);
  });
});
