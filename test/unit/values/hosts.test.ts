import { describe, expect, it } from 'vitest';
import { defaultHost, isLoopbackHost, parseDaemonHost } from '../../../src/validate/values/index.js';
import { engine, errorsOf, fullLine, problemsOf } from './helpers.js';

const V20 = engine('20.10.24');
const V23 = engine('23.0.6');
const V26 = engine('26.1.5');
const V29 = engine('29.7.2');

describe('parseDaemonHost', () => {
  it.each([
    ['unix:///var/run/docker.sock', V26, 'unix', 'unix:///var/run/docker.sock'],
    ['unix://', V26, 'unix', 'unix:///var/run/docker.sock'],
    ['  unix:///run/d.sock  ', V20, 'unix', 'unix:///run/d.sock'],
    ['tcp://0.0.0.0:2376', V26, 'tcp', 'tcp://0.0.0.0:2376'],
    ['tcp://127.0.0.1', V20, 'tcp', 'tcp://127.0.0.1:2375'],
    ['tcp://127.0.0.1', V26, 'tcp', 'tcp://127.0.0.1:2375'],
    ['127.0.0.1:2375', V26, 'tcp', 'tcp://127.0.0.1:2375'],
    ['tcp://:2375', V29, 'tcp', 'tcp://localhost:2375'],
    ['tcp://', V26, 'tcp', 'tcp://localhost:2375'],
    ['tcp://[::1]:2375', V26, 'tcp', 'tcp://[::1]:2375'],
    ['tcp://[::1]:', V20, 'tcp', 'tcp://[::1]:2375'],
    ['fd://', V26, 'fd', 'fd://'],
    ['fd://3', V20, 'fd', 'fd://3'],
    ['npipe:////./pipe/docker_engine', V26, 'npipe', 'npipe:////./pipe/docker_engine'],
    ['', V26, 'unix', 'unix:///var/run/docker.sock'],
  ])('%j on %o → %s %s', (addr, v, proto, normalized) =>
    expect(parseDaemonHost(addr, v)).toMatchObject({ ok: true, proto, normalized }),
  );

  it('falls back to tcp://localhost:2376 for a blank host when TLS is on', () => {
    expect(parseDaemonHost('', V26, { tls: true })).toMatchObject({ normalized: 'tcp://localhost:2376' });
    expect(defaultHost(false)).toBe('unix:///var/run/docker.sock');
  });

  it.each([
    ['ssh://127.0.0.1', V20, 'Invalid bind address format: ssh://127.0.0.1'],
    ['ssh://127.0.0.1', V26, "invalid bind address (ssh://127.0.0.1): unsupported proto 'ssh'"],
    ['http://0.0.0.0:2375', V29, "invalid bind address (http://0.0.0.0:2375): unsupported proto 'http'"],
    ['TCP://0.0.0.0:2375', V26, "invalid bind address (TCP://0.0.0.0:2375): unsupported proto 'TCP'"],
    ['tcp://127.0.0.1:abc', V20, 'parse "tcp://127.0.0.1:abc": invalid port ":abc" after host'],
    ['tcp://127.0.0.1:0', V26, 'invalid bind address (tcp://127.0.0.1:0): invalid port: 0'],
    ['tcp://h:1/api', V26, 'invalid bind address (tcp://h:1/api): should not contain a path element'],
    ['tcp://a://b', V20, 'Invalid proto, expected tcp: a://b'],
    ['unix://a://b', V20, 'Invalid proto, expected unix: a://b'],
    ['unix://a://b', V23, 'invalid proto, expected unix: a://b'],
    ['unix://a://b', V26, 'invalid bind address (unix://a://b): invalid unix address: a://b'],
    ['://x', V20, 'Invalid bind address format: ://x'],
  ])('%j on %o is refused', (addr, v, reason) => expect(parseDaemonHost(addr, v)).toEqual({ ok: false, reason }));

  it('leaves listen-time failures for later, as dockerd does', () => {
    expect(parseDaemonHost('tcp://127.0.0.1:2375/api', V20)).toMatchObject({
      ok: true,
      listenError: 'listen tcp: address tcp/2375/api: unknown port',
    });
    expect(parseDaemonHost('tcp://127.0.0.1:99999', V26)).toMatchObject({
      ok: true,
      listenError: 'listen tcp: address 99999: invalid port',
    });
    expect(parseDaemonHost('npipe://x', V26)).toMatchObject({
      ok: true,
      listenError: 'invalid protocol format: "npipe"',
    });
  });

  it.each([
    ['localhost', true],
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['::1', true],
    ['0.0.0.0', false],
    ['192.168.1.10', false],
    ['docker.example.com', false],
  ])('isLoopbackHost(%s) = %s', (h, loop) => expect(isLoopbackHost(h)).toBe(loop));
});

describe('hosts rule', () => {
  it('uses the flag parser wording for -H', () => {
    const [p] = errorsOf(problemsOf('20.10.24', { hosts: ['ssh://x'] }, { flags: ['hosts'] }));
    expect(fullLine(p!)).toBe(
      'Status: invalid argument "ssh://x" for "-H, --host" flag: Invalid bind address format: ssh://x',
    );
  });

  it('accepts fd:// from the systemd unit, or when socket activation is known', () => {
    expect(errorsOf(problemsOf('26.1.5', { hosts: ['fd://'] }, { flags: ['hosts'], sourceKind: 'unit' }))).toEqual([]);
    expect(errorsOf(problemsOf('26.1.5', { hosts: ['fd://'] }, { socketActivation: true }))).toEqual([]);
    expect(
      errorsOf(
        problemsOf('26.1.5', { hosts: ['fd://'] }, { flags: ['hosts'], sourceKind: 'unit', socketActivation: false }),
      ),
    ).toHaveLength(1);
    expect(
      errorsOf(problemsOf('26.1.5', { hosts: ['fd://'] }, { flags: ['hosts'], sourceKind: 'sysvinit' })),
    ).toHaveLength(1);
  });

  it('refuses a non-numeric fd:// address under socket activation', () => {
    const [p] = errorsOf(problemsOf('28.5.2', { hosts: ['fd://abc'] }, { socketActivation: true }));
    expect(p?.dockerd).toBe('failed to load listeners: failed to parse systemd fd address: should be a number: abc');
  });

  it('warns about TCP without TLS, with the 15 s delay only for non-loopback and no explicit tls', () => {
    const remote = problemsOf('26.1.5', { hosts: ['tcp://0.0.0.0:2375'] });
    expect(remote).toEqual([expect.objectContaining({ id: 'tcp-without-tls', severity: 'warning', index: 0 })]);
    expect(remote[0]?.message).toContain('15 s');
    const explicit = problemsOf('26.1.5', { hosts: ['tcp://0.0.0.0:2375'], tls: false });
    expect(explicit.map((p) => p.id)).toEqual(['tcp-without-tls']);
    expect(explicit[0]?.message).not.toContain('15 s');
    expect(problemsOf('20.10.24', { hosts: ['tcp://127.0.0.1:2375'] })[0]?.message).not.toContain('15 s');
  });

  it('does not warn when TLS verifies clients, but notes the 2375 default port', () => {
    const files = ['/c.pem', '/k.pem', '/ca.pem'];
    const ps = problemsOf(
      '26.1.5',
      { hosts: ['tcp://0.0.0.0'], tlsverify: true, tlscert: '/c.pem', tlskey: '/k.pem', tlscacert: '/ca.pem' },
      { host: { files } },
    );
    expect(ps.map((p) => p.id)).toEqual(['tls-default-port']);
  });

  it('warns that TLS without hosts moves the API to tcp://localhost:2376 (20.10: tlsverify alone too)', () => {
    const files = ['/c.pem', '/k.pem', '/ca.pem'];
    const tlsOnly = { tls: true, tlsverify: true, tlscert: '/c.pem', tlskey: '/k.pem', tlscacert: '/ca.pem' };
    expect(problemsOf('28.5.2', tlsOnly, { host: { files } }).map((p) => p.id)).toEqual(['tls-default-port']);
    const verifyOnly = { tlsverify: true, tlscert: '/c.pem', tlskey: '/k.pem', tlscacert: '/ca.pem' };
    expect(problemsOf('28.5.2', verifyOnly, { host: { files } })).toEqual([]);
    expect(problemsOf('20.10.24', verifyOnly, { host: { files } }).map((p) => p.id)).toEqual(['tls-default-port']);
  });

  it('warns about port 0 on 20.10 and refuses it later', () => {
    expect(problemsOf('20.10.24', { hosts: ['tcp://127.0.0.1:0'] }).map((p) => [p.id, p.severity])).toEqual([
      ['tcp-without-tls', 'warning'],
      ['invalid-host', 'warning'],
    ]);
    expect(errorsOf(problemsOf('23.0.6', { hosts: ['tcp://127.0.0.1:0'] }))).toHaveLength(1);
  });

  it('accepts duplicates and blank entries', () => {
    expect(errorsOf(problemsOf('28.5.2', { hosts: ['unix:///a.sock', 'unix:///a.sock', ''] }))).toEqual([]);
  });
});

describe('group rule', () => {
  it('refuses a missing group when there is a unix socket', () => {
    const [p] = errorsOf(problemsOf('26.1.5', { group: 'nope' }));
    expect(fullLine(p!)).toBe('failed to load listeners: group nope not found');
  });
  it('only warns for the default "docker", for numeric groups it is fine, and without unix sockets it is unused', () => {
    expect(problemsOf('26.1.5', { group: 'docker' }, { host: { groups: [] } })).toEqual([
      expect.objectContaining({ severity: 'warning' }),
    ]);
    expect(problemsOf('26.1.5', { group: '999' }, { host: { groups: [] } })).toEqual([]);
    expect(
      problemsOf('26.1.5', { group: 'nope', hosts: ['tcp://127.0.0.1:2375'] }).filter((p) => p.key === 'group'),
    ).toEqual([expect.objectContaining({ severity: 'warning' })]);
    expect(problemsOf('26.1.5', { group: 'staff' }, { host: { groups: ['staff'] } })).toEqual([]);
  });
});
